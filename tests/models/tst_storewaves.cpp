// Tests of the waves in the Store: round trips, deletion, replacement in one
// transaction, and waves written in chunks by WaveWriter.
#include "migrations.h"
#include "storefixtures.h"
#include "wavewriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

// Respondents [begin, end) of data, as one chunk of WaveWriter.
WaveData chunkOf(const WaveData &data, int begin, int end)
{
    WaveData chunk;
    chunk.weights.assign(data.weights.begin() + begin, data.weights.begin() + end);
    chunk.landlord.assign(data.landlord.begin() + begin, data.landlord.begin() + end);
    chunk.qpv.assign(data.qpv.begin() + begin, data.qpv.begin() + end);
    for (const WaveData::AnswerColumn &column : data.answers)
        chunk.answers.push_back({column.code, column.type,
                                 {column.values.begin() + begin, column.values.begin() + end}});
    for (const WaveData::SegmentColumn &column : data.segments)
        chunk.segments.push_back({column.name, column.dictionary,
                                  {column.values.begin() + begin, column.values.begin() + end}});
    return chunk;
}

} // namespace

class TestStoreWaves : public StoreFixture
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void waveRoundTrip();
    void deleteWave();
    void replaceWave();
    void failedReplacementKeepsTheOldWave();
    void chunkedWaveRoundTrip();
    void chunkedWaveRolledBack();
    void waveIdsNeverReused();
    void waveIdsNeverReusedAfterUpgrade();
    void existingOnlyCreatesNothing();
};

void TestStoreWaves::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestStoreWaves::cleanup()
{
    m_dir.reset();
}

// ---------------------------------------------------------------------------

void TestStoreWaves::waveRoundTrip()
{
    const WaveData written = sampleWave();
    const WaveInfo info = waveInfo(2021, QStringLiteral("Hauts-de-France"), hexSha('b'));
    const QByteArray summary("summary\0\x01\xFF", 10);
    qint64 id = 0;
    {
        Store store;
        QVERIFY2(store.open(storePath()), qPrintable(store.error().message));
        id = store.insertWave(info, written, summary);
        QVERIFY2(id > 0, qPrintable(store.error().message));
    }
    // A fresh Store: what was written reached the file.
    Store store;
    QVERIFY2(store.open(storePath()), qPrintable(store.error().message));
    const QList<WaveInfo> waves = store.waves();
    QCOMPARE(waves.size(), 1);
    const WaveInfo &listed = waves.first();
    QCOMPARE(listed.id, id);
    QCOMPARE(listed.year, 2021);
    QCOMPARE(listed.scope, QStringLiteral("Hauts-de-France"));
    QCOMPARE(listed.sourceFile, QStringLiteral("enquete_2021.csv"));
    QCOMPARE(listed.sha256, hexSha('b'));
    QCOMPARE(listed.importedAt, info.importedAt);
    QCOMPARE(listed.respondentCount, 5);
    QCOMPARE(listed.isDemo, false);

    QCOMPARE(store.waveBySha256(hexSha('b')).value_or(WaveInfo()).id, id);
    QVERIFY(!store.waveBySha256(hexSha('c')));
    QCOMPARE(store.waveByYearAndScope(2021, QStringLiteral("Hauts-de-France")).value_or(WaveInfo()).id, id);
    QVERIFY(!store.waveByYearAndScope(2021, QStringLiteral("Picardie")));
    QVERIFY(!store.waveByYearAndScope(2020, QStringLiteral("Hauts-de-France")));
    QCOMPARE(store.waveSummary(id), summary);

    const std::optional<WaveData> read = store.loadWave(id);
    QVERIFY(read);
    const WaveData asWritten = written;
    const WaveData stored = inStoredOrder(asWritten);
    QCOMPARE(read->waveId, id);
    QCOMPARE(read->year, 2021);
    QCOMPARE(read->scope, QStringLiteral("Hauts-de-France"));
    QStringList pseudonyms;
    for (const QString &respondent : stored.respondentIds)
        pseudonyms << store.respondentPseudonym(respondent);
    QCOMPARE(read->respondentIds, pseudonyms);
    QCOMPARE(read->respondentCount(), 5);
    QVERIFY(read->weights == stored.weights);
    QVERIFY(read->qpv == stored.qpv);
    QCOMPARE(landlordOfEach(*read), landlordOfEach(stored));
    // Store::landlordCodes promises "the wave's own order".
    QCOMPARE(read->landlordCodes, written.landlordCodes);
    QVERIFY(read->landlord == stored.landlord);
    QCOMPARE(store.landlordCodes(id), written.landlordCodes);
    QCOMPARE(int(read->answers.size()), 3);
    for (int c = 0; c < 3; ++c) {
        QCOMPARE(read->answers[c].code, written.answers[c].code);
        QCOMPARE(int(read->answers[c].type), int(written.answers[c].type));
        QVERIFY2(read->answers[c].values == stored.answers[c].values, qPrintable(written.answers[c].code));
    }
    QCOMPARE(int(read->segments.size()), 2);
    for (int c = 0; c < 2; ++c) {
        QCOMPARE(read->segments[c].name, written.segments[c].name);
        QCOMPARE(read->segments[c].dictionary, written.segments[c].dictionary);
        QVERIFY2(read->segments[c].values == stored.segments[c].values, qPrintable(written.segments[c].name));
    }
    QVERIFY(!store.loadWave(id + 1000));

    // The same year and scope, or the same file, cannot be imported twice.
    QCOMPARE(store.insertWave(waveInfo(2021, QStringLiteral("Hauts-de-France"), hexSha('c')), written, {}), 0);
    QCOMPARE(int(store.error().kind), int(StoreError::Kind::Failed));
    QCOMPARE(store.insertWave(waveInfo(2022, QStringLiteral("Hauts-de-France"), hexSha('b')), written, {}), 0);
    QCOMPARE(store.waves().size(), 1);
}

void TestStoreWaves::deleteWave()
{
    qint64 first = 0, second = 0;
    {
        Store store;
        QVERIFY2(store.open(storePath()), qPrintable(store.error().message));
        first = store.insertWave(waveInfo(2020, QStringLiteral("Hauts-de-France"), hexSha('a')),
                                 sampleWave({"PDC_HABITAT", "LOGIS62", "ABC_HLM"}), QByteArray("s1"));
        second = store.insertWave(waveInfo(2021, QStringLiteral("Hauts-de-France"), hexSha('b')),
                                  sampleWave({"LOGIS62", "SIGH"}), QByteArray("s2"));
        QVERIFY(first > 0 && second > 0);
        QVERIFY2(store.deleteWave(first), qPrintable(store.error().message));
    }
    {
        Store store;
        QVERIFY2(store.open(storePath()), qPrintable(store.error().message));
        QVERIFY(!store.loadWave(first));
        QVERIFY(!store.wave(first));
        QVERIFY(store.waveSummary(first).isEmpty());
        QCOMPARE(store.waves().size(), 1);
        QCOMPARE(store.waves().first().id, second);
        const std::optional<WaveData> kept = store.loadWave(second);
        QVERIFY(kept);
        QCOMPARE(kept->respondentIds.size(), 5);
        QCOMPARE(landlordOfEach(*kept), landlordOfEach(inStoredOrder(sampleWave({"LOGIS62", "SIGH"}))));
        QCOMPARE(store.waveSummary(second), QByteArray("s2"));
    }
    // Nothing of the deleted wave is left behind, and a landlord no wave
    // uses any more is gone while a shared one stays.
    Store store;
    QVERIFY2(store.open(storePath()), qPrintable(store.error().message));
    const auto count = [&](const char *table, qint64 wave) {
        QSqlQuery query(store.database());
        if (!query.exec(QStringLiteral("SELECT count(*) FROM %1 WHERE wave_id = %2").arg(QLatin1String(table)).arg(wave))
            || !query.next())
            return -1;
        return query.value(0).toInt();
    };
    for (const char *table : {"respondents", "wave_landlords", "answer_columns", "segment_columns", "wave_summaries"}) {
        QCOMPARE(count(table, first), 0);
        QVERIFY(count(table, second) > 0);
    }
    QCOMPARE(storedLandlordCodes(store.database()), QStringLiteral("LOGIS62,SIGH"));
}

void TestStoreWaves::replaceWave()
{
    Store store;
    QVERIFY2(store.open(storePath()), qPrintable(store.error().message));
    const qint64 old = store.insertWave(waveInfo(2021, QStringLiteral("Hauts-de-France"), hexSha('a')),
                                        sampleWave({"PDC_HABITAT", "LOGIS62", "ABC_HLM"}), QByteArray("old"));
    QVERIFY(old > 0);
    // Same year and scope: only possible because the old wave goes in the
    // same transaction.
    WaveData replacement = sampleWave({"SIGH", "LOGIS62"});
    replacement.respondentIds[0] = QStringLiteral("N001");
    const qint64 id = store.insertWave(waveInfo(2021, QStringLiteral("Hauts-de-France"), hexSha('b')),
                                       replacement, QByteArray("new"), old);
    QVERIFY2(id > 0, qPrintable(store.error().message));
    // SQLite may give the new wave the old id (no AUTOINCREMENT): what tells
    // them apart is the file they come from.
    QVERIFY(!store.waveBySha256(hexSha('a')));
    QCOMPARE(store.waveBySha256(hexSha('b')).value_or(WaveInfo()).id, id);
    QCOMPARE(store.waves().size(), 1);
    QCOMPARE(store.waveByYearAndScope(2021, QStringLiteral("Hauts-de-France")).value_or(WaveInfo()).id, id);
    const std::optional<WaveData> read = store.loadWave(id);
    QVERIFY(read);
    QCOMPARE(read->respondentIds.first(), store.respondentPseudonym(QStringLiteral("N001")));
    QCOMPARE(landlordOfEach(*read), landlordOfEach(inStoredOrder(replacement)));
    QCOMPARE(store.waveSummary(id), QByteArray("new"));
    QCOMPARE(storedLandlordCodes(store.database()), QStringLiteral("LOGIS62,SIGH"));
}

void TestStoreWaves::failedReplacementKeepsTheOldWave()
{
    Store store;
    QVERIFY2(store.open(storePath()), qPrintable(store.error().message));
    const WaveData original = sampleWave();
    const qint64 old = store.insertWave(waveInfo(2021, QStringLiteral("Hauts-de-France"), hexSha('a')),
                                        original, QByteArray("old"));
    QVERIFY(old > 0);
    WaveData broken = sampleWave({"NEW_LANDLORD", "LOGIS62"});
    // Refused by the schema (not in the codebook) once the old wave is
    // deleted and the new landlord written, late in the transaction.
    broken.answers[2].code = QStringLiteral("Q99");
    QCOMPARE(store.insertWave(waveInfo(2021, QStringLiteral("Hauts-de-France"), hexSha('b')), broken,
                              QByteArray("new"), old),
             0);
    QVERIFY(!store.error().isNull());
    QVERIFY(!store.error().message.isEmpty());
    const std::optional<WaveData> kept = store.loadWave(old);
    QVERIFY(kept);
    const WaveData stored = inStoredOrder(original);
    QCOMPARE(kept->respondentIds.size(), original.respondentIds.size());
    for (int i = 0; i < int(original.respondentIds.size()); ++i)
        QCOMPARE(kept->respondentIds[i], store.respondentPseudonym(stored.respondentIds[i]));
    QCOMPARE(landlordOfEach(*kept), landlordOfEach(stored));
    QCOMPARE(store.waveSummary(old), QByteArray("old"));
    QCOMPARE(store.waves().size(), 1);
    QCOMPARE(store.waves().first().sha256, hexSha('a'));
    QSqlQuery query(store.database());
    QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM landlords WHERE code = 'NEW_LANDLORD'")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 0);
}

// A wave written in chunks whose landlord codes follow the order of first
// appearance, as an import writes it, reads back whole and in the wave's
// own landlord order.
void TestStoreWaves::chunkedWaveRoundTrip()
{
    // Chunks number the landlords PDC_HABITAT 0, LOGIS62 1, ABC_HLM 2; the
    // wave's own order is alphabetical.
    WaveData inFileOrder = sampleWave();
    // A code above 15 keeps its chunk at a byte per answer; the others pack two.
    inFileOrder.answers[1].values[3] = 20;
    const QStringList sorted = {"ABC_HLM", "LOGIS62", "PDC_HABITAT"};
    const std::vector<int> blobIndex = {2, 1, 0};
    const std::vector<int> chunkSizes = {2, 2, 1};
    WaveData expected = inStoredOrder(inFileOrder, chunkSizes);
    expected.landlordCodes = sorted;
    for (std::uint16_t &l : expected.landlord)
        l = std::uint16_t(2 - l);

    Store store;
    QVERIFY2(store.open(storePath()), qPrintable(store.error().message));
    WaveWriter writer(store);
    QVERIFY2(writer.begin(waveInfo(2021, QStringLiteral("Hauts-de-France"), hexSha('a'))),
             qPrintable(store.error().message));
    const QStringList &ids = inFileOrder.respondentIds;
    QVERIFY(writer.writeChunk(ids.mid(0, 2).join(QLatin1Char('\n')).toUtf8(), chunkOf(inFileOrder, 0, 2)));
    QVERIFY(writer.writeChunk(ids.mid(2, 2).join(QLatin1Char('\n')).toUtf8(), chunkOf(inFileOrder, 2, 4)));
    QVERIFY(writer.writeChunk(ids.mid(4, 1).join(QLatin1Char('\n')).toUtf8(), chunkOf(inFileOrder, 4, 5)));
    const qint64 id = writer.finish(sorted, blobIndex, inFileOrder.segments, QByteArray("sums"));
    QVERIFY2(id > 0, qPrintable(store.error().message));

    QCOMPARE(store.wave(id)->respondentCount, 5);
    QCOMPARE(store.waveSummary(id), QByteArray("sums"));
    QCOMPARE(store.landlordCodes(id), sorted);
    const std::optional<WaveData> read = store.loadWave(id);
    QVERIFY2(read, qPrintable(store.error().message));
    QStringList pseudonyms;
    for (const QString &respondent : expected.respondentIds)
        pseudonyms << store.respondentPseudonym(respondent);
    QCOMPARE(read->respondentIds, pseudonyms);
    QVERIFY(read->weights == expected.weights);
    QVERIFY(read->qpv == expected.qpv);
    QCOMPARE(read->landlordCodes, sorted);
    QVERIFY(read->landlord == expected.landlord);
    QCOMPARE(landlordOfEach(*read), landlordOfEach(inStoredOrder(inFileOrder, chunkSizes)));
    QCOMPARE(int(read->answers.size()), 3);
    for (int c = 0; c < 3; ++c) {
        QCOMPARE(read->answers[c].code, expected.answers[c].code);
        QVERIFY2(read->answers[c].values == expected.answers[c].values, qPrintable(expected.answers[c].code));
    }
    QCOMPARE(int(read->segments.size()), 2);
    for (int c = 0; c < 2; ++c) {
        QCOMPARE(read->segments[c].dictionary, expected.segments[c].dictionary);
        QVERIFY(read->segments[c].values == expected.segments[c].values);
    }
    QSqlQuery chunks(store.database());
    QVERIFY(chunks.exec(QStringLiteral("SELECT count(*) FROM respondents WHERE wave_id = %1").arg(id)));
    QVERIFY(chunks.next());
    QCOMPARE(chunks.value(0).toInt(), storedChunkCount(inFileOrder, chunkSizes));
}

// A writer given up before finish() leaves nothing behind.
void TestStoreWaves::chunkedWaveRolledBack()
{
    const QString path = createStore(sampleWave());
    // A file byte for byte; a server, every value of the store's tables.
    const auto contents = [&] { return testingOnServer() ? storedBytes(path) : sha256Of(path); };
    const QByteArray before = contents();
    QVERIFY(!before.isEmpty());
    {
        Store store;
        QVERIFY2(store.open(path), qPrintable(store.error().message));
        WaveWriter writer(store);
        QVERIFY(writer.begin(waveInfo(2022, QStringLiteral("Hauts-de-France"), hexSha('c'))));
        const WaveData data = largeWave(3000);
        QVERIFY(writer.writeChunk(data.respondentIds.mid(0, 2000).join(QLatin1Char('\n')).toUtf8(), chunkOf(data, 0, 2000)));
        QVERIFY(writer.writeChunk(data.respondentIds.mid(2000).join(QLatin1Char('\n')).toUtf8(), chunkOf(data, 2000, 3000)));
    }
    Store store;
    QVERIFY2(store.open(path), qPrintable(store.error().message));
    QCOMPARE(store.waves().size(), 1);
    QVERIFY(!store.waveByYearAndScope(2022, QStringLiteral("Hauts-de-France")));
    store.close();
    QCOMPARE(contents(), before);
}

QTEST_GUILESS_MAIN(TestStoreWaves)
// A deleted wave's id never comes back, even when it was the last one: a
// filter remembered on it must not find another wave there.
void TestStoreWaves::waveIdsNeverReused()
{
    Store store;
    QVERIFY2(store.open(storePath()), qPrintable(store.error().message));
    const qint64 first = store.insertWave(waveInfo(2020, QStringLiteral("Hauts-de-France"), hexSha('a')),
                                          sampleWave(), {});
    const qint64 second = store.insertWave(waveInfo(2021, QStringLiteral("Hauts-de-France"), hexSha('b')),
                                           sampleWave(), {});
    QVERIFY(first > 0 && second > first);
    QVERIFY(store.deleteWave(second));
    store.close();
    QVERIFY2(store.open(storePath()), qPrintable(store.error().message));
    const qint64 third = store.insertWave(waveInfo(2021, QStringLiteral("Hauts-de-France"), hexSha('c')),
                                          sampleWave(), {});
    QVERIFY2(third > second, qPrintable(QStringLiteral("id %1 after %2 was deleted").arg(third).arg(second)));
    QVERIFY(store.deleteWave(first) && store.deleteWave(third));
    const qint64 fourth = store.insertWave(waveInfo(2022, QStringLiteral("Hauts-de-France"), hexSha('d')),
                                           sampleWave(), {});
    QVERIFY(fourth > third);
}

// A store made before the step keeps its waves, ids and rows; the rebuilt
// table then never reuses the ids it held.
void TestStoreWaves::waveIdsNeverReusedAfterUpgrade()
{
    // The store as the version before the step left it: today's schema with
    // the waves table of before (no AUTOINCREMENT), one wave in it.
    const QString path = createStore(sampleWave());
    QString columnsBefore; // every column other steps added to waves is kept
    {
        SqlConnection sql(path);
        QVERIFY(sql.exec(QStringLiteral("PRAGMA foreign_keys = OFF")));
        const QString create = sql.value(QStringLiteral("SELECT sql FROM sqlite_master WHERE name = 'waves'")).toString();
        QVERIFY(create.contains(QLatin1String(" AUTOINCREMENT")));
        QString before = create;
        before.replace(QLatin1String(" AUTOINCREMENT"), QString());
        before.replace(QRegularExpression(QStringLiteral("^CREATE TABLE \"?waves\"?")),
                       QStringLiteral("CREATE TABLE waves_before"));
        QVERIFY(sql.exec(before));
        QVERIFY(sql.exec(QStringLiteral("INSERT INTO waves_before SELECT * FROM waves")));
        QVERIFY(sql.exec(QStringLiteral("DROP TABLE waves")));
        QVERIFY(sql.exec(QStringLiteral("ALTER TABLE waves_before RENAME TO waves")));
        QVERIFY(sql.exec(QStringLiteral("DELETE FROM sqlite_sequence")));
        QVERIFY(sql.exec(QStringLiteral("PRAGMA user_version = %1").arg(WaveIdsNeverReusedStep - 1)));
        QVERIFY(sql.exec(QStringLiteral("CREATE INDEX waves_by_year ON waves (year)")));
        columnsBefore = sql.value(QStringLiteral("SELECT group_concat(name || ' ' || type, ',') "
                                                 "FROM pragma_table_info('waves')")).toString();
    }
    Store store;
    QVERIFY2(store.open(path), qPrintable(store.error().message));
    QCOMPARE(store.schemaVersion(), Store::SchemaVersion);
    const QList<WaveInfo> waves = store.waves();
    QCOMPARE(waves.size(), 1);
    const qint64 old = waves.first().id;
    QVERIFY(store.loadWave(old));
    const qint64 added = store.insertWave(waveInfo(2022, QStringLiteral("Hauts-de-France"), hexSha('e')),
                                          sampleWave(), {});
    QVERIFY2(added > old, qPrintable(store.error().message));
    QVERIFY(store.deleteWave(added));
    const qint64 again = store.insertWave(waveInfo(2023, QStringLiteral("Hauts-de-France"), hexSha('f')),
                                          sampleWave(), {});
    QVERIFY(again > added);
    store.close();

    SqlConnection sql(path);
    QVERIFY(sql.value(QStringLiteral("SELECT sql FROM sqlite_master WHERE name = 'waves'"))
                .toString().contains(QLatin1String("AUTOINCREMENT")));
    QCOMPARE(sql.value(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'waves_by_year'")).toInt(), 1);
    QCOMPARE(sql.value(QStringLiteral("SELECT group_concat(name || ' ' || type, ',') FROM pragma_table_info('waves')"))
                 .toString(),
             columnsBefore);
    QCOMPARE(sql.value(QStringLiteral("PRAGMA foreign_key_check")), QVariant());
    QCOMPARE(sql.value(QStringLiteral("SELECT count(*) FROM respondents WHERE wave_id = %1").arg(old)).toInt(), 1);
}

// What read-only commands open: a missing store, or a store in a missing
// folder, is an error, and neither the file nor the folder is created.
void TestStoreWaves::existingOnlyCreatesNothing()
{
    const QString inMissingFolder = m_dir->filePath(QStringLiteral("nowhere/deeper/satisfecit.sqlite"));
    const QString missing = m_dir->filePath(QStringLiteral("missing.sqlite"));
    for (const QString &path : {inMissingFolder, missing}) {
        Store store;
        QVERIFY(!store.open(path, Store::OpenMode::ExistingOnly));
        QCOMPARE(int(store.error().kind), int(StoreError::Kind::CannotOpen));
        QVERIFY2(store.error().message.contains(QDir::toNativeSeparators(path)), qPrintable(store.error().message));
    }
    QVERIFY(!QFileInfo::exists(m_dir->filePath(QStringLiteral("nowhere"))));
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), QStringList());

    QFile empty(missing);
    QVERIFY(empty.open(QIODevice::WriteOnly));
    empty.close();
    Store store;
    QVERIFY(!store.open(missing, Store::OpenMode::ExistingOnly));
    QCOMPARE(int(store.error().kind), int(StoreError::Kind::NotAStore));
    QCOMPARE(QFileInfo(missing).size(), 0);
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot),
             QStringList{QStringLiteral("missing.sqlite")});

    // An existing store opens as usual.
    QVERIFY2(store.open(storePath()), qPrintable(store.error().message));
    store.close();
    QVERIFY2(store.open(storePath(), Store::OpenMode::ExistingOnly), qPrintable(store.error().message));
}

#include "tst_storewaves.moc"
