#include "trendchart.h"

#include "chartoverlay.h"
#include "chartstyle.h"
#include "figureroles.h"
#include "figureselection.h"
#include "trendmodel.h"

#include <QLegend>
#include <QLineSeries>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <map>

namespace {

QScatterSeries *markers(const QString &name, QScatterSeries::MarkerShape shape, const QColor &fill,
                        const QColor &border, qreal size)
{
    auto *series = new QScatterSeries;
    series->setName(name);
    series->setMarkerShape(shape);
    series->setMarkerSize(size);
    series->setColor(fill);
    series->setBorderColor(border);
    QPen pen(border, 1.6);
    series->setPen(pen);
    return series;
}

} // namespace

TrendChart::TrendChart(QAbstractItemModel *model, const QLocale &locale)
    : FigureChart(model, locale)
{
    rebuild();
}

void TrendChart::build()
{
    m_lines = 0;
    auto *trend = qobject_cast<TrendModel *>(model());
    if (!trend)
        return;
    // The trend follows the landlord and QPV filters, not the wave: say which.
    const FigureSelection *selection = trend->selection();
    QStringList scope;
    scope << (selection->landlord().isEmpty() ? tr("all landlords") : tr("landlord %1").arg(selection->landlord()));
    if (selection->qpvFilter() == FigureSelection::QpvFilter::Qpv)
        scope << tr("QPV tenants");
    else if (selection->qpvFilter() == FigureSelection::QpvFilter::HorsQpv)
        scope << tr("tenants outside QPV");
    // The earliest year of any line (a landlord's view lists the landlord's first).
    int since = trend->rowCount() > 0 ? 9999 : 2004;
    for (int r = 0; r < trend->rowCount(); ++r)
        since = std::min(since, trend->index(r, TrendModel::Year).data(Qt::EditRole).toInt());
    const QString title = tr("Scores since %1").arg(since);
    setTitle(QStringLiteral("<b>%1</b><br><span style=\"font-weight:normal; color:#444444;\">%2</span>")
                 .arg(title.toHtmlEscaped(), scope.join(QStringLiteral(" · ")).toHtmlEscaped()));
    const QLocale numbers = numberLocale();
    const int rows = trend->rowCount();
    auto value = [trend](int row, int column) { return trend->index(row, column).data(Qt::EditRole); };

    // Axis ranges from the points and their intervals.
    int firstYear = 9999, lastYear = 0;
    double low = 10, high = 0;
    for (int r = 0; r < rows; ++r) {
        firstYear = std::min(firstYear, value(r, TrendModel::Year).toInt());
        lastYear = std::max(lastYear, value(r, TrendModel::Year).toInt());
        const double score = value(r, TrendModel::Score).toDouble();
        const QVariant ciLow = value(r, TrendModel::CiLow), ciHigh = value(r, TrendModel::CiHigh);
        low = std::min(low, ciLow.isValid() ? ciLow.toDouble() : score);
        high = std::max(high, ciHigh.isValid() ? ciHigh.toDouble() : score);
    }
    if (rows == 0) {
        firstYear = 2004;
        lastYear = 2020;
        low = 5;
        high = 8;
    }
    auto *axisX = new QValueAxis;
    axisX->setRange(firstYear - 1, lastYear + 1);
    axisX->setTickType(QValueAxis::TicksDynamic);
    axisX->setTickAnchor(firstYear);
    axisX->setTickInterval(lastYear - firstYear > 12 ? 2 : 1);
    axisX->setLabelFormat(QStringLiteral("%.0f")); // "%d" draws nothing with localized numbers
    axisX->setLabelsFont(ChartStyle::axisFont());
    axisX->setGridLineVisible(false);
    auto *axisY = new QValueAxis;
    axisY->setRange(std::max(0.0, std::floor(low - 0.5)), std::min(10.0, std::ceil(high + 0.5)));
    axisY->setTickType(QValueAxis::TicksDynamic);
    axisY->setTickAnchor(0);
    axisY->setTickInterval(axisY->max() - axisY->min() > 4 ? 1.0 : 0.5);
    axisY->setLabelFormat(QStringLiteral("%.1f"));
    axisY->setTitleText(tr("Score /10"));
    axisY->setLabelsFont(ChartStyle::axisFont());
    axisY->setTitleFont(ChartStyle::axisFont());
    addAxis(axisX, Qt::AlignBottom);
    addAxis(axisY, Qt::AlignLeft);
    const auto attach = [&](QAbstractSeries *series) {
        addSeries(series);
        series->attachAxis(axisX);
        series->attachAxis(axisY);
    };

    // The bands' thresholds, faint, behind everything.
    for (const double threshold : {6.0, 7.0}) {
        if (threshold < axisY->min() || threshold > axisY->max())
            continue;
        auto *line = new QLineSeries;
        line->setName(tr("Thresholds %1 and %2").arg(numbers.toString(6), numbers.toString(7)));
        line->setPen(QPen(QColor(0xB0, 0xB0, 0xB0), 1, Qt::DashLine));
        line->append(firstYear - 1, threshold);
        line->append(lastYear + 1, threshold);
        attach(line);
        hideFromLegend(line);
    }

    // One question: a colour per scope. Several: a colour per question, and
    // dashed lines for every scope but the latest one.
    QStringList codes, scopes;
    for (const TrendModel::Series &s : trend->series()) {
        if (!codes.contains(s.code))
            codes << s.code;
        if (!scopes.contains(s.scope))
            scopes << s.scope;
    }
    const QString latestScope = rows > 0 ? value(rows - 1, TrendModel::Scope).toString() : QString();
    const bool oneQuestion = codes.size() == 1;
    // Several questions: one entry per question and scope, plus the markers,
    // read better as a column than as a cut row.
    legend()->setAlignment(oneQuestion ? Qt::AlignBottom : Qt::AlignRight);
    // A landlord's view: its lines named after it, the region's in grey beside them.
    std::map<std::pair<QString, QString>, int> linesOf; // (code, landlord) → lines
    for (const TrendModel::Series &s : trend->series())
        ++linesOf[{s.code, s.landlord}];
    for (const TrendModel::Series &s : trend->series()) {
        const bool region = !trend->selection()->landlord().isEmpty() && s.landlord.isEmpty();
        const QColor color = region ? QColor(0x80, 0x80, 0x80)
                                    : ChartStyle::seriesColor(int(oneQuestion ? scopes.indexOf(s.scope) : codes.indexOf(s.code)));
        auto *line = new QLineSeries;
        QString name = oneQuestion ? s.scope : tr("%1 · %2").arg(s.code, s.scope);
        if (!trend->selection()->landlord().isEmpty()) {
            const QString group = region ? tr("Region") : s.landlord;
            const QString withScope = linesOf[{s.code, s.landlord}] > 1 ? tr("%1 (%2)").arg(group, s.scope) : group;
            name = oneQuestion ? withScope : tr("%1 · %2").arg(s.code, withScope);
        }
        line->setName(name);
        // Older scopes of a question told apart by their dashes.
        static const Qt::PenStyle dashes[] = {Qt::DashLine, Qt::DotLine, Qt::DashDotLine, Qt::DashDotDotLine};
        const int older = int(scopes.indexOf(s.scope)) - (scopes.indexOf(latestScope) < scopes.indexOf(s.scope));
        line->setPen(QPen(color, region ? 1.8 : 2.2,
                          region ? Qt::DashLine
                                 : oneQuestion || s.scope == latestScope ? Qt::SolidLine : dashes[older % 4]));
        for (const int r : s.rows)
            line->append(value(r, TrendModel::Year).toDouble(), value(r, TrendModel::Score).toDouble());
        attach(line);
        ++m_lines;

        // The points of the line, by origin; their legend is the generic one below.
        auto *computed = markers(QString(), QScatterSeries::MarkerShapeCircle, color, color, 9);
        auto *published = markers(QString(), QScatterSeries::MarkerShapeCircle, Qt::white, color, 10);
        auto *illustrative = markers(QString(), QScatterSeries::MarkerShapeTriangle, Qt::white, color, 11);
        std::map<QAbstractSeries *, std::vector<int>> rowsOf;
        for (const int r : s.rows) {
            const QModelIndex i = trend->index(r, TrendModel::Score);
            QScatterSeries *target = !i.data(+FigureRole::Published).toBool()     ? computed
                                     : i.data(+FigureRole::Illustrative).toBool() ? illustrative
                                                                                  : published;
            target->append(value(r, TrendModel::Year).toDouble(), value(r, TrendModel::Score).toDouble());
            rowsOf[target].push_back(r);
            const QVariant ciLow = value(r, TrendModel::CiLow), ciHigh = value(r, TrendModel::CiHigh);
            if (ciLow.isValid() && ciHigh.isValid())
                overlay()->addSegment(QPointF(value(r, TrendModel::Year).toDouble(), ciLow.toDouble()),
                                      QPointF(value(r, TrendModel::Year).toDouble(), ciHigh.toDouble()),
                                      QPen(color, 1.3), 4);
        }
        for (QScatterSeries *points : {computed, published, illustrative}) {
            attach(points);
            hideFromLegend(points);
            const std::vector<int> pointRows = rowsOf[points];
            connect(points, &QXYSeries::hovered, this, [this, points, pointRows](const QPointF &p, bool state) {
                for (int i = 0; i < points->count() && i < int(pointRows.size()); ++i)
                    if (points->at(i) == p)
                        return showToolTip(pointRows[std::size_t(i)], TrendModel::Score, state);
            });
        }
    }

    // Significant moves: a ring around the point.
    auto *significant = markers(tr("Significant change"),
                                QScatterSeries::MarkerShapeCircle, Qt::transparent, ChartStyle::textColor(), 17);
    std::vector<int> significantRows;
    for (int r = 0; r < rows; ++r)
        if (value(r, TrendModel::Significant).toBool()) {
            significant->append(value(r, TrendModel::Year).toDouble(), value(r, TrendModel::Score).toDouble());
            significantRows.push_back(r);
        }
    attach(significant);
    overlay()->setSeries(significant); // always there, on the same axes as the lines
    if (significant->count() == 0)
        hideFromLegend(significant);
    connect(significant, &QXYSeries::hovered, this,
            [this, significant, significantRows](const QPointF &p, bool state) {
                for (int i = 0; i < significant->count(); ++i)
                    if (significant->at(i) == p)
                        return showToolTip(significantRows[std::size_t(i)], TrendModel::Score, state);
            });

    // The legend of the markers, in black, without points.
    bool anyPublished = false, anyIllustrative = false, anyComputed = false;
    for (int r = 0; r < rows; ++r) {
        const QModelIndex i = trend->index(r, 0);
        const bool pub = i.data(+FigureRole::Published).toBool();
        anyComputed = anyComputed || !pub;
        anyIllustrative = anyIllustrative || (pub && i.data(+FigureRole::Illustrative).toBool());
        anyPublished = anyPublished || (pub && !i.data(+FigureRole::Illustrative).toBool());
    }
    const QColor black = ChartStyle::textColor();
    if (anyComputed)
        attach(markers(tr("Computed (95% interval)"), QScatterSeries::MarkerShapeCircle, black,
                       black, 9));
    if (anyPublished)
        attach(markers(tr("Published figure"), QScatterSeries::MarkerShapeCircle, Qt::white, black, 10));
    if (anyIllustrative)
        attach(markers(tr("Illustrative value"), QScatterSeries::MarkerShapeTriangle, Qt::white, black,
                       11));

    // Scope changes: a dashed vertical line between two waves, captioned, where
    // the whole trend changes scope (every point of that year starts a new
    // series, as Hauts-de-France in 2020); a lone published figure of another
    // scope among continuing lines is no such change.
    std::map<int, std::pair<bool, QString>> years; // year → (all points break, scope)
    for (int r = 0; r < rows; ++r) {
        const int year = value(r, TrendModel::Year).toInt();
        const bool breaks = trend->index(r, 0).data(+FigureRole::ScopeBreak).toBool();
        auto [it, inserted] = years.try_emplace(year, breaks, value(r, TrendModel::Scope).toString());
        if (!inserted)
            it->second.first = it->second.first && breaks;
    }
    int previousYear = 0;
    int captions = 0;
    for (const auto &[year, change] : years) {
        if (previousYear > 0 && change.first) {
            const double x = (previousYear + year) / 2.0;
            overlay()->addSegment(QPointF(x, axisY->min()), QPointF(x, axisY->max()),
                                  QPen(ChartStyle::referenceColor(), 1, Qt::DashDotLine));
            // Left of the line in the right half, so that it is never cut; successive
            // captions step down so that they never overlap.
            const bool right = x > (axisX->min() + axisX->max()) / 2;
            overlay()->addText(QPointF(x, axisY->max()), tr("scope: %1").arg(change.second),
                               (right ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignTop,
                               QPointF(right ? -4 : 4, 2 + 14 * captions++), ChartStyle::referenceColor(),
                               ChartStyle::labelFont(), QColor(255, 255, 255, 200));
        }
        previousYear = year;
    }
}
