// The fixture shared by the RespondentImporter tests.
#include "respondentimportfixture.h"

#include "teststore.h"

#include <QFile>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

namespace {

bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// Everything the store holds, row by row, blobs in hex: equal dumps mean
// that nothing was written.
QStringList dump(const Store &store)
{
    QStringList lines;
    QStringList tables = store.database().tables();
    tables.sort();
    for (const QString &table : tables) {
        QSqlQuery query(store.database());
        const QString name = store.database().driver()->escapeIdentifier(table, QSqlDriver::TableName);
        if (!query.exec(QStringLiteral("SELECT * FROM %1").arg(name)))
            return {QStringLiteral("cannot read ") + table};
        QStringList rows;
        while (query.next()) {
            QStringList cells;
            for (int i = 0; i < query.record().count(); ++i) {
                const QVariant value = query.value(i);
                cells << (value.typeId() == QMetaType::QByteArray ? QString::fromLatin1(value.toByteArray().toHex())
                                                                  : value.toString());
            }
            rows << table + QLatin1String(": ") + cells.join(QLatin1Char('|'));
        }
        rows.sort();
        lines << table + QLatin1String(" rows: ") + QString::number(rows.size()) << rows;
    }
    return lines;
}

QStringList describe(const QList<WaveInfo> &waves)
{
    QStringList list;
    for (const WaveInfo &w : waves)
        list << QStringLiteral("%1 %2 %3 %4 %5 %6 %7")
                    .arg(w.id).arg(w.year).arg(w.scope, w.sourceFile, w.sha256)
                    .arg(w.respondentCount).arg(w.importedAt.toString(Qt::ISODate));
    return list;
}

QStringList describe(const Codebook &codebook)
{
    QStringList list;
    for (const Question &q : codebook.questions()) {
        QStringList options;
        for (const QuestionOption &o : q.options)
            options << o.code + QLatin1Char('=') + o.labelFr;
        list << QStringList{q.code, q.theme, q.labelFr, q.labelEn, questionTypeName(q.type), q.parent,
                            q.isGlobal ? QStringLiteral("global") : QString(), options.join(QLatin1Char('|'))}
                    .join(QLatin1Char(';'));
    }
    return list;
}

} // namespace

QByteArray rows(int count, int firstBad, int year)
{
    QByteArray bytes = "id;annee;bailleur;qpv;Q01\n";
    for (int i = 0; i < count; ++i)
        bytes += "T" + QByteArray::number(i) + ";" + QByteArray::number(year) + ";OPH " + QByteArray::number(i % 3) + ";" + QByteArray::number(i % 2)
                 + ";" + (firstBad >= 0 && i >= firstBad ? "7" : QByteArray::number(1 + i % 4)) + "\n";
    return bytes;
}

const WaveData::AnswerColumn *answersOf(const WaveData &data, const QString &code)
{
    for (const WaveData::AnswerColumn &a : data.answers)
        if (a.code == code)
            return &a;
    return nullptr;
}

void RespondentImportFixture::initStore()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = std::make_unique<Store>();
    QVERIFY2(m_store->open(testStoreLocation(path(QStringLiteral("store.sqlite")))),
             qPrintable(m_store->error().message));
    // Every test starts from a store that already holds a wave, so that
    // "unchanged" also means "the existing wave is untouched".
    const ImportResult baseline = import(write(QStringLiteral("baseline_2020.csv"), Baseline));
    QCOMPARE(baseline.status, ImportResult::Status::Imported);
    m_baselineId = baseline.wave.id;
}

void RespondentImportFixture::cleanupStore()
{
    m_store.reset();
    m_dir.reset();
}

ImportResult RespondentImportFixture::import(const QString &file, ImportOptions options)
{
    RespondentImporter importer(*m_store);
    return importer.run(file, options);
}

QString RespondentImportFixture::write(const QString &name, const QByteArray &bytes)
{
    const QString file = path(name);
    if (!writeBytes(file, bytes))
        qFatal("cannot write %s", qPrintable(file));
    return file;
}

void RespondentImportFixture::snapshot()
{
    m_dump = dump(*m_store);
    m_waves = describe(m_store->waves());
    m_codebook = describe(m_store->codebook());
    QVERIFY(m_dump.size() > 10);
    QCOMPARE(m_waves.size(), 1);
}

void RespondentImportFixture::verifyUnchanged()
{
    QCOMPARE(describe(m_store->waves()), m_waves);
    QCOMPARE(describe(m_store->codebook()), m_codebook);
    QCOMPARE(dump(*m_store), m_dump);
    QVERIFY(!m_store->waveByYearAndScope(2023, QStringLiteral("Hauts-de-France")));
}
