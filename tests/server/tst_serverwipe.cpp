// A wave deleted from a server store leaves none of its values in the files
// of the tables that held it (VACUUM FULL after the deletion), read on the
// test server's disk: the relations' files as pg_relation_filepath names
// them, their TOAST tables' too, after a CHECKPOINT. What the server keeps
// anyway (the WAL) is docs/shared-store.md's.
#include "clirun.h"
#include "serverfixture.h"

#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QByteArray Landlords[] = {"BAILLEUR-EFFACE", "AUTRE-BAILLEUR"}; // 2023's
const QByteArray Kept[] = {"BAILLEUR-GARDE", "AUTRE-GARDE"};            // 2022's

// Two landlords, a text segment; ids and values marked by the wave's year.
QByteArray surveyCsv(int year)
{
    QByteArray csv = "id;bailleur;qpv;poids;quartier";
    for (int q = 1; q <= 29; ++q)
        csv += ";Q" + QByteArray::number(q).rightJustified(2, '0');
    csv += '\n';
    for (int i = 0; i < 80; ++i) {
        const QByteArray landlord = year == 2023 ? Landlords[i % 2] : Kept[i % 2];
        csv += "ID" + QByteArray::number(year) + '-' + QByteArray::number(i) + ';' + landlord + ';'
               + QByteArray::number(i % 4 == 0) + ';' + QByteArray::number(0.5 + (i % 7) * 0.25) + ";Quartier-"
               + QByteArray::number(year) + (i % 2 ? "-Nord" : "-Sud");
        for (int q = 1; q <= 29; ++q)
            csv += ';' + QByteArray::number(1 + (i * 7 + q * 3) % 4);
        csv += '\n';
    }
    return csv;
}

QByteArray utf16(const QByteArray &latin1, bool bigEndian)
{
    QByteArray out;
    for (const char c : latin1)
        out += bigEndian ? QByteArray(1, '\0') + c : QByteArray(1, c) + '\0';
    return out;
}

} // namespace

class TestServerWipe : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void deletedWaveLeavesTheFiles();
    void administratorLeavesItToTheOwner();

private:
    CliRun run(const QStringList &arguments)
    {
        return runSatisfecit(m_dir.path(), m_fixture.ownerOptions() + arguments);
    }
    /// The bytes of the files of every table of the store, and of their
    /// TOAST tables, on the server's disk, after a checkpoint; *files: their paths.
    QByteArray storeFiles(QStringList *files);

    QTemporaryDir m_dir;
    ServerFixture m_fixture;
};

void TestServerWipe::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    QVERIFY2(m_fixture.create(&error, false), qPrintable(error));
    const CliRun init = run({QStringLiteral("server-init")});
    QVERIFY2(init.exitCode == 0, qPrintable(init.err));
    for (int year : {2022, 2023}) {
        QFile file(m_dir.filePath(QStringLiteral("enquete%1.csv").arg(year)));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(surveyCsv(year));
        file.close();
        const CliRun import = run({QStringLiteral("import"), file.fileName(), QStringLiteral("--year"),
                                   QString::number(year)});
        QVERIFY2(import.exitCode == 0, qPrintable(import.err));
    }
}

void TestServerWipe::cleanupTestCase()
{
    m_fixture.drop();
}

QByteArray TestServerWipe::storeFiles(QStringList *files)
{
    QSqlQuery query(m_fixture.superuser());
    if (!query.exec(QStringLiteral("CHECKPOINT")) || !query.exec(QStringLiteral("SHOW data_directory")) || !query.next())
        return {};
    const QDir data(query.value(0).toString());
    if (!query.exec(QStringLiteral("SELECT pg_relation_filepath(c.oid), pg_relation_filepath(NULLIF(c.reltoastrelid, 0)) "
                                   "FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                                   "WHERE n.nspname = 'satisfecit' AND c.relkind = 'r'")))
        return {};
    QByteArray all;
    while (query.next()) {
        for (int column : {0, 1}) {
            if (query.value(column).isNull())
                continue;
            QFile file(data.filePath(query.value(column).toString()));
            if (!file.open(QIODevice::ReadOnly))
                return {};
            *files << file.fileName();
            all += file.readAll();
        }
    }
    return all;
}

void TestServerWipe::deletedWaveLeavesTheFiles()
{
    // What the wave of 2023 left in the store: its respondents' pseudonyms,
    // its landlords' codes (text and UTF-16 in the summaries), a segment value.
    QSqlQuery query(m_fixture.superuser());
    QVERIFY(query.exec(QStringLiteral("SELECT r.ids FROM respondents r JOIN waves w ON w.id = r.wave_id "
                                      "WHERE w.year = 2023")));
    QList<QByteArray> markers;
    while (query.next())
        markers << query.value(0).toString().section(QLatin1Char('\n'), 0, 0).toLatin1();
    QCOMPARE(markers.size(), 2); // a chunk per landlord
    for (const QByteArray &code : Landlords)
        markers << code << utf16(code, false) << utf16(code, true);
    markers << QByteArray("Quartier-2023-Nord");
    for (const QByteArray &marker : markers)
        QVERIFY2(marker.size() >= 14, marker.constData());

    QStringList before;
    const QByteArray stored = storeFiles(&before);
    QVERIFY(before.size() > 10);
    for (const QByteArray &marker : markers) // the test can fail
        QVERIFY2(stored.contains(marker), marker.constData());
    QVERIFY(stored.contains("Quartier-2022-Nord"));

    const CliRun deleted = run({QStringLiteral("delete-wave"), QStringLiteral("2023")});
    QVERIFY2(deleted.exitCode == 0, qPrintable(deleted.err));
    QVERIFY2(deleted.err.isEmpty(), qPrintable(deleted.err));
    QStringList after;
    const QByteArray left = storeFiles(&after);
    QVERIFY(after.size() == before.size());
    for (const QByteArray &marker : markers)
        QVERIFY2(!left.contains(marker), marker.constData());
    // The other wave is still there, and the old files are gone (or empty
    // until the checkpoint unlinks them).
    QVERIFY(left.contains("Quartier-2022-Nord"));
    for (const QString &path : std::as_const(before))
        if (!after.contains(path))
            QVERIFY2(!QFile::exists(path) || QFileInfo(path).size() == 0, qPrintable(path));
    QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM waves")) && query.next());
    QCOMPARE(query.value(0).toInt(), 1);
}

// An administrator is not the tables' owner and may not rewrite them: its
// deletion leaves the rows' bytes (no warning printed) until the owner's
// maintenance of docs/shared-store.md runs.
void TestServerWipe::administratorLeavesItToTheOwner()
{
    const QString admin = m_fixture.prefix() + QStringLiteral("adm");
    const QString password = QStringLiteral("pw-wipe-1");
    QString error;
    // server-user add, as the owner (the password set afterwards, in clear: a test role).
    QVERIFY2(m_fixture.exec({QStringLiteral("SELECT satisfecit.add_user('%1', NULL, NULL)").arg(admin),
                             QStringLiteral("ALTER ROLE %1 PASSWORD '%2'").arg(admin, password)},
                            &error),
             qPrintable(error));
    // Autovacuum, when it comes, may cut an emptied table's file short:
    // held off here, so that what the deletion itself leaves is seen.
    QSqlQuery query(m_fixture.superuser());
    QVERIFY(query.exec(QStringLiteral("SELECT tablename FROM pg_tables WHERE schemaname = 'satisfecit'")));
    QStringList noAutovacuum;
    while (query.next())
        noAutovacuum << QStringLiteral("ALTER TABLE satisfecit.%1 SET (autovacuum_enabled = false, "
                                       "toast.autovacuum_enabled = false)").arg(query.value(0).toString());
    QVERIFY2(m_fixture.exec(noAutovacuum, &error), qPrintable(error));
    QVERIFY(query.exec(QStringLiteral("SELECT r.ids FROM respondents r")) && query.next());
    const QByteArray pseudonym = query.value(0).toString().section(QLatin1Char('\n'), 0, 0).toLatin1();
    QVERIFY(pseudonym.size() > 10);
    QStringList files;
    QVERIFY(storeFiles(&files).contains(pseudonym));

    qputenv("PGPASSWORD", password.toUtf8());
    const QByteArray passFile = qgetenv("PGPASSFILE");
    qunsetenv("PGPASSFILE");
    const CliRun deleted = runSatisfecit(m_dir.path(), {QStringLiteral("--db"), m_fixture.uri(admin),
                                                        QStringLiteral("delete-wave"), QStringLiteral("2022")});
    qunsetenv("PGPASSWORD");
    qputenv("PGPASSFILE", passFile);
    QVERIFY2(deleted.exitCode == 0, qPrintable(deleted.err));
    QVERIFY2(deleted.err.isEmpty(), qPrintable(deleted.err));
    QVERIFY(storeFiles(&files).contains(pseudonym));

    // The owner's maintenance, as docs/shared-store.md gives it, once no
    // session holds a snapshot from before the deletion (other tests' CREATE
    // DATABASE on this server hold every database's back for a moment).
    QVERIFY(query.exec(QStringLiteral("SELECT (txid_current() % 4294967296)::text")) && query.next());
    const QString now = query.value(0).toString();
    QTRY_VERIFY_WITH_TIMEOUT(
        query.exec(QStringLiteral("SELECT NOT EXISTS (SELECT 1 FROM pg_stat_activity WHERE pid <> pg_backend_pid() "
                                  "AND backend_xmin IS NOT NULL AND age(backend_xmin) > age('%1'::xid))")
                       .arg(now))
            && query.next() && query.value(0).toBool(),
        20000);
    QVERIFY2(m_fixture.exec({QStringLiteral(
                                "VACUUM (FULL) satisfecit.waves, satisfecit.respondents, satisfecit.answer_columns, "
                                "satisfecit.segment_codes, satisfecit.segment_columns, satisfecit.wave_summaries, "
                                "satisfecit.wave_weightings, satisfecit.wave_landlords, satisfecit.landlords, "
                                "satisfecit.published_figures, satisfecit.wave_peer_summaries, "
                                "satisfecit.wave_peer_positions, satisfecit.wave_landlord_segments")},
                            &error),
             qPrintable(error));
    QVERIFY(!storeFiles(&files).contains(pseudonym));
}

QTEST_GUILESS_MAIN(TestServerWipe)
#include "tst_serverwipe.moc"
