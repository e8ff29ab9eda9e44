#pragma once

#include "charts/chartfactory.h"

#include <QWidget>

class ChartPanel;
class FigureModel;
class TableView;
class QHBoxLayout;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QSplitter;

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

private:
    void fitColumns();
    void saveSplitters() const;
    void restoreSplitters();

    QString m_id;
    const char *m_title;
    FigureModel *m_model;
    QLabel *m_titleLabel;
    QLabel *m_note;
    QHBoxLayout *m_controls;
    QPushButton *m_copy;
    ChartPanel *m_chart;
    TableView *m_table;
    QSortFilterProxyModel *m_proxy;
    QSplitter *m_splitter;
    QSplitter *m_outer = nullptr;
    QWidget *m_body;
};
