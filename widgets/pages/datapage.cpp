#include "datapage.h"

#include "store.h"
#include "wavelistmodel.h"
#include "weighting/weightingdialog.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

DataPage::DataPage(QWidget *parent)
    : QWidget(parent)
    , m_model(new WaveListModel(this))
    , m_title(new QLabel(this))
    , m_view(new TableView(this))
    , m_importSurvey(new QPushButton(this))
    , m_importCodebook(new QPushButton(this))
    , m_importPublished(new QPushButton(this))
    , m_deleteWave(new QPushButton(this))
    , m_weightWave(new QPushButton(this))
    , m_removeDemo(new QPushButton(this))
{
    setObjectName(QStringLiteral("DataPage"));
    auto *proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_model);
    proxy->setSortRole(Qt::EditRole);
    m_view->setModel(proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(WaveListModel::Year, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setObjectName(QStringLiteral("wavesTable"));
    // The file's fingerprint is for checking a copy, not for reading: hidden
    // until asked for from the header's menu.
    m_view->setColumnPlan({}, WaveListModel::SourceFile, {WaveListModel::Fingerprint});
    m_view->setColumnToolTip(WaveListModel::Fingerprint,
                             tr("The SHA-256 fingerprint of the imported file: the same file always has the "
                                "same fingerprint."));

    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    // Two rows: the six buttons on one were wider than a 1024 px screen in
    // French, and the pages share the window's minimum width. What acts on
    // the selected wave under the table, the imports below.
    auto *waveButtons = new QHBoxLayout;
    waveButtons->addStretch(1);
    waveButtons->addWidget(m_removeDemo);
    waveButtons->addWidget(m_weightWave);
    waveButtons->addWidget(m_deleteWave);
    auto *importButtons = new QHBoxLayout;
    importButtons->addWidget(m_importSurvey);
    importButtons->addWidget(m_importCodebook);
    importButtons->addWidget(m_importPublished);
    importButtons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_view, 1);
    layout->addLayout(waveButtons);
    layout->addLayout(importButtons);

    connect(m_importSurvey, &QPushButton::clicked, this, &DataPage::importSurveyRequested);
    connect(m_importCodebook, &QPushButton::clicked, this, &DataPage::importCodebookRequested);
    connect(m_importPublished, &QPushButton::clicked, this, &DataPage::importPublishedRequested);
    connect(m_deleteWave, &QPushButton::clicked, this, &DataPage::deleteSelectedWave);
    connect(m_weightWave, &QPushButton::clicked, this, &DataPage::weightSelectedWave);
    connect(m_removeDemo, &QPushButton::clicked, this, &DataPage::removeDemoData);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &DataPage::updateButtons);
    retranslate();
}

void DataPage::setStore(Store *store)
{
    m_store = store;
    reload();
}

void DataPage::reload()
{
    m_model->setStore(m_store);
    m_view->fitColumns();
    updateButtons();
}

void DataPage::updateButtons()
{
    // A landlord's user of a server store may not write (the server refuses
    // it too); the buttons say why instead of failing.
    const bool mayWrite = !m_store || m_store->sessionLandlord().isEmpty();
    const QString reserved = mayWrite ? QString() : tr("Reserved for the store's administrators");
    for (QPushButton *button : {m_importSurvey, m_importCodebook, m_importPublished, m_removeDemo}) {
        button->setEnabled(mayWrite);
        button->setToolTip(reserved);
    }
    m_deleteWave->setEnabled(mayWrite && m_view->selectionModel()->hasSelection());
    m_weightWave->setEnabled(mayWrite && m_view->selectionModel()->hasSelection());
    m_deleteWave->setToolTip(reserved);
    m_weightWave->setToolTip(reserved);
    bool demo = false;
    for (int row = 0; row < m_model->rowCount(); ++row)
        demo = demo || m_model->wave(row).isDemo;
    m_removeDemo->setVisible(demo);
}

void DataPage::deleteSelectedWave()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty() || !m_store)
        return;
    const qint64 id = rows.front().data(int(WaveListModel::Role::WaveId)).toLongLong();
    const std::optional<WaveInfo> wave = m_store->wave(id);
    if (!wave)
        return;
    const auto answer = QMessageBox::warning(
        this, tr("Delete the wave"),
        tr("Delete the wave %1 %2 (%3, %n respondent(s))? Its answers and figures are removed from "
           "the store; the file %3 itself is not touched and can be imported again.",
           nullptr, wave->respondentCount)
            .arg(wave->year).arg(wave->scope, wave->sourceFile),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    if (!m_store->deleteWave(id)) {
        QMessageBox::critical(this, tr("Delete the wave"), m_store->error().message);
        return;
    }
    reload();
    emit storeChanged();
}

void DataPage::weightSelectedWave()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (!rows.isEmpty())
        openWeighting(rows.front().data(int(WaveListModel::Role::WaveId)).toLongLong());
}

void DataPage::openWeighting(qint64 waveId)
{
    const std::optional<WaveInfo> wave = m_store ? m_store->wave(waveId) : std::nullopt;
    if (!wave)
        return;
    WeightingDialog dialog(m_store, *wave, locale(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    emit storeChanged();
}

void DataPage::removeDemoData()
{
    if (!m_store)
        return;
    const auto answer = QMessageBox::question(
        this, tr("Remove the demo data"),
        tr("Remove the demo waves and the demo published figures? Your own imports are kept."),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    if (!m_store->deleteDemoData()) {
        QMessageBox::critical(this, tr("Remove the demo data"), m_store->error().message);
        return;
    }
    reload();
    emit storeChanged();
}

void DataPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void DataPage::retranslate()
{
    m_title->setText(tr("Surveys in the store"));
    m_importSurvey->setText(tr("&Import a survey…"));
    m_importCodebook->setText(tr("Import a &codebook…"));
    m_importPublished->setText(tr("Import &published figures…"));
    m_weightWave->setText(tr("&Weighting…"));
    m_deleteWave->setText(tr("&Delete the wave…"));
    m_removeDemo->setText(tr("Remove the demo data…"));
    m_model->reload();
}
