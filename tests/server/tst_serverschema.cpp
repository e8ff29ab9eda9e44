// The server's own schema steps (pgtables.cpp): a store of schema 2, whose
// answer columns are a row per chunk and question, is refused until
// server-init upgrades it, and then reads back the same wave, checksums
// included; the answer columns of step 3 (a chunk's questions in one row)
// keep what the foreign key on their question kept.
#include "clirun.h"
#include "pgtables.h"
#include "respondentsfile.h"
#include "serverfixture.h"
#include "store.h"
#include "storelocation.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

class TestServerSchema : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void upgradeFromSchema2();
    void answeredQuestionKept();
    void answersNameKnownQuestions();
    void landlordSegmentValues();

private:
    CliRun run(const QStringList &arguments)
    {
        return runSatisfecit(m_dir.path(), m_fixture.ownerOptions() + arguments);
    }
    bool open(Store &store)
    {
        return store.open(StoreLocation::parse(m_fixture.uri(qEnvironmentVariable("PGUSER"))),
                          Store::OpenMode::ExistingOnly);
    }
    /// The SQLSTATE of statement run as the superuser; empty when it succeeded.
    QString refusal(const QString &statement)
    {
        QSqlQuery query(m_fixture.superuser());
        return query.exec(statement) ? QString() : query.lastError().nativeErrorCode();
    }

    QTemporaryDir m_dir;
    ServerFixture m_fixture;
};

void TestServerSchema::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    QVERIFY2(m_fixture.create(&error, false), qPrintable(error));
    const CliRun init = run({QStringLiteral("server-init")});
    QVERIFY2(init.exitCode == 0, qPrintable(init.err));
    // Two files' worth of chunks: more than one chunk per landlord.
    const QString csv = m_dir.filePath(QStringLiteral("enquete.csv"));
    QVERIFY(writeRespondents(csv, 3000, 1));
    const CliRun import = run({QStringLiteral("import"), csv, QStringLiteral("--year"), QStringLiteral("2024"),
                                QStringLiteral("--scope"), QStringLiteral("Nord")});
    QVERIFY2(import.exitCode == 0, qPrintable(import.err));
}

void TestServerSchema::cleanupTestCase()
{
    m_fixture.drop();
}

void TestServerSchema::upgradeFromSchema2()
{
    Store before;
    QVERIFY2(open(before), qPrintable(before.error().message));
    const QList<WaveInfo> waves = before.waves();
    QCOMPARE(waves.size(), 1);
    const std::optional<WaveData> wave = before.loadWave(waves.front().id);
    QVERIFY2(wave, qPrintable(before.error().message));
    QCOMPARE(int(wave->answers.size()), 29);
    before.close();

    QSqlQuery query(m_fixture.superuser());
    QVERIFY(query.exec(QStringLiteral("SELECT count(*), sum(cardinality(questions)) FROM answer_columns"))
            && query.next());
    const int chunks = query.value(0).toInt();
    QCOMPARE(query.value(1).toInt(), chunks * 29); // every question in every chunk's row
    QVERIFY2(chunks >= 7, qPrintable(QString::number(chunks))); // a chunk per landlord at least
    query.finish();

    QString error;
    QVERIFY2(m_fixture.exec(ServerFixture::tablesAsInSchema2()
                                << QStringLiteral("UPDATE satisfecit.store_meta SET value = '2' "
                                                  "WHERE name = 'schema_version'"),
                            &error),
             qPrintable(error));
    QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM answer_columns")) && query.next());
    QCOMPARE(query.value(0).toInt(), chunks * 29);
    query.finish();
    // The clients refuse the older schema until an administrator upgrades it.
    const CliRun refused = run({QStringLiteral("waves")});
    QCOMPARE(refused.exitCode, 3);
    QVERIFY2(refused.err.contains(QLatin1String("server-init")), qPrintable(refused.err));

    const CliRun init = run({QStringLiteral("server-init")});
    QVERIFY2(init.exitCode == 0, qPrintable(init.err));
    QVERIFY2(init.out.contains(QStringLiteral("(schema %1)").arg(PostgresSchemaVersion)), qPrintable(init.out));
    QVERIFY(query.exec(QStringLiteral("SELECT count(*), sum(cardinality(questions)) FROM answer_columns"))
            && query.next());
    QCOMPARE(query.value(0).toInt(), chunks);
    QCOMPARE(query.value(1).toInt(), chunks * 29);
    query.finish();

    Store after;
    QVERIFY2(open(after), qPrintable(after.error().message));
    QCOMPARE(after.schemaVersion(), PostgresSchemaVersion);
    QVERIFY2(after.verifyWave(waves.front().id), qPrintable(after.error().message));
    const std::optional<WaveData> upgraded = after.loadWave(waves.front().id);
    QVERIFY2(upgraded, qPrintable(after.error().message));
    QCOMPARE(upgraded->weights, wave->weights);
    QCOMPARE(upgraded->landlord, wave->landlord);
    QCOMPARE(upgraded->qpv, wave->qpv);
    QCOMPARE(upgraded->respondentIds, wave->respondentIds);
    QCOMPARE(upgraded->answers.size(), wave->answers.size());
    for (std::size_t c = 0; c < wave->answers.size(); ++c) {
        QCOMPARE(upgraded->answers[c].code, wave->answers[c].code);
        QCOMPARE(upgraded->answers[c].type, wave->answers[c].type);
        QCOMPARE(upgraded->answers[c].values, wave->answers[c].values);
    }
    // A damaged element is still found: its checksum covers its position.
    QVERIFY(query.exec(QStringLiteral("UPDATE answer_columns SET answers[2] = answers[3], "
                                      "checksums[2] = checksums[3], bits[2] = bits[3] "
                                      "WHERE chunk = (SELECT min(chunk) FROM answer_columns)")));
    Store damaged;
    QVERIFY2(open(damaged), qPrintable(damaged.error().message));
    QVERIFY(!damaged.verifyWave(waves.front().id));
    QVERIFY(!damaged.loadWave(waves.front().id));
    QVERIFY2(damaged.error().message.contains(QLatin1String("checksum")), qPrintable(damaged.error().message));
    // Put back for the next tests.
    QVERIFY(query.exec(QStringLiteral("DELETE FROM waves")));
    const QString csv = m_dir.filePath(QStringLiteral("enquete.csv"));
    const CliRun again = run({QStringLiteral("import"), csv, QStringLiteral("--year"), QStringLiteral("2024"),
                                QStringLiteral("--scope"), QStringLiteral("Nord")});
    QVERIFY2(again.exitCode == 0, qPrintable(again.err));
}

void TestServerSchema::answeredQuestionKept()
{
    // The foreign key a row per question had: an answered question is
    // neither deleted nor renamed, as the table's owner or anybody.
    QCOMPARE(refusal(QStringLiteral("DELETE FROM questions WHERE code = 'Q05'")), QStringLiteral("23503"));
    QCOMPARE(refusal(QStringLiteral("UPDATE questions SET code = 'Q05b' WHERE code = 'Q05'")),
             QStringLiteral("23503"));
    // Its labels may change, and a question no wave answers may go.
    QCOMPARE(refusal(QStringLiteral("UPDATE questions SET label_fr = label_fr || ' ' WHERE code = 'Q05'")), QString());
    QSqlQuery query(m_fixture.superuser());
    QVERIFY(query.exec(QStringLiteral("SELECT code FROM questions WHERE NOT EXISTS "
                                      "(SELECT 1 FROM answer_columns WHERE code = ANY (questions)) "
                                      "AND NOT EXISTS (SELECT 1 FROM questions p WHERE p.parent = questions.code) "
                                      "AND NOT EXISTS (SELECT 1 FROM published_figures f WHERE f.question = questions.code) "
                                      "ORDER BY code DESC LIMIT 1"))
            && query.next());
    const QString unanswered = query.value(0).toString();
    query.finish();
    QCOMPARE(refusal(QStringLiteral("DELETE FROM question_options WHERE question = '%1'").arg(unanswered)), QString());
    QCOMPARE(refusal(QStringLiteral("DELETE FROM questions WHERE code = '%1'").arg(unanswered)), QString());
}

void TestServerSchema::answersNameKnownQuestions()
{
    const QString insert = QStringLiteral(
        "INSERT INTO answer_columns (wave_id, chunk, questions, types, bits, answers, checksums, landlord_id) "
        "SELECT id, 9999, ARRAY['Q01', %1], ARRAY['satisfaction4', 'satisfaction4'], ARRAY[8, %2], "
        "ARRAY['\\x01'::bytea, '\\x02'::bytea], ARRAY['\\x'::bytea, '\\x'::bytea], NULL FROM waves");
    // A question the codebook does not have, as a foreign key would refuse it.
    QCOMPARE(refusal(insert.arg(QStringLiteral("'NOPE'"), QStringLiteral("8"))), QStringLiteral("23503"));
    QCOMPARE(refusal(QStringLiteral("UPDATE answer_columns SET questions[1] = 'NOPE' WHERE chunk = 0")),
             QStringLiteral("23503"));
    // Arrays that do not line up, or bits other than 4 and 8.
    QCOMPARE(refusal(insert.arg(QStringLiteral("'Q02', 'Q03'"), QStringLiteral("8"))), QStringLiteral("23514"));
    QCOMPARE(refusal(insert.arg(QStringLiteral("'Q02'"), QStringLiteral("6"))), QStringLiteral("23514"));
    // The same row with known questions is stored (the test's own, removed).
    QCOMPARE(refusal(insert.arg(QStringLiteral("'Q02'"), QStringLiteral("8"))), QString());
    QCOMPARE(refusal(QStringLiteral("DELETE FROM answer_columns WHERE chunk = 9999")), QString());
}

// Each landlord's users read their own values of a segment column
// (step 4): written by the import, and by server-init for a wave without
// them (a store upgraded from schema 3), the same.
void TestServerSchema::landlordSegmentValues()
{
    // Three landlords, two agencies each, a department they share.
    QByteArray csv = "id;bailleur;qpv;agence;departement;Q01\n";
    for (int i = 0; i < 120; ++i)
        csv += "S" + QByteArray::number(i) + ";B" + QByteArray::number(i % 3) + ';' + QByteArray::number(i % 2)
               + ";AG-B" + QByteArray::number(i % 3) + (i % 4 < 2 ? "-est" : "-ouest") + ';'
               + QByteArray::number(59 + i % 2) + ';' + QByteArray::number(1 + i % 4) + '\n';
    const QString path = m_dir.filePath(QStringLiteral("agences.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly) && file.write(csv) == csv.size());
    file.close();
    const CliRun import = run({QStringLiteral("import"), path, QStringLiteral("--year"), QStringLiteral("2025"),
                               QStringLiteral("--scope"), QStringLiteral("Sud")});
    QVERIFY2(import.exitCode == 0, qPrintable(import.err));

    const auto rows = [this]() {
        QSqlQuery query(m_fixture.superuser());
        QStringList all;
        query.exec(QStringLiteral("SELECT l.code, s.position, s.dictionary, encode(s.checksum, 'hex') "
                                  "FROM wave_landlord_segments s JOIN landlords l ON l.id = s.landlord_id "
                                  "JOIN waves w ON w.id = s.wave_id WHERE w.scope = 'Sud' ORDER BY 1, 2"));
        while (query.next())
            all << QStringList{query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                               query.value(3).toString()}
                       .join(QLatin1Char(' '));
        return all;
    };
    const QStringList written = rows();
    QCOMPARE(written.size(), 6); // three landlords, two columns
    // Agencies in the file's order of first appearance: B0-est, B1-est,
    // B2-ouest, B0-ouest, B2-est, B1-ouest.
    QVERIFY2(written[0].startsWith(QLatin1String("B0 0 [\"AG-B0-est\",null,null,\"AG-B0-ouest\",null,null] ")),
             qPrintable(written[0]));
    QVERIFY2(written[1].startsWith(QLatin1String("B0 1 [\"59\",\"60\"] ")), qPrintable(written[1]));
    QVERIFY2(written[2].startsWith(QLatin1String("B1 0 [null,\"AG-B1-est\",null,null,null,\"AG-B1-ouest\"] ")),
             qPrintable(written[2]));
    QVERIFY2(written[4].startsWith(QLatin1String("B2 0 [null,null,\"AG-B2-ouest\",null,\"AG-B2-est\",null] ")),
             qPrintable(written[4]));

    QString error;
    QVERIFY2(m_fixture.exec({QStringLiteral("DELETE FROM satisfecit.wave_landlord_segments WHERE wave_id = "
                                            "(SELECT id FROM satisfecit.waves WHERE scope = 'Sud')")},
                            &error),
             qPrintable(error));
    QCOMPARE(rows().size(), 0);
    const CliRun init = run({QStringLiteral("server-init")});
    QVERIFY2(init.exitCode == 0, qPrintable(init.err));
    QCOMPARE(rows(), written);
}

QTEST_GUILESS_MAIN(TestServerSchema)
#include "tst_serverschema.moc"
