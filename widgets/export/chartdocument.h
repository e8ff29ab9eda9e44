#pragma once

#include "chartdescription.h"
#include "charts/chartfactory.h"

#include <QCoreApplication>
#include <QList>
#include <QLocale>
#include <QPair>
#include <QRectF>
#include <QStringList>

#include <memory>

class ChartRenderer;
class FigureModel;
QT_BEGIN_NAMESPACE
class QPainter;
QT_END_NAMESPACE

/// One chart as it is exported: a title, what it covers (wave, scope,
/// landlord, segment; "demo data" for the demo), the chart itself and a
/// footnote (base n and effective n, margin of error, weighting, the source
/// file's SHA-256 fingerprint). paint() draws it with QPainter on any device
/// at a fixed logical size, whatever the window looks like: PNG, PDF, SVG,
/// the clipboard and the board pack all go through here.
///
/// The document draws its own chart, created from model; model must be of
/// the class the chart kind expects (see createChart()) and outlive it.
class ChartDocument
{
    Q_DECLARE_TR_FUNCTIONS(ChartDocument)

public:
    ChartDocument(ChartKind kind, FigureModel *model, const QLocale &locale = QLocale());
    ~ChartDocument();
    ChartDocument(const ChartDocument &) = delete;
    ChartDocument &operator=(const ChartDocument &) = delete;

    /// False when model is not of the kind's class (nothing would be drawn).
    bool isValid() const;
    ChartKind kind() const { return m_kind; }
    FigureModel *model() const { return m_model; }
    QLocale locale() const { return m_locale; }
    /// What the chart shows, renderer-neutral (the PowerPoint writer draws it too).
    const ChartDescription &description() const { return m_description; }

    /// The chart's own title ("Scores by question"); setTitle() replaces it.
    QString title() const { return m_title; }
    void setTitle(const QString &title) { m_title = title; }
    /// model->scopeDescription(): wave, scope, landlord, segment, demo data.
    QString subtitle() const;
    /// The footnote, one entry per line: base, margin of error, weighting and source.
    QStringList footnote() const;

    /// Logical height below which the chart's categories (one bar per
    /// question) would squeeze; 0 when it reads well at any height.
    int preferredChartHeight() const;

    /// Paints the whole document (white background, title, subtitle, chart,
    /// footnote) into rect, in the painter's logical units. Text grows with
    /// rect beyond about 1100 × 620 so that a slide-sized export reads well.
    void paint(QPainter *painter, const QRectF &rect);
    /// Paints the chart alone into rect. A chart lower than its preferred
    /// height is laid out at that height and scaled down as a whole, so that
    /// no label is ever dropped or clipped.
    void paintChart(QPainter *painter, const QRectF &rect);
    /// The chart at its preferred height (at least minHeight) cut between
    /// categories into pieces no taller than maxHeight, for paper where text
    /// must keep its size; see ChartRenderer::pieces().
    QList<QPair<qreal, qreal>> chartPieces(qreal width, qreal minHeight, qreal maxHeight);
    void paintChartPiece(QPainter *painter, const QPointF &topLeft, qreal width, qreal minHeight,
                         const QPair<qreal, qreal> &piece);

private:
    QString defaultTitle() const;

    ChartKind m_kind;
    FigureModel *m_model;
    QLocale m_locale;
    std::unique_ptr<ChartRenderer> m_chart;
    ChartDescription m_description;
    QString m_title;
};
