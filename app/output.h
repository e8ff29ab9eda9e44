#pragma once

#include <QList>
#include <QLocale>
#include <QString>
#include <QVariant>

class QTextStream;

/// Rows a command prints, in the --format the user chose: `table` aligned
/// for a terminal with figures rounded in the UI language, `csv` and `json`
/// at full precision.
class Output
{
public:
    /// Share: a percentage shown with its sign in the table ("44 %").
    enum class Kind { Text, Year, Integer, Score, Percent, Decimal, Boolean, Share };
    enum class Format { Table, Csv, Json };

    struct Column
    {
        QString name;
        Kind kind = Kind::Text;
    };

    explicit Output(QList<Column> columns);

    /// Values in column order; an invalid QVariant is a missing value.
    void addRow(QVariantList values);
    int rowCount() const { return int(m_rows.size()); }

    void write(QTextStream &out, Format format, const QLocale &locale) const;

    /// "table", "csv", "json"; nullopt for anything else.
    static std::optional<Format> formatFromName(const QString &name);

private:
    QString tableCell(const QVariant &value, Kind kind, const QLocale &locale) const;
    void writeTable(QTextStream &out, const QLocale &locale) const;
    void writeCsv(QTextStream &out) const;
    void writeJson(QTextStream &out) const;

    QList<Column> m_columns;
    QList<QVariantList> m_rows;
};
