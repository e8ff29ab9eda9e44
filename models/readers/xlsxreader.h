#pragma once

#include "tablereader.h"
#include "xlsxworkbook.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <memory>

class XlsxPackage;

/// Streaming reader for one sheet of an Excel (.xlsx) workbook.
///
/// open() reads the workbook's sheet list and relationships, loads the
/// shared-string table (compactly: one byte array and offsets) and reads the
/// header row; next() then streams the worksheet XML row by row, never
/// building a DOM. record.line is the sheet's row number (the `r` of the
/// row, 1-based, as Excel shows it). Rows absent from the sheet or whose
/// cells are all empty are not yielded; data rows are padded with empty
/// fields to the header's width. Numbers are written as the shortest decimal
/// that reads back to the same double ("1", "1.25"), booleans as "1"/"0",
/// dates as their serial number (the importer needs no dates).
class XlsxReader : public TableReader
{
    Q_DECLARE_TR_FUNCTIONS(XlsxReader)

public:
    XlsxReader(const QString &path, const ReadOptions &options);
    ~XlsxReader() override;

    bool open() override;
    const Record &header() const override { return m_header; }
    bool next(Record &record) override;
    const ReadError &error() const override { return m_error; }
    QString sheetName() const override { return m_sheetName; }
    double progress() const override;

    /// Names of the workbook's sheets, in workbook order (after open()).
    QStringList sheetNames() const;

    static constexpr int MaxColumns = 16384;
    static constexpr qint64 MaxRows = 5'000'000;
    static constexpr qint64 MaxCells = 50'000'000;
    static constexpr qint64 MaxSharedStringBytes = qint64(256) << 20;

private:
    enum class CellType { Number, SharedString, InlineString, String, Boolean, Error, Date };

    bool fail(qint64 line, int column, const QString &message);
    bool failPart();
    bool chooseSheet();
    bool readSharedStrings();
    bool enterSheetData();
    bool readRow(Record &record, int width);
    bool readCell(Record &record, qint64 row, int &lastColumn, int width);
    bool readRichText(QByteArray &out, bool inText);
    bool cellText(CellType type, qint64 row, int column);

    QString m_path;
    ReadOptions m_options;
    std::unique_ptr<XlsxPackage> m_package;
    ReadError m_error;
    Record m_header;

    XlsxWorkbook m_workbook;
    QString m_sheetName;
    QString m_sheetPart;
    QString m_sharedStringsPart;

    QByteArray m_shared;       // all shared strings, UTF-8, back to back
    QList<quint32> m_sharedEnds; // end offset of each shared string
    bool m_hasSharedStrings = false;

    QByteArray m_value; // scratch: the current cell's text
    QByteArray m_raw;   // scratch: the current cell's <v> or <is> content
    qint64 m_lastRow = 0;
    qint64 m_rowCount = 0;
    qint64 m_cellCount = 0;
    bool m_sheetDone = false;
};
