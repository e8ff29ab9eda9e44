#pragma once

#include <QJsonArray>
#include <QString>
#include <QStringList>

/// What one run of the satisfecit binary printed and returned.
struct CliRun
{
    int exitCode = -1; ///< -1: did not start or timed out; -2: crashed
    QString out;
    QString err;
};

/// Runs the real satisfecit binary (SATISFECIT_BINARY) with arguments, in
/// workDir, with a private home under workDir: it must neither read nor write
/// the user's settings or default store. No $SATISFECIT_DB, C.UTF-8 locale,
/// offscreen platform.
CliRun runSatisfecit(const QString &workDir, const QStringList &arguments, int timeoutMs = 120000);

/// The JSON array a run printed (--format json); empty, with a warning, when
/// it failed or printed something else.
QJsonArray jsonArrayOf(const CliRun &run);
