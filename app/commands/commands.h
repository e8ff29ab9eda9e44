#pragma once

#include "commandcontext.h"

#include <optional>

// One function per command of cli.md; options() lists a command's own options.
int runWaves(CommandContext &context);
int runDeleteWave(CommandContext &context);
QList<QCommandLineOption> deleteWaveOptions();
int runImport(CommandContext &context);
QList<QCommandLineOption> importOptions();
int runImportCodebook(CommandContext &context);
int runImportPublished(CommandContext &context);
int runPreview(CommandContext &context);
QList<QCommandLineOption> previewOptions();
int runScores(CommandContext &context);
QList<QCommandLineOption> scoresOptions();
int runTrend(CommandContext &context);
QList<QCommandLineOption> trendOptions();
int runShares(CommandContext &context);
QList<QCommandLineOption> sharesOptions();
int runShareTrend(CommandContext &context);
int runDrivers(CommandContext &context);
QList<QCommandLineOption> driversOptions();
int runRanking(CommandContext &context);
QList<QCommandLineOption> rankingOptions();
int runDemo(CommandContext &context);
QList<QCommandLineOption> demoOptions();
int runChart(CommandContext &context);
QList<QCommandLineOption> chartOptions();
int runDesign(CommandContext &context);
QList<QCommandLineOption> designOptions();
int runReport(CommandContext &context);
QList<QCommandLineOption> reportOptions();
int runWeight(CommandContext &context);
QList<QCommandLineOption> weightOptions();
// servercommands.cpp: a store on a PostgreSQL server.
int runServerInit(CommandContext &context);

// landlordcommands.cpp: report --each-landlord and --peers.
class FigureEngine;
enum class PeerNames;
QList<QCommandLineOption> landlordReportOptions();
/// The --peers option, or fallback; nullopt (message printed) when invalid.
std::optional<PeerNames> peersOption(CommandContext &context, PeerNames fallback);
int runEachLandlord(CommandContext &context, FigureEngine &engine, qint64 waveId);
