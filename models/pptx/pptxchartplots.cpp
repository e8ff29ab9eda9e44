// The plots (bars, 100 % stacked bars, lines, scatter), their axes and the
// chart part around them.
#include "pptxchartwriter.h"
#include "pptxxml.h"

#include <cmath>

using namespace PptxXml;

namespace PptxChart {

void ChartWriter::categoryAxis(const char *position, bool reversed)
{
    m_w.writeStartElement(QStringLiteral("c:catAx"));
    val(m_w, "c:axId", CategoryAxisId);
    m_w.writeStartElement(QStringLiteral("c:scaling"));
    val(m_w, "c:orientation", reversed ? "maxMin" : "minMax");
    m_w.writeEndElement();
    val(m_w, "c:delete", 0);
    val(m_w, "c:axPos", position);
    m_w.writeEmptyElement(QStringLiteral("c:numFmt"));
    m_w.writeAttribute(QStringLiteral("formatCode"), QStringLiteral("General"));
    m_w.writeAttribute(QStringLiteral("sourceLinked"), QStringLiteral("0"));
    val(m_w, "c:majorTickMark", "none");
    val(m_w, "c:minorTickMark", "none");
    val(m_w, "c:tickLblPos", "nextTo");
    m_w.writeStartElement(QStringLiteral("c:spPr"));
    line(m_w, QColor(0xA0, 0xA0, 0xA0), 0.75);
    m_w.writeEndElement();
    textProperties(m_d.shape == ChartDescription::Shape::Lines ? 1000 : 800);
    val(m_w, "c:crossAx", ValueAxisId);
    val(m_w, "c:crosses", "autoZero");
    val(m_w, "c:auto", 1);
    val(m_w, "c:lblAlgn", "ctr");
    val(m_w, "c:lblOffset", 100);
    val(m_w, "c:tickLblSkip", 1); // every question named, however many
    val(m_w, "c:noMultiLvlLbl", 0);
    m_w.writeEndElement();
}

void ChartWriter::valueAxis(int id, int cross, const char *position, const ChartDescription::Axis &axis, double unit,
                            bool gridlines, const char *crosses)
{
    m_w.writeStartElement(QStringLiteral("c:valAx"));
    val(m_w, "c:axId", id);
    m_w.writeStartElement(QStringLiteral("c:scaling"));
    val(m_w, "c:orientation", "minMax");
    val(m_w, "c:max", number(axis.max));
    val(m_w, "c:min", number(axis.min));
    m_w.writeEndElement();
    val(m_w, "c:delete", 0);
    val(m_w, "c:axPos", position);
    if (gridlines) {
        m_w.writeStartElement(QStringLiteral("c:majorGridlines"));
        m_w.writeStartElement(QStringLiteral("c:spPr"));
        line(m_w, QColor(0xD9, 0xD9, 0xD9), 0.75);
        m_w.writeEndElement();
        m_w.writeEndElement();
    }
    if (!axis.title.isEmpty())
        richTitle(axis.title, 1000);
    QString format = axis.decimals > 0 ? QStringLiteral("0.") + QString(axis.decimals, QLatin1Char('0')) : QStringLiteral("0");
    if (axis.percent)
        format = QStringLiteral("0%"); // of the 0–1 axis of a 100 % stacked chart
    m_w.writeEmptyElement(QStringLiteral("c:numFmt"));
    m_w.writeAttribute(QStringLiteral("formatCode"), unit >= 1 && !axis.percent ? QStringLiteral("0") : format);
    m_w.writeAttribute(QStringLiteral("sourceLinked"), QStringLiteral("0"));
    val(m_w, "c:majorTickMark", "out");
    val(m_w, "c:minorTickMark", "none");
    val(m_w, "c:tickLblPos", "nextTo");
    m_w.writeStartElement(QStringLiteral("c:spPr"));
    line(m_w, QColor(0xA0, 0xA0, 0xA0), 0.75);
    m_w.writeEndElement();
    textProperties(900);
    val(m_w, "c:crossAx", cross);
    val(m_w, "c:crosses", crosses);
    val(m_w, "c:crossBetween", m_d.shape == ChartDescription::Shape::Scatter ? "midCat" : "between");
    val(m_w, "c:majorUnit", number(unit));
    m_w.writeEndElement();
}

void ChartWriter::bars()
{
    const bool stacked = m_d.shape == ChartDescription::Shape::StackedPercent;
    // Shares: percentages of 0–100, labelled beyond the bar (a small share
    // has no room inside it), every group with its interval.
    const bool shares = m_d.kind == ChartKind::Shares;
    m_w.writeStartElement(QStringLiteral("c:barChart"));
    val(m_w, "c:barDir", "bar");
    val(m_w, "c:grouping", stacked ? "percentStacked" : "clustered");
    val(m_w, "c:varyColors", 0);
    const QStringList categories(m_data.categories.begin(), m_data.categories.end());
    for (int si = 0; si < int(m_d.series.size()); ++si) {
        const ChartDescription::Series &s = m_d.series[std::size_t(si)];
        m_w.writeStartElement(QStringLiteral("c:ser"));
        val(m_w, "c:idx", si);
        val(m_w, "c:order", si);
        strRef("c:tx", m_data.headerCell(si), {s.name});
        m_w.writeStartElement(QStringLiteral("c:spPr"));
        solidFill(m_w, s.color);
        m_w.writeEndElement();
        val(m_w, "c:invertIfNegative", 0);
        pointColours(si, false);
        dataLabels(si, stacked ? "ctr" : shares ? "outEnd" : "inBase");
        if ((si == 0 || shares) && !stacked)
            errorBars(si, nullptr);
        strRef("c:cat", m_data.categoryRange(), categories);
        numRef("c:val", m_data.columnRange(si), m_data.columns[std::size_t(si)]);
        m_w.writeEndElement(); // ser
    }
    val(m_w, "c:gapWidth", stacked ? 40 : 35);
    if (stacked)
        val(m_w, "c:overlap", 100);
    else if (m_d.series.size() > 1)
        val(m_w, "c:overlap", -5);
    val(m_w, "c:axId", CategoryAxisId);
    val(m_w, "c:axId", ValueAxisId);
    m_w.writeEndElement(); // barChart
    categoryAxis("l", true);
    if (stacked) {
        // A 100 % stacked axis runs from 0 to 1, written as a percentage.
        ChartDescription::Axis axis = m_d.valueAxis;
        axis.min = 0;
        axis.max = 1;
        valueAxis(ValueAxisId, CategoryAxisId, "b", axis, 0.25, true, "max");
    } else if (shares) {
        // Tens of percent, the axis title saying "%".
        ChartDescription::Axis axis = m_d.valueAxis;
        axis.percent = false;
        valueAxis(ValueAxisId, CategoryAxisId, "b", axis, 10, true, "max");
    } else {
        valueAxis(ValueAxisId, CategoryAxisId, "b", m_d.valueAxis, 1, true, "max");
    }
}

void ChartWriter::lines()
{
    m_w.writeStartElement(QStringLiteral("c:lineChart"));
    val(m_w, "c:grouping", "standard");
    val(m_w, "c:varyColors", 0);
    const QStringList categories(m_data.categories.begin(), m_data.categories.end());
    for (int si = 0; si < int(m_d.series.size()); ++si) {
        const ChartDescription::Series &s = m_d.series[std::size_t(si)];
        m_w.writeStartElement(QStringLiteral("c:ser"));
        val(m_w, "c:idx", si);
        val(m_w, "c:order", si);
        strRef("c:tx", m_data.headerCell(si), {s.name});
        m_w.writeStartElement(QStringLiteral("c:spPr"));
        line(m_w, s.color, 2.25);
        m_w.writeEndElement();
        m_w.writeStartElement(QStringLiteral("c:marker"));
        val(m_w, "c:symbol", "circle");
        val(m_w, "c:size", 7);
        m_w.writeStartElement(QStringLiteral("c:spPr"));
        solidFill(m_w, s.color);
        line(m_w, s.color, 1.5);
        m_w.writeEndElement();
        m_w.writeEndElement();
        pointColours(si, true);
        dataLabels(si, "t");
        errorBars(si, nullptr);
        strRef("c:cat", m_data.categoryRange(), categories);
        numRef("c:val", m_data.columnRange(si), m_data.columns[std::size_t(si)]);
        val(m_w, "c:smooth", 0);
        m_w.writeEndElement(); // ser
    }
    val(m_w, "c:marker", 1);
    val(m_w, "c:axId", CategoryAxisId);
    val(m_w, "c:axId", ValueAxisId);
    m_w.writeEndElement(); // lineChart
    categoryAxis("b", false);
    valueAxis(ValueAxisId, CategoryAxisId, "l", m_d.valueAxis, 1, true, "autoZero");
}

void ChartWriter::scatter()
{
    m_w.writeStartElement(QStringLiteral("c:scatterChart"));
    val(m_w, "c:scatterStyle", "lineMarker");
    val(m_w, "c:varyColors", 0);
    int si = 0;
    for (; si < int(m_d.series.size()); ++si) {
        const ChartDescription::Series &s = m_d.series[std::size_t(si)];
        m_w.writeStartElement(QStringLiteral("c:ser"));
        val(m_w, "c:idx", si);
        val(m_w, "c:order", si);
        strRef("c:tx", m_data.headerCell(si + 1), {s.name});
        m_w.writeStartElement(QStringLiteral("c:spPr"));
        noLine(m_w);
        m_w.writeEndElement();
        m_w.writeStartElement(QStringLiteral("c:marker"));
        val(m_w, "c:symbol", "circle");
        val(m_w, "c:size", 8);
        m_w.writeStartElement(QStringLiteral("c:spPr"));
        solidFill(m_w, s.color);
        line(m_w, s.color.darker(140), 0.75);
        m_w.writeEndElement();
        m_w.writeEndElement();
        // Each point named by its question code, as in the window.
        m_w.writeStartElement(QStringLiteral("c:dLbls"));
        for (int row = 0; row < m_data.rowCount(); ++row) {
            const int p = m_data.rowPoint[std::size_t(si)][std::size_t(row)];
            if (p < 0)
                continue;
            m_w.writeStartElement(QStringLiteral("c:dLbl"));
            val(m_w, "c:idx", row);
            m_w.writeStartElement(QStringLiteral("c:tx"));
            m_w.writeStartElement(QStringLiteral("c:rich"));
            m_w.writeEmptyElement(QStringLiteral("a:bodyPr"));
            m_w.writeEmptyElement(QStringLiteral("a:lstStyle"));
            m_w.writeStartElement(QStringLiteral("a:p"));
            m_w.writeStartElement(QStringLiteral("a:r"));
            m_w.writeEmptyElement(QStringLiteral("a:rPr"));
            m_w.writeAttribute(QStringLiteral("lang"), m_language);
            m_w.writeAttribute(QStringLiteral("sz"), QStringLiteral("800"));
            m_w.writeTextElement(QStringLiteral("a:t"), s.points[std::size_t(p)].label);
            m_w.writeEndElement();
            m_w.writeEndElement();
            m_w.writeEndElement(); // rich
            m_w.writeEndElement(); // tx
            val(m_w, "c:dLblPos", "r");
            for (const char *flag : {"c:showLegendKey", "c:showVal", "c:showCatName", "c:showSerName", "c:showPercent",
                                     "c:showBubbleSize"})
                val(m_w, flag, qstrcmp(flag, "c:showVal") == 0 ? 1 : 0);
            m_w.writeEndElement(); // dLbl
        }
        for (const char *flag : {"c:showLegendKey", "c:showVal", "c:showCatName", "c:showSerName", "c:showPercent",
                                 "c:showBubbleSize"})
            val(m_w, flag, 0);
        m_w.writeEndElement(); // dLbls
        numRef("c:xVal", m_data.columnRange(0), m_data.columns[0]);
        numRef("c:yVal", m_data.columnRange(si + 1), m_data.columns[std::size_t(si + 1)]);
        val(m_w, "c:smooth", 0);
        m_w.writeEndElement(); // ser
    }
    // The quadrant lines at the medians: two series of their own, lines only.
    for (const ChartDescription::ReferenceLine &ref : m_d.lines) {
        m_w.writeStartElement(QStringLiteral("c:ser"));
        val(m_w, "c:idx", si);
        val(m_w, "c:order", si);
        ++si;
        m_w.writeStartElement(QStringLiteral("c:tx"));
        m_w.writeTextElement(QStringLiteral("c:v"), ref.label);
        m_w.writeEndElement();
        m_w.writeStartElement(QStringLiteral("c:spPr"));
        line(m_w, ref.color, 1.25, "dash");
        m_w.writeEndElement();
        m_w.writeStartElement(QStringLiteral("c:marker"));
        val(m_w, "c:symbol", "none");
        m_w.writeEndElement();
        const std::vector<double> across = ref.onX ? std::vector<double>{ref.value, ref.value}
                                                   : std::vector<double>{m_d.xAxis.min, m_d.xAxis.max};
        const std::vector<double> along = ref.onX ? std::vector<double>{m_d.valueAxis.min, m_d.valueAxis.max}
                                                  : std::vector<double>{ref.value, ref.value};
        numLit("c:xVal", across);
        numLit("c:yVal", along);
        val(m_w, "c:smooth", 0);
        m_w.writeEndElement();
    }
    val(m_w, "c:axId", CategoryAxisId);
    val(m_w, "c:axId", ValueAxisId);
    m_w.writeEndElement(); // scatterChart
    const double span = m_d.xAxis.max - m_d.xAxis.min;
    valueAxis(CategoryAxisId, ValueAxisId, "b", m_d.xAxis, span > 0.5 ? 0.1 : 0.05, false, "min");
    valueAxis(ValueAxisId, CategoryAxisId, "l", m_d.valueAxis, 0.5, true, "min");
}

void ChartWriter::write()
{
    m_w.writeStartElement(QStringLiteral("c:chartSpace"));
    m_w.writeAttribute(QStringLiteral("xmlns:c"), QLatin1String(NsC));
    m_w.writeAttribute(QStringLiteral("xmlns:a"), QLatin1String(NsA));
    m_w.writeAttribute(QStringLiteral("xmlns:r"), QLatin1String(NsR));
    val(m_w, "c:date1904", 0);
    val(m_w, "c:lang", m_language);
    val(m_w, "c:roundedCorners", 0);
    m_w.writeStartElement(QStringLiteral("c:chart"));
    val(m_w, "c:autoTitleDeleted", 1);
    m_w.writeStartElement(QStringLiteral("c:plotArea"));
    m_w.writeEmptyElement(QStringLiteral("c:layout"));
    switch (m_d.shape) {
    case ChartDescription::Shape::Bars:
    case ChartDescription::Shape::StackedPercent: bars(); break;
    case ChartDescription::Shape::Lines: lines(); break;
    case ChartDescription::Shape::Scatter: scatter(); break;
    }
    m_w.writeEndElement(); // plotArea
    if (m_d.series.size() > 1 || m_d.shape != ChartDescription::Shape::Bars) {
        m_w.writeStartElement(QStringLiteral("c:legend"));
        val(m_w, "c:legendPos", m_d.shape == ChartDescription::Shape::Scatter ? "r" : "t");
        // The two median lines share one legend entry.
        if (m_d.shape == ChartDescription::Shape::Scatter && m_d.lines.size() == 2) {
            m_w.writeStartElement(QStringLiteral("c:legendEntry"));
            val(m_w, "c:idx", int(m_d.series.size() + 1));
            val(m_w, "c:delete", 1);
            m_w.writeEndElement();
        }
        val(m_w, "c:overlay", 0);
        textProperties(900);
        m_w.writeEndElement();
    }
    val(m_w, "c:plotVisOnly", 1);
    val(m_w, "c:dispBlanksAs", "gap");
    m_w.writeEndElement(); // chart
    textProperties(1000);
    m_w.writeStartElement(QStringLiteral("c:externalData"));
    m_w.writeAttribute(QStringLiteral("r:id"), QStringLiteral("rId1"));
    val(m_w, "c:autoUpdate", 0);
    m_w.writeEndElement();
    m_w.writeEndElement(); // chartSpace
}

} // namespace PptxChart

QByteArray pptxChartXml(const ChartDescription &d, const PptxChartData &data, const QString &language)
{
    QByteArray out;
    QXmlStreamWriter w(&out);
    w.writeStartDocument(QStringLiteral("1.0"), true);
    PptxChart::ChartWriter(w, d, data, language).write();
    w.writeEndDocument();
    return out;
}
