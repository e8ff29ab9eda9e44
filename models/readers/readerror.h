#pragma once

#include <QCoreApplication>
#include <QString>

/// A problem found in an input file, located as precisely as the format allows.
struct ReadError
{
    QString file;
    qint64 line = 0;   ///< 1-based; 0 when the problem concerns the whole file
    int column = 0;    ///< 1-based; 0 when unknown or not applicable
    QString message;

    bool isNull() const { return message.isEmpty(); }
    /// "file:line:column: message", the form editors and terminals understand.
    QString toString() const
    {
        QString where = file;
        if (line > 0)
            where += QLatin1Char(':') + QString::number(line);
        if (line > 0 && column > 0)
            where += QLatin1Char(':') + QString::number(column);
        return where + QLatin1String(": ") + message;
    }
};
