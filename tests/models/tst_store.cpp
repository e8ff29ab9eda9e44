// Tests of the Store gateway itself: a new store and its file header, the
// migrations from earlier schema versions, and the transaction guard.
#include "migrations.h"
#include "storefixtures.h"
#include "transactionguard.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

class TestStore : public StoreFixture
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void newStore_data();
    void newStore();
    void migrationFromSchema1();
    void migrationFromSchema2();
    void transactionGuard_data();
    void transactionGuard();
};

void TestStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestStore::cleanup()
{
    m_dir.reset();
}

// ---------------------------------------------------------------------------

void TestStore::newStore_data()
{
    QTest::addColumn<bool>("existingEmptyFile");
    QTest::newRow("new file in a folder that does not exist yet") << false;
    QTest::newRow("existing empty file") << true;
}

void TestStore::newStore()
{
    QFETCH(bool, existingEmptyFile);
    const QString path = storePath();
    if (existingEmptyFile) {
        QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
    }
    {
        Store store;
        QVERIFY2(store.open(path), qPrintable(store.error().message));
        QVERIFY(store.isOpen());
        QVERIFY(store.error().isNull());
        QCOMPARE(store.path(), path);
        QCOMPARE(store.schemaVersion(), Store::SchemaVersion);
        QVERIFY(store.lastBackupPath().isEmpty()); // nothing to keep from a new store
        QCOMPARE(store.codebook().size(), 41);
        QVERIFY(store.waves().isEmpty());
        QVERIFY(store.publishedFigures().isEmpty());
        QSqlQuery query(store.database());
        QVERIFY(query.exec(QStringLiteral("PRAGMA application_id")) && query.next());
        QCOMPARE(query.value(0).toInt(), SatisfecitApplicationId);
    }
    // What another program sees in the file header once the store is closed:
    // user_version at offset 60 and application_id at 68, big-endian.
    QVERIFY2(sidecarsOf(path).isEmpty(), qPrintable(sidecarsOf(path).join(' ')));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray header = file.read(100);
    QVERIFY(header.startsWith(QByteArray("SQLite format 3", 16)));
    QCOMPARE(qFromBigEndian<qint32>(header.constData() + 60), Store::SchemaVersion);
    QCOMPARE(qFromBigEndian<qint32>(header.constData() + 68), SatisfecitApplicationId);
}

void TestStore::migrationFromSchema1()
{
    // The fixture must be what version 1 really was: its CREATE statements
    // are migration step 1, and steps never change once released.
    QStringList created;
    for (const QString &statement : sqlStatements(QStringLiteral(SATISFECIT_TEST_DATA "/store/schema1.sql")))
        if (statement.startsWith(QLatin1String("CREATE")))
            created << statement.chopped(1).simplified();
    QStringList step1;
    for (const QString &statement : migrationStep(1))
        step1 << statement.simplified();
    QCOMPARE(created, step1);

    const QString path = storePath();
    QVERIFY(buildSchema1Store(path));
    const QString backup = path + QStringLiteral(".schema1.bak");
    QVERIFY(!QFile::exists(backup));
    {
        Store store;
        QVERIFY2(store.open(path), qPrintable(store.error().message));
        QCOMPARE(store.schemaVersion(), Store::SchemaVersion);
        // The copy taken before the upgrade held the ids in clear: removed
        // once the ids were pseudonymised (tst_storeprivacy).
        QVERIFY(store.lastBackupPath().isEmpty());
        QVERIFY(!QFile::exists(backup));

        const Codebook codebook = store.codebook();
        QStringList codes;
        for (const Question &q : codebook.questions())
            codes << q.code;
        QCOMPARE(codes, (QStringList{"Q01", "Q04", "Q05", "Q30", "Q31"}));
        QCOMPARE(codebook.globalQuestion()->code, QStringLiteral("Q01"));
        QCOMPARE(codebook.find(QStringLiteral("Q05"))->parent, QStringLiteral("Q04"));
        QCOMPARE(codebook.find(QStringLiteral("Q30"))->labelFr, QStringLiteral("Support d'information préféré"));
        QCOMPARE(int(codebook.find(QStringLiteral("Q30"))->options.size()), 2);
        QCOMPARE(codebook.find(QStringLiteral("Q30"))->options[1].labelFr, QStringLiteral("Numérique uniquement"));
        QCOMPARE(int(codebook.find(QStringLiteral("Q31"))->type), int(QuestionType::YesNo));

        const QList<WaveInfo> waves = store.waves();
        QCOMPARE(waves.size(), 1);
        QCOMPARE(waves.first().year, 2019);
        QCOMPARE(waves.first().scope, QStringLiteral("Hauts-de-France"));
        QCOMPARE(waves.first().sourceFile, QStringLiteral("enquete_2019.csv"));
        QCOMPARE(waves.first().respondentCount, 3);
        QCOMPARE(waves.first().importedAt, QDateTime(QDate(2019, 11, 4), QTime(9, 30), Qt::UTC));
        QCOMPARE(waves.first().isDemo, false); // the column added by version 2
        const std::optional<WaveData> wave = store.loadWave(waves.first().id);
        QVERIFY(wave);
        QCOMPARE(wave->respondentIds,
                 (QStringList{store.respondentPseudonym(QStringLiteral("R001")),
                              store.respondentPseudonym(QStringLiteral("R002")),
                              store.respondentPseudonym(QStringLiteral("R003"))}));
        QVERIFY((wave->weights == std::vector<double>{1.0, 0.75, 1.5}));
        QVERIFY((wave->qpv == std::vector<std::uint8_t>{1, 0, 0}));
        QCOMPARE(landlordOfEach(*wave), (QStringList{"LOGIS62", "HABITAT59", "LOGIS62"}));
        QCOMPARE(int(wave->answers.size()), 4);
        QCOMPARE(wave->answers[0].code, QStringLiteral("Q01"));
        QVERIFY((wave->answers[0].values == std::vector<std::uint8_t>{1, 2, 4}));
        QCOMPARE(wave->answers[2].code, QStringLiteral("Q30"));
        QCOMPARE(int(wave->answers[2].type), int(QuestionType::Single));
        QVERIFY((wave->answers[2].values == std::vector<std::uint8_t>{2, 1, 0}));
        QCOMPARE(int(wave->answers[3].type), int(QuestionType::YesNo));
        QCOMPARE(int(wave->segments.size()), 1);
        QCOMPARE(wave->segments[0].dictionary, (QStringList{"62", "59"}));
        QVERIFY((wave->segments[0].values == std::vector<std::uint16_t>{0, 1, 0}));
        QVERIFY(store.waveSummary(waves.first().id).isEmpty());

        const QList<PublishedFigure> figures = store.publishedFigures();
        QCOMPARE(figures.size(), 1);
        QCOMPARE(figures.first().score.value_or(0), 7.6);
        QCOMPARE(figures.first().n.value_or(0), qint64(4012));
        QCOMPARE(figures.first().source, QStringLiteral("Rapport régional 2016"));
        QVERIFY(!figures.first().isDemo);
        QVERIFY(!figures.first().illustrative);

        // What version 2 added works on the upgraded store.
        QVERIFY(store.saveWaveSummary(waves.first().id, QByteArray("summary")));
        QCOMPARE(store.waveSummary(waves.first().id), QByteArray("summary"));
    }
    // Opening the upgraded store again upgrades nothing and copies nothing.
    Store store;
    QVERIFY2(store.open(path), qPrintable(store.error().message));
    QCOMPARE(store.schemaVersion(), Store::SchemaVersion);
    QVERIFY(store.lastBackupPath().isEmpty());
    QVERIFY(!QFile::exists(backup));
    QCOMPARE(store.waves().size(), 1);
}

// A version-2 store (version 1 upgraded by the step-2 statements, as the
// release of version 2 left it) gets the chunked layout of version 3,
// and its wave reads back exactly as before.
void TestStore::migrationFromSchema2()
{
    const QString path = storePath();
    QVERIFY(buildSchema1Store(path));
    {
        SqlConnection sql(path);
        for (const QString &statement : migrationStep(2))
            QVERIFY(sql.exec(statement));
        QVERIFY(sql.exec(QStringLiteral("INSERT INTO wave_summaries (wave_id, data) "
                                        "SELECT id, X'0102' FROM waves")));
        QVERIFY(sql.exec(QStringLiteral("PRAGMA user_version = 2")));
    }
    const QString backup = path + QStringLiteral(".schema2.bak");
    {
        Store store;
        QVERIFY2(store.open(path), qPrintable(store.error().message));
        QCOMPARE(store.schemaVersion(), Store::SchemaVersion);
        QVERIFY(store.lastBackupPath().isEmpty());
        QVERIFY(!QFile::exists(backup));
        const QList<WaveInfo> waves = store.waves();
        QCOMPARE(waves.size(), 1);
        QCOMPARE(waves.first().respondentCount, 3);
        QCOMPARE(store.waveSummary(waves.first().id), QByteArray("\x01\x02"));
        QCOMPARE(store.landlordCodes(waves.first().id), (QStringList{"LOGIS62", "HABITAT59"}));
        const std::optional<WaveData> wave = store.loadWave(waves.first().id);
        QVERIFY2(wave, qPrintable(store.error().message));
        QCOMPARE(wave->respondentIds,
                 (QStringList{store.respondentPseudonym(QStringLiteral("R001")),
                              store.respondentPseudonym(QStringLiteral("R002")),
                              store.respondentPseudonym(QStringLiteral("R003"))}));
        QVERIFY((wave->weights == std::vector<double>{1.0, 0.75, 1.5}));
        QVERIFY((wave->qpv == std::vector<std::uint8_t>{1, 0, 0}));
        QCOMPARE(wave->landlordCodes, (QStringList{"LOGIS62", "HABITAT59"}));
        QCOMPARE(landlordOfEach(*wave), (QStringList{"LOGIS62", "HABITAT59", "LOGIS62"}));
        QCOMPARE(int(wave->answers.size()), 4);
        QVERIFY((wave->answers[0].values == std::vector<std::uint8_t>{1, 2, 4}));
        QCOMPARE(wave->answers[2].code, QStringLiteral("Q30"));
        QVERIFY((wave->answers[2].values == std::vector<std::uint8_t>{2, 1, 0}));
        QCOMPARE(int(wave->segments.size()), 1);
        QCOMPARE(wave->segments[0].name, QStringLiteral("departement"));
        QCOMPARE(wave->segments[0].dictionary, (QStringList{"62", "59"}));
        QVERIFY((wave->segments[0].values == std::vector<std::uint16_t>{0, 1, 0}));

        // A new wave goes into the upgraded store, and deleting the old one
        // takes all its rows, in the rebuilt tables too.
        QVERIFY2(store.insertWave(waveInfo(2021, QStringLiteral("Hauts-de-France"), hexSha('a')), sampleWave(), {}),
                 qPrintable(store.error().message));
        QVERIFY(store.deleteWave(waves.first().id));
        QVERIFY(!store.loadWave(waves.first().id));
    }
    {
        SqlConnection sql(path);
        for (const char *table : {"respondents", "answer_columns", "segment_columns", "segment_codes",
                                  "wave_landlords"})
            QCOMPARE(sql.value(QStringLiteral("SELECT count(*) FROM %1 WHERE wave_id NOT IN (SELECT id FROM waves)")
                                   .arg(QLatin1String(table))).toInt(), 0);
        QCOMPARE(sql.value(QStringLiteral("PRAGMA foreign_key_check")), QVariant());
    }
}

void TestStore::transactionGuard_data()
{
    QTest::addColumn<bool>("commit");
    QTest::addColumn<int>("rowsAfter");
    QTest::newRow("not committed: rolled back when the guard goes") << false << 0;
    QTest::newRow("committed: kept") << true << 1;
}

void TestStore::transactionGuard()
{
    QFETCH(bool, commit);
    QFETCH(int, rowsAfter);

    Store store;
    QVERIFY2(store.open(storePath()), qPrintable(store.error().message));
    {
        TransactionGuard guard(store.database());
        QVERIFY(guard.isActive());
        QSqlQuery insert(store.database());
        QVERIFY(insert.exec(QStringLiteral("INSERT INTO landlords (code, name) VALUES ('GUARDED', 'Guarded')")));
        // A nested guard cannot start a transaction and must not end the outer one.
        {
            TransactionGuard nested(store.database());
            QVERIFY(!nested.isActive());
            QVERIFY(!nested.commit());
        }
        if (commit) {
            QVERIFY(guard.commit());
            QVERIFY(!guard.isActive());
            QVERIFY(!guard.commit()); // once only
        }
    }
    QSqlQuery count(store.database());
    QVERIFY(count.exec(QStringLiteral("SELECT count(*) FROM landlords WHERE code = 'GUARDED'")) && count.next());
    QCOMPARE(count.value(0).toInt(), rowsAfter);
    count.finish();
    // And what another connection sees in the file.
    SqlConnection other(storePath());
    QCOMPARE(other.value(QStringLiteral("SELECT count(*) FROM landlords WHERE code = 'GUARDED'")).toInt(), rowsAfter);
    // The connection is usable again: no transaction was left open.
    QVERIFY(store.database().transaction());
    QVERIFY(store.database().rollback());
}

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
