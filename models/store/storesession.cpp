// What a store on a server reads differently for a landlord's user
// (security.sql): the server gives that user its own landlord's chunks, an
// anonymous peer summary instead of the wave's summary, and its own
// respondents' raked weights. Administrators and files read everything.
#include "store.h"

#include "peersummary.h"
#include "transactionguard.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <QtEndian>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Store", text);
}

} // namespace

bool Store::learnSession()
{
    m_session = {SessionRole::Kind::Admin, {}};
    if (!isServer())
        return true;
    QSqlQuery query(m_db);
    // A store whose security step has not run yet (server-init creates the
    // tables first): no roles to learn, the server's own grants apply.
    if (!query.exec(QStringLiteral("SELECT to_regprocedure('satisfecit.session_role()') IS NOT NULL"))
        || !query.next())
        return failQuery(query);
    m_secured = query.value(0).toBool();
    if (!m_secured)
        return true;
    ServerAccess access(m_db);
    const std::optional<SessionRole> role = access.sessionRole();
    if (!role)
        return fail(access.error().kind == ServerAccessError::Kind::NotAllowed ? StoreError::Kind::Forbidden
                                                                               : StoreError::Kind::Unavailable,
                    access.error().message);
    if (role->kind == SessionRole::Kind::None)
        return fail(StoreError::Kind::Forbidden,
                    tr("this user is not one of the users of the store %1; an administrator of the store adds it "
                       "with: satisfecit server-user add")
                        .arg(m_location.displayName()));
    m_session = *role;
    return true;
}

QByteArray Store::peerSummary(qint64 waveId) const
{
    QString error;
    const QByteArray blob = PeerSummary::read(m_db, waveId, m_session.landlordCode, &error);
    if (blob.isEmpty() && !error.isEmpty()) {
        if (const std::optional<WaveInfo> info = wave(waveId))
            failDamaged(*info, error);
    }
    return blob;
}

bool Store::writePeerSummary(qint64 waveId, const QByteArray &summary)
{
    // Only a store whose security step ran has landlords' users to write it for.
    if (!isServer() || !m_secured)
        return true;
    QString error;
    if (!PeerSummary::write(m_db, waveId, summary, &error)) {
        // Its failed statement aborted the transaction: rolled back before
        // the callers' queries free their prepared statements.
        TransactionGuard::rollbackOpen(m_db);
        // The server gone: said as for any other statement.
        QSqlQuery probe(m_db);
        if (!m_db.isOpen() || !probe.exec(QStringLiteral("SELECT 1")))
            return failSql(probe.lastError());
        return fail(StoreError::Kind::Failed, tr("the wave's summary for landlords could not be written (%1)").arg(error.simplified()));
    }
    return true;
}

std::optional<std::vector<double>> Store::ownRakedWeights(qint64 waveId) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT weights FROM satisfecit.my_raked_weights(?)"));
    query.addBindValue(waveId);
    if (!query.exec() || !query.next() || query.value(0).isNull())
        return std::nullopt;
    const QByteArray blob = query.value(0).toByteArray();
    std::vector<double> weights(std::size_t(blob.size()) / sizeof(double));
    for (std::size_t i = 0; i < weights.size(); ++i)
        weights[i] = qFromLittleEndian<double>(blob.constData() + i * sizeof(double));
    return weights;
}
