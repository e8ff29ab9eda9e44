#pragma once

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>

#include <map>
#include <vector>

class PgPipe;
class WaveSummary;

/// A wave's summary as a landlord's user may read it (security.sql): the
/// landlords' blocks of cells at positions drawn at random when the wave's
/// summary is first written, and every code replaced by its position's
/// pseudonym ("pair-01", …). The positions, kept in wave_peer_positions, stay
/// the same when the summary is written again (a raking, a new design); only
/// satisfecit.my_peer_position() tells a user where its own block is.
namespace PeerSummary {

/// The pseudonym of the landlord at position (0-based) in a peer summary.
QString pseudonym(int position);

/// Writes the peer summary of waveId from the admin's summary blob, in the
/// caller's transaction; bytes that are not a wave summary remove it
/// instead. False with *error when a query fails.
bool write(QSqlDatabase db, qint64 waveId, const QByteArray &summary, QString *error);
/// The same through pipe (binary parameters; nothing else in flight on it).
bool write(PgPipe &pipe, qint64 waveId, const QByteArray &summary, QString *error);

/// A peer summary made, not written yet.
struct Draft
{
    std::vector<qint64> landlordIds; ///< the store's ids of the summary's landlords, in its order
    std::vector<int> positions;      ///< each landlord's position in the peer summary
    QByteArray blob;
    QByteArray checksum;             ///< StoreChecksum::summary(blob)
};

/// The peer summary of summary, whose landlords have the store's ids
/// landlordIds (in the summary's order): at the positions kept (by landlord
/// id) when they are the same landlords, else at a new random draw.
Draft draft(const WaveSummary &summary, const std::vector<qint64> &landlordIds, const std::map<qint64, int> &kept);
/// Writes a draft of waveId through pipe, in the caller's transaction: the
/// statements go one after the other without the client's work in between.
/// replace: the wave may have positions already (a new wave has none).
bool write(PgPipe &pipe, qint64 waveId, const Draft &draft, bool replace, QString *error);

/// For a landlord's user: the wave's peer summary with its own block named
/// ownCode (the others stay pseudonyms); empty with *error on failure, empty
/// without one when the wave has no peer summary.
QByteArray read(QSqlDatabase db, qint64 waveId, const QString &ownCode, QString *error);

} // namespace PeerSummary
