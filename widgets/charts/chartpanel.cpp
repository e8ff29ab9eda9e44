#include "chartpanel.h"

#include "chartstyle.h"
#include "figurechart.h"

#include <QChartView>
#include <QEvent>
#include <QScrollArea>
#include <QVBoxLayout>

ChartPanel::ChartPanel(ChartKind kind, QAbstractItemModel *model, QWidget *parent)
    : QWidget(parent)
    , m_kind(kind)
    , m_scroll(new QScrollArea(this))
    , m_view(new QChartView(this))
{
    setObjectName(QStringLiteral("ChartPanel_") + chartKindName(kind));
    m_chart = qobject_cast<FigureChart *>(createChart(kind, model, QLocale()));
    if (m_chart) {
        // The view owns the chart it is given, but only releases the empty one
        // it made for itself: that one is ours to delete.
        QChart *placeholder = m_view->chart();
        m_view->setChart(m_chart);
        delete placeholder;
    }
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setFocusPolicy(Qt::NoFocus); // nothing to do with the keyboard; the table next to it has the data
    m_scroll->setWidget(m_view);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_scroll);
    setMinimumSize(320, 240);
    if (m_chart) {
        connect(m_chart, &FigureChart::rebuilt, this, &ChartPanel::adaptHeight);
        // Behind another page of a shown window: rebuilt when it comes into view.
        m_chart->setHiddenCheck([this] { return window()->isVisible() && !isVisible(); });
    }
    adaptHeight();
}

QChart *ChartPanel::chart() const
{
    return m_chart;
}

void ChartPanel::adaptHeight()
{
    // At least the chart's readable height; the whole viewport when taller.
    const int wanted = m_chart ? m_chart->preferredHeight() : 0;
    m_view->setMinimumHeight(std::max(wanted, 200));
}

void ChartPanel::showEvent(QShowEvent *event)
{
    if (m_chart)
        m_chart->rebuildIfStale();
    QWidget::showEvent(event);
}

void ChartPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_chart) {
        // Numbers follow the new default locale ("7,8" / "7.8"), titles the translation.
        ChartStyle::setUp(m_chart, QLocale());
        m_chart->rebuild();
    }
    QWidget::changeEvent(event);
}
