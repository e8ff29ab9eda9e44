#include "chartpage.h"

#include "charts/chartpanel.h"
#include "figureengine.h"
#include "figureroles.h"
#include "figuremodel.h"
#include "tableview.h"

#include <QCoreApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QVBoxLayout>

ChartPage::ChartPage(const QString &id, const char *title, ChartKind kind, FigureModel *model,
                     Qt::Orientation orientation, QWidget *parent)
    : QWidget(parent)
    , m_id(id)
    , m_title(title)
    , m_model(model)
    , m_titleLabel(new QLabel(this))
    , m_note(new QLabel(this))
    , m_controls(new QHBoxLayout)
    , m_copy(new QPushButton(this))
    , m_chart(new ChartPanel(kind, model, this))
    , m_table(new TableView(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_splitter(new QSplitter(orientation, this))
    , m_body(new QWidget(this))
{
    setObjectName(QStringLiteral("ChartPage_") + id);
    QFont titleFont = m_titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setBold(true);
    m_titleLabel->setFont(titleFont);
    m_note->setWordWrap(true);
    m_note->setTextFormat(Qt::RichText);
    m_note->setVisible(false);

    m_proxy->setSourceModel(model);
    m_proxy->setSortRole(Qt::EditRole); // numbers sort as numbers, not as "10,0" < "9,5"
    m_table->setModel(m_proxy);
    // The model's own order (questionnaire, rank, year) until a header is clicked.
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_proxy->sort(-1);
    m_table->setObjectName(QStringLiteral("table_") + id);

    m_splitter->addWidget(m_chart);
    m_splitter->addWidget(m_table);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    // Until the user moves it: most of the room for the chart.
    m_splitter->setSizes(orientation == Qt::Horizontal ? QList<int>{640, 360} : QList<int>{620, 280});
    m_splitter->setChildrenCollapsible(false);

    auto *top = new QHBoxLayout;
    top->addWidget(m_titleLabel);
    top->addSpacing(16);
    top->addLayout(m_controls);
    top->addStretch(1);
    top->addWidget(m_copy);
    auto *bodyLayout = new QVBoxLayout(m_body);
    bodyLayout->setContentsMargins(0, 0, 0, 0);
    bodyLayout->addWidget(m_splitter);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->addLayout(top);
    layout->addWidget(m_note);
    layout->addWidget(m_body, 1);

    connect(m_copy, &QPushButton::clicked, m_table, &TableView::copy);
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        updateNote();
        fitColumns();
    });
    connect(m_splitter, &QSplitter::splitterMoved, this, &ChartPage::saveSplitters);
    restoreSplitters();
    retranslate();
    updateNote();
    fitColumns();
}

void ChartPage::fitColumns()
{
    // Long question labels would push the figures out of sight: cap them
    // (elided on screen, whole in the copied text).
    m_table->resizeColumnsToContents();
    for (int column = 0; column < m_proxy->columnCount(); ++column)
        m_table->setColumnWidth(column, std::min(m_table->columnWidth(column), 240));
}

void ChartPage::addControl(QWidget *control)
{
    m_controls->addWidget(control);
}

void ChartPage::setHeaderWidget(QWidget *widget)
{
    auto *layout = static_cast<QVBoxLayout *>(m_body->layout());
    layout->insertWidget(0, widget);
}

void ChartPage::setSideWidget(QWidget *widget, bool right)
{
    // The side widget and the chart/table splitter share an outer splitter.
    auto *layout = static_cast<QVBoxLayout *>(m_body->layout());
    m_outer = new QSplitter(Qt::Horizontal, m_body);
    delete layout->replaceWidget(m_splitter, m_outer); // the old layout item is ours to free
    if (right) {
        m_outer->addWidget(m_splitter);
        m_outer->addWidget(widget);
        m_outer->setStretchFactor(0, 4);
    } else {
        m_outer->addWidget(widget);
        m_outer->addWidget(m_splitter);
        m_outer->setStretchFactor(1, 4);
    }
    m_outer->setChildrenCollapsible(false);
    m_outer->setSizes(right ? QList<int>{900, 300} : QList<int>{280, 1000});
    connect(m_outer, &QSplitter::splitterMoved, this, &ChartPage::saveSplitters);
    restoreSplitters();
}

void ChartPage::saveSplitters() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("pages/%1/splitter").arg(m_id), m_splitter->saveState());
    if (m_outer)
        settings.setValue(QStringLiteral("pages/%1/outerSplitter").arg(m_id), m_outer->saveState());
}

void ChartPage::restoreSplitters()
{
    const QSettings settings;
    m_splitter->restoreState(settings.value(QStringLiteral("pages/%1/splitter").arg(m_id)).toByteArray());
    if (m_outer)
        m_outer->restoreState(settings.value(QStringLiteral("pages/%1/outerSplitter").arg(m_id)).toByteArray());
}

QString ChartPage::smallBaseNote(int count) const
{
    return tr("%n row(s) with fewer than 30 valid answers: not drawn as a score.", nullptr, count);
}

void ChartPage::updateNote()
{
    QStringList notes;
    FigureEngine *engine = m_model->engine();
    const std::optional<WaveInfo> wave = engine ? engine->wave(m_model->selection()->waveId()) : std::nullopt;
    bool demo = wave && wave->isDemo;
    int small = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex index = m_model->index(row, 0);
        demo = demo || index.data(+FigureRole::Illustrative).toBool();
        const QVariant sufficient = index.data(+FigureRole::Sufficient);
        small += sufficient.isValid() && !sufficient.toBool();
    }
    if (demo)
        notes << QStringLiteral("<span style=\"background:#F0E442;color:#000;padding:2px 6px;\"><b>%1</b></span> %2")
                     .arg(tr("demo data").toHtmlEscaped(),
                          tr("Generated answers and illustrative figures, not a real survey.").toHtmlEscaped());
    if (small > 0)
        notes << smallBaseNote(small).toHtmlEscaped();
    const QString extra = extraNote();
    if (!extra.isEmpty())
        notes << extra.toHtmlEscaped();
    m_note->setText(notes.join(QLatin1String(" &nbsp; ")));
    m_note->setVisible(!notes.isEmpty());
}

void ChartPage::retranslate()
{
    m_titleLabel->setText(QCoreApplication::translate("ChartPage", m_title));
    m_copy->setText(tr("&Copy table"));
    m_copy->setToolTip(tr("Copies the selected rows, or the whole table, as tab-separated text for a spreadsheet"));
    updateNote();
}

void ChartPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}
