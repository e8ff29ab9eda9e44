#include "chartparts.h"

#include "chartstyle.h"
#include "figure.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCoreApplication>
#include <QScatterSeries>
#include <QValueAxis>

namespace ChartParts {

QValueAxis *valueAxis(const ChartDescription::Axis &axis, int ticks, double interval)
{
    auto *a = new QValueAxis;
    a->setRange(axis.min, axis.max);
    if (ticks > 0) {
        a->setTickCount(ticks);
    } else {
        a->setTickType(QValueAxis::TicksDynamic);
        a->setTickAnchor(0);
        a->setTickInterval(interval);
    }
    // "%d" draws nothing with localized numbers.
    a->setLabelFormat(QStringLiteral("%.") + QString::number(ticks > 0 ? 0 : axis.decimals) + QLatin1Char('f'));
    a->setTitleText(axis.title);
    a->setLabelsFont(ChartStyle::axisFont());
    a->setTitleFont(ChartStyle::axisFont());
    return a;
}

QBarCategoryAxis *categoryAxis(QStringList labels)
{
    // Category labels must be unique; a repeated one gets a space.
    for (qsizetype i = 0; i < labels.size(); ++i)
        while (labels.indexOf(labels[i]) != i)
            labels[i] += QLatin1Char(' ');
    auto *axis = new QBarCategoryAxis;
    axis->append(labels);
    axis->setLabelsFont(ChartStyle::axisFont());
    axis->setGridLineVisible(false);
    return axis;
}

void setValues(QBarSet *set, const QList<qreal> &values)
{
    if (set->count() != values.size()) {
        set->remove(0, set->count());
        set->append(values);
        return;
    }
    for (qsizetype i = 0; i < values.size(); ++i)
        if (set->at(i) != values[i])
            set->replace(i, values[i]);
}

QScatterSeries *legendOnly(const QString &name)
{
    auto *s = new QScatterSeries;
    s->setName(name);
    s->setMarkerSize(1);
    s->setColor(Qt::transparent);
    s->setBorderColor(Qt::transparent);
    return s;
}

QString bandWord(int band)
{
    // The figure models' words, so that the chart and the table agree.
    switch (Band(band)) {
    case Band::Insuffisant: return QCoreApplication::translate("FigureModel", "insufficient");
    case Band::Moyen: return QCoreApplication::translate("FigureModel", "average");
    case Band::Satisfaisant: return QCoreApplication::translate("FigureModel", "satisfactory");
    case Band::EffectifInsuffisant: return QCoreApplication::translate("FigureModel", "base too small");
    }
    return QString();
}

} // namespace ChartParts
