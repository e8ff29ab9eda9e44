#pragma once

#include "tablereader.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

/// Reader for SPSS system files (.sav, .zsav) through ReadStat.
///
/// ReadStat drives the parse with callbacks, so open() reads the whole file
/// into compact storage (every cell's bytes back to back in one array, plus
/// one offset per cell) and next() serves the cases from it. The header is
/// the variable names. A value with a label in its variable's label set is
/// replaced by the label ("Tout à fait satisfait" rather than 1); other
/// numbers are written as the shortest decimal ("1", "1.25"), strings without
/// SPSS's trailing blank padding, and system-missing values as empty fields.
/// ReadStat converts the file's text to UTF-8.
///
/// record.line is the case number, 1-based: the first case is line 1 (the
/// variable dictionary, conceptually the header, is line 0).
class SavReader : public TableReader
{
    Q_DECLARE_TR_FUNCTIONS(SavReader)

public:
    SavReader(const QString &path, const ReadOptions &options);

    bool open() override;
    const Record &header() const override { return m_header; }
    bool next(Record &record) override;
    const ReadError &error() const override { return m_error; }
    double progress() const override;

    static constexpr qint64 MaxRows = 5'000'000;
    static constexpr qint64 MaxCells = 50'000'000;
    /// Labels can make the decoded cells far larger than the file (a one-byte
    /// compressed code becomes a long label), so their total is bounded too.
    static constexpr qint64 MaxCellBytes = qint64(1) << 30;

    /// Filled by ReadStat's callbacks (savreader.cpp); private to the reader.
    struct Table
    {
        QByteArray bytes;        // every cell's UTF-8 text, row after row
        QList<quint32> cellEnds; // end of each cell, relative to its row's start
        QList<qint64> rowStarts; // start of each row in bytes
        int columns = 0;
    };

private:
    bool fail(qint64 line, const QString &message, int column = 0);

    QString m_path;
    Record m_header;
    ReadError m_error;
    Table m_table;
    qint64 m_nextRow = 0;
};
