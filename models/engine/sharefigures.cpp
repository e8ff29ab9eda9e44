#include "sharefigures.h"

#include "figureengine.h"
#include "smallsegments.h"
#include "wavesummary.h"

#include <QCoreApplication>

#include <algorithm>

namespace {

struct Group
{
    QString segment;
    GroupFilter filter;
    enum class Reference { None, Rest, Previous, Other } reference = Reference::None;
    int other = -1; ///< index of the group compared with (Reference::Other)
};

} // namespace

bool isShareQuestion(const Question &question)
{
    return question.type == QuestionType::YesNo || question.type == QuestionType::Single;
}

QString shareOptionCode(const Question &question, int option)
{
    if (question.type == QuestionType::Single && option >= 1 && option <= int(question.options.size()))
        return question.options[std::size_t(option - 1)].code;
    return QString::number(option);
}

int shareOptionIndex(const Question &question, const QString &code)
{
    if (question.type == QuestionType::Single) {
        for (std::size_t i = 0; i < question.options.size(); ++i)
            if (question.options[i].code == code)
                return int(i) + 1;
        return 0;
    }
    bool ok = false;
    const int option = code.toInt(&ok);
    const int count = question.type == QuestionType::YesNo ? 2 : 4;
    return ok && option >= 1 && option <= count ? option : 0;
}

QString shareOptionLabel(const Question &question, int option, const QString &language)
{
    Q_UNUSED(language) // the codebook has French option labels only; the others follow the UI language
    switch (question.type) {
    case QuestionType::YesNo:
        return option == 1 ? QCoreApplication::translate("Shares", "Yes") : QCoreApplication::translate("Shares", "No");
    case QuestionType::Single:
        return option >= 1 && option <= int(question.options.size())
                   ? question.options[std::size_t(option - 1)].labelFr
                   : QString::number(option);
    case QuestionType::Satisfaction4: break;
    }
    switch (option) {
    case 1: return QCoreApplication::translate("Shares", "Very satisfied");
    case 2: return QCoreApplication::translate("Shares", "Fairly satisfied");
    case 3: return QCoreApplication::translate("Shares", "Fairly dissatisfied");
    case 4: return QCoreApplication::translate("Shares", "Very dissatisfied");
    }
    return QString::number(option);
}

std::optional<std::vector<ShareGroupFigure>> waveShares(FigureEngine &engine, const WaveInfo &wave,
                                                        const ShareQuery &query, QString *error)
{
    const auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    const WaveSummary *summary = engine.summary(wave.id);
    if (!summary)
        return fail(QCoreApplication::translate("Shares", "the wave %1 cannot be read").arg(wave.year));
    if (!query.landlord.isEmpty() && summary->landlordIndex(query.landlord) < 0)
        return fail(QCoreApplication::translate("Shares", "landlord %1 is not in the wave %2")
                        .arg(query.landlord).arg(wave.year));

    GroupFilter base;
    base.landlord = query.landlord;
    base.qpv = query.qpv;
    base.segmentColumn = query.segmentColumn;
    base.segmentValue = query.segmentValue;
    std::vector<Group> groups;
    if (query.by == QLatin1String("none")) {
        const bool filtered = query.qpv || !query.segmentColumn.isEmpty();
        groups.push_back({base.landlord.isEmpty() ? QStringLiteral("ensemble") : base.landlord, base,
                          !base.landlord.isEmpty() && query.segmentColumn.isEmpty() ? Group::Reference::Rest
                          : filtered                                                ? Group::Reference::None
                                                                                    : Group::Reference::Previous});
    } else if (query.by == QLatin1String("qpv")) {
        GroupFilter qpv = base, hors = base;
        qpv.qpv = true;
        hors.qpv = false;
        groups.push_back({QStringLiteral("qpv"), qpv, Group::Reference::Other, 1});
        groups.push_back({QStringLiteral("hors_qpv"), hors, Group::Reference::Other, 0});
    } else if (query.by == QLatin1String("landlord")) {
        for (const QString &landlord : summary->landlordCodes()) {
            if (!query.landlord.isEmpty() && landlord != query.landlord)
                continue;
            GroupFilter f = base;
            f.landlord = landlord;
            groups.push_back({landlord, f, query.segmentColumn.isEmpty() ? Group::Reference::Rest
                                                                          : Group::Reference::None});
        }
    } else {
        const WaveData *data = engine.waveData(wave.id);
        const auto column = data ? std::find_if(data->segments.begin(), data->segments.end(),
                                                [&](const WaveData::SegmentColumn &s) { return s.name == query.by; })
                                 : std::vector<WaveData::SegmentColumn>::const_iterator();
        if (!data || column == data->segments.end()) {
            QStringList names;
            if (data)
                for (const WaveData::SegmentColumn &s : data->segments)
                    names << s.name;
            return fail(QCoreApplication::translate("Shares", "--by %1: expected none, qpv, landlord or a segment "
                                                              "column (%2)")
                            .arg(query.by, names.join(QLatin1String(", "))));
        }
        // As for scores: values seen by too few respondents come last, as
        // one group that is never named.
        const SegmentGroups shown = segmentGroups(*column);
        QStringList values = shown.names;
        if (shown.hasOthers)
            values.removeLast();
        values.sort();
        if (shown.hasOthers)
            values << otherSegmentValues();
        for (const QString &value : values) {
            GroupFilter f = base;
            f.segmentColumn = query.by;
            f.segmentValue = value;
            groups.push_back({value, f, Group::Reference::None});
        }
    }

    // Sums of each group (and of its reference) for every question of the wave.
    using Sums = std::vector<CrossSums>;
    const auto sumsOf = [&](qint64 waveId, const GroupFilter &f) { return engine.groupSums(waveId, f).value_or(Sums()); };
    std::vector<Sums> groupSums, referenceSums;
    const std::optional<WaveInfo> previous = engine.previousWave(wave);
    const WaveSummary *previousSummary = previous ? engine.summary(previous->id) : nullptr;
    for (const Group &g : groups) {
        groupSums.push_back(sumsOf(wave.id, g.filter));
        if (g.reference == Group::Reference::Rest)
            referenceSums.push_back(engine.restSums(wave.id, g.filter).value_or(Sums()));
        else if (g.reference == Group::Reference::Previous && previousSummary)
            referenceSums.push_back(sumsOf(previous->id, g.filter));
        else
            referenceSums.push_back(Sums());
    }

    std::vector<ShareGroupFigure> result;
    for (const Question &q : engine.codebook().questions()) {
        if (query.code.isEmpty() ? !isShareQuestion(q) : q.code != query.code)
            continue;
        const int i = summary->questionIndex(q.code);
        if (i < 0)
            continue;
        // Every group's sums are a domain of the wave's design for q (engine);
        // a raked wave's errors know its calibration.
        const auto figureOf = [&](const CrossSums &sums, qint64 waveId, const GroupFilter &filter, int question,
                                  bool rest) {
            const auto se = engine.calibratedShareSe(waveId, filter, question, rest);
            return se ? withStandardErrors(shareFigure(sums), *se) : shareFigure(sums);
        };
        std::vector<ShareFigure> figures;
        for (std::size_t g = 0; g < groups.size(); ++g)
            figures.push_back(i < int(groupSums[g].size())
                                  ? figureOf(groupSums[g][std::size_t(i)], wave.id, groups[g].filter, i, false)
                                  : ShareFigure());
        for (std::size_t g = 0; g < groups.size(); ++g) {
            ShareGroupFigure row{q.code, groups[g].segment, figures[g], std::nullopt};
            if (groups[g].reference == Group::Reference::Other) {
                row.reference = figures[std::size_t(groups[g].other)];
            } else if (groups[g].reference == Group::Reference::Rest && i < int(referenceSums[g].size())) {
                row.reference = figureOf(referenceSums[g][std::size_t(i)], wave.id, groups[g].filter, i, true);
            } else if (groups[g].reference == Group::Reference::Previous && previousSummary) {
                const int j = previousSummary->questionIndex(q.code);
                if (j >= 0 && j < int(referenceSums[g].size()))
                    row.reference = figureOf(referenceSums[g][std::size_t(j)], previous->id, groups[g].filter, j, false);
            }
            result.push_back(std::move(row));
        }
    }
    return result;
}
