#include "serveraccess.h"

#include "peersummary.h"
#include "pgsecurity.h"
#include "scramverifier.h"
#include "transactionguard.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ServerAccess", text);
}

// The server's own message without libpq's "ERROR:" prefix and the
// "satisfecit: " that security.sql puts before its own messages.
QString serverMessage(const QSqlError &error)
{
    QString text = error.databaseText().trimmed();
    if (text.isEmpty())
        text = error.text().trimmed();
    for (const QLatin1String prefix : {QLatin1String("ERROR:"), QLatin1String("FATAL:")})
        if (text.startsWith(prefix))
            text = text.mid(prefix.size()).trimmed();
    if (text.startsWith(QLatin1String("satisfecit: ")))
        text = text.mid(12);
    const qsizetype context = text.indexOf(QLatin1String("\nCONTEXT:"));
    return context < 0 ? text : text.left(context).trimmed();
}

} // namespace

ServerAccess::ServerAccess(QSqlDatabase db)
    : m_db(std::move(db))
{
}

ServerAccessError::Kind ServerAccess::kindOf(const QSqlError &error)
{
    const QString state = error.nativeErrorCode();
    if (state == QLatin1String("42501")) // insufficient_privilege
        return ServerAccessError::Kind::NotAllowed;
    static const QStringList invalid = {
        QStringLiteral("22023"), // invalid_parameter_value
        QStringLiteral("42939"), // reserved_name
        QStringLiteral("42710"), // duplicate_object
        QStringLiteral("P0002"), // no_data_found
        QStringLiteral("42704"), // undefined_object
        QStringLiteral("55006"), // object_in_use
        QStringLiteral("2BP01"), // dependent_objects_still_exist
    };
    return invalid.contains(state) ? ServerAccessError::Kind::Invalid : ServerAccessError::Kind::Failed;
}

bool ServerAccess::fail(const QSqlError &error)
{
    if (kindOf(error) == ServerAccessError::Kind::NotAllowed)
        return fail(ServerAccessError::Kind::NotAllowed,
                    tr("the server refuses it to this user (%1)").arg(serverMessage(error)));
    return fail(kindOf(error), serverMessage(error));
}

bool ServerAccess::fail(ServerAccessError::Kind kind, const QString &message)
{
    m_error = {kind, message};
    return false;
}

bool ServerAccess::isServer()
{
    m_error = {};
    if (!m_db.isOpen() || m_db.driverName() != QLatin1String("QPSQL"))
        return fail(ServerAccessError::Kind::NotAServer,
                    tr("this works on a server store only (--db postgresql://…), not on a file"));
    return true;
}

bool ServerAccess::applySecurity()
{
    if (!isServer())
        return false;
    const QStringList statements = postgresSecurityStatements();
    if (statements.isEmpty())
        return fail(ServerAccessError::Kind::Failed, tr("the security statements are missing from this build"));
    if (!m_db.transaction())
        return fail(m_db.lastError());
    QSqlQuery query(m_db);
    // "already exists, skipping" and the like are expected on every run after the first.
    query.exec(QStringLiteral("SET LOCAL client_min_messages TO warning"));
    // Two server-init at once: the second waits, then finds the work done.
    query.exec(QStringLiteral("SELECT pg_advisory_xact_lock(hashtext('satisfecit security'))"));
    for (const QString &statement : statements) {
        if (!query.exec(statement)) {
            const QSqlError error = query.lastError();
            m_db.rollback();
            return fail(error);
        }
    }
    if (!m_db.commit()) {
        const QSqlError error = m_db.lastError();
        m_db.rollback();
        return fail(error);
    }
    return true;
}

int ServerAccess::writeMissingPeerSummaries()
{
    if (!isServer())
        return -1;
    // A guard, so that a statement failing in PeerSummary::write rolls back
    // before that function's queries are gone (TransactionGuard::rollbackOpen).
    TransactionGuard transaction(m_db);
    if (!transaction.isActive()) {
        fail(m_db.lastError());
        return -1;
    }
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT s.wave_id, s.data FROM satisfecit.wave_summaries s WHERE NOT EXISTS "
                                   "(SELECT 1 FROM satisfecit.wave_peer_summaries p WHERE p.wave_id = s.wave_id)"))) {
        fail(query.lastError());
        return -1;
    }
    QList<QPair<qint64, QByteArray>> missing;
    while (query.next())
        missing.append({query.value(0).toLongLong(), query.value(1).toByteArray()});
    for (const auto &[wave, summary] : missing) {
        QString error;
        if (!PeerSummary::write(m_db, wave, summary, &error)) {
            fail(ServerAccessError::Kind::Failed, error);
            return -1;
        }
    }
    if (!transaction.commit()) {
        fail(transaction.error());
        return -1;
    }
    return int(missing.size());
}

std::optional<SessionRole> ServerAccess::sessionRole()
{
    if (!isServer())
        return std::nullopt;
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT role, landlord_code FROM satisfecit.session_role()")) || !query.next()) {
        fail(query.lastError());
        return std::nullopt;
    }
    SessionRole role;
    const QString kind = query.value(0).toString();
    role.kind = kind == QLatin1String("admin")      ? SessionRole::Kind::Admin
                : kind == QLatin1String("landlord") ? SessionRole::Kind::Landlord
                                                    : SessionRole::Kind::None;
    role.landlordCode = query.value(1).toString();
    return role;
}

bool ServerAccess::addUser(const QString &name, const QString &landlordCode, const QString &password)
{
    if (!isServer())
        return false;
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT satisfecit.add_user(?, ?, ?)"));
    query.addBindValue(name);
    query.addBindValue(landlordCode.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(landlordCode));
    query.addBindValue(password.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                          : QVariant(scramSha256Verifier(password)));
    if (!query.exec())
        return failUser(query.lastError(), name, landlordCode);
    return true;
}

bool ServerAccess::failUser(const QSqlError &error, const QString &name, const QString &landlordCode)
{
    // The server's reasons, in the user's language.
    const QString state = error.nativeErrorCode();
    if (state == QLatin1String("42501"))
        return fail(ServerAccessError::Kind::NotAllowed, tr("only an administrator of the store manages its users"));
    if (state == QLatin1String("22023"))
        return fail(ServerAccessError::Kind::Invalid,
                    tr("invalid user name \"%1\": lower-case letters, digits, _ . and - (at most 63)").arg(name));
    if (state == QLatin1String("42939"))
        return fail(ServerAccessError::Kind::Invalid, tr("the name \"%1\" is reserved").arg(name));
    if (state == QLatin1String("42710"))
        return fail(ServerAccessError::Kind::Invalid, tr("a role named \"%1\" already exists on the server").arg(name));
    if (state == QLatin1String("P0002"))
        return fail(ServerAccessError::Kind::Invalid,
                    tr("no wave holds the landlord \"%1\": import a wave with it first").arg(landlordCode));
    if (state == QLatin1String("42704"))
        return fail(ServerAccessError::Kind::Invalid, tr("no user named \"%1\" in this store").arg(name));
    if (state == QLatin1String("55006"))
        return fail(ServerAccessError::Kind::Invalid, tr("you cannot remove yourself"));
    return fail(error);
}

bool ServerAccess::removeUser(const QString &name)
{
    if (!isServer())
        return false;
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT satisfecit.remove_user(?)"));
    query.addBindValue(name);
    if (!query.exec())
        return failUser(query.lastError(), name, QString());
    return true;
}

std::optional<QList<ServerUser>> ServerAccess::users()
{
    if (!isServer())
        return std::nullopt;
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT user_name, role, landlord_code, can_login FROM satisfecit.list_users()"))) {
        failUser(query.lastError(), QString(), QString());
        return std::nullopt;
    }
    QList<ServerUser> list;
    while (query.next())
        list.append({query.value(0).toString(), query.value(1).toString() == QLatin1String("admin"),
                     query.value(2).toString(), query.value(3).toBool()});
    return list;
}
