// What a landlord's user can read on a server store, asked of the server
// itself with raw SQL (QPSQL and psql): every relation and function the
// catalog says it may read or call, so that a table added later is covered.
// What it reads of the other landlords in aggregate: tst_serverpeerdata.
#include "securitydata.h"
#include "serveraccess.h"
#include "serverfixture.h"

#include <QProcess>

#include <cstring>
#include <QSqlError>
#include <QSqlField>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using namespace SecurityData;

namespace {

const QString Password = QStringLiteral("mot de passe é 1");

QByteArray cellBytes(const QVariant &value)
{
    return value.typeId() == QMetaType::QByteArray ? value.toByteArray() : value.toString().toUtf8();
}


} // namespace

class TestServerSecurity : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void sessionRoles();
    void everyReadableRelation();
    void everyCallableFunction();
    void psqlOverEveryRelation();
    void waveChecksumUnreadable();
    void ownDataVisible();
    void noWrites();
    void adminFunctionsRefused();
    void unregisteredMemberSeesNothing();
    void adminSeesEverything();
    void removedUserCannotConnect();

private:
    QString user(const char *name) const { return m_fixture.prefix() + QLatin1String(name); }

    ServerFixture m_fixture;
    QList<qint64> m_waves;
    QSqlDatabase m_alice;
    qint64 m_ownId = 0;
    QList<qint64> m_otherIds;
    QList<QByteArray> m_waveChecksums; // hash every landlord's code: never shown to alice
};

void TestServerSecurity::initTestCase()
{
    QString error;
    QVERIFY2(m_fixture.create(&error), qPrintable(error));
    QVERIFY2(fill(m_fixture.superuser(), &m_waves, &error), qPrintable(error));
    QSqlQuery query(m_fixture.superuser());
    QVERIFY(query.exec(QStringLiteral("SELECT id, code FROM landlords")));
    while (query.next()) {
        if (query.value(1).toString() == OwnCode)
            m_ownId = query.value(0).toLongLong();
        else
            m_otherIds << query.value(0).toLongLong();
    }
    QCOMPARE(m_otherIds.size(), 2);
    QVERIFY(query.exec(QStringLiteral("SELECT checksum FROM waves ORDER BY id")));
    while (query.next())
        m_waveChecksums << query.value(0).toByteArray();
    QCOMPARE(m_waveChecksums.size(), 2);
    for (const QByteArray &checksum : std::as_const(m_waveChecksums))
        QCOMPARE(checksum.size(), 32);

    ServerAccess owner(m_fixture.superuser());
    QVERIFY2(owner.addUser(user("alice"), OwnCode, Password), qPrintable(owner.error().message));
    QVERIFY2(owner.addUser(user("bob"), OtherCodes[0], Password), qPrintable(owner.error().message));
    QVERIFY2(owner.addUser(user("admin"), QString(), Password), qPrintable(owner.error().message));
    // The password never reaches the server in clear: a SCRAM verifier.
    QVERIFY(query.exec(QStringLiteral("SELECT rolpassword FROM pg_authid WHERE rolname = '%1'").arg(user("alice"))));
    QVERIFY(query.next());
    QVERIFY(query.value(0).toString().startsWith(QLatin1String("SCRAM-SHA-256$4096:")));

    m_alice = m_fixture.connectAs(QStringLiteral("alice"), user("alice"), Password);
    QVERIFY2(m_alice.isOpen(), qPrintable(m_alice.lastError().text()));
}

void TestServerSecurity::cleanupTestCase()
{
    m_alice = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("alice"));
    m_fixture.drop();
}

void TestServerSecurity::sessionRoles()
{
    const std::optional<SessionRole> alice = ServerAccess(m_alice).sessionRole();
    QVERIFY(alice);
    QCOMPARE(alice->kind, SessionRole::Kind::Landlord);
    QCOMPARE(alice->landlordCode, OwnCode);
    {
        QSqlDatabase admin = m_fixture.connectAs(QStringLiteral("admin"), user("admin"), Password);
        QVERIFY(admin.isOpen());
        const std::optional<SessionRole> role = ServerAccess(admin).sessionRole();
        QVERIFY(role);
        QCOMPARE(role->kind, SessionRole::Kind::Admin);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("admin"));
    // SET ROLE to the group changes nothing; to the admins' group is refused.
    QSqlQuery query(m_alice);
    QVERIFY(query.exec(QStringLiteral("SET ROLE satisfecit_landlord")));
    QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM landlords")) && query.next());
    QCOMPARE(query.value(0).toInt(), 1);
    QVERIFY(query.exec(QStringLiteral("RESET ROLE")));
    QVERIFY(!query.exec(QStringLiteral("SET ROLE satisfecit_admin")));
    QCOMPARE(query.lastError().nativeErrorCode(), QStringLiteral("42501"));
}

void TestServerSecurity::everyReadableRelation()
{
    const QList<Relation> relations = readableRelations(m_alice);
    QStringList inStore;
    for (const Relation &r : relations)
        if (r.schema == QLatin1String("satisfecit"))
            inStore << r.name;
    // Not a vacuous pass: the user reads the store's region-wide and own tables…
    for (const char *table : {"respondents", "answer_columns", "segment_codes", "landlords", "wave_landlords",
                              "waves", "questions", "published_figures", "wave_peer_summaries",
                              "wave_landlord_designs", "segment_columns", "wave_landlord_segments"})
        QVERIFY2(inStore.contains(QLatin1String("satisfecit.") + QLatin1String(table)), table);
    // …and not these, at all.
    for (const char *table : {"wave_summaries", "store_secrets", "server_users", "wave_peer_positions"})
        QVERIFY2(!inStore.contains(QLatin1String("satisfecit.") + QLatin1String(table)), table);
    // Of the raking, whether there is one: not the margins, not the weights.
    for (const Relation &r : relations)
        if (r.name == QLatin1String("satisfecit.wave_weightings"))
            QCOMPARE(r.columns, QStringList({QStringLiteral("wave_id"), QStringLiteral("margins_file"),
                                             QStringLiteral("margins_sha256")}));
    // Of the segment columns, their names: not their dictionaries, which
    // name every landlord's agencies (its own values: wave_landlord_segments).
    for (const Relation &r : relations)
        if (r.name == QLatin1String("satisfecit.segment_columns"))
            QCOMPARE(r.columns.join(QLatin1Char(',')), QStringLiteral("wave_id,\"position\",name")); // quote_ident
    // Of the waves, every column but the checksum.
    for (const Relation &r : relations)
        if (r.name == QLatin1String("satisfecit.waves"))
            QCOMPARE(r.columns.join(QLatin1Char(',')), QStringLiteral("id,year,scope,source_file,sha256,imported_at,"
                                                                      "respondent_count,is_demo,strata,notes"));
    QVERIFY2(relations.size() > 100, "the catalogs are read too");

    int cells = 0;
    const QString problem = scanRelations(m_alice, relations, m_ownId, &cells, m_waveChecksums);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QVERIFY(cells > 1000);

    // The scan sees the dictionaries: granted, they show another landlord's agency.
    QString error;
    QVERIFY2(m_fixture.exec({QStringLiteral("GRANT SELECT (dictionary) ON satisfecit.segment_columns "
                                            "TO satisfecit_landlord")},
                            &error),
             qPrintable(error));
    const QString granted = scanRelations(m_alice, readableRelations(m_alice), m_ownId, &cells, m_waveChecksums);
    QVERIFY2(m_fixture.exec({QStringLiteral("REVOKE SELECT (dictionary) ON satisfecit.segment_columns "
                                            "FROM satisfecit_landlord")},
                            &error),
             qPrintable(error));
    QVERIFY2(granted.startsWith(QLatin1String("satisfecit.segment_columns shows")), qPrintable(granted));
    // Its own agency, and nothing of the others', in its own row.
    QSqlQuery query(m_alice);
    QVERIFY(query.exec(QStringLiteral("SELECT dictionary FROM wave_landlord_segments")));
    int rows = 0;
    while (query.next()) {
        QCOMPARE(query.value(0).toString(), QStringLiteral("[\"Agence du Lac\",null,null]"));
        ++rows;
    }
    QCOMPARE(rows, 2); // one per wave
}

void TestServerSecurity::everyCallableFunction()
{
    QSqlQuery query(m_alice);
    QVERIFY(query.exec(QStringLiteral(
        "SELECT quote_ident(n.nspname) || '.' || quote_ident(p.proname), "
        "array_to_string(p.proargtypes::regtype[]::text[], ','), p.proretset FROM pg_proc p "
        "JOIN pg_namespace n ON n.oid = p.pronamespace "
        "WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') AND p.prokind = 'f' "
        "AND has_function_privilege(p.oid, 'EXECUTE') ORDER BY 1")));
    QStringList called;
    // Arguments a curious user would try: every wave, other landlords, users.
    QVariantList bigints = {0, -1};
    for (qint64 w : m_waves)
        bigints << w;
    for (qint64 id : m_otherIds)
        bigints << id;
    const QVariantList texts = {OwnCode, OtherCodes[0], OtherCodes[1], user("bob"), QString()};
    while (query.next()) {
        const QString function = query.value(0).toString();
        const QStringList types = query.value(1).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
        called << function.section(QLatin1Char('.'), -1);
        QList<QVariantList> argumentSets = {{}};
        for (const QString &type : types) {
            const QVariantList *values = type == QLatin1String("bigint") || type == QLatin1String("integer")
                                             ? &bigints
                                         : type == QLatin1String("text") ? &texts
                                                                         : nullptr;
            QVERIFY2(values, qPrintable(function + QStringLiteral(": add arguments of type ") + type));
            QList<QVariantList> next;
            for (const QVariantList &set : argumentSets)
                for (const QVariant &v : *values)
                    next << (QVariantList(set) << v);
            argumentSets = next;
        }
        for (const QVariantList &arguments : argumentSets) {
            QSqlQuery call(m_alice);
            QStringList marks(arguments.size(), QStringLiteral("?"));
            call.prepare(QStringLiteral("SELECT * FROM %1(%2)").arg(function, marks.join(QStringLiteral(", "))));
            for (const QVariant &v : arguments)
                call.addBindValue(v);
            QVERIFY2(call.exec(), qPrintable(function + QStringLiteral(": ") + call.lastError().text()));
            while (call.next())
                for (int c = 0; c < call.record().count(); ++c)
                    QVERIFY2(findSecret(cellBytes(call.value(c))).isEmpty(), qPrintable(function));
        }
    }
    // The store's own functions a landlord's user may call, and nothing else.
    called.sort();
    QCOMPARE(called, QStringList({QStringLiteral("i_am_admin"), QStringLiteral("my_landlord_code"),
                                  QStringLiteral("my_landlord_id"), QStringLiteral("my_peer_position"),
                                  QStringLiteral("my_raked_weights"), QStringLiteral("session_role")}));
}

void TestServerSecurity::psqlOverEveryRelation()
{
    // psql as the user, enumerating on its own (\gexec) every relation the
    // catalog lets it select; bytea comes out as hex, which findSecret knows.
    QProcess psql;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PGUSER"), user("alice"));
    env.insert(QStringLiteral("PGPASSWORD"), Password);
    env.insert(QStringLiteral("PGDATABASE"), m_fixture.databaseName());
    env.remove(QStringLiteral("PGPASSFILE"));
    psql.setProcessEnvironment(env);
    psql.start(QStringLiteral("psql"), {QStringLiteral("-X"), QStringLiteral("-A"), QStringLiteral("-t"),
                                        QStringLiteral("-w"), QStringLiteral("-f"), QStringLiteral("-")});
    QVERIFY(psql.waitForStarted());
    psql.write("SELECT 'relations: ' || count(*) FROM pg_class c WHERE c.relkind IN ('r','v','m','f','p') "
               "AND has_table_privilege(c.oid, 'SELECT');\n"
               // Every column it may select (some tables are granted column by column).
               "SELECT format('SELECT %s FROM %I.%I', string_agg(quote_ident(a.attname), ', ' ORDER BY a.attnum), "
               "n.nspname, c.relname) FROM pg_class c "
               "JOIN pg_namespace n ON n.oid = c.relnamespace JOIN pg_attribute a ON a.attrelid = c.oid "
               "WHERE c.relkind IN ('r','v','m','f','p') AND a.attnum > 0 AND NOT a.attisdropped "
               "AND has_column_privilege(c.oid, a.attnum, 'SELECT') GROUP BY n.nspname, c.relname ORDER BY 1 \\gexec\n"
               "SELECT * FROM satisfecit.session_role();\n");
    psql.closeWriteChannel();
    QVERIFY(psql.waitForFinished(120000));
    const QByteArray out = psql.readAllStandardOutput();
    QVERIFY2(out.contains("landlord|" + OwnCode.toUtf8()), out.right(300).constData());
    QVERIFY2(out.contains("OWNID-1"), "the user's own respondents are in the output");
    QVERIFY2(out.contains("enquete.csv|sha2022|"), "the waves' rows are in the output");
    const QByteArray secret = findSecret(out, m_waveChecksums);
    QVERIFY2(secret.isEmpty(), secret.constData());
}

// The wave row's checksum hashes every landlord's code in the wave's order
// with what the user reads (year, scope, respondents): it would confirm a
// guess of the landlord list, so it is closed to the user, asked whichever way.
void TestServerSecurity::waveChecksumUnreadable()
{
    for (const QString &statement : {QStringLiteral("SELECT checksum FROM satisfecit.waves"),
                                     QStringLiteral("SELECT * FROM satisfecit.waves"),
                                     QStringLiteral("SELECT w FROM satisfecit.waves w"),
                                     QStringLiteral("SELECT id FROM satisfecit.waves WHERE checksum = '\\x00'"),
                                     QStringLiteral("SELECT to_jsonb(w) FROM satisfecit.waves w")}) {
        QSqlQuery query(m_alice);
        QVERIFY2(!query.exec(statement), qPrintable(statement));
        QVERIFY2(query.lastError().nativeErrorCode() == QLatin1String("42501"),
                 qPrintable(statement + QStringLiteral(": ") + query.lastError().text()));
    }
    QSqlQuery query(m_alice);
    QVERIFY(query.exec(QStringLiteral("SELECT id, year, respondent_count FROM satisfecit.waves")) && query.next());
    QCOMPARE(query.value(2).toInt(), 90);

    // The same with psql.
    QProcess psql;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PGUSER"), user("alice"));
    env.insert(QStringLiteral("PGPASSWORD"), Password);
    env.insert(QStringLiteral("PGDATABASE"), m_fixture.databaseName());
    env.remove(QStringLiteral("PGPASSFILE"));
    psql.setProcessEnvironment(env);
    psql.start(QStringLiteral("psql"), {QStringLiteral("-X"), QStringLiteral("-A"), QStringLiteral("-t"),
                                        QStringLiteral("-w"), QStringLiteral("-c"),
                                        QStringLiteral("SELECT encode(checksum, 'hex') FROM satisfecit.waves")});
    QVERIFY(psql.waitForFinished(60000));
    const QByteArray out = psql.readAllStandardOutput(), err = psql.readAllStandardError();
    QCOMPARE(psql.exitCode(), 1);
    QVERIFY2(err.contains("permission denied for table waves"), err.constData());
    QVERIFY2(findSecret(out + err, m_waveChecksums).isEmpty(), out.constData());

    // A store secured by an older server-init (the whole table granted):
    // server-init closes the column again.
    QString error;
    QVERIFY2(m_fixture.exec({QStringLiteral("GRANT SELECT ON satisfecit.waves TO satisfecit_landlord")}, &error),
             qPrintable(error));
    QVERIFY(query.exec(QStringLiteral("SELECT checksum FROM satisfecit.waves ORDER BY id")) && query.next());
    QCOMPARE(query.value(0).toByteArray(), m_waveChecksums.value(0)); // the test can fail
    ServerAccess owner(m_fixture.superuser());
    QVERIFY2(owner.applySecurity(), qPrintable(owner.error().message));
    QVERIFY(!query.exec(QStringLiteral("SELECT checksum FROM satisfecit.waves")));
    QCOMPARE(query.lastError().nativeErrorCode(), QStringLiteral("42501"));
    QVERIFY(query.exec(QStringLiteral("SELECT year FROM satisfecit.waves")) && query.next());
}

void TestServerSecurity::ownDataVisible()
{
    QSqlQuery query(m_alice);
    QVERIFY(query.exec(QStringLiteral("SELECT code, name FROM landlords")) && query.next());
    QCOMPARE(query.value(0).toString(), OwnCode);
    QCOMPARE(query.value(1).toString(), QStringLiteral("Mon Habitat"));
    QVERIFY(!query.next());
    for (const char *table : {"respondents", "segment_codes", "wave_landlords", "wave_landlord_designs"}) {
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))) && query.next());
        QCOMPARE(query.value(0).toInt(), 2); // one row per wave
    }
    // Three questions per wave, a chunk's columns in one row.
    QVERIFY(query.exec(QStringLiteral("SELECT count(*), sum(cardinality(questions)) FROM answer_columns")) && query.next());
    QCOMPARE(query.value(0).toInt(), 2);
    QCOMPARE(query.value(1).toInt(), 6);
    QVERIFY(query.exec(QStringLiteral("SELECT segment FROM published_figures ORDER BY 1")));
    QStringList segments;
    while (query.next())
        segments << query.value(0).toString();
    QCOMPARE(segments, QStringList({OwnCode, OwnCode, QStringLiteral("ensemble"), QStringLiteral("ensemble"),
                                    QStringLiteral("qpv"), QStringLiteral("qpv")}));
    QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM waves")) && query.next());
    QCOMPARE(query.value(0).toInt(), 2);
}

void TestServerSecurity::noWrites()
{
    QSqlQuery tables(m_fixture.superuser());
    QVERIFY(tables.exec(QStringLiteral("SELECT quote_ident(tablename), (SELECT quote_ident(attname) FROM pg_attribute "
                                       "WHERE attrelid = ('satisfecit.' || quote_ident(tablename))::regclass "
                                       "AND attnum = 1) FROM pg_tables WHERE schemaname = 'satisfecit'")));
    int count = 0;
    while (tables.next()) {
        ++count;
        const QString table = QStringLiteral("satisfecit.") + tables.value(0).toString();
        const QString column = tables.value(1).toString();
        for (const QString &statement : {QStringLiteral("INSERT INTO %1 DEFAULT VALUES").arg(table),
                                         QStringLiteral("UPDATE %1 SET %2 = %2").arg(table, column),
                                         QStringLiteral("DELETE FROM %1").arg(table),
                                         QStringLiteral("TRUNCATE %1 CASCADE").arg(table)}) {
            QSqlQuery query(m_alice);
            QVERIFY2(!query.exec(statement), qPrintable(statement));
            QVERIFY2(query.lastError().nativeErrorCode() == QLatin1String("42501"),
                     qPrintable(statement + QStringLiteral(": ") + query.lastError().text()));
        }
    }
    QVERIFY(count >= 17);
    QSqlQuery query(m_alice);
    QVERIFY(!query.exec(QStringLiteral("CREATE TABLE satisfecit.mine (x int)")));
    QVERIFY(!query.exec(QStringLiteral("CREATE TABLE public.mine (x int)")));
}

void TestServerSecurity::adminFunctionsRefused()
{
    ServerAccess alice(m_alice);
    QVERIFY(!alice.users());
    QCOMPARE(alice.error().kind, ServerAccessError::Kind::NotAllowed);
    QVERIFY(!alice.addUser(user("mallory"), QString(), Password));
    QCOMPARE(alice.error().kind, ServerAccessError::Kind::NotAllowed);
    QVERIFY(!alice.removeUser(user("bob")));
    QCOMPARE(alice.error().kind, ServerAccessError::Kind::NotAllowed);
    QVERIFY(!alice.applySecurity());
    QCOMPARE(alice.error().kind, ServerAccessError::Kind::NotAllowed);
}

void TestServerSecurity::unregisteredMemberSeesNothing()
{
    // A member of the group that server-user did not record (granted by hand,
    // or a user of another store on the same cluster) reads no row.
    QString error;
    QVERIFY2(m_fixture.exec({QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD 'eve-pw' IN ROLE satisfecit_landlord")
                                 .arg(user("eve"))},
                            &error),
             qPrintable(error));
    {
        QSqlDatabase eve = m_fixture.connectAs(QStringLiteral("eve"), user("eve"), QStringLiteral("eve-pw"));
        QVERIFY2(eve.isOpen(), qPrintable(eve.lastError().text()));
        QCOMPARE(ServerAccess(eve).sessionRole()->kind, SessionRole::Kind::None);
        for (const Relation &r : readableRelations(eve)) {
            if (r.schema != QLatin1String("satisfecit") || r.name == QLatin1String("satisfecit.store_meta"))
                continue;
            QSqlQuery query(eve);
            QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM %1").arg(r.name)) && query.next());
            QVERIFY2(query.value(0).toInt() == 0, qPrintable(r.name));
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("eve"));
}

void TestServerSecurity::adminSeesEverything()
{
    {
        QSqlDatabase admin = m_fixture.connectAs(QStringLiteral("admin2"), user("admin"), Password);
        QVERIFY(admin.isOpen());
        QSqlQuery query(admin);
        for (const auto &[table, rows] : {std::pair{"landlords", 3}, std::pair{"respondents", 6},
                                          std::pair{"wave_summaries", 2}, std::pair{"published_figures", 8},
                                          std::pair{"store_secrets", 1}, std::pair{"wave_landlord_designs", 6}}) {
            QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))) && query.next());
            QCOMPARE(query.value(0).toInt(), rows);
        }
        ServerAccess access(admin);
        const std::optional<QList<ServerUser>> users = access.users();
        QVERIFY2(users, qPrintable(access.error().message));
        QCOMPARE(users->size(), 3);
        QCOMPARE(users->at(1).name, user("alice"));
        QCOMPARE(users->at(1).landlordCode, OwnCode);
        QVERIFY(users->at(0).isAdmin);
        // Bad requests are told apart from refusals.
        QVERIFY(!access.addUser(user("alice"), OwnCode, Password));
        QCOMPARE(access.error().kind, ServerAccessError::Kind::Invalid);
        QVERIFY(!access.addUser(user("carol"), QStringLiteral("NO-SUCH"), Password));
        QCOMPARE(access.error().kind, ServerAccessError::Kind::Invalid);
        QVERIFY(access.error().message.contains(QLatin1String("NO-SUCH")));
        QVERIFY(!access.addUser(QStringLiteral("satisfecit_x"), OwnCode, Password));
        QCOMPARE(access.error().kind, ServerAccessError::Kind::Invalid);
        QVERIFY(!access.addUser(QStringLiteral("Robert'); DROP TABLE x;--"), OwnCode, Password));
        QCOMPARE(access.error().kind, ServerAccessError::Kind::Invalid);
        QVERIFY(!access.removeUser(user("admin")));
        QCOMPARE(access.error().kind, ServerAccessError::Kind::Invalid);
        QVERIFY(!access.removeUser(QStringLiteral("postgres")));
        QCOMPARE(access.error().kind, ServerAccessError::Kind::Invalid);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("admin2"));
}

void TestServerSecurity::removedUserCannotConnect()
{
    QSqlDatabase open = m_fixture.connectAs(QStringLiteral("bob-open"), user("bob"), Password);
    QVERIFY(open.isOpen());
    {
        QSqlQuery query(open);
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM respondents")) && query.next());
        QCOMPARE(query.value(0).toInt(), 2);
    }
    {
        QSqlDatabase admin = m_fixture.connectAs(QStringLiteral("admin3"), user("admin"), Password);
        ServerAccess access(admin);
        QVERIFY2(access.removeUser(user("bob")), qPrintable(access.error().message));
        QCOMPARE(access.users()->size(), 2);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("admin3"));
    {
        // A session still open reads nothing more.
        QSqlQuery query(open);
        QVERIFY(!query.exec(QStringLiteral("SELECT count(*) FROM satisfecit.respondents")));
        QCOMPARE(query.lastError().nativeErrorCode(), QStringLiteral("42501"));
    }
    open.close();
    open = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("bob-open"));
    {
        QSqlDatabase bob = m_fixture.connectAs(QStringLiteral("bob"), user("bob"), Password);
        QVERIFY(!bob.isOpen());
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bob"));
}

QTEST_GUILESS_MAIN(TestServerSecurity)
#include "tst_serversecurity.moc"
