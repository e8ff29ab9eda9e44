#pragma once

#include "crosssums.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

class Codebook;

/// Which respondents of a wave a figure is about: all landlords, one, or all
/// but one (a landlord against the rest), each optionally QPV or hors QPV.
struct SummaryGroup
{
    enum class Landlords { All, One, AllExceptOne };

    Landlords landlords = Landlords::All;
    int landlord = -1;        ///< index in WaveSummary::landlordCodes()
    std::optional<bool> qpv;  ///< true: QPV only; false: hors QPV only

    static SummaryGroup whole() { return {}; }
    static SummaryGroup qpvOnly() { return {Landlords::All, -1, true}; }
    static SummaryGroup horsQpv() { return {Landlords::All, -1, false}; }
    static SummaryGroup ofLandlord(int landlord, std::optional<bool> qpv = std::nullopt)
    {
        return {Landlords::One, landlord, qpv};
    }
    static SummaryGroup restOf(int landlord, std::optional<bool> qpv = std::nullopt)
    {
        return {Landlords::AllExceptOne, landlord, qpv};
    }

    bool contains(int landlordIndex, bool isQpv) const
    {
        if (qpv && *qpv != isQpv)
            return false;
        switch (landlords) {
        case Landlords::All: return true;
        case Landlords::One: return landlordIndex == landlord;
        case Landlords::AllExceptOne: return landlordIndex != landlord;
        }
        return false;
    }
};

/// Everything the figures of one wave need, without its respondents: the
/// sums of every (landlord, QPV, question, answer, global answer) cell. Built
/// once at import and kept by the store as a blob, so that no figure ever
/// scans raw answers. Segment figures, which need other groupings, come from
/// the raw answers instead (segmentfigures.h).
class WaveSummary
{
public:
    /// Version of the blob layout; bump on any change, and keep reading
    /// older versions or have the store rebuild them from the answers.
    /// 2: the valid counts of every question and group follow the cells
    /// (version 1 blobs are read, and counted once when first needed).
    /// 3: only the cells that hold anything, their counts as small integers
    /// (about half the bytes of 2, which is still read).
    static constexpr quint32 FormatVersion = 3;

    WaveSummary() = default;

    /// One pass over the answers. globalColumn: index in data.answers of the
    /// overall-satisfaction question, or -1 (no importance then). A codebook
    /// only adds single-choice options that nobody chose.
    static WaveSummary build(const WaveData &data, int globalColumn, const Codebook *codebook = nullptr);

    /// The blob for the store (QDataStream, with a magic and FormatVersion);
    /// an older format version (1 or 2) for the tests of what still reads them.
    QByteArray serialize(quint32 version = FormatVersion) const;
    /// Reads a blob; nullopt (and a reason in *error) if it is not one, is
    /// damaged, or has a newer format.
    static std::optional<WaveSummary> deserialize(const QByteArray &blob, QString *error = nullptr);

    bool isNull() const { return m_table.questions().empty(); }

    const QStringList &landlordCodes() const { return m_landlordCodes; }
    int landlordIndex(const QString &code) const { return int(m_landlordCodes.indexOf(code)); }
    const std::vector<QuestionInfo> &questions() const { return m_table.questions(); }
    int questionIndex(const QString &code) const;
    int globalColumn() const { return m_table.globalColumn(); }

    /// Stratified by landlord (svydesign(strata = ~bailleur)) or not. Not in
    /// the blob: the store keeps the design with the wave (survey-files.md §5).
    void setLandlordStrata(bool stratified) { m_landlordStrata = stratified; }
    bool landlordStrata() const { return m_landlordStrata; }

    /// One question over one group, as a domain of the wave's design for
    /// that question (its valid answers, strata as set).
    CrossSums sums(int question, const SummaryGroup &group) const;
    /// Every question over one group, in questions() order.
    std::vector<CrossSums> sums(const SummaryGroup &group) const;
    /// One question for one landlord and QPV status: the finest cell block.
    CrossSums cellSums(int question, int landlord, bool isQpv) const
    {
        return m_table.sum(question, groupIndex(landlord, isQpv));
    }

    /// The same sums with landlord i's cells moved to position order[i] and
    /// the landlords named codes (in the new order): what a server gives a
    /// landlord's user, its peers shuffled under pseudonyms.
    WaveSummary reordered(const std::vector<int> &order, const QStringList &codes) const;
    /// Renames the landlord at index (a pseudonym back to the user's own code).
    void setLandlordCode(int index, const QString &code) { m_landlordCodes[index] = code; }

    bool operator==(const WaveSummary &other) const
    {
        return m_landlordCodes == other.m_landlordCodes && m_table == other.m_table;
    }

private:
    friend class WaveSummaryBuilder;
    static int groupIndex(int landlord, bool isQpv) { return landlord * 2 + (isQpv ? 1 : 0); }

    QStringList m_landlordCodes;
    CellTable m_table; ///< groups: landlord × 2 + qpv
    bool m_landlordStrata = false;
};

/// Builds a wave's summary from its respondents in chunks, as an import
/// reads them: the same cells, summed in the same order, as WaveSummary::build()
/// over the whole wave, so the two blobs are identical.
class WaveSummaryBuilder
{
public:
    /// questions: as describeQuestions() gives them for the whole wave
    /// (with a codebook, every option count is known before any answer).
    WaveSummaryBuilder(std::vector<QuestionInfo> questions, int globalColumn);

    /// chunk.landlord: positions among the landlordCount landlords seen so
    /// far, in the order they first appeared.
    void add(const WaveData &chunk, int landlordCount);
    /// landlordCodes: the wave's landlords in its own order; blobIndex[i]:
    /// the position the chunks used for landlordCodes[i].
    WaveSummary finish(const QStringList &landlordCodes, const std::vector<int> &blobIndex) const;

private:
    CellTable m_table;    ///< groups: position of first appearance × 2 + qpv
    int m_capacity = 0;   ///< landlords m_table has room for
};
