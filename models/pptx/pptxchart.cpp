// The chart part of a native PowerPoint chart (DrawingML c:chartSpace):
// bars, 100 % stacked bars, lines and a scatter, with the application's
// colours per point, number-formatted data labels ("7,8" in a French
// PowerPoint), error bars for the 95 % intervals, and caches of every value
// so that the chart draws without opening its embedded workbook.
#include "pptxchartwriter.h"
#include "pptxxml.h"

#include <cmath>

using namespace PptxXml;

namespace PptxChart {

QString ChartWriter::valueFormat() const
{
    QString format = m_d.valueAxis.decimals > 0 ? QStringLiteral("0.") + QString(m_d.valueAxis.decimals, QLatin1Char('0'))
                                              : QStringLiteral("0");
    if (m_d.valueAxis.percent)
        format += m_d.locale.language() == QLocale::French ? QStringLiteral("\"\u202F%\"") : QStringLiteral("\"%\"");
    return format;
}

void ChartWriter::textProperties(int size, bool bold, const QColor &color)
{
    m_w.writeStartElement(QStringLiteral("c:txPr"));
    m_w.writeEmptyElement(QStringLiteral("a:bodyPr"));
    m_w.writeEmptyElement(QStringLiteral("a:lstStyle"));
    m_w.writeStartElement(QStringLiteral("a:p"));
    m_w.writeStartElement(QStringLiteral("a:pPr"));
    m_w.writeStartElement(QStringLiteral("a:defRPr"));
    m_w.writeAttribute(QStringLiteral("sz"), QString::number(size));
    m_w.writeAttribute(QStringLiteral("b"), bold ? QStringLiteral("1") : QStringLiteral("0"));
    solidFill(m_w, color.isValid() ? color : QColor(0x20, 0x20, 0x20));
    m_w.writeEndElement(); // defRPr
    m_w.writeEndElement(); // pPr
    m_w.writeEmptyElement(QStringLiteral("a:endParaRPr"));
    m_w.writeAttribute(QStringLiteral("lang"), m_language);
    m_w.writeEndElement(); // p
    m_w.writeEndElement(); // txPr
}

void ChartWriter::richTitle(const QString &text, int size)
{
    m_w.writeStartElement(QStringLiteral("c:title"));
    m_w.writeStartElement(QStringLiteral("c:tx"));
    m_w.writeStartElement(QStringLiteral("c:rich"));
    m_w.writeEmptyElement(QStringLiteral("a:bodyPr"));
    m_w.writeEmptyElement(QStringLiteral("a:lstStyle"));
    m_w.writeStartElement(QStringLiteral("a:p"));
    m_w.writeStartElement(QStringLiteral("a:pPr"));
    m_w.writeEmptyElement(QStringLiteral("a:defRPr"));
    m_w.writeAttribute(QStringLiteral("sz"), QString::number(size));
    m_w.writeAttribute(QStringLiteral("b"), QStringLiteral("0"));
    m_w.writeEndElement();
    m_w.writeStartElement(QStringLiteral("a:r"));
    m_w.writeEmptyElement(QStringLiteral("a:rPr"));
    m_w.writeAttribute(QStringLiteral("lang"), m_language);
    m_w.writeAttribute(QStringLiteral("sz"), QString::number(size));
    m_w.writeAttribute(QStringLiteral("b"), QStringLiteral("0"));
    m_w.writeTextElement(QStringLiteral("a:t"), text);
    m_w.writeEndElement(); // r
    m_w.writeEndElement(); // p
    m_w.writeEndElement(); // rich
    m_w.writeEndElement(); // tx
    val(m_w, "c:overlay", 0);
    m_w.writeEndElement(); // title
}

void ChartWriter::strRef(const char *element, const QString &formula, const QStringList &values)
{
    m_w.writeStartElement(QLatin1String(element));
    m_w.writeStartElement(QStringLiteral("c:strRef"));
    m_w.writeTextElement(QStringLiteral("c:f"), formula);
    m_w.writeStartElement(QStringLiteral("c:strCache"));
    val(m_w, "c:ptCount", int(values.size()));
    for (int i = 0; i < values.size(); ++i) {
        m_w.writeStartElement(QStringLiteral("c:pt"));
        m_w.writeAttribute(QStringLiteral("idx"), QString::number(i));
        m_w.writeTextElement(QStringLiteral("c:v"), values[i]);
        m_w.writeEndElement();
    }
    m_w.writeEndElement(); // strCache
    m_w.writeEndElement(); // strRef
    m_w.writeEndElement();
}

void ChartWriter::numRef(const char *element, const QString &formula, const std::vector<double> &values)
{
    m_w.writeStartElement(QLatin1String(element));
    m_w.writeStartElement(QStringLiteral("c:numRef"));
    m_w.writeTextElement(QStringLiteral("c:f"), formula);
    m_w.writeStartElement(QStringLiteral("c:numCache"));
    m_w.writeTextElement(QStringLiteral("c:formatCode"), QStringLiteral("General"));
    val(m_w, "c:ptCount", int(values.size()));
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (!std::isfinite(values[i]))
            continue; // an empty cell: no bar, a gap in a line
        m_w.writeStartElement(QStringLiteral("c:pt"));
        m_w.writeAttribute(QStringLiteral("idx"), QString::number(i));
        m_w.writeTextElement(QStringLiteral("c:v"), number(values[i]));
        m_w.writeEndElement();
    }
    m_w.writeEndElement(); // numCache
    m_w.writeEndElement(); // numRef
    m_w.writeEndElement();
}

void ChartWriter::numLit(const char *element, const std::vector<double> &values)
{
    m_w.writeStartElement(QLatin1String(element));
    m_w.writeStartElement(QStringLiteral("c:numLit"));
    m_w.writeTextElement(QStringLiteral("c:formatCode"), QStringLiteral("General"));
    val(m_w, "c:ptCount", int(values.size()));
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (!std::isfinite(values[i]))
            continue;
        m_w.writeStartElement(QStringLiteral("c:pt"));
        m_w.writeAttribute(QStringLiteral("idx"), QString::number(i));
        m_w.writeTextElement(QStringLiteral("c:v"), number(values[i]));
        m_w.writeEndElement();
    }
    m_w.writeEndElement();
    m_w.writeEndElement();
}

void ChartWriter::pointColours(int si, bool marker)
{
    const ChartDescription::Series &s = m_d.series[std::size_t(si)];
    for (int row = 0; row < m_data.rowCount(); ++row) {
        const int p = m_data.rowPoint[std::size_t(si)][std::size_t(row)];
        if (p < 0 || p >= int(s.points.size()))
            continue;
        const ChartDescription::Point &point = s.points[std::size_t(p)];
        if (marker && !std::isfinite(point.value))
            continue;
        const QColor color = point.color.isValid() ? point.color : s.color;
        if (color == s.color && !point.hollow)
            continue;
        m_w.writeStartElement(QStringLiteral("c:dPt"));
        val(m_w, "c:idx", row);
        if (marker) {
            m_w.writeStartElement(QStringLiteral("c:marker"));
            val(m_w, "c:symbol", "circle");
            val(m_w, "c:size", 7);
            m_w.writeStartElement(QStringLiteral("c:spPr"));
            solidFill(m_w, point.hollow ? QColor(Qt::white) : color);
            line(m_w, color, 1.5);
            m_w.writeEndElement();
            m_w.writeEndElement(); // marker
            val(m_w, "c:bubble3D", 0);
        } else {
            val(m_w, "c:invertIfNegative", 0);
            val(m_w, "c:bubble3D", 0);
            m_w.writeStartElement(QStringLiteral("c:spPr"));
            solidFill(m_w, color);
            m_w.writeEndElement();
        }
        m_w.writeEndElement(); // dPt
    }
}

void ChartWriter::dataLabels(int si, const char *position)
{
    const ChartDescription::Series &s = m_d.series[std::size_t(si)];
    m_w.writeStartElement(QStringLiteral("c:dLbls"));
    // A significant point's label says so: "7,8 *", still bound to its cell.
    for (int row = 0; row < m_data.rowCount(); ++row) {
        const int p = m_data.rowPoint[std::size_t(si)][std::size_t(row)];
        if (p < 0 || p >= int(s.points.size()) || !s.points[std::size_t(p)].significant
            || !std::isfinite(s.points[std::size_t(p)].value))
            continue;
        m_w.writeStartElement(QStringLiteral("c:dLbl"));
        val(m_w, "c:idx", row);
        m_w.writeEmptyElement(QStringLiteral("c:numFmt"));
        m_w.writeAttribute(QStringLiteral("formatCode"), withMark(valueFormat()));
        m_w.writeAttribute(QStringLiteral("sourceLinked"), QStringLiteral("0"));
        m_w.writeStartElement(QStringLiteral("c:spPr"));
        m_w.writeEmptyElement(QStringLiteral("a:noFill"));
        noLine(m_w);
        m_w.writeEndElement();
        if (position)
            val(m_w, "c:dLblPos", position);
        for (const char *flag : {"c:showLegendKey", "c:showVal", "c:showCatName", "c:showSerName", "c:showPercent",
                                 "c:showBubbleSize"})
            val(m_w, flag, qstrcmp(flag, "c:showVal") == 0 ? 1 : 0);
        m_w.writeEndElement();
    }
    m_w.writeEmptyElement(QStringLiteral("c:numFmt"));
    m_w.writeAttribute(QStringLiteral("formatCode"), valueFormat());
    m_w.writeAttribute(QStringLiteral("sourceLinked"), QStringLiteral("0"));
    m_w.writeStartElement(QStringLiteral("c:spPr"));
    m_w.writeEmptyElement(QStringLiteral("a:noFill"));
    noLine(m_w);
    m_w.writeEndElement();
    const bool onBar = m_d.shape == ChartDescription::Shape::StackedPercent || (position && qstrcmp(position, "inBase") == 0);
    textProperties(900, onBar, onBar ? QColor(Qt::white) : QColor());
    if (position)
        val(m_w, "c:dLblPos", position);
    for (const char *flag : {"c:showLegendKey", "c:showVal", "c:showCatName", "c:showSerName", "c:showPercent",
                             "c:showBubbleSize"})
        val(m_w, flag, qstrcmp(flag, "c:showVal") == 0 ? 1 : 0);
    m_w.writeEndElement(); // dLbls
}

void ChartWriter::errorBars(int si, const char *direction)
{
    const ChartDescription::Series &s = m_d.series[std::size_t(si)];
    std::vector<double> plus, minus;
    bool any = false;
    for (int row = 0; row < m_data.rowCount(); ++row) {
        const int p = m_data.rowPoint[std::size_t(si)][std::size_t(row)];
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
    m_w.writeStartElement(QStringLiteral("c:errBars"));
    if (direction)
        val(m_w, "c:errDir", direction);
    val(m_w, "c:errBarType", "both");
    val(m_w, "c:errValType", "cust");
    val(m_w, "c:noEndCap", 0);
    numLit("c:plus", plus);
    numLit("c:minus", minus);
    m_w.writeStartElement(QStringLiteral("c:spPr"));
    line(m_w, QColor(0x20, 0x20, 0x20), 1);
    m_w.writeEndElement();
    m_w.writeEndElement();
}

} // namespace PptxChart
