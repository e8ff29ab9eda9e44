#include "chartpage.h"

#include "appsettings.h"

#include "charts/chartpanel.h"
#include "columnplans.h"
#include "export/chartexportdialog.h"
#include "figureengine.h"
#include "figuremodel.h"
#include "figureroles.h"
#include "figureselection.h"
#include "segmentnames.h"
#include "statusnote.h"
#include "tableexport.h"
#include "tableview.h"

#include <QAction>
#include <QDateTime>
#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardItemModel>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

const char TableFormatKey[] = "export/tableFormat";

// A file name part from free text: letters, digits and dashes only.
QString fileNamePart(const QString &text)
{
    QString part;
    for (const QChar c : text.normalized(QString::NormalizationForm_KD))
        if (c.isLetterOrNumber() && c.unicode() < 128)
            part += c.toLower();
        else if (!part.isEmpty() && !part.endsWith(QLatin1Char('-')) && (c.isSpace() || c == QLatin1Char('-')))
            part += QLatin1Char('-');
    while (part.endsWith(QLatin1Char('-')))
        part.chop(1);
    return part;
}

} // namespace

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
    , m_export(new QToolButton(this))
    , m_exportChartAction(new QAction(this))
    , m_copyChartAction(new QAction(this))
    , m_exportTableAction(new QAction(this))
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
    m_splitter->setSizes(orientation == Qt::Horizontal ? QList<int>{580, 420} : QList<int>{620, 280});
    m_splitter->setChildrenCollapsible(false);

    auto *top = new QHBoxLayout;
    top->addWidget(m_titleLabel);
    top->addSpacing(16);
    top->addLayout(m_controls);
    top->addStretch(1);
    top->addWidget(m_copy);
    top->addWidget(m_export);
    auto *bodyLayout = new QVBoxLayout(m_body);
    bodyLayout->setContentsMargins(0, 0, 0, 0);
    // Room beyond what a header widget needs goes to the chart and table.
    bodyLayout->addWidget(m_splitter, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->addLayout(top);
    layout->addWidget(m_note);
    layout->addWidget(m_body, 1);

    connect(m_copy, &QPushButton::clicked, this, [this] {
        m_table->copy();
        showStatus([] { return tr("Table copied: paste it into a spreadsheet or a document"); });
    });
    auto *exportMenu = new QMenu(m_export);
    exportMenu->addAction(m_exportChartAction);
    exportMenu->addAction(m_copyChartAction);
    exportMenu->addSeparator();
    exportMenu->addAction(m_exportTableAction);
    m_export->setMenu(exportMenu);
    m_export->setPopupMode(QToolButton::InstantPopup);
    m_export->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_export->setObjectName(QStringLiteral("exportButton"));
    connect(m_exportChartAction, &QAction::triggered, this, &ChartPage::exportChart);
    connect(m_copyChartAction, &QAction::triggered, this, &ChartPage::copyChart);
    connect(m_exportTableAction, &QAction::triggered, this, &ChartPage::exportTable);
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        if (outOfSight())
            m_stale = true;
        else
            modelChanged();
    });
    connect(m_splitter, &QSplitter::splitterMoved, this, &ChartPage::saveSplitters);
    restoreSplitters();
    planTableColumns(this);
    retranslate();
    updateNote();
    fitColumns();
}

bool ChartPage::outOfSight() const
{
    return window()->isVisible() && !isVisible();
}

void ChartPage::modelChanged()
{
    m_stale = false;
    updateNote();
    fitColumns();
}

void ChartPage::showEvent(QShowEvent *event)
{
    if (m_stale)
        modelChanged();
    QWidget::showEvent(event);
}

void ChartPage::fitColumns()
{
    m_table->fitColumns();
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
    QSettings &settings = appSettings();
    settings.setValue(QStringLiteral("pages/%1/splitter").arg(m_id), m_splitter->saveState());
    if (m_outer)
        settings.setValue(QStringLiteral("pages/%1/outerSplitter").arg(m_id), m_outer->saveState());
}

void ChartPage::restoreSplitters()
{
    const QSettings &settings = appSettings();
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
    m_export->setText(tr("E&xport"));
    m_export->setToolTip(tr("Saves or copies the chart for a slide or a report, or saves the table for a spreadsheet"));
    m_exportChartAction->setText(tr("Save the chart as an image, PDF or PowerPoint…"));
    m_copyChartAction->setText(tr("Copy the chart (image and table)"));
    m_exportTableAction->setText(tr("Save the table for Excel (CSV or XLSX)…"));
    updateNote();
}

void ChartPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

QString ChartPage::title() const
{
    return QCoreApplication::translate("ChartPage", m_title);
}

QString ChartPage::exportBaseName() const
{
    // In the interface's language: "satisfecit-notes-par-theme-2020-bl02-qpv".
    QStringList parts{QStringLiteral("satisfecit"), fileNamePart(title())};
    const FigureSelection *selection = m_model->selection();
    if (FigureEngine *engine = m_model->engine())
        if (const std::optional<WaveInfo> wave = engine->wave(selection->waveId()))
            parts << QString::number(wave->year);
    if (!selection->landlord().isEmpty())
        parts << fileNamePart(selection->landlord());
    if (selection->qpvFilter() == FigureSelection::QpvFilter::Qpv)
        parts << QStringLiteral("qpv");
    else if (selection->qpvFilter() == FigureSelection::QpvFilter::HorsQpv)
        parts << fileNamePart(tr("outside QPV"));
    if (!selection->segmentColumn().isEmpty())
        parts << fileNamePart(selection->segmentValue());
    parts.removeAll(QString());
    return parts.join(QLatin1Char('-'));
}

bool ChartPage::saveChart(const QString &path, const ChartExportOptions &options, QString *error) const
{
    ChartDocument document(m_chart->kind(), m_model);
    return ::exportChart(document, path, options, error);
}

std::unique_ptr<QStandardItemModel> ChartPage::selectionSheet() const
{
    auto sheet = std::make_unique<QStandardItemModel>();
    sheet->setHorizontalHeaderLabels({tr("Filter"), tr("Value")});
    const FigureSelection *selection = m_model->selection();
    QString wave;
    if (FigureEngine *engine = m_model->engine())
        if (const std::optional<WaveInfo> info = engine->wave(selection->waveId()))
            wave = QStringLiteral("%1 — %2").arg(info->year).arg(info->scope);
    const QString qpv = selection->qpvFilter() == FigureSelection::QpvFilter::Qpv       ? tr("QPV")
                        : selection->qpvFilter() == FigureSelection::QpvFilter::HorsQpv ? tr("outside QPV")
                                                                                          : tr("all tenants");
    const QString segment = selection->segmentColumn().isEmpty()
                                ? tr("none")
                                : tr("%1: %2").arg(segmentDisplayName(selection->segmentColumn(), selection->language()),
                                                   selection->segmentValue());
    const QList<QPair<QString, QString>> rows = {
        {tr("Table"), title()},
        {tr("Wave"), wave},
        {tr("Landlord"), selection->landlord().isEmpty() ? tr("whole region") : selection->landlord()},
        {tr("Neighbourhood"), qpv},
        {tr("Segment"), segment},
        {tr("Exported on"), QLocale().toString(QDateTime::currentDateTime(), QLocale::ShortFormat)},
    };
    for (const auto &[name, value] : rows)
        sheet->appendRow({new QStandardItem(name), new QStandardItem(value)});
    return sheet;
}

bool ChartPage::saveTable(const QString &path, QString *error) const
{
    if (QFileInfo(path).suffix().compare(QLatin1String("xlsx"), Qt::CaseInsensitive) == 0)
    {
        // A second sheet says which selection produced the table.
        const std::unique_ptr<QStandardItemModel> filters = selectionSheet();
        return exportXlsx({{title(), m_proxy}, {tr("Filters"), filters.get()}}, path, error);
    }
    return exportCsv(*m_proxy, path, QLocale(), error);
}

void ChartPage::exportChart()
{
    ChartExportDialog dialog(exportBaseName(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool saved = saveChart(dialog.path(), dialog.options(), &error);
    QApplication::restoreOverrideCursor();
    if (!saved) {
        QMessageBox::critical(this, tr("Export the chart"), error);
        return;
    }
    showStatus([path = dialog.path()] { return tr("Chart saved to %1").arg(QDir::toNativeSeparators(path)); });
}

void ChartPage::copyChart()
{
    ChartDocument document(m_chart->kind(), m_model);
    copyChartToClipboard(document);
    showStatus([] { return tr("Chart copied: paste it into a slide, or into a spreadsheet for its table"); });
}

void ChartPage::exportTable()
{
    const QString csvFilter = tr("CSV for Excel (*.csv)");
    const QString xlsxFilter = tr("Excel workbook (*.xlsx)");
    const bool csv = appSettings().value(QLatin1String(TableFormatKey)).toString() == QLatin1String("csv");
    QString filter = csv ? csvFilter : xlsxFilter;
    const QString proposed =
        QDir(lastExportFolder()).filePath(exportBaseName() + (csv ? QStringLiteral(".csv") : QStringLiteral(".xlsx")));
    QString path = QFileDialog::getSaveFileName(this, tr("Save the table"), proposed,
                                                xlsxFilter + QStringLiteral(";;") + csvFilter, &filter);
    if (path.isEmpty())
        return;
    const QString suffix = filter == csvFilter ? QStringLiteral("csv") : QStringLiteral("xlsx");
    if (QFileInfo(path).suffix().compare(suffix, Qt::CaseInsensitive) != 0)
        path += QLatin1Char('.') + suffix;
    appSettings().setValue(QLatin1String(TableFormatKey), suffix);
    rememberExportFolder(path);
    QString error;
    if (!saveTable(path, &error)) {
        QMessageBox::critical(this, tr("Save the table"), error);
        return;
    }
    showStatus([path] { return tr("Table saved to %1").arg(QDir::toNativeSeparators(path)); });
}

void ChartPage::showStatus(std::function<QString()> message) const
{
    StatusNote::show(window(), std::move(message), 8000);
}
