#pragma once

#include "calibrateddesign.h"
#include "codebook.h"
#include "landlorddesign.h"
#include "storetypes.h"
#include "wavedata.h"
#include "wavesummary.h"
#include "weightingreport.h"

#include <QHash>
#include <QList>

#include <map>
#include <memory>
#include <optional>
#include <tuple>
#include <vector>

class Store;
struct DriverAnalysis;
struct Ranking;

/// Which respondents of a wave a figure covers: a landlord (empty: all),
/// QPV or not (nullopt: both), and a value of a segment column.
struct GroupFilter
{
    QString landlord;
    std::optional<bool> qpv;
    QString segmentColumn;    ///< empty: no segment
    QString segmentValue;

    bool needsRespondents() const { return !segmentColumn.isEmpty(); }
};

/// Serves the figures of the waves in a store: reads each wave's summary once
/// (rebuilding it from the answers when it is missing or outdated), and its
/// respondents only when a segment needs them. Owned by the GUI thread, like
/// the store.
class FigureEngine
{
public:
    explicit FigureEngine(Store *store = nullptr);

    void setStore(Store *store);
    Store *store() const { return m_store; }
    /// Forgets everything read: call after an import or a deletion.
    void invalidate();

    const Codebook &codebook();
    const QList<WaveInfo> &waves();
    std::optional<WaveInfo> wave(qint64 id);
    /// The latest wave (of that year when year > 0; of that scope when given).
    std::optional<WaveInfo> latestWave(int year = 0, const QString &scope = QString());
    /// The latest earlier wave of the same scope.
    std::optional<WaveInfo> previousWave(const WaveInfo &wave);
    const QList<PublishedFigure> &publishedFigures();

    const WaveSummary *summary(qint64 waveId);
    const WaveData *waveData(qint64 waveId);

    /// The sums of every question of the wave's summary over a group, in the
    /// summary's question order; nullopt when the landlord or segment is not
    /// in the wave.
    std::optional<std::vector<CrossSums>> groupSums(qint64 waveId, const GroupFilter &filter);
    /// The same group minus the landlord: the rest of the wave, for "a
    /// landlord vs the rest". Not defined with a segment.
    std::optional<std::vector<CrossSums>> restSums(qint64 waveId, const GroupFilter &filter);

    /// The wave's stratum column (survey-files.md §5), empty without strata.
    QString strata(qint64 waveId);
    /// Strata the summary cannot give (not the landlord): figures of the
    /// wave then come from groupSums()/restSums(), not from the summary.
    bool needsRawStrata(qint64 waveId);

    /// For a raked wave, the standard errors of every question's score over
    /// the group (rest: the rest of the wave without the filter's landlord)
    /// that know the calibration, in the summary's question order (NaN for
    /// other types); nullopt for a wave with its file's weights
    /// (figureenginecalibration.cpp).
    std::optional<std::vector<double>> calibratedScoreSe(qint64 waveId, const GroupFilter &filter, bool rest = false);
    /// The same for one question's score (its index in the summary).
    std::optional<double> calibratedQuestionSe(qint64 waveId, const GroupFilter &filter, int question);
    /// For a raked wave, the standard errors of the shares of question's
    /// answers over the group (proportions, index 0 = answer 1:
    /// CalibratedDesign::shareSe()); nullopt for a wave with its file's weights.
    std::optional<std::vector<double>> calibratedShareSe(qint64 waveId, const GroupFilter &filter, int question,
                                                         bool rest = false);
    /// A raked wave's ranking, made within filter's QPV filter and segment
    /// value, with the errors and landlord-vs-rest tests of its calibrated
    /// design (calibrateRanking()); unchanged for a wave with its file's weights.
    void calibrate(Ranking &ranking, qint64 waveId, const GroupFilter &filter);
    /// A raked wave's drivers over filter's group with their scores'
    /// calibrated errors (calibrateDrivers()); unchanged otherwise.
    void calibrate(DriverAnalysis &analysis, qint64 waveId, const GroupFilter &filter);
    /// The report of a raked wave's weighting (reads the file's weights
    /// from the store); nullopt for a wave with its file's weights.
    std::optional<WeightingReport> rakingReport(qint64 waveId);

    /// A raked wave's calibrated design (survey-files.md section 6), null
    /// for a wave with its file's weights.
    const CalibratedDesign *calibratedDesign(qint64 waveId);

private:
    /// A landlord's user of a server store: its waves' data hold its own
    /// respondents only (figureenginepart.cpp).
    bool isPart() const;
    /// What the whole wave adds to the part's errors (LandlordDesign), or null.
    const LandlordDesign *landlordDesign(qint64 waveId);
    /// Sums of the part's own respondents made domains of the whole wave's
    /// design: N, and n_h of the strata, the whole wave's.
    void toWaveDesign(qint64 waveId, std::vector<CrossSums> &sums);
    std::unique_ptr<CalibratedDesign> partDesign(qint64 waveId, const WaveData &data);
    /// For a part, the region's group of filter (the whole wave, or with
    /// rest the wave without its own landlord; QPV or not) as its landlord
    /// design holds its errors; null for any other group or without them.
    const LandlordDesign *regionDesign(qint64 waveId, const GroupFilter &filter, bool rest, int *group);
    std::map<qint64, std::optional<LandlordDesign>> m_landlordDesigns;

    std::optional<std::vector<CrossSums>> computeGroupSums(qint64 waveId, const GroupFilter &filter);
    /// The group of a filter in a raked wave; nullopt when its landlord or
    /// segment value is not in the wave.
    std::optional<CalibratedGroup> calibratedGroup(const WaveData &data, const GroupFilter &filter, bool rest) const;
    std::map<qint64, std::unique_ptr<CalibratedDesign>> m_calibrated; ///< null: not raked

    /// Sums read from the answers once, then every filter on them is a sum:
    /// groups (slot × 2 + QPV) × stratum. With a segment column, the slot is
    /// the segment value of the respondents of one landlord (or all), and
    /// `values.size()` for the others, kept for the design's N; without, the
    /// slot is the landlord (for strata the summary cannot give).
    struct SegmentTable
    {
        QStringList values;
        CellTable table;
        int strata = 0; ///< 0: no strata
    };
    const SegmentTable *segmentTable(qint64 waveId, const QString &column, const QString &landlord);
    std::vector<CrossSums> tableSums(const SegmentTable &table, int slot, bool allButSlot, std::optional<bool> qpv) const;

    Store *m_store = nullptr;
    std::optional<Codebook> m_codebook;
    std::optional<QList<WaveInfo>> m_waves;
    std::optional<QList<PublishedFigure>> m_published;
    std::map<qint64, std::unique_ptr<WaveSummary>> m_summaries;
    std::map<qint64, std::unique_ptr<WaveData>> m_waveData;
    std::map<std::tuple<qint64, QString, QString>, std::unique_ptr<SegmentTable>> m_segments;
    /// The last groups' sums: every figure model of a filter change asks for
    /// the same group (and the trends for it in every wave).
    struct GroupKey
    {
        qint64 waveId;
        GroupFilter filter;
        bool operator==(const GroupKey &other) const
        {
            return waveId == other.waveId && filter.landlord == other.filter.landlord && filter.qpv == other.filter.qpv
                   && filter.segmentColumn == other.filter.segmentColumn
                   && filter.segmentValue == other.filter.segmentValue;
        }
    };
    std::vector<std::pair<GroupKey, std::optional<std::vector<CrossSums>>>> m_recentGroups; ///< newest last
};
