#pragma once

// A small imported survey (600 respondents, 3 landlords, QPV) and the tools
// to read a written deck back: minizip's unzip and the project's XLSX reader.

#include "figureengine.h"
#include "figureselection.h"
#include "store.h"

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>
#include <vector>

struct PptxFixture
{
    std::unique_ptr<QTemporaryDir> dir;
    std::unique_ptr<Store> store;
    std::unique_ptr<FigureEngine> engine;
    std::unique_ptr<FigureSelection> selection;

    /// Imports the survey; false (with a test failure) when it cannot.
    bool setUp();
    QString path(const QString &name) const { return dir->filePath(name); }
};

/// Every file of a zip archive by name; empty when it cannot be read.
QMap<QString, QByteArray> unzipAll(const QString &path);

/// The numbers cached in a chart part, one list per c:ser, for element
/// "c:val", "c:xVal" or "c:yVal": NaN where a point is absent.
std::vector<std::vector<double>> cachedNumbers(const QByteArray &chartXml, const QString &element);

/// The rows of the first sheet of an xlsx file's bytes, header first.
std::vector<QStringList> workbookRows(const QByteArray &xlsx, const QString &tempDir);
