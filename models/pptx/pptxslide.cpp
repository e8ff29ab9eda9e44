// One slide: text boxes (title, subtitle, bullets, footnote, number), a
// native chart's graphic frame or a native table.
#include "pptxslide.h"

#include "pptxparts.h"
#include "pptxxml.h"

#include <algorithm>

using namespace PptxXml;

namespace {

constexpr qint64 Margin = 457200;           // 1.27 cm
constexpr qint64 ContentTop = 1280000;
constexpr qint64 FootTop = PptxParts::SlideHeight - 820000;
constexpr qint64 Width = PptxParts::SlideWidth - 2 * Margin;

struct TextStyle
{
    int size = 1800; // hundredths of a point
    bool bold = false;
    QColor color = QColor(0x20, 0x20, 0x20);
    const char *align = "l";
    bool bullets = false;
};

class SlideWriter
{
public:
    SlideWriter(QXmlStreamWriter &w, const QString &language) : m_w(w), m_language(language) {}

    void text(const QString &name, qint64 x, qint64 y, qint64 cx, qint64 cy, const QStringList &paragraphs,
              const TextStyle &style);
    void chart(qint64 x, qint64 y, qint64 cx, qint64 cy);
    void table(qint64 x, qint64 y, qint64 cx, const QStringList &header, const std::vector<QStringList> &rows);

private:
    void offset(qint64 x, qint64 y, qint64 cx, qint64 cy, bool graphicFrame);
    void run(const QString &text, int size, bool bold, const QColor &color);
    void cell(const QString &text, bool header, bool alignLeft, bool shaded);

    QXmlStreamWriter &m_w;
    QString m_language;
    int m_id = 2;
};

void SlideWriter::offset(qint64 x, qint64 y, qint64 cx, qint64 cy, bool graphicFrame)
{
    m_w.writeStartElement(graphicFrame ? QStringLiteral("p:xfrm") : QStringLiteral("a:xfrm"));
    m_w.writeEmptyElement(QStringLiteral("a:off"));
    m_w.writeAttribute(QStringLiteral("x"), QString::number(x));
    m_w.writeAttribute(QStringLiteral("y"), QString::number(y));
    m_w.writeEmptyElement(QStringLiteral("a:ext"));
    m_w.writeAttribute(QStringLiteral("cx"), QString::number(cx));
    m_w.writeAttribute(QStringLiteral("cy"), QString::number(cy));
    m_w.writeEndElement();
}

void SlideWriter::run(const QString &text, int size, bool bold, const QColor &color)
{
    m_w.writeStartElement(QStringLiteral("a:r"));
    m_w.writeStartElement(QStringLiteral("a:rPr"));
    m_w.writeAttribute(QStringLiteral("lang"), m_language);
    m_w.writeAttribute(QStringLiteral("sz"), QString::number(size));
    m_w.writeAttribute(QStringLiteral("b"), bold ? QStringLiteral("1") : QStringLiteral("0"));
    m_w.writeAttribute(QStringLiteral("dirty"), QStringLiteral("0"));
    solidFill(m_w, color);
    m_w.writeEndElement();
    m_w.writeTextElement(QStringLiteral("a:t"), text);
    m_w.writeEndElement();
}

void SlideWriter::text(const QString &name, qint64 x, qint64 y, qint64 cx, qint64 cy, const QStringList &paragraphs,
                       const TextStyle &style)
{
    m_w.writeStartElement(QStringLiteral("p:sp"));
    m_w.writeStartElement(QStringLiteral("p:nvSpPr"));
    m_w.writeEmptyElement(QStringLiteral("p:cNvPr"));
    m_w.writeAttribute(QStringLiteral("id"), QString::number(m_id++));
    m_w.writeAttribute(QStringLiteral("name"), name);
    m_w.writeEmptyElement(QStringLiteral("p:cNvSpPr"));
    m_w.writeAttribute(QStringLiteral("txBox"), QStringLiteral("1"));
    m_w.writeEmptyElement(QStringLiteral("p:nvPr"));
    m_w.writeEndElement();
    m_w.writeStartElement(QStringLiteral("p:spPr"));
    offset(x, y, cx, cy, false);
    m_w.writeStartElement(QStringLiteral("a:prstGeom"));
    m_w.writeAttribute(QStringLiteral("prst"), QStringLiteral("rect"));
    m_w.writeEmptyElement(QStringLiteral("a:avLst"));
    m_w.writeEndElement();
    m_w.writeEmptyElement(QStringLiteral("a:noFill"));
    m_w.writeEndElement(); // spPr
    m_w.writeStartElement(QStringLiteral("p:txBody"));
    m_w.writeStartElement(QStringLiteral("a:bodyPr"));
    m_w.writeAttribute(QStringLiteral("wrap"), QStringLiteral("square"));
    for (const char *inset : {"lIns", "tIns", "rIns", "bIns"})
        m_w.writeAttribute(QLatin1String(inset), QStringLiteral("0"));
    m_w.writeEmptyElement(QStringLiteral("a:normAutofit"));
    m_w.writeEndElement();
    m_w.writeEmptyElement(QStringLiteral("a:lstStyle"));
    // A line break in the text is a paragraph of its own: PowerPoint reads
    // a newline inside a:t as a space.
    QStringList lines;
    for (const QString &paragraph : paragraphs)
        lines << paragraph.split(QLatin1Char('\n'));
    if (lines.isEmpty())
        lines << QString();
    for (const QString &paragraph : std::as_const(lines)) {
        m_w.writeStartElement(QStringLiteral("a:p"));
        m_w.writeStartElement(QStringLiteral("a:pPr"));
        m_w.writeAttribute(QStringLiteral("algn"), QLatin1String(style.align));
        if (style.bullets) {
            m_w.writeAttribute(QStringLiteral("marL"), QStringLiteral("342900"));
            m_w.writeAttribute(QStringLiteral("indent"), QStringLiteral("-342900"));
            m_w.writeStartElement(QStringLiteral("a:spcBef"));
            val(m_w, "a:spcPts", 900);
            m_w.writeEndElement();
            m_w.writeEmptyElement(QStringLiteral("a:buFont"));
            m_w.writeAttribute(QStringLiteral("typeface"), QStringLiteral("Arial"));
            m_w.writeEmptyElement(QStringLiteral("a:buChar"));
            m_w.writeAttribute(QStringLiteral("char"), QStringLiteral("•"));
        } else {
            m_w.writeEmptyElement(QStringLiteral("a:buNone"));
        }
        m_w.writeEndElement(); // pPr
        if (!paragraph.isEmpty())
            run(paragraph, style.size, style.bold, style.color);
        m_w.writeEmptyElement(QStringLiteral("a:endParaRPr"));
        m_w.writeAttribute(QStringLiteral("lang"), m_language);
        m_w.writeAttribute(QStringLiteral("sz"), QString::number(style.size));
        m_w.writeEndElement(); // p
    }
    m_w.writeEndElement(); // txBody
    m_w.writeEndElement(); // sp
}

void SlideWriter::chart(qint64 x, qint64 y, qint64 cx, qint64 cy)
{
    m_w.writeStartElement(QStringLiteral("p:graphicFrame"));
    m_w.writeStartElement(QStringLiteral("p:nvGraphicFramePr"));
    m_w.writeEmptyElement(QStringLiteral("p:cNvPr"));
    m_w.writeAttribute(QStringLiteral("id"), QString::number(m_id++));
    m_w.writeAttribute(QStringLiteral("name"), QStringLiteral("Chart"));
    m_w.writeEmptyElement(QStringLiteral("p:cNvGraphicFramePr"));
    m_w.writeEmptyElement(QStringLiteral("p:nvPr"));
    m_w.writeEndElement();
    offset(x, y, cx, cy, true);
    m_w.writeStartElement(QStringLiteral("a:graphic"));
    m_w.writeStartElement(QStringLiteral("a:graphicData"));
    m_w.writeAttribute(QStringLiteral("uri"), QLatin1String(NsC));
    m_w.writeEmptyElement(QStringLiteral("c:chart"));
    m_w.writeAttribute(QStringLiteral("xmlns:c"), QLatin1String(NsC));
    m_w.writeAttribute(QStringLiteral("r:id"), QStringLiteral("rId2"));
    m_w.writeEndElement();
    m_w.writeEndElement();
    m_w.writeEndElement(); // graphicFrame
}

void SlideWriter::cell(const QString &text, bool header, bool alignLeft, bool shaded)
{
    m_w.writeStartElement(QStringLiteral("a:tc"));
    m_w.writeStartElement(QStringLiteral("a:txBody"));
    m_w.writeEmptyElement(QStringLiteral("a:bodyPr"));
    m_w.writeEmptyElement(QStringLiteral("a:lstStyle"));
    m_w.writeStartElement(QStringLiteral("a:p"));
    m_w.writeEmptyElement(QStringLiteral("a:pPr"));
    m_w.writeAttribute(QStringLiteral("algn"), alignLeft ? QStringLiteral("l") : QStringLiteral("r"));
    if (!text.isEmpty())
        run(text, 900, header, header ? QColor(Qt::white) : QColor(0x20, 0x20, 0x20));
    m_w.writeEmptyElement(QStringLiteral("a:endParaRPr"));
    m_w.writeAttribute(QStringLiteral("lang"), m_language);
    m_w.writeAttribute(QStringLiteral("sz"), QStringLiteral("900"));
    m_w.writeEndElement(); // p
    m_w.writeEndElement(); // txBody
    m_w.writeStartElement(QStringLiteral("a:tcPr"));
    m_w.writeAttribute(QStringLiteral("marL"), QStringLiteral("54000"));
    m_w.writeAttribute(QStringLiteral("marR"), QStringLiteral("54000"));
    m_w.writeAttribute(QStringLiteral("marT"), QStringLiteral("18000"));
    m_w.writeAttribute(QStringLiteral("marB"), QStringLiteral("18000"));
    m_w.writeAttribute(QStringLiteral("anchor"), QStringLiteral("ctr"));
    for (const char *border : {"a:lnL", "a:lnR", "a:lnT", "a:lnB"}) {
        m_w.writeStartElement(QLatin1String(border));
        m_w.writeAttribute(QStringLiteral("w"), QStringLiteral("6350"));
        solidFill(m_w, QColor(0xD0, 0xD0, 0xD0));
        m_w.writeEndElement();
    }
    if (header)
        solidFill(m_w, QColor(0x1F, 0x3A, 0x5F));
    else if (shaded)
        solidFill(m_w, QColor(0xF2, 0xF2, 0xF2));
    else
        solidFill(m_w, QColor(Qt::white));
    m_w.writeEndElement(); // tcPr
    m_w.writeEndElement(); // tc
}

void SlideWriter::table(qint64 x, qint64 y, qint64 cx, const QStringList &header, const std::vector<QStringList> &rows)
{
    const int columns = std::max<int>(1, header.size());
    // Each column as wide as its longest text asks, within bounds: words of
    // the header never break, long labels wrap.
    std::vector<double> weights(std::size_t(columns), 4.0);
    for (int c = 0; c < columns; ++c) {
        double &weight = weights[std::size_t(c)];
        for (const QString &word : header.value(c).split(QLatin1Char(' ')))
            weight = std::max(weight, double(word.size()) + 1);
        for (const QStringList &row : rows)
            weight = std::max(weight, double(row.value(c).size()) + 1);
        weight = std::min(weight, 42.0);
    }
    double total = 0;
    for (const double weight : weights)
        total += weight;
    std::vector<qint64> widths;
    for (const double weight : weights)
        widths.push_back(qint64(double(cx) * weight / total));
    constexpr qint64 RowHeight = 250000;
    m_w.writeStartElement(QStringLiteral("p:graphicFrame"));
    m_w.writeStartElement(QStringLiteral("p:nvGraphicFramePr"));
    m_w.writeEmptyElement(QStringLiteral("p:cNvPr"));
    m_w.writeAttribute(QStringLiteral("id"), QString::number(m_id++));
    m_w.writeAttribute(QStringLiteral("name"), QStringLiteral("Table"));
    m_w.writeStartElement(QStringLiteral("p:cNvGraphicFramePr"));
    m_w.writeEmptyElement(QStringLiteral("a:graphicFrameLocks"));
    m_w.writeAttribute(QStringLiteral("noGrp"), QStringLiteral("1"));
    m_w.writeEndElement();
    m_w.writeEmptyElement(QStringLiteral("p:nvPr"));
    m_w.writeEndElement();
    offset(x, y, cx, RowHeight * qint64(rows.size() + 1), true);
    m_w.writeStartElement(QStringLiteral("a:graphic"));
    m_w.writeStartElement(QStringLiteral("a:graphicData"));
    m_w.writeAttribute(QStringLiteral("uri"), QStringLiteral("http://schemas.openxmlformats.org/drawingml/2006/table"));
    m_w.writeStartElement(QStringLiteral("a:tbl"));
    m_w.writeEmptyElement(QStringLiteral("a:tblPr"));
    m_w.writeAttribute(QStringLiteral("firstRow"), QStringLiteral("1"));
    m_w.writeAttribute(QStringLiteral("bandRow"), QStringLiteral("1"));
    m_w.writeStartElement(QStringLiteral("a:tblGrid"));
    for (int c = 0; c < columns; ++c) {
        m_w.writeEmptyElement(QStringLiteral("a:gridCol"));
        m_w.writeAttribute(QStringLiteral("w"), QString::number(widths[std::size_t(c)]));
    }
    m_w.writeEndElement();
    // Numbers to the right, words to the left: a column is numeric when most
    // of its cells start with a digit or a sign.
    std::vector<bool> left(std::size_t(columns), true);
    for (int c = 0; c < columns; ++c) {
        int numbers = 0;
        for (const QStringList &row : rows) {
            const QString text = row.value(c);
            numbers += !text.isEmpty() && (text[0].isDigit() || text[0] == QChar(0x2212) || text[0] == QLatin1Char('+')
                                           || text[0] == QLatin1Char('-') || text[0] == QChar(0x2013));
        }
        left[std::size_t(c)] = numbers * 2 < int(rows.size());
    }
    const auto writeRow = [&](const QStringList &cells, bool isHeader, bool shaded) {
        m_w.writeStartElement(QStringLiteral("a:tr"));
        m_w.writeAttribute(QStringLiteral("h"), QString::number(RowHeight));
        for (int c = 0; c < columns; ++c)
            cell(cells.value(c), isHeader, left[std::size_t(c)], shaded);
        m_w.writeEndElement();
    };
    writeRow(header, true, false);
    for (std::size_t r = 0; r < rows.size(); ++r)
        writeRow(rows[r], false, r % 2 == 1);
    m_w.writeEndElement(); // tbl
    m_w.writeEndElement(); // graphicData
    m_w.writeEndElement(); // graphic
    m_w.writeEndElement(); // graphicFrame
}

} // namespace

QByteArray pptxSlideXml(const PptxSlide &slide, int number, int count, const QString &language)
{
    QByteArray out;
    QXmlStreamWriter w(&out);
    w.writeStartDocument(QStringLiteral("1.0"), true);
    w.writeStartElement(QStringLiteral("p:sld"));
    w.writeAttribute(QStringLiteral("xmlns:a"), QLatin1String(NsA));
    w.writeAttribute(QStringLiteral("xmlns:r"), QLatin1String(NsR));
    w.writeAttribute(QStringLiteral("xmlns:p"), QLatin1String(NsP));
    w.writeStartElement(QStringLiteral("p:cSld"));
    w.writeStartElement(QStringLiteral("p:spTree"));
    w.writeStartElement(QStringLiteral("p:nvGrpSpPr"));
    w.writeEmptyElement(QStringLiteral("p:cNvPr"));
    w.writeAttribute(QStringLiteral("id"), QStringLiteral("1"));
    w.writeAttribute(QStringLiteral("name"), QString());
    w.writeEmptyElement(QStringLiteral("p:cNvGrpSpPr"));
    w.writeEmptyElement(QStringLiteral("p:nvPr"));
    w.writeEndElement();
    w.writeStartElement(QStringLiteral("p:grpSpPr"));
    w.writeEndElement();

    SlideWriter s(w, language);
    const QColor muted(0x55, 0x55, 0x55);
    if (slide.type == PptxSlide::Type::Title) {
        s.text(QStringLiteral("Title"), Margin, 2000000, Width, 1300000, {slide.title}, {4000, true, QColor(0x1F, 0x3A, 0x5F), "ctr"});
        s.text(QStringLiteral("Subtitle"), Margin, 3450000, Width, 900000, {slide.subtitle}, {2000, false, muted, "ctr"});
    } else {
        s.text(QStringLiteral("Title"), Margin, 330000, Width, 560000, {slide.title}, {2600, true, QColor(0x1F, 0x3A, 0x5F)});
        s.text(QStringLiteral("Subtitle"), Margin, 900000, Width, 330000, {slide.subtitle}, {1300, false, muted});
        const qint64 notes = slide.type == PptxSlide::Type::Chart && !slide.lines.isEmpty() ? 300000 : 0;
        const qint64 height = FootTop - ContentTop - 60000 - notes;
        switch (slide.type) {
        case PptxSlide::Type::Text:
            s.text(QStringLiteral("Content"), Margin, ContentTop, Width, height, slide.lines, {slide.textSize, false, QColor(0x20, 0x20, 0x20), "l", true});
            break;
        case PptxSlide::Type::Chart:
            s.chart(Margin, ContentTop, Width, height);
            if (notes > 0)
                s.text(QStringLiteral("Reference lines"), Margin, ContentTop + height, Width, notes,
                       {slide.lines.join(QStringLiteral(" · "))}, {1000, false, muted});
            break;
        case PptxSlide::Type::Table:
            s.table(Margin, ContentTop, Width, slide.header, slide.rows);
            break;
        case PptxSlide::Type::Title: break;
        }
    }
    if (!slide.footnote.isEmpty())
        s.text(QStringLiteral("Footnote"), Margin, FootTop, Width - 900000, 700000, slide.footnote, {900, false, muted});
    if (number > 1)
        s.text(QStringLiteral("Slide number"), PptxParts::SlideWidth - Margin - 800000, PptxParts::SlideHeight - 380000,
               800000, 250000, {QStringLiteral("%1 / %2").arg(number).arg(count)}, {900, false, muted, "r"});
    w.writeEndElement(); // spTree
    w.writeEndElement(); // cSld
    w.writeStartElement(QStringLiteral("p:clrMapOvr"));
    w.writeEmptyElement(QStringLiteral("a:masterClrMapping"));
    w.writeEndElement();
    w.writeEndElement(); // sld
    w.writeEndDocument();
    return out;
}
