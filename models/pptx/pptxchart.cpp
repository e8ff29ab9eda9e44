// The chart part of a native PowerPoint chart (DrawingML c:chartSpace):
// bars, 100 % stacked bars, lines and a scatter, with the application's
// colours per point, number-formatted data labels ("7,8" in a French
// PowerPoint), error bars for the 95 % intervals, and caches of every value
// so that the chart draws without opening its embedded workbook.
#include "pptxchartdata.h"
#include "pptxxml.h"

#include <cmath>

using namespace PptxXml;

namespace {

constexpr int CategoryAxisId = 50010;
constexpr int ValueAxisId = 50020;

class ChartWriter
{
public:
    ChartWriter(QXmlStreamWriter &w, const ChartDescription &d, const PptxChartData &data, const QString &language)
        : w(w), d(d), data(data), language(language) {}

    void write();

private:
    QString valueFormat() const;
    QString withMark(const QString &format) const { return format + QStringLiteral("\" *\""); }
    void textProperties(int size, bool bold = false, const QColor &color = QColor());
    void richTitle(const QString &text, int size);
    void strRef(const char *element, const QString &formula, const QStringList &values);
    void numRef(const char *element, const QString &formula, const std::vector<double> &values);
    void numLit(const char *element, const std::vector<double> &values);
    void dataLabels(int si, const char *position);
    void errorBars(int si, const char *direction);
    void pointColours(int si, bool marker);
    void bars();
    void lines();
    void scatter();
    void categoryAxis(const char *position, bool reversed);
    void valueAxis(int id, int cross, const char *position, const ChartDescription::Axis &axis, double unit,
                   bool gridlines, const char *crosses);

    QXmlStreamWriter &w;
    const ChartDescription &d;
    const PptxChartData &data;
    QString language;
};

QString ChartWriter::valueFormat() const
{
    QString format = d.valueAxis.decimals > 0 ? QStringLiteral("0.") + QString(d.valueAxis.decimals, QLatin1Char('0'))
                                              : QStringLiteral("0");
    if (d.valueAxis.percent)
        format += d.locale.language() == QLocale::French ? QStringLiteral("\"\u202F%\"") : QStringLiteral("\"%\"");
    return format;
}

void ChartWriter::textProperties(int size, bool bold, const QColor &color)
{
    w.writeStartElement(QStringLiteral("c:txPr"));
    w.writeEmptyElement(QStringLiteral("a:bodyPr"));
    w.writeEmptyElement(QStringLiteral("a:lstStyle"));
    w.writeStartElement(QStringLiteral("a:p"));
    w.writeStartElement(QStringLiteral("a:pPr"));
    w.writeStartElement(QStringLiteral("a:defRPr"));
    w.writeAttribute(QStringLiteral("sz"), QString::number(size));
    w.writeAttribute(QStringLiteral("b"), bold ? QStringLiteral("1") : QStringLiteral("0"));
    solidFill(w, color.isValid() ? color : QColor(0x20, 0x20, 0x20));
    w.writeEndElement(); // defRPr
    w.writeEndElement(); // pPr
    w.writeEmptyElement(QStringLiteral("a:endParaRPr"));
    w.writeAttribute(QStringLiteral("lang"), language);
    w.writeEndElement(); // p
    w.writeEndElement(); // txPr
}

void ChartWriter::richTitle(const QString &text, int size)
{
    w.writeStartElement(QStringLiteral("c:title"));
    w.writeStartElement(QStringLiteral("c:tx"));
    w.writeStartElement(QStringLiteral("c:rich"));
    w.writeEmptyElement(QStringLiteral("a:bodyPr"));
    w.writeEmptyElement(QStringLiteral("a:lstStyle"));
    w.writeStartElement(QStringLiteral("a:p"));
    w.writeStartElement(QStringLiteral("a:pPr"));
    w.writeEmptyElement(QStringLiteral("a:defRPr"));
    w.writeAttribute(QStringLiteral("sz"), QString::number(size));
    w.writeAttribute(QStringLiteral("b"), QStringLiteral("0"));
    w.writeEndElement();
    w.writeStartElement(QStringLiteral("a:r"));
    w.writeEmptyElement(QStringLiteral("a:rPr"));
    w.writeAttribute(QStringLiteral("lang"), language);
    w.writeAttribute(QStringLiteral("sz"), QString::number(size));
    w.writeAttribute(QStringLiteral("b"), QStringLiteral("0"));
    w.writeTextElement(QStringLiteral("a:t"), text);
    w.writeEndElement(); // r
    w.writeEndElement(); // p
    w.writeEndElement(); // rich
    w.writeEndElement(); // tx
    val(w, "c:overlay", 0);
    w.writeEndElement(); // title
}

void ChartWriter::strRef(const char *element, const QString &formula, const QStringList &values)
{
    w.writeStartElement(QLatin1String(element));
    w.writeStartElement(QStringLiteral("c:strRef"));
    w.writeTextElement(QStringLiteral("c:f"), formula);
    w.writeStartElement(QStringLiteral("c:strCache"));
    val(w, "c:ptCount", int(values.size()));
    for (int i = 0; i < values.size(); ++i) {
        w.writeStartElement(QStringLiteral("c:pt"));
        w.writeAttribute(QStringLiteral("idx"), QString::number(i));
        w.writeTextElement(QStringLiteral("c:v"), values[i]);
        w.writeEndElement();
    }
    w.writeEndElement(); // strCache
    w.writeEndElement(); // strRef
    w.writeEndElement();
}

void ChartWriter::numRef(const char *element, const QString &formula, const std::vector<double> &values)
{
    w.writeStartElement(QLatin1String(element));
    w.writeStartElement(QStringLiteral("c:numRef"));
    w.writeTextElement(QStringLiteral("c:f"), formula);
    w.writeStartElement(QStringLiteral("c:numCache"));
    w.writeTextElement(QStringLiteral("c:formatCode"), QStringLiteral("General"));
    val(w, "c:ptCount", int(values.size()));
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (!std::isfinite(values[i]))
            continue; // an empty cell: no bar, a gap in a line
        w.writeStartElement(QStringLiteral("c:pt"));
        w.writeAttribute(QStringLiteral("idx"), QString::number(i));
        w.writeTextElement(QStringLiteral("c:v"), number(values[i]));
        w.writeEndElement();
    }
    w.writeEndElement(); // numCache
    w.writeEndElement(); // numRef
    w.writeEndElement();
}

void ChartWriter::numLit(const char *element, const std::vector<double> &values)
{
    w.writeStartElement(QLatin1String(element));
    w.writeStartElement(QStringLiteral("c:numLit"));
    w.writeTextElement(QStringLiteral("c:formatCode"), QStringLiteral("General"));
    val(w, "c:ptCount", int(values.size()));
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (!std::isfinite(values[i]))
            continue;
        w.writeStartElement(QStringLiteral("c:pt"));
        w.writeAttribute(QStringLiteral("idx"), QString::number(i));
        w.writeTextElement(QStringLiteral("c:v"), number(values[i]));
        w.writeEndElement();
    }
    w.writeEndElement();
    w.writeEndElement();
}

void ChartWriter::pointColours(int si, bool marker)
{
    const ChartDescription::Series &s = d.series[std::size_t(si)];
    for (int row = 0; row < data.rowCount(); ++row) {
        const int p = data.rowPoint[std::size_t(si)][std::size_t(row)];
        if (p < 0 || p >= int(s.points.size()))
            continue;
        const ChartDescription::Point &point = s.points[std::size_t(p)];
        if (marker && !std::isfinite(point.value))
            continue;
        const QColor color = point.color.isValid() ? point.color : s.color;
        if (color == s.color && !point.hollow)
            continue;
        w.writeStartElement(QStringLiteral("c:dPt"));
        val(w, "c:idx", row);
        if (marker) {
            w.writeStartElement(QStringLiteral("c:marker"));
            val(w, "c:symbol", "circle");
            val(w, "c:size", 7);
            w.writeStartElement(QStringLiteral("c:spPr"));
            solidFill(w, point.hollow ? QColor(Qt::white) : color);
            line(w, color, 1.5);
            w.writeEndElement();
            w.writeEndElement(); // marker
            val(w, "c:bubble3D", 0);
        } else {
            val(w, "c:invertIfNegative", 0);
            val(w, "c:bubble3D", 0);
            w.writeStartElement(QStringLiteral("c:spPr"));
            solidFill(w, color);
            w.writeEndElement();
        }
        w.writeEndElement(); // dPt
    }
}

void ChartWriter::dataLabels(int si, const char *position)
{
    const ChartDescription::Series &s = d.series[std::size_t(si)];
    w.writeStartElement(QStringLiteral("c:dLbls"));
    // A significant point's label says so: "7,8 *", still bound to its cell.
    for (int row = 0; row < data.rowCount(); ++row) {
        const int p = data.rowPoint[std::size_t(si)][std::size_t(row)];
        if (p < 0 || p >= int(s.points.size()) || !s.points[std::size_t(p)].significant
            || !std::isfinite(s.points[std::size_t(p)].value))
            continue;
        w.writeStartElement(QStringLiteral("c:dLbl"));
        val(w, "c:idx", row);
        w.writeEmptyElement(QStringLiteral("c:numFmt"));
        w.writeAttribute(QStringLiteral("formatCode"), withMark(valueFormat()));
        w.writeAttribute(QStringLiteral("sourceLinked"), QStringLiteral("0"));
        w.writeStartElement(QStringLiteral("c:spPr"));
        w.writeEmptyElement(QStringLiteral("a:noFill"));
        noLine(w);
        w.writeEndElement();
        if (position)
            val(w, "c:dLblPos", position);
        for (const char *flag : {"c:showLegendKey", "c:showVal", "c:showCatName", "c:showSerName", "c:showPercent",
                                 "c:showBubbleSize"})
            val(w, flag, qstrcmp(flag, "c:showVal") == 0 ? 1 : 0);
        w.writeEndElement();
    }
    w.writeEmptyElement(QStringLiteral("c:numFmt"));
    w.writeAttribute(QStringLiteral("formatCode"), valueFormat());
    w.writeAttribute(QStringLiteral("sourceLinked"), QStringLiteral("0"));
    w.writeStartElement(QStringLiteral("c:spPr"));
    w.writeEmptyElement(QStringLiteral("a:noFill"));
    noLine(w);
    w.writeEndElement();
    const bool onBar = d.shape == ChartDescription::Shape::StackedPercent || (position && qstrcmp(position, "inBase") == 0);
    textProperties(900, onBar, onBar ? QColor(Qt::white) : QColor());
    if (position)
        val(w, "c:dLblPos", position);
    for (const char *flag : {"c:showLegendKey", "c:showVal", "c:showCatName", "c:showSerName", "c:showPercent",
                             "c:showBubbleSize"})
        val(w, flag, qstrcmp(flag, "c:showVal") == 0 ? 1 : 0);
    w.writeEndElement(); // dLbls
}

void ChartWriter::errorBars(int si, const char *direction)
{
    const ChartDescription::Series &s = d.series[std::size_t(si)];
    std::vector<double> plus, minus;
    bool any = false;
    for (int row = 0; row < data.rowCount(); ++row) {
        const int p = data.rowPoint[std::size_t(si)][std::size_t(row)];
        double up = ChartDescription::None, down = ChartDescription::None;
        if (p >= 0 && p < int(s.points.size())) {
            const ChartDescription::Point &point = s.points[std::size_t(p)];
            if (std::isfinite(point.value) && std::isfinite(point.low) && std::isfinite(point.high)) {
                up = point.high - point.value;
                down = point.value - point.low;
                any = true;
            }
        }
        plus.push_back(up);
        minus.push_back(down);
    }
    if (!any)
        return;
    w.writeStartElement(QStringLiteral("c:errBars"));
    if (direction)
        val(w, "c:errDir", direction);
    val(w, "c:errBarType", "both");
    val(w, "c:errValType", "cust");
    val(w, "c:noEndCap", 0);
    numLit("c:plus", plus);
    numLit("c:minus", minus);
    w.writeStartElement(QStringLiteral("c:spPr"));
    line(w, QColor(0x20, 0x20, 0x20), 1);
    w.writeEndElement();
    w.writeEndElement();
}


void ChartWriter::categoryAxis(const char *position, bool reversed)
{
    w.writeStartElement(QStringLiteral("c:catAx"));
    val(w, "c:axId", CategoryAxisId);
    w.writeStartElement(QStringLiteral("c:scaling"));
    val(w, "c:orientation", reversed ? "maxMin" : "minMax");
    w.writeEndElement();
    val(w, "c:delete", 0);
    val(w, "c:axPos", position);
    w.writeEmptyElement(QStringLiteral("c:numFmt"));
    w.writeAttribute(QStringLiteral("formatCode"), QStringLiteral("General"));
    w.writeAttribute(QStringLiteral("sourceLinked"), QStringLiteral("0"));
    val(w, "c:majorTickMark", "none");
    val(w, "c:minorTickMark", "none");
    val(w, "c:tickLblPos", "nextTo");
    w.writeStartElement(QStringLiteral("c:spPr"));
    line(w, QColor(0xA0, 0xA0, 0xA0), 0.75);
    w.writeEndElement();
    textProperties(d.shape == ChartDescription::Shape::Lines ? 1000 : 800);
    val(w, "c:crossAx", ValueAxisId);
    val(w, "c:crosses", "autoZero");
    val(w, "c:auto", 1);
    val(w, "c:lblAlgn", "ctr");
    val(w, "c:lblOffset", 100);
    val(w, "c:tickLblSkip", 1); // every question named, however many
    val(w, "c:noMultiLvlLbl", 0);
    w.writeEndElement();
}

void ChartWriter::valueAxis(int id, int cross, const char *position, const ChartDescription::Axis &axis, double unit,
                            bool gridlines, const char *crosses)
{
    w.writeStartElement(QStringLiteral("c:valAx"));
    val(w, "c:axId", id);
    w.writeStartElement(QStringLiteral("c:scaling"));
    val(w, "c:orientation", "minMax");
    val(w, "c:max", number(axis.max));
    val(w, "c:min", number(axis.min));
    w.writeEndElement();
    val(w, "c:delete", 0);
    val(w, "c:axPos", position);
    if (gridlines) {
        w.writeStartElement(QStringLiteral("c:majorGridlines"));
        w.writeStartElement(QStringLiteral("c:spPr"));
        line(w, QColor(0xD9, 0xD9, 0xD9), 0.75);
        w.writeEndElement();
        w.writeEndElement();
    }
    if (!axis.title.isEmpty())
        richTitle(axis.title, 1000);
    QString format = axis.decimals > 0 ? QStringLiteral("0.") + QString(axis.decimals, QLatin1Char('0')) : QStringLiteral("0");
    if (axis.percent)
        format = QStringLiteral("0%"); // of the 0–1 axis of a 100 % stacked chart
    w.writeEmptyElement(QStringLiteral("c:numFmt"));
    w.writeAttribute(QStringLiteral("formatCode"), unit >= 1 && !axis.percent ? QStringLiteral("0") : format);
    w.writeAttribute(QStringLiteral("sourceLinked"), QStringLiteral("0"));
    val(w, "c:majorTickMark", "out");
    val(w, "c:minorTickMark", "none");
    val(w, "c:tickLblPos", "nextTo");
    w.writeStartElement(QStringLiteral("c:spPr"));
    line(w, QColor(0xA0, 0xA0, 0xA0), 0.75);
    w.writeEndElement();
    textProperties(900);
    val(w, "c:crossAx", cross);
    val(w, "c:crosses", crosses);
    val(w, "c:crossBetween", d.shape == ChartDescription::Shape::Scatter ? "midCat" : "between");
    val(w, "c:majorUnit", number(unit));
    w.writeEndElement();
}

void ChartWriter::bars()
{
    const bool stacked = d.shape == ChartDescription::Shape::StackedPercent;
    w.writeStartElement(QStringLiteral("c:barChart"));
    val(w, "c:barDir", "bar");
    val(w, "c:grouping", stacked ? "percentStacked" : "clustered");
    val(w, "c:varyColors", 0);
    const QStringList categories(data.categories.begin(), data.categories.end());
    for (int si = 0; si < int(d.series.size()); ++si) {
        const ChartDescription::Series &s = d.series[std::size_t(si)];
        w.writeStartElement(QStringLiteral("c:ser"));
        val(w, "c:idx", si);
        val(w, "c:order", si);
        strRef("c:tx", data.headerCell(si), {s.name});
        w.writeStartElement(QStringLiteral("c:spPr"));
        solidFill(w, s.color);
        w.writeEndElement();
        val(w, "c:invertIfNegative", 0);
        pointColours(si, false);
        dataLabels(si, stacked ? "ctr" : "inBase");
        if (si == 0 && !stacked)
            errorBars(si, nullptr);
        strRef("c:cat", data.categoryRange(), categories);
        numRef("c:val", data.columnRange(si), data.columns[std::size_t(si)]);
        w.writeEndElement(); // ser
    }
    val(w, "c:gapWidth", stacked ? 40 : 35);
    if (stacked)
        val(w, "c:overlap", 100);
    else if (d.series.size() > 1)
        val(w, "c:overlap", -5);
    val(w, "c:axId", CategoryAxisId);
    val(w, "c:axId", ValueAxisId);
    w.writeEndElement(); // barChart
    categoryAxis("l", true);
    if (stacked) {
        // A 100 % stacked axis runs from 0 to 1, written as a percentage.
        ChartDescription::Axis axis = d.valueAxis;
        axis.min = 0;
        axis.max = 1;
        valueAxis(ValueAxisId, CategoryAxisId, "b", axis, 0.25, true, "max");
    } else {
        valueAxis(ValueAxisId, CategoryAxisId, "b", d.valueAxis, 1, true, "max");
    }
}

void ChartWriter::lines()
{
    w.writeStartElement(QStringLiteral("c:lineChart"));
    val(w, "c:grouping", "standard");
    val(w, "c:varyColors", 0);
    const QStringList categories(data.categories.begin(), data.categories.end());
    for (int si = 0; si < int(d.series.size()); ++si) {
        const ChartDescription::Series &s = d.series[std::size_t(si)];
        w.writeStartElement(QStringLiteral("c:ser"));
        val(w, "c:idx", si);
        val(w, "c:order", si);
        strRef("c:tx", data.headerCell(si), {s.name});
        w.writeStartElement(QStringLiteral("c:spPr"));
        line(w, s.color, 2.25);
        w.writeEndElement();
        w.writeStartElement(QStringLiteral("c:marker"));
        val(w, "c:symbol", "circle");
        val(w, "c:size", 7);
        w.writeStartElement(QStringLiteral("c:spPr"));
        solidFill(w, s.color);
        line(w, s.color, 1.5);
        w.writeEndElement();
        w.writeEndElement();
        pointColours(si, true);
        dataLabels(si, "t");
        errorBars(si, nullptr);
        strRef("c:cat", data.categoryRange(), categories);
        numRef("c:val", data.columnRange(si), data.columns[std::size_t(si)]);
        val(w, "c:smooth", 0);
        w.writeEndElement(); // ser
    }
    val(w, "c:marker", 1);
    val(w, "c:axId", CategoryAxisId);
    val(w, "c:axId", ValueAxisId);
    w.writeEndElement(); // lineChart
    categoryAxis("b", false);
    valueAxis(ValueAxisId, CategoryAxisId, "l", d.valueAxis, 1, true, "autoZero");
}

void ChartWriter::scatter()
{
    w.writeStartElement(QStringLiteral("c:scatterChart"));
    val(w, "c:scatterStyle", "lineMarker");
    val(w, "c:varyColors", 0);
    int si = 0;
    for (; si < int(d.series.size()); ++si) {
        const ChartDescription::Series &s = d.series[std::size_t(si)];
        w.writeStartElement(QStringLiteral("c:ser"));
        val(w, "c:idx", si);
        val(w, "c:order", si);
        strRef("c:tx", data.headerCell(si + 1), {s.name});
        w.writeStartElement(QStringLiteral("c:spPr"));
        noLine(w);
        w.writeEndElement();
        w.writeStartElement(QStringLiteral("c:marker"));
        val(w, "c:symbol", "circle");
        val(w, "c:size", 8);
        w.writeStartElement(QStringLiteral("c:spPr"));
        solidFill(w, s.color);
        line(w, s.color.darker(140), 0.75);
        w.writeEndElement();
        w.writeEndElement();
        // Each point named by its question code, as in the window.
        w.writeStartElement(QStringLiteral("c:dLbls"));
        for (int row = 0; row < data.rowCount(); ++row) {
            const int p = data.rowPoint[std::size_t(si)][std::size_t(row)];
            if (p < 0)
                continue;
            w.writeStartElement(QStringLiteral("c:dLbl"));
            val(w, "c:idx", row);
            w.writeStartElement(QStringLiteral("c:tx"));
            w.writeStartElement(QStringLiteral("c:rich"));
            w.writeEmptyElement(QStringLiteral("a:bodyPr"));
            w.writeEmptyElement(QStringLiteral("a:lstStyle"));
            w.writeStartElement(QStringLiteral("a:p"));
            w.writeStartElement(QStringLiteral("a:r"));
            w.writeEmptyElement(QStringLiteral("a:rPr"));
            w.writeAttribute(QStringLiteral("lang"), language);
            w.writeAttribute(QStringLiteral("sz"), QStringLiteral("800"));
            w.writeTextElement(QStringLiteral("a:t"), s.points[std::size_t(p)].label);
            w.writeEndElement();
            w.writeEndElement();
            w.writeEndElement(); // rich
            w.writeEndElement(); // tx
            val(w, "c:dLblPos", "r");
            for (const char *flag : {"c:showLegendKey", "c:showVal", "c:showCatName", "c:showSerName", "c:showPercent",
                                     "c:showBubbleSize"})
                val(w, flag, qstrcmp(flag, "c:showVal") == 0 ? 1 : 0);
            w.writeEndElement(); // dLbl
        }
        for (const char *flag : {"c:showLegendKey", "c:showVal", "c:showCatName", "c:showSerName", "c:showPercent",
                                 "c:showBubbleSize"})
            val(w, flag, 0);
        w.writeEndElement(); // dLbls
        numRef("c:xVal", data.columnRange(0), data.columns[0]);
        numRef("c:yVal", data.columnRange(si + 1), data.columns[std::size_t(si + 1)]);
        val(w, "c:smooth", 0);
        w.writeEndElement(); // ser
    }
    // The quadrant lines at the medians: two series of their own, lines only.
    for (const ChartDescription::ReferenceLine &ref : d.lines) {
        w.writeStartElement(QStringLiteral("c:ser"));
        val(w, "c:idx", si);
        val(w, "c:order", si);
        ++si;
        w.writeStartElement(QStringLiteral("c:tx"));
        w.writeTextElement(QStringLiteral("c:v"), ref.label);
        w.writeEndElement();
        w.writeStartElement(QStringLiteral("c:spPr"));
        line(w, ref.color, 1.25, "dash");
        w.writeEndElement();
        w.writeStartElement(QStringLiteral("c:marker"));
        val(w, "c:symbol", "none");
        w.writeEndElement();
        const std::vector<double> across = ref.onX ? std::vector<double>{ref.value, ref.value}
                                                   : std::vector<double>{d.xAxis.min, d.xAxis.max};
        const std::vector<double> along = ref.onX ? std::vector<double>{d.valueAxis.min, d.valueAxis.max}
                                                  : std::vector<double>{ref.value, ref.value};
        numLit("c:xVal", across);
        numLit("c:yVal", along);
        val(w, "c:smooth", 0);
        w.writeEndElement();
    }
    val(w, "c:axId", CategoryAxisId);
    val(w, "c:axId", ValueAxisId);
    w.writeEndElement(); // scatterChart
    const double span = d.xAxis.max - d.xAxis.min;
    valueAxis(CategoryAxisId, ValueAxisId, "b", d.xAxis, span > 0.5 ? 0.1 : 0.05, false, "min");
    valueAxis(ValueAxisId, CategoryAxisId, "l", d.valueAxis, 0.5, true, "min");
}

void ChartWriter::write()
{
    w.writeStartElement(QStringLiteral("c:chartSpace"));
    w.writeAttribute(QStringLiteral("xmlns:c"), QLatin1String(NsC));
    w.writeAttribute(QStringLiteral("xmlns:a"), QLatin1String(NsA));
    w.writeAttribute(QStringLiteral("xmlns:r"), QLatin1String(NsR));
    val(w, "c:date1904", 0);
    val(w, "c:lang", language);
    val(w, "c:roundedCorners", 0);
    w.writeStartElement(QStringLiteral("c:chart"));
    val(w, "c:autoTitleDeleted", 1);
    w.writeStartElement(QStringLiteral("c:plotArea"));
    w.writeEmptyElement(QStringLiteral("c:layout"));
    switch (d.shape) {
    case ChartDescription::Shape::Bars:
    case ChartDescription::Shape::StackedPercent: bars(); break;
    case ChartDescription::Shape::Lines: lines(); break;
    case ChartDescription::Shape::Scatter: scatter(); break;
    }
    w.writeEndElement(); // plotArea
    if (d.series.size() > 1 || d.shape != ChartDescription::Shape::Bars) {
        w.writeStartElement(QStringLiteral("c:legend"));
        val(w, "c:legendPos", d.shape == ChartDescription::Shape::Scatter ? "r" : "t");
        // The two median lines share one legend entry.
        if (d.shape == ChartDescription::Shape::Scatter && d.lines.size() == 2) {
            w.writeStartElement(QStringLiteral("c:legendEntry"));
            val(w, "c:idx", int(d.series.size() + 1));
            val(w, "c:delete", 1);
            w.writeEndElement();
        }
        val(w, "c:overlay", 0);
        textProperties(900);
        w.writeEndElement();
    }
    val(w, "c:plotVisOnly", 1);
    val(w, "c:dispBlanksAs", "gap");
    w.writeEndElement(); // chart
    textProperties(1000);
    w.writeStartElement(QStringLiteral("c:externalData"));
    w.writeAttribute(QStringLiteral("r:id"), QStringLiteral("rId1"));
    val(w, "c:autoUpdate", 0);
    w.writeEndElement();
    w.writeEndElement(); // chartSpace
}

} // namespace

QByteArray pptxChartXml(const ChartDescription &d, const PptxChartData &data, const QString &language)
{
    QByteArray out;
    QXmlStreamWriter w(&out);
    w.writeStartDocument(QStringLiteral("1.0"), true);
    ChartWriter(w, d, data, language).write();
    w.writeEndDocument();
    return out;
}
