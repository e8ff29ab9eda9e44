#pragma once

// Small helpers for writing DrawingML with QXmlStreamWriter. Internal to the
// pptx writer.

#include <QColor>
#include <QString>
#include <QXmlStreamWriter>

namespace PptxXml {

inline constexpr char NsA[] = "http://schemas.openxmlformats.org/drawingml/2006/main";
inline constexpr char NsC[] = "http://schemas.openxmlformats.org/drawingml/2006/chart";
inline constexpr char NsP[] = "http://schemas.openxmlformats.org/presentationml/2006/main";
inline constexpr char NsR[] = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
inline constexpr char NsRel[] = "http://schemas.openxmlformats.org/package/2006/relationships";

/// <name val="value"/>
inline void val(QXmlStreamWriter &w, const char *name, const QString &value)
{
    w.writeEmptyElement(QLatin1String(name));
    w.writeAttribute(QStringLiteral("val"), value);
}
inline void val(QXmlStreamWriter &w, const char *name, int value)
{
    val(w, name, QString::number(value));
}
inline void val(QXmlStreamWriter &w, const char *name, const char *value)
{
    val(w, name, QLatin1String(value));
}

/// "D55E00"
inline QString hex(const QColor &color)
{
    return color.name(QColor::HexRgb).mid(1).toUpper();
}

/// <a:solidFill><a:srgbClr val="…"/></a:solidFill>
inline void solidFill(QXmlStreamWriter &w, const QColor &color)
{
    w.writeStartElement(QStringLiteral("a:solidFill"));
    val(w, "a:srgbClr", hex(color));
    w.writeEndElement();
}

/// <a:ln w="…"><a:solidFill…/><a:prstDash…/></a:ln>, width in points.
inline void line(QXmlStreamWriter &w, const QColor &color, double points, const char *dash = nullptr)
{
    w.writeStartElement(QStringLiteral("a:ln"));
    w.writeAttribute(QStringLiteral("w"), QString::number(qRound(points * 12700)));
    solidFill(w, color);
    if (dash)
        val(w, "a:prstDash", dash);
    w.writeEndElement();
}

inline void noLine(QXmlStreamWriter &w)
{
    w.writeStartElement(QStringLiteral("a:ln"));
    w.writeEmptyElement(QStringLiteral("a:noFill"));
    w.writeEndElement();
}

/// A number as OOXML writes it: shortest round trip, '.' decimal point.
inline QString number(double v)
{
    return QString::number(v, 'g', 15);
}

} // namespace PptxXml
