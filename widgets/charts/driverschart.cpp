#include "driverschart.h"

#include "chartoverlay.h"
#include "chartstyle.h"
#include "drivers.h"
#include "driversmodel.h"
#include "figureroles.h"

#include <QLegend>
#include <QLineSeries>
#include <QLineF>
#include <QScatterSeries>
#include <QValueAxis>

#include <cmath>
#include <map>

namespace {

struct QuadrantStyle
{
    Quadrant quadrant;
    QColor color;
    QScatterSeries::MarkerShape shape;
};

// Shape as well as colour, so that the quadrant reads without colour.
const QuadrantStyle quadrantStyles[] = {
    {Quadrant::PriorityLever, QColor(0xD5, 0x5E, 0x00), QScatterSeries::MarkerShapeRotatedRectangle},
    {Quadrant::KeyStrength, QColor(0x00, 0x9E, 0x73), QScatterSeries::MarkerShapeCircle},
    {Quadrant::MinorWeakness, QColor(0xE6, 0x9F, 0x00), QScatterSeries::MarkerShapeTriangle},
    {Quadrant::MinorStrength, QColor(0x56, 0xB4, 0xE9), QScatterSeries::MarkerShapeRectangle},
};

} // namespace

DriversChart::DriversChart(QAbstractItemModel *model, const QLocale &locale)
    : FigureChart(model, locale)
{
    rebuild();
}

void DriversChart::build()
{
    auto *drivers = qobject_cast<DriversModel *>(model());
    if (!drivers)
        return;
    setCaption(tr("Improvement levers"));
    const DriverAnalysis &analysis = drivers->analysis();
    const int rows = drivers->rowCount();
    auto value = [drivers](int row, int column) { return drivers->index(row, column).data(Qt::EditRole); };

    // Classified questions only: an unclassified one has no importance or too small a base.
    double xMin = 1, xMax = 0, yMin = 10, yMax = 0;
    for (int r = 0; r < rows; ++r) {
        if (Quadrant(drivers->index(r, 0).data(+FigureRole::Quadrant).toInt()) == Quadrant::Unclassified)
            continue;
        xMin = std::min(xMin, value(r, DriversModel::Importance).toDouble());
        xMax = std::max(xMax, value(r, DriversModel::Importance).toDouble());
        yMin = std::min(yMin, value(r, DriversModel::Score).toDouble());
        yMax = std::max(yMax, value(r, DriversModel::Score).toDouble());
    }
    if (xMin > xMax) {
        xMin = 0;
        xMax = 1;
        yMin = 5;
        yMax = 8;
    }
    const double xPad = std::max(0.04, (xMax - xMin) * 0.08);
    auto *axisX = new QValueAxis;
    axisX->setRange(std::max(-1.0, std::floor((xMin - xPad) * 20) / 20), std::min(1.0, std::ceil((xMax + xPad) * 20) / 20));
    axisX->setTickType(QValueAxis::TicksDynamic);
    axisX->setTickAnchor(0);
    axisX->setTickInterval(axisX->max() - axisX->min() > 0.5 ? 0.1 : 0.05);
    axisX->setLabelFormat(QStringLiteral("%.2f"));
    axisX->setTitleText(tr("Importance: correlation with overall satisfaction"));
    auto *axisY = new QValueAxis;
    axisY->setRange(std::max(0.0, std::floor((yMin - 0.4) * 2) / 2), std::min(10.0, std::ceil((yMax + 0.4) * 2) / 2));
    axisY->setTickType(QValueAxis::TicksDynamic);
    axisY->setTickAnchor(0);
    axisY->setTickInterval(0.5);
    axisY->setLabelFormat(QStringLiteral("%.1f"));
    axisY->setTitleText(tr("Score /10"));
    for (QValueAxis *axis : {axisX, axisY}) {
        axis->setLabelsFont(ChartStyle::axisFont());
        axis->setTitleFont(ChartStyle::axisFont());
    }
    addAxis(axisX, Qt::AlignBottom);
    addAxis(axisY, Qt::AlignLeft);
    const auto attach = [&](QAbstractSeries *series) {
        addSeries(series);
        series->attachAxis(axisX);
        series->attachAxis(axisY);
    };

    const QLocale numbers = numberLocale();
    if (std::isfinite(analysis.medianImportance) && std::isfinite(analysis.medianScore)) {
        auto *vertical = new QLineSeries;
        vertical->setName(tr("Medians (importance %1, score %2)")
                              .arg(numbers.toString(analysis.medianImportance, 'f', 2),
                                   formatScore(analysis.medianScore, numbers)));
        const QPen pen(ChartStyle::referenceColor(), 1.2, Qt::DashLine);
        vertical->setPen(pen);
        vertical->append(analysis.medianImportance, axisY->min());
        vertical->append(analysis.medianImportance, axisY->max());
        attach(vertical);
        auto *horizontal = new QLineSeries;
        horizontal->setPen(pen);
        horizontal->append(axisX->min(), analysis.medianScore);
        horizontal->append(axisX->max(), analysis.medianScore);
        attach(horizontal);
        hideFromLegend(horizontal);
        overlay()->setSeries(vertical);
    }

    for (const QuadrantStyle &style : quadrantStyles) {
        auto *points = new QScatterSeries;
        points->setName(DriversModel::quadrantText(style.quadrant));
        points->setMarkerShape(style.shape);
        points->setMarkerSize(style.quadrant == Quadrant::PriorityLever ? 13 : 10);
        points->setColor(style.color);
        points->setBorderColor(style.color.darker(140));
        std::vector<int> pointRows;
        for (int r = 0; r < rows; ++r) {
            if (Quadrant(drivers->index(r, 0).data(+FigureRole::Quadrant).toInt()) != style.quadrant)
                continue;
            const QPointF p(value(r, DriversModel::Importance).toDouble(), value(r, DriversModel::Score).toDouble());
            points->append(p);
            pointRows.push_back(r);
            QFont font = ChartStyle::labelFont();
            font.setBold(style.quadrant == Quadrant::PriorityLever);
            overlay()->addPointLabel(p, value(r, DriversModel::Code).toString(), ChartStyle::textColor(), font);
        }
        attach(points);
        if (style.quadrant == Quadrant::PriorityLever)
            overlay()->setSeries(points); // always attached, even when empty
        // The question's name on hover. The signal gives where the mouse is,
        // not the point's exact value: the point nearest to it.
        connect(points, &QXYSeries::hovered, this, [this, points, pointRows](const QPointF &p, bool state) {
            const QPointF mouse = mapToPosition(p, points);
            int nearest = -1;
            qreal distance = 0;
            for (int i = 0; i < points->count(); ++i) {
                const qreal d = QLineF(mapToPosition(points->at(i), points), mouse).length();
                if (nearest < 0 || d < distance) {
                    nearest = i;
                    distance = d;
                }
            }
            if (nearest >= 0)
                showToolTip(pointRows[std::size_t(nearest)], DriversModel::Question, state);
        });
    }

    // Quadrant captions in the plot corners.
    const QFont caption = [] {
        QFont font = ChartStyle::axisFont();
        font.setBold(true);
        font.setItalic(true);
        return font;
    }();
    const struct { QPointF at; Qt::Alignment alignment; QPointF offset; Quadrant quadrant; } corners[] = {
        {QPointF(axisX->max(), axisY->min()), Qt::AlignRight | Qt::AlignBottom, QPointF(-6, -4), Quadrant::PriorityLever},
        {QPointF(axisX->max(), axisY->max()), Qt::AlignRight | Qt::AlignTop, QPointF(-6, 4), Quadrant::KeyStrength},
        {QPointF(axisX->min(), axisY->min()), Qt::AlignLeft | Qt::AlignBottom, QPointF(6, -4), Quadrant::MinorWeakness},
        {QPointF(axisX->min(), axisY->max()), Qt::AlignLeft | Qt::AlignTop, QPointF(6, 4), Quadrant::MinorStrength},
    };
    for (const auto &corner : corners) {
        QColor color;
        for (const QuadrantStyle &style : quadrantStyles)
            if (style.quadrant == corner.quadrant)
                color = style.color.darker(130);
        overlay()->addText(corner.at, DriversModel::quadrantText(corner.quadrant), corner.alignment, corner.offset,
                           color, caption);
    }
}
