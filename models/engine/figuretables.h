#pragma once

#include "drivers.h"
#include "figureengine.h"
#include "ranking.h"
#include "shares.h"
#include "trend.h"

#include <QSet>
#include <QString>

#include <vector>

/// One question across the waves of a store for one group: computed points
/// (too-small ones kept, see TrendPoint::sufficient()) and published ones.
/// The one computation the trend command, the trend item model and the
/// exports read (issue #12: one figures layer).
struct TrendTable
{
    QString segment;               ///< the published figures' segment name, or empty
    std::vector<TrendPoint> points;
    QSet<QString> illustrative;    ///< "year|scope" of illustrative published points

    bool isIllustrative(const TrendPoint &p) const
    {
        return p.published && illustrative.contains(QStringLiteral("%1|%2").arg(p.year).arg(p.scope));
    }
};

/// One sentence naming a wave's sample design, for method notes and
/// footnotes (survey-files.md §5).
QString designNote(const WaveInfo &wave);

/// The published figures' segment of a filter: ensemble, qpv, hors_qpv or a
/// landlord; empty when none applies (a segment value, a landlord and QPV).
QString publishedSegment(const GroupFilter &filter);

/// Every filter applies, the segment too: a wave where the group is absent
/// has no point, and the next wave is not tested against an older one.
TrendTable trendTable(FigureEngine &engine, const QString &code, const GroupFilter &filter);

/// The driver analysis of a group of a wave (every filter applies): the one
/// computation the Levers page's model and the `drivers` command read;
/// nullopt when the wave, landlord or segment value is not there.
std::optional<DriverAnalysis> driverTable(FigureEngine &engine, qint64 waveId, const GroupFilter &filter);

/// The landlords of a wave ranked on one question (code; empty: the global
/// question) within the filter's QPV and segment value (its landlord is
/// ignored: every landlord is ranked): the one computation the Landlords
/// page's model and the `ranking` command read. An empty ranking when the
/// wave or the question is not there.
Ranking rankingTable(FigureEngine &engine, qint64 waveId, const GroupFilter &filter, const QString &code);

/// One satisfaction question's four answers as shares of a group.
struct DistributionRow
{
    QString code;
    QString label;
    ShareFigure shares; ///< a raked wave's errors know its calibration
};

/// Every satisfaction question's distribution over a group (every filter
/// applies), codebook order: what the distribution model shows and, one
/// question at a time, `shares --code Q` prints (waveShares()). Empty when
/// the wave, landlord or segment value is not there. language: of the labels.
std::vector<DistributionRow> distributionTable(FigureEngine &engine, qint64 waveId, const GroupFilter &filter,
                                               const QString &language);
