#pragma once

#include "charts/chartfactory.h"
#include "export/chartexport.h"

#include <QWidget>

#include <functional>
#include <memory>

class ChartPanel;
class FigureModel;
class TableView;
class QHBoxLayout;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QToolButton;
class QSplitter;
class QStandardItemModel;

/// A page of the dashboard: a title, a note line (demo data, small bases),
/// the chart and, beside or below it, the table of the same model instance
/// (sortable through a proxy that only the table sees, since bar charts
/// ignore layoutChanged), with a Copy button. The splitter between them is
/// remembered per page.
class ChartPage : public QWidget
{
    Q_OBJECT

public:
    /// id names the page in the settings; title is translated in the
    /// "ChartPage" context (QT_TRANSLATE_NOOP).
    ChartPage(const QString &id, const char *title, ChartKind kind, FigureModel *model,
              Qt::Orientation orientation, QWidget *parent = nullptr);

    QString id() const { return m_id; }
    FigureModel *model() const { return m_model; }
    ChartPanel *chartPanel() const { return m_chart; }
    TableView *table() const { return m_table; }
    QSplitter *splitter() const { return m_splitter; }
    /// The sorting proxy between the model and the table.
    QSortFilterProxyModel *proxy() const { return m_proxy; }

    /// The page's title in the UI language.
    QString title() const;
    /// A file name without extension for exports: page, year, landlord.
    QString exportBaseName() const;
    /// The chart as exported (title, scope, footnote) to a .png, .pdf or .svg.
    bool saveChart(const QString &path, const ChartExportOptions &options = {}, QString *error = nullptr) const;
    /// The table as shown (sorted as on screen) to a .csv or .xlsx.
    bool saveTable(const QString &path, QString *error = nullptr) const;

public slots:
    /// The chart export dialog, then the export.
    void exportChart();
    /// The chart image and its table on the clipboard.
    void copyChart();
    /// A save dialog (CSV or Excel), then the export.
    void exportTable();

protected:
    /// A control in the title row (question choosers).
    void addControl(QWidget *control);
    /// A widget above the chart and table (the overview tiles).
    void setHeaderWidget(QWidget *widget);
    /// A widget left or right of the chart and table (pickers, lists).
    void setSideWidget(QWidget *widget, bool right = false);
    /// Extra text for the note line, after the demo-data and small-base notes.
    virtual QString extraNote() const { return QString(); }
    /// "%n question(s)…": what the rows are, for the small-base note.
    virtual QString smallBaseNote(int count) const;
    virtual void retranslate();
    void updateNote();
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    /// True while the page is behind another one of a shown window: model
    /// changes then only mark it stale, and it catches up when shown.
    bool outOfSight() const;
    /// After a model reset: the note and the table's columns, now or when
    /// the page comes into view.
    virtual void modelChanged();

private:
    void fitColumns();
    /// The filters of the selection, as a sheet beside an exported table.
    std::unique_ptr<QStandardItemModel> selectionSheet() const;
    void saveSplitters() const;
    /// On the window's status bar, in the language of the moment (StatusNote).
    void showStatus(std::function<QString()> message) const;
    void restoreSplitters();

    QString m_id;
    const char *m_title;
    FigureModel *m_model;
    QLabel *m_titleLabel;
    QLabel *m_note;
    QHBoxLayout *m_controls;
    QPushButton *m_copy;
    QToolButton *m_export;
    QAction *m_exportChartAction;
    QAction *m_copyChartAction;
    QAction *m_exportTableAction;
    ChartPanel *m_chart;
    TableView *m_table;
    QSortFilterProxyModel *m_proxy;
    QSplitter *m_splitter;
    QSplitter *m_outer = nullptr;
    QWidget *m_body;
    bool m_stale = false;
};
