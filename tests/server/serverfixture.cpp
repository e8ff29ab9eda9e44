#include "serverfixture.h"

#include "pgtables.h"
#include "serveraccess.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QVariant>

namespace {

QString env(const char *name)
{
    return qEnvironmentVariable(name);
}

} // namespace

ServerFixture::ServerFixture()
{
    const QString tag = QStringLiteral("%1_%2").arg(QCoreApplication::applicationPid())
                            .arg(QRandomGenerator::global()->bounded(100000));
    m_database = QStringLiteral("store_") + tag;
    m_prefix = QStringLiteral("u") + tag + QLatin1Char('_');
    m_connection = QStringLiteral("fixture_") + tag;
}

ServerFixture::~ServerFixture()
{
    drop();
}

QSqlDatabase ServerFixture::connect(const QString &connectionName, const QString &database, const QString &user,
                                    const QString &password)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
    db.setHostName(env("PGHOST"));
    db.setPort(env("PGPORT").toInt());
    db.setDatabaseName(database);
    db.setUserName(user);
    if (!password.isEmpty())
        db.setPassword(password);
    db.setConnectOptions(QStringLiteral("connect_timeout=5"));
    if (db.open()) {
        QSqlQuery query(db);
        query.exec(QStringLiteral("SET search_path TO satisfecit"));
    }
    return db;
}

QSqlDatabase ServerFixture::superuser() const
{
    return QSqlDatabase::database(m_connection);
}

bool ServerFixture::exec(const QStringList &statements, QString *error) const
{
    QSqlQuery query(superuser());
    for (const QString &statement : statements) {
        if (!query.exec(statement)) {
            *error = statement.left(80) + QStringLiteral(": ") + query.lastError().text();
            return false;
        }
    }
    return true;
}

QStringList ServerFixture::ownerOptions() const
{
    return {QStringLiteral("--db"), uri(env("PGUSER")), QStringLiteral("--lang"), QStringLiteral("en")};
}

QStringList ServerFixture::tablesAsInSchema2()
{
    return {
        QStringLiteral("DROP TABLE satisfecit.wave_landlord_segments"),
        QStringLiteral("ALTER TABLE satisfecit.answer_columns RENAME TO answer_columns_v3"),
        QStringLiteral("ALTER INDEX satisfecit.answer_columns_pkey RENAME TO answer_columns_v3_pkey"),
        QStringLiteral("ALTER INDEX satisfecit.answer_columns_landlord RENAME TO answer_columns_v3_landlord"),
        QStringLiteral("CREATE TABLE satisfecit.answer_columns ("
                       "wave_id BIGINT NOT NULL REFERENCES satisfecit.waves(id) ON DELETE CASCADE, "
                       "question TEXT NOT NULL REFERENCES satisfecit.questions(code), chunk INTEGER NOT NULL, "
                       "position INTEGER NOT NULL, type TEXT NOT NULL, bits INTEGER NOT NULL CHECK (bits IN (4, 8)), "
                       "answers BYTEA NOT NULL, checksum BYTEA NOT NULL DEFAULT '\\x', "
                       "landlord_id BIGINT REFERENCES satisfecit.landlords(id), PRIMARY KEY (wave_id, question, chunk))"),
        QStringLiteral("INSERT INTO satisfecit.answer_columns SELECT c.wave_id, a.question, c.chunk, a.n - 1, a.type, "
                       "a.bits, a.answers, a.checksum, c.landlord_id FROM satisfecit.answer_columns_v3 c, "
                       "unnest(c.questions, c.types, c.bits, c.answers, c.checksums) WITH ORDINALITY "
                       "AS a (question, type, bits, answers, checksum, n)"),
        QStringLiteral("DROP TABLE satisfecit.answer_columns_v3"),
        QStringLiteral("DROP FUNCTION satisfecit.answer_columns_questions_exist()"),
        QStringLiteral("DROP FUNCTION satisfecit.questions_keep_answered() CASCADE"),
        QStringLiteral("CREATE INDEX answer_columns_landlord ON satisfecit.answer_columns (landlord_id)"),
    };
}

bool ServerFixture::create(QString *error, bool withTables)
{
    if (env("PGHOST").isEmpty() || env("PGUSER").isEmpty()) {
        *error = QStringLiteral("PGHOST/PGUSER unset: run through ctest (fixture \"postgresql\")");
        return false;
    }
    {
        const QString admin = m_connection + QStringLiteral("_admin");
        {
            QSqlDatabase db = connect(admin, env("PGDATABASE"), env("PGUSER"), QString());
            QSqlQuery query(db);
            if (!db.isOpen() || !query.exec(QStringLiteral("CREATE DATABASE ") + m_database)) {
                *error = QStringLiteral("cannot create the test database: ")
                         + (db.isOpen() ? query.lastError().text() : db.lastError().text());
                return false;
            }
        }
        QSqlDatabase::removeDatabase(admin);
    }
    QSqlDatabase db = connect(m_connection, m_database, env("PGUSER"), QString());
    if (!db.isOpen()) {
        *error = db.lastError().text();
        return false;
    }
    if (!withTables)
        return true;
    QStringList tables = {QStringLiteral("CREATE SCHEMA satisfecit"), QStringLiteral("SET search_path TO satisfecit")};
    for (int version = 1; version <= PostgresSchemaVersion; ++version)
        tables << postgresTablesStep(version);
    tables << QStringLiteral("INSERT INTO store_meta (name, value) VALUES ('schema_version', '%1')")
                  .arg(PostgresSchemaVersion);
    if (!exec(tables, error))
        return false;
    for (int run = 0; run < 2; ++run) {
        ServerAccess access(db);
        if (!access.applySecurity()) {
            *error = QStringLiteral("security step, run %1: %2").arg(run + 1).arg(access.error().message);
            return false;
        }
    }
    return true;
}

void ServerFixture::drop()
{
    if (!QSqlDatabase::contains(m_connection))
        return;
    QSqlDatabase::removeDatabase(m_connection);
    const QString admin = m_connection + QStringLiteral("_drop");
    {
        QSqlDatabase db = connect(admin, env("PGDATABASE"), env("PGUSER"), QString());
        QSqlQuery query(db);
        query.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_database));
        query.exec(QStringLiteral("SELECT rolname FROM pg_roles WHERE rolname LIKE '%1%%'").arg(m_prefix));
        QStringList roles;
        while (query.next())
            roles << query.value(0).toString();
        for (const QString &role : roles)
            query.exec(QStringLiteral("DROP ROLE IF EXISTS \"%1\"").arg(role));
    }
    QSqlDatabase::removeDatabase(admin);
}

QString ServerFixture::uri(const QString &user) const
{
    return QStringLiteral("postgresql://%1@%2:%3/%4")
        .arg(user, QString::fromLatin1(QUrl::toPercentEncoding(env("PGHOST"))), env("PGPORT"), m_database);
}
