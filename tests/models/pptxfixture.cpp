#include "pptxfixture.h"

#include "../support/standardsurvey.h"
#include "respondentimporter.h"
#include "xlsxreader.h"

#include <QFile>
#include <QTest>
#include <QXmlStreamReader>

#include <minizip/unzip.h>

#include <cmath>
#include <limits>

bool PptxFixture::setUp()
{
    dir = std::make_unique<QTemporaryDir>();
    store = std::make_unique<Store>();
    if (!store->open(dir->filePath(QStringLiteral("store.sqlite"))))
        return false;
    const QString csv = dir->filePath(QStringLiteral("enquete_2020.csv"));
    QFile file(csv);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(standardSurveyCsv());
    file.close();
    RespondentImporter importer(*store);
    const ImportResult result = importer.run(csv, ImportOptions());
    if (result.status != ImportResult::Status::Imported)
        return false;
    engine = std::make_unique<FigureEngine>(store.get());
    selection = std::make_unique<FigureSelection>();
    selection->setLanguage(QStringLiteral("fr"));
    selection->setWaveId(result.wave.id);
    return true;
}

QMap<QString, QByteArray> unzipAll(const QString &path)
{
    QMap<QString, QByteArray> files;
    unzFile zip = unzOpen64(QFile::encodeName(path).constData());
    if (!zip)
        return files;
    for (int rc = unzGoToFirstFile(zip); rc == UNZ_OK; rc = unzGoToNextFile(zip)) {
        unz_file_info64 info{};
        char name[512] = {};
        if (unzGetCurrentFileInfo64(zip, &info, name, sizeof name - 1, nullptr, 0, nullptr, 0) != UNZ_OK
            || unzOpenCurrentFile(zip) != UNZ_OK)
            break;
        QByteArray bytes(qsizetype(info.uncompressed_size), Qt::Uninitialized);
        const int read = unzReadCurrentFile(zip, bytes.data(), unsigned(bytes.size()));
        unzCloseCurrentFile(zip);
        if (read != bytes.size())
            break;
        files.insert(QString::fromUtf8(name), bytes);
    }
    unzClose(zip);
    return files;
}

std::vector<std::vector<double>> cachedNumbers(const QByteArray &chartXml, const QString &element)
{
    std::vector<std::vector<double>> series;
    QXmlStreamReader xml(chartXml);
    bool inElement = false;
    int count = 0;
    int index = -1;
    while (!xml.atEnd()) {
        xml.readNext();
        const QString name = xml.qualifiedName().toString();
        if (xml.isStartElement()) {
            if (name == QLatin1String("c:ser"))
                series.emplace_back();
            else if (name == element)
                inElement = true;
            else if (inElement && name == QLatin1String("c:ptCount"))
                count = xml.attributes().value(QLatin1String("val")).toInt(),
                series.back().assign(std::size_t(count), std::numeric_limits<double>::quiet_NaN());
            else if (inElement && name == QLatin1String("c:pt"))
                index = xml.attributes().value(QLatin1String("idx")).toInt();
            else if (inElement && name == QLatin1String("c:v") && index >= 0 && index < count)
                series.back()[std::size_t(index)] = xml.readElementText().toDouble();
        } else if (xml.isEndElement() && name == element) {
            inElement = false;
            index = -1;
        }
    }
    return series;
}

std::vector<QStringList> workbookRows(const QByteArray &xlsx, const QString &tempDir)
{
    const QString path = tempDir + QStringLiteral("/embedded.xlsx");
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(xlsx);
    file.close();
    XlsxReader reader(path, {});
    if (!reader.open())
        return {};
    const auto texts = [](const Record &record) {
        QStringList fields;
        for (int i = 0; i < record.size(); ++i)
            fields << record.text(i);
        return fields;
    };
    std::vector<QStringList> rows{texts(reader.header())};
    Record record;
    while (reader.next(record))
        rows.push_back(texts(record));
    return rows;
}
