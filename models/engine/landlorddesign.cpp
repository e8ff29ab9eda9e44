#include "landlorddesign.h"

#include "figure.h"
#include "raking.h"
#include "segmentfigures.h"
#include "shares.h"

#include <QDataStream>
#include <QIODevice>

#include <algorithm>
#include <limits>

namespace {

constexpr quint32 Magic = 0x53464c44; // "SFLD": Satisfecit landlord design
constexpr int StreamVersion = QDataStream::Qt_6_4;
// Far above any real wave: a damaged length never allocates gigabytes.
constexpr quint32 MaxCount = 1u << 26;

template<typename T>
void writeVector(QDataStream &out, const std::vector<T> &values)
{
    out << quint32(values.size());
    for (const T &v : values)
        out << v;
}

template<typename T>
bool readVector(QDataStream &in, std::vector<T> &values)
{
    quint32 count = 0;
    in >> count;
    if (in.status() != QDataStream::Ok || count > MaxCount)
        return false;
    values.resize(count);
    for (T &v : values)
        in >> v;
    return in.status() == QDataStream::Ok;
}

// The wave's stratum of every respondent, as the calibrated design numbers
// them (figureenginecalibration.cpp): the landlord, a segment value, or none.
std::vector<int> stratumOf(const WaveData &data, const QString &column)
{
    const RespondentStrata strata = respondentStrata(data, column);
    return strata.of;
}

void addRakedParts(const WaveData &data, const QString &strataColumn, const WaveWeighting &weighting,
                   const Codebook *codebook, std::vector<LandlordDesign> &designs)
{
    const std::optional<CalibrationCategories> categories = matchMargins(data, weighting.margins, nullptr);
    if (!categories || categories->categoryOf.size() != weighting.lastFactors.size())
        return;
    const std::vector<int> strata = stratumOf(data, strataColumn);
    const CalibratedDesign whole(data, *categories, weighting.lastFactors, strata, codebook, -1, weighting.untrimmed);
    const std::size_t margins = weighting.lastFactors.size(), n = std::size_t(data.respondentCount());
    std::vector<std::size_t> offset(margins + 1, 0);
    for (std::size_t k = 0; k < margins; ++k)
        offset[k + 1] = offset[k] + weighting.lastFactors[k].size();
    const bool trimmed = weighting.untrimmed.size() == n && weighting.untrimmed != data.weights;
    const bool byLandlord = strataColumn == landlordStrataName();
    // Which categories and strata each landlord's respondents fall in.
    const std::size_t landlords = designs.size();
    std::vector<std::vector<char>> inCategory(landlords, std::vector<char>(offset[margins], 0));
    std::vector<std::vector<int>> inStratum(landlords);
    for (std::size_t i = 0; i < n; ++i) {
        const std::size_t l = data.landlord[i];
        for (std::size_t k = 0; k < margins; ++k)
            inCategory[l][offset[k] + std::size_t(categories->categoryOf[k][i])] = 1;
        inStratum[l].push_back(strata.empty() ? 0 : strata[i]);
        if (trimmed)
            designs[l].untrimmed.push_back(weighting.untrimmed[i]);
    }
    for (std::size_t l = 0; l < landlords; ++l) {
        LandlordDesign &design = designs[l];
        design.raked = true;
        std::vector<int> support;
        for (std::size_t k = 0; k < margins; ++k) {
            const MarginVariable &variable = weighting.margins.variables[k];
            design.marginVariables << variable.variable;
            design.marginValues.emplace_back();
            design.lastFactors.emplace_back();
            for (std::size_t v = 0; v < weighting.lastFactors[k].size(); ++v) {
                if (!inCategory[l][offset[k] + v])
                    continue;
                support.push_back(int(offset[k] + v));
                design.marginValues.back() << variable.values.value(qsizetype(v));
                design.lastFactors.back().push_back(weighting.lastFactors[k][v]);
            }
        }
        std::vector<int> &own = inStratum[l];
        std::sort(own.begin(), own.end());
        own.erase(std::unique(own.begin(), own.end()), own.end());
        design.operators = whole.partOperators(support, own);
        // By landlord, the user's own data holds one landlord: its stratum 0.
        if (byLandlord)
            std::fill(design.operators.strata.begin(), design.operators.strata.end(), 0);
        // The region's groups' calibrated errors, as the administrator's
        // engine asks for them (figureenginecalibration.cpp).
        design.regionScoreSe.assign(LandlordDesign::RegionGroups, {});
        design.regionShareSe.assign(LandlordDesign::RegionGroups, {});
        for (bool rest : {false, true})
            for (const std::optional<bool> &qpv : {std::optional<bool>(), std::optional<bool>(true),
                                                   std::optional<bool>(false)}) {
                CalibratedGroup group;
                group.qpv = qpv;
                if (rest) {
                    group.landlord = int(l);
                    group.allButLandlord = true;
                }
                const int g = LandlordDesign::regionGroup(rest, qpv);
                design.regionScoreSe[std::size_t(g)] = whole.scoreSe(group);
                for (int q = 0; q < int(whole.questions().size()); ++q)
                    design.regionShareSe[std::size_t(g)].push_back(whole.shareSe(q, group));
            }
    }
}

// The region's groups' errors of a plain wave stratified by a segment
// column, from the same sums as the administrator's engine
// (FigureEngine::segmentTable(): landlord × QPV × stratum).
void addStratifiedRegion(const WaveData &data, const RespondentStrata &strata, const Codebook *codebook,
                         std::vector<LandlordDesign> &designs)
{
    const int landlords = int(data.landlordCodes.size()), count = strata.count;
    std::vector<int> groupOf(std::size_t(data.respondentCount()));
    for (std::size_t i = 0; i < groupOf.size(); ++i)
        groupOf[i] = (int(data.landlord[i]) * 2 + (data.qpv[i] ? 1 : 0)) * count + strata.of[i];
    CellTable table(describeQuestions(data, codebook), codebook ? globalColumn(data, *codebook) : -1,
                    (landlords + 1) * 2 * count);
    table.accumulate(data, groupOf);
    const auto stratumOf = [count](int g) { return g % count; };
    for (int l = 0; l < landlords; ++l) {
        LandlordDesign &design = designs[std::size_t(l)];
        design.regionScoreSe.assign(LandlordDesign::RegionGroups, {});
        design.regionShareSe.assign(LandlordDesign::RegionGroups, {});
        for (bool rest : {false, true})
            for (const std::optional<bool> &qpv : {std::optional<bool>(), std::optional<bool>(true),
                                                   std::optional<bool>(false)}) {
                const auto include = [&](int group) {
                    const int base = group / count, s = base / 2;
                    return (!rest || s != l) && s != landlords && (!qpv || (base % 2 == 1) == *qpv);
                };
                const int g = LandlordDesign::regionGroup(rest, qpv);
                for (int q = 0; q < int(table.questions().size()); ++q) {
                    const CrossSums sums = table.domainSum(q, include, stratumOf, count);
                    const bool score = table.questions()[std::size_t(q)].type == QuestionType::Satisfaction4;
                    design.regionScoreSe[std::size_t(g)].push_back(
                        score ? scoreFigure(sums).se : std::numeric_limits<double>::quiet_NaN());
                    std::vector<double> se;
                    for (const OptionShare &option : shareFigure(sums).options)
                        se.push_back(option.se / 100.0);
                    design.regionShareSe[std::size_t(g)].push_back(std::move(se));
                }
            }
    }
}

} // namespace

QByteArray LandlordDesign::serialize() const
{
    QByteArray blob;
    QDataStream out(&blob, QIODevice::WriteOnly);
    out.setVersion(StreamVersion);
    out << Magic << FormatVersion;
    writeVector(out, strata);
    out << quint32(stratumValid.size());
    for (const std::vector<double> &counts : stratumValid)
        writeVector(out, counts);
    out << raked << marginVariables << quint32(marginValues.size());
    for (const QStringList &values : marginValues)
        out << values;
    out << quint32(lastFactors.size());
    for (const std::vector<double> &factors : lastFactors)
        writeVector(out, factors);
    writeVector(out, untrimmed);
    out << quint64(operators.support);
    writeVector(out, operators.k);
    writeVector(out, operators.p);
    writeVector(out, operators.strata);
    writeVector(out, operators.stratumCounts);
    writeVector(out, operators.tk);
    out << quint32(regionScoreSe.size());
    for (std::size_t g = 0; g < regionScoreSe.size(); ++g) {
        writeVector(out, regionScoreSe[g]);
        out << quint32(regionShareSe[g].size());
        for (const std::vector<double> &se : regionShareSe[g])
            writeVector(out, se);
    }
    return blob;
}

std::optional<LandlordDesign> LandlordDesign::deserialize(const QByteArray &blob)
{
    QDataStream in(blob);
    in.setVersion(StreamVersion);
    quint32 magic = 0, version = 0, count = 0;
    in >> magic >> version;
    if (magic != Magic || version != FormatVersion)
        return std::nullopt;
    LandlordDesign d;
    if (!readVector(in, d.strata))
        return std::nullopt;
    in >> count;
    if (count > MaxCount)
        return std::nullopt;
    d.stratumValid.resize(count);
    for (std::vector<double> &counts : d.stratumValid)
        if (!readVector(in, counts))
            return std::nullopt;
    in >> d.raked >> d.marginVariables >> count;
    if (in.status() != QDataStream::Ok || count > MaxCount)
        return std::nullopt;
    d.marginValues.resize(count);
    for (QStringList &values : d.marginValues)
        in >> values;
    in >> count;
    if (in.status() != QDataStream::Ok || count > MaxCount)
        return std::nullopt;
    d.lastFactors.resize(count);
    for (std::vector<double> &factors : d.lastFactors)
        if (!readVector(in, factors))
            return std::nullopt;
    quint64 support = 0;
    if (!readVector(in, d.untrimmed))
        return std::nullopt;
    in >> support;
    d.operators.support = std::size_t(support);
    if (!readVector(in, d.operators.k) || !readVector(in, d.operators.p) || !readVector(in, d.operators.strata)
        || !readVector(in, d.operators.stratumCounts) || !readVector(in, d.operators.tk))
        return std::nullopt;
    in >> count;
    if (in.status() != QDataStream::Ok || (count != 0 && count != quint32(RegionGroups)))
        return std::nullopt;
    d.regionScoreSe.resize(count);
    d.regionShareSe.resize(count);
    for (quint32 g = 0; g < count; ++g) {
        quint32 questions = 0;
        if (!readVector(in, d.regionScoreSe[g]))
            return std::nullopt;
        in >> questions;
        if (in.status() != QDataStream::Ok || questions != d.regionScoreSe[g].size())
            return std::nullopt;
        d.regionShareSe[g].resize(questions);
        for (std::vector<double> &se : d.regionShareSe[g])
            if (!readVector(in, se))
                return std::nullopt;
    }
    if (!in.atEnd())
        return std::nullopt;
    const bool shaped = d.strata.size() == d.stratumValid.size() && d.marginValues.size() == d.lastFactors.size()
        && qsizetype(d.marginValues.size()) == d.marginVariables.size()
        && d.operators.strata.size() == d.operators.stratumCounts.size();
    if (!shaped)
        return std::nullopt;
    for (std::size_t k = 0; k < d.marginValues.size(); ++k)
        if (std::size_t(d.marginValues[k].size()) != d.lastFactors[k].size())
            return std::nullopt;
    return d;
}

bool needsLandlordDesigns(const QString &strataColumn, const WaveWeighting *weighting)
{
    return weighting || (!strataColumn.isEmpty() && strataColumn != landlordStrataName());
}

std::vector<LandlordDesign> landlordDesigns(const WaveData &data, const QString &strataColumn,
                                            const WaveWeighting *weighting, const Codebook *codebook)
{
    std::vector<LandlordDesign> designs(std::size_t(data.landlordCodes.size()));
    const RespondentStrata strata = respondentStrata(data, strataColumn);
    if (!strata.isNull() && strataColumn != landlordStrataName()) {
        // n_h of every question: the valid answers of each stratum.
        const std::vector<QuestionInfo> questions = describeQuestions(data, codebook);
        std::vector<std::vector<double>> valid(std::size_t(strata.count), std::vector<double>(questions.size(), 0.0));
        for (std::size_t q = 0; q < questions.size(); ++q) {
            const std::vector<std::uint8_t> &values = data.answers[q].values;
            for (std::size_t i = 0; i < values.size(); ++i)
                if (values[i] >= 1 && values[i] <= questions[q].optionCount)
                    valid[std::size_t(strata.of[i])][q] += 1.0;
        }
        std::vector<std::vector<char>> has(designs.size(), std::vector<char>(std::size_t(strata.count), 0));
        for (std::size_t i = 0; i < strata.of.size(); ++i)
            has[data.landlord[i]][std::size_t(strata.of[i])] = 1;
        for (std::size_t l = 0; l < designs.size(); ++l)
            for (int h = 0; h < strata.count; ++h)
                if (has[l][std::size_t(h)]) {
                    designs[l].strata.push_back(h);
                    designs[l].stratumValid.push_back(valid[std::size_t(h)]);
                }
    }
    if (weighting)
        addRakedParts(data, strataColumn, *weighting, codebook, designs);
    else if (!strata.isNull() && strataColumn != landlordStrataName())
        addStratifiedRegion(data, strata, codebook, designs);
    return designs;
}

std::unique_ptr<CalibratedDesign> partCalibratedDesign(const WaveData &own, const LandlordDesign &design,
                                                       const QString &strataColumn, const Codebook *codebook)
{
    if (!design.raked)
        return nullptr;
    Margins margins;
    for (qsizetype k = 0; k < design.marginVariables.size(); ++k) {
        MarginVariable variable;
        variable.variable = design.marginVariables[k];
        variable.values = design.marginValues[std::size_t(k)];
        variable.counts.assign(std::size_t(variable.values.size()), 1.0);
        variable.lines.assign(std::size_t(variable.values.size()), 0);
        margins.variables.push_back(std::move(variable));
    }
    const std::optional<CalibrationCategories> categories = matchMargins(own, margins, nullptr);
    if (!categories)
        return nullptr;
    const std::size_t n = std::size_t(own.respondentCount());
    const std::vector<double> untrimmed = design.untrimmed.size() == n ? design.untrimmed : std::vector<double>();
    return std::make_unique<CalibratedDesign>(own, *categories, design.lastFactors, stratumOf(own, strataColumn),
                                              codebook, untrimmed, design.operators);
}
