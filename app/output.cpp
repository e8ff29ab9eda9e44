#include "output.h"

#include "figure.h"
#include "figuremodel.h"
#include "tableexport.h"
#include "textkey.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <cmath>

Output::Output(QList<Column> columns)
    : m_columns(std::move(columns))
{
}

void Output::addRow(QVariantList values)
{
    values.resize(m_columns.size());
    m_rows << values;
}

std::optional<Output::Format> Output::formatFromName(const QString &name)
{
    if (name == QLatin1String("table"))
        return Format::Table;
    if (name == QLatin1String("csv"))
        return Format::Csv;
    if (name == QLatin1String("json"))
        return Format::Json;
    return std::nullopt;
}

void Output::write(QTextStream &out, Format format, const QLocale &locale) const
{
    switch (format) {
    case Format::Table: writeTable(out, locale); break;
    case Format::Csv: writeCsv(out); break;
    case Format::Json: writeJson(out); break;
    }
    out.flush();
}

QString Output::tableCell(const QVariant &value, Kind kind, const QLocale &locale) const
{
    if (!value.isValid() || value.isNull())
        return QStringLiteral("-");
    switch (kind) {
    case Kind::Text: return escapeControlCharacters(value.toString());
    case Kind::Year: return QString::number(value.toInt());
    case Kind::Integer: return locale.toString(value.toLongLong());
    case Kind::Score: return formatScore(value.toDouble(), locale);
    case Kind::Percent: return locale.toString(value.toDouble(), 'f', 0);
    case Kind::Decimal: return locale.toString(value.toDouble(), 'f', 3);
    case Kind::Share: return locale.toString(value.toDouble(), 'f', 0) + percentSuffix(locale);
    case Kind::Boolean:
        return value.toBool() ? QCoreApplication::translate("Output", "yes")
                              : QCoreApplication::translate("Output", "no");
    }
    return value.toString();
}

void Output::writeTable(QTextStream &out, const QLocale &locale) const
{
    QList<int> widths;
    for (const Column &c : m_columns)
        widths << int(escapeControlCharacters(c.name).size());
    QList<QStringList> cells;
    for (const QVariantList &row : m_rows) {
        QStringList line;
        for (int c = 0; c < m_columns.size(); ++c) {
            line << tableCell(row[c], m_columns[c].kind, locale);
            widths[c] = qMax(widths[c], int(line.back().size()));
        }
        cells << line;
    }
    QStringList header;
    for (const Column &c : m_columns)
        header << escapeControlCharacters(c.name);
    const auto writeLine = [&](const QStringList &line) {
        QString text;
        for (int c = 0; c < line.size(); ++c) {
            const bool right = m_columns[c].kind != Kind::Text;
            text += right ? line[c].rightJustified(widths[c]) : line[c].leftJustified(widths[c]);
            if (c + 1 < line.size())
                text += QLatin1String("  ");
        }
        while (text.endsWith(QLatin1Char(' ')))
            text.chop(1);
        out << text << '\n';
    };
    writeLine(header);
    for (const QStringList &line : cells)
        writeLine(line);
}

namespace {

QString csvField(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"'))
        && !text.contains(QLatin1Char('\n')) && !text.contains(QLatin1Char('\r')))
        return text;
    return QLatin1Char('"') + QString(text).replace(QLatin1String("\""), QLatin1String("\"\""))
           + QLatin1Char('"');
}

QString fullPrecision(double value)
{
    return QString::number(value, 'g', 17);
}

} // namespace

void Output::writeCsv(QTextStream &out) const
{
    QStringList header;
    for (const Column &c : m_columns)
        header << csvField(neutraliseFormula(escapeControlCharacters(c.name, true)));
    out << header.join(QLatin1Char(',')) << '\n';
    for (const QVariantList &row : m_rows) {
        QStringList line;
        for (int c = 0; c < m_columns.size(); ++c) {
            const QVariant &v = row[c];
            if (!v.isValid() || v.isNull())
                line << QString();
            else if (m_columns[c].kind == Kind::Score || m_columns[c].kind == Kind::Percent
                     || m_columns[c].kind == Kind::Decimal || m_columns[c].kind == Kind::Share)
                line << fullPrecision(v.toDouble());
            else if (m_columns[c].kind == Kind::Boolean)
                line << (v.toBool() ? QStringLiteral("true") : QStringLiteral("false"));
            else if (m_columns[c].kind == Kind::Text) // never run by a spreadsheet nor a terminal
                line << csvField(neutraliseFormula(escapeControlCharacters(v.toString(), true)));
            else
                line << csvField(v.toString());
        }
        out << line.join(QLatin1Char(',')) << '\n';
    }
}

void Output::writeJson(QTextStream &out) const
{
    QJsonArray array;
    for (const QVariantList &row : m_rows) {
        QJsonObject object;
        for (int c = 0; c < m_columns.size(); ++c) {
            const QVariant &v = row[c];
            QJsonValue value;
            if (!v.isValid() || v.isNull())
                value = QJsonValue(QJsonValue::Null);
            else if (m_columns[c].kind == Kind::Text)
                value = v.toString();
            else if (m_columns[c].kind == Kind::Integer || m_columns[c].kind == Kind::Year)
                value = v.toLongLong();
            else if (m_columns[c].kind == Kind::Boolean)
                value = v.toBool();
            else
                value = v.toDouble();
            object.insert(m_columns[c].name, value);
        }
        array.append(object);
    }
    out << QJsonDocument(array).toJson(QJsonDocument::Indented);
}
