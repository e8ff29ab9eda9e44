#pragma once

#include "chartfactory.h"

#include <QWidget>

class FigureChart;
QT_BEGIN_NAMESPACE
class QAbstractItemModel;
class QChart;
class QChartView;
class QScrollArea;
QT_END_NAMESPACE

/// A chart of the dashboard in its view, for the pages (which include no Qt
/// Charts header). Tall charts (one bar per question) scroll rather than
/// squeeze their bars; the chart follows the UI language.
class ChartPanel : public QWidget
{
    Q_OBJECT

public:
    ChartPanel(ChartKind kind, QAbstractItemModel *model, QWidget *parent = nullptr);

    ChartKind kind() const { return m_kind; }
    QChart *chart() const;
    QChartView *chartView() const { return m_view; }

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void adaptHeight();

    ChartKind m_kind;
    FigureChart *m_chart = nullptr;
    QScrollArea *m_scroll;
    QChartView *m_view;
};
