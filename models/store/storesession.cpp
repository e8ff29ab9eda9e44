// What a store on a server reads differently for a landlord's user
// (security.sql): the server gives that user its own landlord's chunks, an
// anonymous peer summary instead of the wave's summary, and its own
// respondents' raked weights. Administrators and files read everything.
#include "store.h"

#include "landlorddesign.h"
#include "landlordsegments.h"
#include "peersummary.h"
#include "pgpipe.h"
#include "storechecksum.h"
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
    return writeLandlordDesigns(waveId);
}

bool Store::writeLandlordDesigns(qint64 waveId)
{
    if (!isServer() || !m_secured || m_session.kind != SessionRole::Kind::Admin)
        return true;
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("DELETE FROM wave_landlord_designs WHERE wave_id = ?"));
    query.addBindValue(waveId);
    if (!query.exec())
        return failQuery(query);
    const std::optional<WaveInfo> info = wave(waveId);
    const std::optional<WaveWeighting> weighting = this->weighting(waveId);
    if (!info || !needsLandlordDesigns(info->strata, weighting ? &*weighting : nullptr))
        return true;
    // Only a wave raked or stratified by a segment column reads its answers
    // again here (a plain import does not).
    const std::optional<WaveData> data = loadWave(waveId);
    if (!data)
        return m_error.kind != StoreError::Kind::None
            || fail(StoreError::Kind::Failed, tr("the wave's design for landlords could not be written"));
    const Codebook book = codebook();
    const std::vector<LandlordDesign> designs =
        landlordDesigns(*data, info->strata, weighting ? &*weighting : nullptr, &book);
    query.prepare(QStringLiteral("INSERT INTO wave_landlord_designs (wave_id, landlord_id, data, checksum) "
                                 "SELECT ?, id, ?, ? FROM landlords WHERE code = ?"));
    for (std::size_t l = 0; l < designs.size(); ++l) {
        const QByteArray blob = designs[l].serialize();
        query.addBindValue(waveId);
        query.addBindValue(blob);
        query.addBindValue(StoreChecksum::summary(blob));
        query.addBindValue(data->landlordCodes.at(qsizetype(l)));
        if (!query.exec())
            return failQuery(query);
    }
    return true;
}

bool Store::refreshLandlordDesigns()
{
    // server-init may have just run the security step: the session again.
    if (isServer() && !learnSession())
        return false;
    if (!isServer() || !m_secured || m_session.kind != SessionRole::Kind::Admin)
        return true;
    TransactionGuard transaction(m_db);
    if (!transaction.isActive())
        return failSql(m_db.lastError());
    for (const WaveInfo &w : waves())
        if (!writeLandlordDesigns(w.id) || !writeLandlordSegments(w.id))
            return false;
    return transaction.commit() || failSql(transaction.error());
}

bool Store::writeLandlordSegments(qint64 waveId)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT EXISTS (SELECT 1 FROM wave_landlord_segments WHERE wave_id = ?), "
                                 "EXISTS (SELECT 1 FROM segment_columns WHERE wave_id = ?)"));
    query.addBindValue(waveId);
    query.addBindValue(waveId);
    if (!query.exec() || !query.next())
        return failQuery(query);
    if (query.value(0).toBool() || !query.value(1).toBool())
        return true;
    query.finish();
    const std::optional<WaveData> data = loadWave(waveId);
    if (!data)
        return m_error.kind != StoreError::Kind::None
            || fail(StoreError::Kind::Failed, tr("the landlords' segment values could not be written"));
    std::vector<qint64> ids;
    for (const QString &code : data->landlordCodes) {
        const qint64 id = landlordId(code);
        if (id <= 0)
            return m_error.kind != StoreError::Kind::None
                || fail(StoreError::Kind::Failed, tr("the landlords' segment values could not be written"));
        ids.push_back(id);
    }
    PgPipe pipe(m_db);
    if (!LandlordSegments::write(pipe, waveId, ids, LandlordSegments::usedByLandlord(*data), data->segments)
        || !pipe.wait())
        return failSql(pipe.error());
    return true;
}

QByteArray Store::landlordDesign(qint64 waveId) const
{
    if (m_session.kind != SessionRole::Kind::Landlord)
        return {};
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT data, checksum FROM wave_landlord_designs WHERE wave_id = ? "
                                 "AND landlord_id = satisfecit.my_landlord_id()"));
    query.addBindValue(waveId);
    if (!query.exec() || !query.next())
        return {};
    const QByteArray blob = query.value(0).toByteArray();
    if (query.value(1).toByteArray() != StoreChecksum::summary(blob)) {
        if (const std::optional<WaveInfo> info = wave(waveId))
            failDamaged(*info, tr("its design for landlords does not match its checksum"));
        return {};
    }
    return blob;
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
