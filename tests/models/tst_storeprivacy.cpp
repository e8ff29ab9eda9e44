// Personal data in the store (issue 18): respondent ids kept only as keyed
// hashes, a store of clear ids upgraded (its copy removed), and deletions
// that leave none of the deleted values in the file's bytes.
#include "migrations.h"
#include "pseudonymiser.h"
#include "storefixtures.h"

#include <QFile>
#include <QTest>

namespace {

// The bytes of the store as they lie on disk: the main file and its WAL.
QByteArray storeBytes(const QString &path)
{
    QByteArray bytes;
    for (const QString &file : {path, path + QStringLiteral("-wal")}) {
        QFile f(file);
        if (f.open(QIODevice::ReadOnly))
            bytes += f.readAll();
    }
    return bytes;
}

WaveData waveWithIds(const QStringList &ids, const QString &segmentValue)
{
    WaveData data;
    for (int i = 0; i < int(ids.size()); ++i) {
        data.respondentIds << ids[i];
        data.weights.push_back(1.0);
        data.landlord.push_back(0);
        data.qpv.push_back(std::uint8_t(i % 2));
    }
    data.landlordCodes << QStringLiteral("LOGIS62");
    data.answers.push_back({QStringLiteral("Q01"), QuestionType::Satisfaction4,
                            std::vector<std::uint8_t>(std::size_t(ids.size()), 2)});
    data.segments.push_back({QStringLiteral("residence"), {segmentValue},
                             std::vector<std::uint16_t>(std::size_t(ids.size()), 0)});
    return data;
}

} // namespace

class TestStorePrivacy : public StoreFixture
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void hmacMatchesOpenSsl();
    void idsArePseudonymised();
    void duplicatesAcrossWaves();
    void migrationPseudonymisesClearIds();
    void deletedWaveLeavesNoBytes();
    void removedDemoLeavesNoBytes();
};

void TestStorePrivacy::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestStorePrivacy::cleanup()
{
    m_dir.reset();
}

// The pseudonym is the HMAC-SHA-256 truncated to 128 bits. The message of
// RFC 4231's test case 2; keys shorter than 16 bytes are refused, so its key
// "Jefe" is repeated to 16 bytes. Expected value from OpenSSL's command line:
// printf 'what do ya want for nothing?' | openssl dgst -sha256 -hmac JefeJefeJefeJefe
void TestStorePrivacy::hmacMatchesOpenSsl()
{
    Pseudonymiser p;
    QVERIFY(!p.setKey("Jefe"));
    QVERIFY(p.setKey("JefeJefeJefeJefe"));
    const QByteArray expected = QByteArray::fromHex("2ccd85dfc8d18cb5d84fef4b19855469");
    QCOMPARE(QByteArray::fromBase64(p.pseudonym("what do ya want for nothing?").toLatin1(),
                                    QByteArray::Base64UrlEncoding),
             expected);
    QCOMPARE(p.pseudonymiseLines("a\nb"), p.pseudonym("a") + QLatin1Char('\n') + p.pseudonym("b"));
}

void TestStorePrivacy::idsArePseudonymised()
{
    const QStringList ids{QStringLiteral("LOC-48213-A"), QStringLiteral("LOC-48214-B"), QStringLiteral("LOC-48215-C")};
    QString pseudonymOfFirst;
    {
        Store store;
        QVERIFY2(store.open(storePath()), qPrintable(store.error().message));
        QVERIFY(store.insertWave(waveInfo(2022, QStringLiteral("Nord"), hexSha('b')),
                                 waveWithIds(ids, QStringLiteral("Les Tilleuls")), {}));
        const std::optional<WaveData> wave = store.loadWave(store.waves().first().id);
        QVERIFY(wave);
        QCOMPARE(wave->respondentIds.size(), 3);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(wave->respondentIds[i], store.respondentPseudonym(ids[i]));
            QCOMPARE(wave->respondentIds[i].size(), 22);
            QVERIFY(wave->respondentIds[i] != ids[i]);
        }
        pseudonymOfFirst = wave->respondentIds[0];
    }
    const QByteArray bytes = storeBytes(storePath());
    for (const QString &id : ids)
        QVERIFY2(!bytes.contains(id.toUtf8()), qPrintable(id));
    QVERIFY(bytes.contains("Les Tilleuls")); // the search does see what is there

    // Another store has its own secret: the same id, another pseudonym.
    Store other;
    QVERIFY(other.open(m_dir->filePath(QStringLiteral("other/satisfecit.sqlite"))));
    QVERIFY(other.respondentPseudonym(ids[0]) != pseudonymOfFirst);
    SqlConnection sql(storePath(), QStringLiteral("QSQLITE_OPEN_READONLY"));
    QCOMPARE(sql.value(QStringLiteral("SELECT length(value) FROM store_secrets")).toInt(), Pseudonymiser::KeyBytes);
}

void TestStorePrivacy::duplicatesAcrossWaves()
{
    Store store;
    QVERIFY(store.open(storePath()));
    const qint64 a = store.insertWave(waveInfo(2022, QStringLiteral("Nord"), hexSha('b')),
                                      waveWithIds({"A1", "A2", "SHARED-1", "SHARED-2"}, QStringLiteral("x")), {});
    const qint64 b = store.insertWave(waveInfo(2022, QStringLiteral("Pas-de-Calais"), hexSha('c')),
                                      waveWithIds({"SHARED-2", "B1", "SHARED-1"}, QStringLiteral("x")), {});
    QVERIFY(a && b);
    QCOMPARE(store.sharedRespondents(a, b), 2);
    QCOMPARE(store.sharedRespondents(b, a), 2);
}

// A store of the last schema before pseudonymisation, holding clear ids (the
// committed schema-1 fixture upgraded by the SQL steps in between), is
// upgraded: ids replaced by their pseudonyms, none left in the file's bytes,
// and the copy taken before the upgrade, which held them, removed.
void TestStorePrivacy::migrationPseudonymisesClearIds()
{
    const QString path = storePath();
    QVERIFY(buildSchema1Store(path));
    {
        SqlConnection sql(path);
        for (int version = 2; version < PseudonymisedIdsVersion; ++version) {
            for (const QString &statement : migrationStep(version))
                QVERIFY(sql.exec(statement));
        }
        QVERIFY(sql.exec(QStringLiteral("PRAGMA user_version = %1").arg(PseudonymisedIdsVersion - 1)));
        QCOMPARE(sql.value(QStringLiteral("SELECT replace(ids, char(10), ',') FROM respondents")).toString(),
                 QStringLiteral("R001,R002,R003"));
    }
    QVERIFY(storeBytes(path).contains("R002"));
    const QString backup = path + QStringLiteral(".schema%1.bak").arg(PseudonymisedIdsVersion - 1);
    {
        Store store;
        QVERIFY2(store.open(path), qPrintable(store.error().message));
        QVERIFY(store.schemaVersion() >= PseudonymisedIdsVersion);
        QVERIFY(store.lastBackupPath().isEmpty());
        const std::optional<WaveData> wave = store.loadWave(store.waves().first().id);
        QVERIFY(wave);
        QCOMPARE(wave->respondentIds,
                 (QStringList{store.respondentPseudonym(QStringLiteral("R001")),
                              store.respondentPseudonym(QStringLiteral("R002")),
                              store.respondentPseudonym(QStringLiteral("R003"))}));
        QCOMPARE(store.waves().first().notes, QString());
        // The ids are gone from the bytes while the store is still open.
        const QByteArray bytes = storeBytes(path);
        for (const char *id : {"R001", "R002", "R003"})
            QVERIFY2(!bytes.contains(id), id);
    }
    QVERIFY(!QFile::exists(backup));
    const QByteArray bytes = storeBytes(path);
    for (const char *id : {"R001", "R002", "R003"})
        QVERIFY2(!bytes.contains(id), id);
}

void TestStorePrivacy::deletedWaveLeavesNoBytes()
{
    const QByteArray unique = "Residence Zephyrine-Quintal";
    Store store;
    QVERIFY(store.open(storePath()));
    const qint64 kept = store.insertWave(waveInfo(2021, QStringLiteral("Nord"), hexSha('a')),
                                         waveWithIds({"K1", "K2"}, QStringLiteral("Les Tilleuls")), {});
    const qint64 deleted = store.insertWave(waveInfo(2022, QStringLiteral("Nord"), hexSha('d')),
                                            waveWithIds({"D1", "D2"}, QString::fromUtf8(unique)), {});
    QVERIFY(kept && deleted);
    QVERIFY(storeBytes(storePath()).contains(unique));
    QVERIFY(store.deleteWave(deleted));
    // While the store is still open: nothing in the main file nor the WAL.
    QVERIFY(!storeBytes(storePath()).contains(unique));
    QVERIFY(storeBytes(storePath()).contains("Les Tilleuls"));
    QCOMPARE(QFileInfo(storePath() + QStringLiteral("-wal")).size(), 0);
}

void TestStorePrivacy::removedDemoLeavesNoBytes()
{
    const QByteArray unique = "Demo Residence Oxalis-Brindille";
    Store store;
    QVERIFY(store.open(storePath()));
    WaveInfo demo = waveInfo(2020, QStringLiteral("Nord"), hexSha('e'));
    demo.isDemo = true;
    QVERIFY(store.insertWave(demo, waveWithIds({"X1", "X2"}, QString::fromUtf8(unique)), {}));
    QVERIFY(storeBytes(storePath()).contains(unique));
    QVERIFY(store.deleteDemoData());
    QVERIFY(!storeBytes(storePath()).contains(unique));
}

QTEST_GUILESS_MAIN(TestStorePrivacy)
#include "tst_storeprivacy.moc"
