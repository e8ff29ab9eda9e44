#pragma once

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>

class PgPipe;

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

/// For a landlord's user: the wave's peer summary with its own block named
/// ownCode (the others stay pseudonyms); empty with *error on failure, empty
/// without one when the wave has no peer summary.
QByteArray read(QSqlDatabase db, qint64 waveId, const QString &ownCode, QString *error);

} // namespace PeerSummary
