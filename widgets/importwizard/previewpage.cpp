#include "previewpage.h"

#include "importsession.h"
#include "importwizard.h"
#include "readers/xlsxreader.h"
#include "tableview.h"
#include "wizardlook.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSignalBlocker>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace {

// Selects the item whose data equals value, if any.
void selectData(QComboBox *combo, const QString &value)
{
    const QSignalBlocker blocker(combo);
    const int i = combo->findData(value);
    if (i >= 0)
        combo->setCurrentIndex(i);
}

} // namespace

PreviewPage::PreviewPage(ImportSession &session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_encodingLabel(new QLabel(tr("&Encoding:"), this))
    , m_encoding(new QComboBox(this))
    , m_delimiterLabel(new QLabel(tr("&Delimiter:"), this))
    , m_delimiter(new QComboBox(this))
    , m_sheetLabel(new QLabel(tr("S&heet:"), this))
    , m_sheet(new QComboBox(this))
    , m_status(new QLabel(this))
    , m_problem(new QLabel(this))
    , m_model(new QStandardItemModel(this))
    , m_table(new TableView(this))
{
    setObjectName(QStringLiteral("previewPage"));
    setTitle(tr("Preview"));
    setSubTitle(tr("Check that the columns are split and the accents read correctly. If not, choose "
                   "another encoding or delimiter."));

    m_encoding->setObjectName(QStringLiteral("encodingCombo"));
    m_encoding->addItem(tr("UTF-8"), QStringLiteral("utf-8"));
    m_encoding->addItem(tr("Windows-1252 (Western European)"), QStringLiteral("windows-1252"));
    m_delimiter->setObjectName(QStringLiteral("delimiterCombo"));
    m_delimiter->addItem(tr("; semicolon"), QStringLiteral(";"));
    m_delimiter->addItem(tr(", comma"), QStringLiteral(","));
    m_delimiter->addItem(tr("Tab"), QStringLiteral("\t"));
    m_delimiter->addItem(tr("| vertical bar"), QStringLiteral("|"));
    m_sheet->setObjectName(QStringLiteral("sheetCombo"));
    for (QComboBox *combo : {m_encoding, m_delimiter, m_sheet})
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    m_status->setObjectName(QStringLiteral("previewStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_problem->setObjectName(QStringLiteral("previewProblem"));
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette palette = m_problem->palette();
    palette.setColor(QPalette::WindowText, ImportWizard::errorColor());
    m_problem->setPalette(palette);
    m_problem->hide();

    // The preview keeps the file's order and shows its line numbers.
    m_table->setObjectName(QStringLiteral("previewTable"));
    m_table->setSortingEnabled(false);
    m_table->setModel(m_model);
    m_table->verticalHeader()->show();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->horizontalHeader()->setStretchLastSection(false);
    compactRows(m_table);

    // One row of choices: only those that apply to the file's format show.
    auto *choices = new QHBoxLayout;
    const auto addChoice = [choices](QLabel *label, QComboBox *combo) {
        label->setBuddy(combo);
        choices->addWidget(label);
        choices->addWidget(combo);
        choices->addSpacing(12);
    };
    addChoice(m_encodingLabel, m_encoding);
    addChoice(m_delimiterLabel, m_delimiter);
    addChoice(m_sheetLabel, m_sheet);
    choices->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(choices);
    layout->addWidget(m_status);
    layout->addWidget(m_problem);
    layout->addWidget(m_table, 1);

    connect(m_encoding, &QComboBox::activated, this, &PreviewPage::chooseEncoding);
    connect(m_delimiter, &QComboBox::activated, this, &PreviewPage::chooseDelimiter);
    connect(m_sheet, &QComboBox::activated, this, &PreviewPage::chooseSheet);
}

void PreviewPage::initializePage()
{
    // Choices made for this file survive a trip back to the first page.
    if (m_session.path != m_loadedPath)
        m_session.read = ReadOptions{};
    m_loadedPath = m_session.path;
    reload();
}

bool PreviewPage::isComplete() const
{
    return m_readable;
}

void PreviewPage::chooseEncoding()
{
    m_session.read.encoding = m_encoding->currentData().toString();
    reload();
}

void PreviewPage::chooseDelimiter()
{
    m_session.read.delimiter = m_delimiter->currentData().toString().front();
    reload();
}

void PreviewPage::chooseSheet()
{
    m_session.read.sheet = m_sheet->currentData().toString();
    reload();
}

void PreviewPage::showProblem(const QString &message)
{
    m_problem->setText(message);
    m_problem->setVisible(!message.isEmpty());
}

void PreviewPage::reload()
{
    m_readable = false;
    m_model->clear();
    m_session.header = Record();

    const QString suffix = QFileInfo(m_session.path).suffix().toLower();
    const bool text = suffix != QLatin1String("xlsx") && suffix != QLatin1String("sav")
                      && suffix != QLatin1String("zsav");
    for (QWidget *w : {static_cast<QWidget *>(m_encodingLabel), static_cast<QWidget *>(m_encoding),
                       static_cast<QWidget *>(m_delimiterLabel), static_cast<QWidget *>(m_delimiter)})
        w->setVisible(text);
    m_sheetLabel->setVisible(suffix == QLatin1String("xlsx"));
    m_sheet->setVisible(suffix == QLatin1String("xlsx"));

    ReadError error;
    std::unique_ptr<TableReader> reader = createTableReader(m_session.path, m_session.read, &error);
    if (reader && !reader->open())
        error = reader->error();
    if (!error.isNull()) {
        m_status->clear();
        showProblem(tr("The file cannot be read: %1").arg(error.toString()));
        emit completeChanged();
        return;
    }

    const Record &header = reader->header();
    m_session.header = header;
    QStringList labels;
    for (int c = 0; c < header.size(); ++c)
        labels << header.text(c);
    m_model->setColumnCount(header.size());
    m_model->setHorizontalHeaderLabels(labels);

    Record record;
    QString rowProblem;
    while (m_model->rowCount() < PreviewRows) {
        if (!reader->next(record)) {
            if (!reader->error().isNull())
                rowProblem = reader->error().toString();
            break;
        }
        QList<QStandardItem *> row;
        for (int c = 0; c < record.size(); ++c)
            row << new QStandardItem(record.text(c));
        m_model->appendRow(row);
        m_model->setVerticalHeaderItem(m_model->rowCount() - 1, new QStandardItem(QString::number(record.line)));
    }
    m_table->resizeColumnsToContents();
    for (int c = 0; c < m_model->columnCount(); ++c)
        m_table->setColumnWidth(c, qMin(m_table->columnWidth(c), 240));

    // Show what was detected, and keep the user's choices for this file.
    const QString encoding = reader->encodingName();
    selectData(m_encoding, encoding == QLatin1String("utf-8-bom") ? QStringLiteral("utf-8") : encoding);
    const QString delimiter = reader->delimiterName();
    selectData(m_delimiter, delimiter == QLatin1String("\\t") ? QStringLiteral("\t") : delimiter);
    if (auto *xlsx = dynamic_cast<XlsxReader *>(reader.get())) {
        const QSignalBlocker blocker(m_sheet);
        m_sheet->clear();
        const QStringList sheets = xlsx->sheetNames();
        for (int i = 0; i < sheets.size(); ++i)
            m_sheet->addItem(sheets[i], QString::number(i + 1)); // by number: a sheet may be called "2"
        m_sheet->setCurrentIndex(qMax(0, sheets.indexOf(reader->sheetName())));
    }

    const auto how = [this](bool chosen) { return chosen ? tr("chosen") : tr("detected"); };
    QString status;
    if (text)
        status = tr("Encoding: %1 (%2). Delimiter: %3 (%4).")
                     .arg(encoding == QLatin1String("utf-8-bom") ? tr("UTF-8 with BOM") : m_encoding->currentText(),
                          how(!m_session.read.encoding.isEmpty()), m_delimiter->currentText(),
                          how(!m_session.read.delimiter.isNull()));
    else if (suffix == QLatin1String("xlsx"))
        status = tr("Sheet: %1 (%2).").arg(reader->sheetName(), how(!m_session.read.sheet.isEmpty()));
    else
        status = tr("SPSS file: answers are shown with their value labels.");
    const int rows = m_model->rowCount();
    status += QLatin1Char(' ') + tr("%n column(s)", nullptr, header.size()) + QLatin1String(", ")
              + (rows < PreviewRows ? tr("%n row(s).", nullptr, rows)
                                    : tr("the first %n rows are shown.", nullptr, PreviewRows));
    m_status->setText(status);
    showProblem(rowProblem.isEmpty() ? QString() : tr("Problem further on: %1").arg(rowProblem));
    m_readable = true;
    emit completeChanged();
}
