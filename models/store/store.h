#pragma once

#include "codebook.h"
#include "serveraccess.h"
#include "storedialect.h"
#include "storelocation.h"
#include "storetypes.h"
#include "wavedata.h"
#include "waveweighting.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <memory>
#include <optional>

class Pseudonymiser;
class QSqlError;
class QSqlQuery;
class StoreWatchdog;

/// The gateway to a Satisfecit store, the one interface the importer, the
/// figure engine, the item models, the filter bar and the commands use: it
/// owns a named connection and is the only place SQL is written. The store
/// is an SQLite file (the embedded default) or a database on a PostgreSQL
/// server (StoreLocation); what the two do differently is in their
/// StoreDialect (sqlitedialect.h, postgres/postgresdialect.h).
///
/// open() refuses, without touching the file, anything that is not a store it
/// can use: not SQLite, corrupt, or written by a newer version. It creates a
/// new store with the built-in codebook and upgrades an older one, keeping a
/// copy of the file first. On a server it creates or upgrades the tables
/// only in OpenMode::CreateOrUpgrade (the server-init command).
class Store
{
public:
    Store();
    ~Store();
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    static constexpr int SchemaVersion = 8;

    /// $SATISFECIT_DB, else satisfecit.sqlite in the user's data folder.
    static QString defaultPath();

    /// CreateIfMissing: a missing file (and its folder) becomes a new store;
    /// ExistingOnly: a missing or empty file is refused, nothing is created;
    /// CreateOrUpgrade: as CreateIfMissing, and on a server creates or
    /// upgrades the tables (which the other modes refuse to do there).
    using OpenMode = StoreDialect::OpenMode;
    /// location: a file's path, or a server's URI or keywords (StoreLocation).
    bool open(const QString &location, OpenMode mode = OpenMode::CreateIfMissing);
    bool open(const StoreLocation &location, OpenMode mode = OpenMode::CreateIfMissing);
    void close();
    bool isOpen() const { return m_db.isOpen(); }
    /// The file's path, or the server's URI (without a password).
    QString path() const { return m_location.toString(); }
    const StoreLocation &location() const { return m_location; }
    /// The file's name, or "database on host", for titles and messages.
    QString displayName() const;
    bool isServer() const { return m_location.isServer(); }
    /// On a server, what the connected user is, as the server said when the
    /// store opened (security.sql): an administrator (also the store's
    /// owner), or a landlord's user, who reads its own landlord's
    /// respondents, the region and anonymous peers only. Admin for a file.
    SessionRole::Kind sessionRole() const { return m_session.kind; }
    /// The landlord whose user is connected; empty for administrators and files.
    QString sessionLandlord() const
    {
        return m_session.kind == SessionRole::Kind::Landlord ? m_session.landlordCode : QString();
    }
    const StoreError &error() const { return m_error; }
    /// A trivial query through the connection (the window's health check of
    /// a server store): false, with error() saying why (Unavailable when the
    /// server went away), when it fails. The connection is not reopened:
    /// QPSQL does not reconnect, a new Store must be opened. With a
    /// watchdog (a server store), it never waits for a server that stopped
    /// answering: the watchdog's word is taken, and no query is sent while
    /// the connection is idle with nothing come from the server.
    bool checkConnection() const;
    /// What watches the server of a server store (postgres/storewatchdog.h);
    /// null for a file, or while closed.
    const StoreWatchdog *watchdog() const { return m_dialect ? m_dialect->watchdog() : nullptr; }
    /// The first damage a read found (a row whose checksum does not match,
    /// or stored data of the wrong shape), naming the wave; null if none.
    /// Kept until the store is closed, so that a command whose figures
    /// skipped a damaged wave still fails with it.
    const StoreError &damage() const { return m_damage; }
    int schemaVersion() const;
    /// Path of the copy kept before the last upgrade, or empty (also when
    /// the upgrade pseudonymised respondent ids: that copy held them in
    /// clear, and is overwritten and removed once the upgrade succeeded).
    QString lastBackupPath() const { return m_backupPath; }

    // Codebook
    Codebook codebook() const;
    /// The codebook into *codebook; false, with error() saying why, when it
    /// could not be read (a server gone away), rather than an empty one.
    bool readCodebook(Codebook *codebook) const;
    /// Adds or updates the questions, all or none.
    bool saveQuestions(const Codebook &questions);

    // Waves
    QList<WaveInfo> waves() const;
    std::optional<WaveInfo> wave(qint64 id) const;
    std::optional<WaveInfo> waveBySha256(const QString &sha256) const;
    std::optional<WaveInfo> waveByYearAndScope(int year, const QString &scope) const;
    /// Writes a whole wave in one transaction (WaveWriter writes one chunk by
    /// chunk), replacing the wave replacedId
    /// in the same transaction when it is not 0, and first saving the
    /// questions of newQuestions when given. Returns the new id, or 0.
    qint64 insertWave(const WaveInfo &info, const WaveData &data, const QByteArray &summary,
                      qint64 replacedId = 0, const Codebook *newQuestions = nullptr);
    /// Deletes the wave and leaves none of its values in the file's bytes
    /// (secure_delete, then the WAL checkpointed and truncated).
    bool deleteWave(qint64 id);
    /// The pseudonym the store gives a respondent id (what loadWave()'s
    /// respondentIds hold): the same id, the same pseudonym in every wave.
    QString respondentPseudonym(const QString &id) const;
    /// How many respondents of wave a have an id also in wave b.
    int sharedRespondents(qint64 a, qint64 b) const;
    /// The wave's respondents, with its raked weights when it has been
    /// raked (storeweighting.cpp), else, or with fileWeights, the file's.
    std::optional<WaveData> loadWave(qint64 id, bool fileWeights = false) const;
    /// The summary blob; empty when there is none, or when it or the wave's
    /// row is damaged (then error() and damage() say so).
    QByteArray waveSummary(qint64 id) const;
    /// Changes a wave's sample design (survey-files.md §5): its stratum
    /// column, empty for none. The wave's figures follow at once.
    bool setWaveStrata(qint64 id, const QString &column);
    /// Reads the whole wave and its summary, checking them; false (see
    /// damage()) when any of it is damaged.
    bool verifyWave(qint64 id) const;
    bool saveWaveSummary(qint64 id, const QByteArray &summary);
    /// Landlord codes in use by the wave, in the wave's own order.
    QStringList landlordCodes(qint64 waveId) const;
    /// The wave's segment columns and their values, without the per-respondent codes.
    std::vector<WaveData::SegmentColumn> segmentColumns(qint64 waveId) const;
    /// Respondents per dictionary value of the wave's segment column.
    std::vector<int> segmentValueCounts(qint64 waveId, const QString &column) const;

    // Weighting (storeweighting.cpp)
    std::optional<WaveWeighting> weighting(qint64 waveId) const;
    /// Records the wave's raking and its summary rebuilt with the raked
    /// weights, in one transaction.
    bool saveWeighting(qint64 waveId, const WaveWeighting &weighting, const QByteArray &summary);
    /// Back to the file's weights: forgets the raking, saves the summary.
    bool clearWeighting(qint64 waveId, const QByteArray &summary);

    // Published figures
    /// Adds the figures, replacing any with the same year, scope, code,
    /// segment and option; all or none.
    bool savePublishedFigures(const QList<PublishedFigure> &figures);
    QList<PublishedFigure> publishedFigures(const QString &code = QString()) const;

    /// A landlord's user of a server store: what its landlord's groups'
    /// errors need of the whole wave (landlorddesign.h), as the
    /// administrator's client wrote it; empty when there is none (not
    /// needed, or not a landlord's user).
    QByteArray landlordDesign(qint64 waveId) const;
    /// On a server store: writes every wave's landlord designs again, and
    /// the landlords' segment dictionaries of the waves that have none
    /// (server-init, after an upgrade from a store without them).
    bool refreshLandlordDesigns();

    /// Removes every wave and published figure marked as demo data.
    bool deleteDemoData();

    /// For tests of transaction handling only.
    QSqlDatabase database() const { return m_db; }

    /// What WaveWriter writes through (wavesession.cpp): a wave in one
    /// transaction, chunk by chunk, as the backend stores them.
    class WaveSession;

private:
    bool fail(StoreError::Kind kind, const QString &message) const;
    bool failQuery(const QSqlQuery &query) const;
    bool failSql(const QSqlError &error) const;
    /// A COMMIT that failed, as failSql(); otherwise, when given, the message
    /// for a failure that is not a lost server. A server lost during the
    /// COMMIT may have committed: the user is told to check, not that
    /// nothing changed.
    bool failCommit(const QSqlError &error, const QString &otherwise = QString()) const;
    bool migrate(int from);
    bool exec(const QString &sql) const;
    WaveInfo waveFromQuery(const QSqlQuery &query) const;
    std::optional<WaveInfo> findWave(const QString &where, const QVariant &a,
                                     const QVariant &b = QVariant()) const;
    bool writeQuestions(const Codebook &questions);
    // Shape and checksum checks of the stored data (storechecks.cpp).
    bool failDamaged(const WaveInfo &wave, const QString &detail) const;
    bool checkWaveRow(qint64 waveId) const;
    bool checkWaveRow(const WaveInfo &wave, const QStringList &landlordCodes,
                      const std::vector<qint64> &blobIndex) const;
    bool checkRespondentValues(const WaveInfo &wave, const WaveData &data) const;
    bool checkAnswerValues(const WaveInfo &wave, const WaveData &data) const;
    bool checkSegmentValues(const WaveInfo &wave, const WaveData &data) const;
    bool readSegmentColumns(const WaveInfo &wave, std::vector<WaveData::SegmentColumn> *columns) const;
    bool writeWaveSummary(qint64 waveId, const QByteArray &summary);
    bool deleteWaveRows(qint64 waveId);
    qint64 landlordId(const QString &code);
    // A server's user (storesession.cpp)
    bool learnSession();
    QByteArray peerSummary(qint64 waveId) const;
    bool writePeerSummary(qint64 waveId, const QByteArray &summary);
    std::optional<std::vector<double>> ownRakedWeights(qint64 waveId) const;
    /// Every landlord's LandlordDesign of the wave, for its users (an
    /// administrator's client on a secured server store; none needed: the
    /// wave's rows removed).
    bool writeLandlordDesigns(qint64 waveId);
    /// Each landlord's segment dictionaries of the wave (landlordsegments.h),
    /// from its answers; only for a wave that has none yet.
    bool writeLandlordSegments(qint64 waveId);
    // Personal data (storeprivacy.cpp)
    bool pseudonymiseStoredIds();
    bool loadPseudonymKey();
    void wipeFreedPages() const;
    static void removeCopy(const QString &path);

    QString m_connectionName;
    QSqlDatabase m_db;
    StoreLocation m_location;
    std::unique_ptr<StoreDialect> m_dialect;
    QString m_backupPath;
    std::unique_ptr<Pseudonymiser> m_pseudonymiser;
    SessionRole m_session;
    bool m_secured = false; ///< a server store whose security step ran (security.sql)
    mutable StoreError m_error;
    mutable StoreError m_damage;
};
