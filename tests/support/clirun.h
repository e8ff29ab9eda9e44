#pragma once

#include <QJsonArray>
#include <QString>
#include <QStringList>

#include <functional>

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
/// offscreen platform. childSetup, when given, runs in the child before the
/// binary starts (e.g. to set a resource limit).
CliRun runSatisfecit(const QString &workDir, const QStringList &arguments, int timeoutMs = 120000,
                     const std::function<void()> &childSetup = {});

/// The JSON array a run printed (--format json); empty, with a warning, when
/// it failed or printed something else.
QJsonArray jsonArrayOf(const CliRun &run);
