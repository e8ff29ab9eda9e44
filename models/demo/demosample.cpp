#include "demosample.h"

#include "demorandom.h"
#include "demotargets.h"

#include <algorithm>
#include <array>

namespace demo {

namespace {

constexpr int ThemeCount = int(Theme::Count);

// Integer square root, so that sqrt(1 - loading^2) is the same everywhere.
constexpr std::int64_t isqrt(std::int64_t n)
{
    std::int64_t r = 0;
    while ((r + 1) * (r + 1) <= n)
        ++r;
    return r;
}

constexpr int toScale(int permille)
{
    return permille * LatentScale / 1000;
}

constexpr int residual(int coefficient)
{
    return int(isqrt(std::int64_t(LatentScale) * LatentScale - std::int64_t(coefficient) * coefficient));
}

// What a respondent's situation makes them concerned by.
struct Situation
{
    bool collectif, lift, intercom, intervention, contacted, request, complaint, greenSpaces;

    bool concerned(Applies applies) const
    {
        switch (applies) {
        case Applies::Everyone: return true;
        case Applies::Collectif: return collectif;
        case Applies::Intercom: return intercom;
        case Applies::Lift: return lift;
        case Applies::Intervention: return intervention;
        case Applies::Contacted: return contacted;
        case Applies::Request: return request;
        case Applies::Complaint: return complaint;
        case Applies::GreenSpaces: return greenSpaces;
        }
        return true;
    }
};

// Landlord effects shift every answer of a landlord's tenants: the general
// one all of them, the theme ones each theme, so that landlords differ and
// rankings mean something.
struct LandlordEffects
{
    std::int32_t general = 0;
    std::array<std::int32_t, ThemeCount> theme{};
};

// Individual houses are over-represented among those who answer the phone
// (6 points here); the weights correct it.
constexpr int SampleHouseExcessPct = 6;
constexpr int QpvCollectifPermille = 950;

int nonQpvCollectifPermille(const LandlordSpec &l)
{
    const int sample = (l.collectifPct - SampleHouseExcessPct) * 10;
    const int nonQpv = (sample * 100 - QpvCollectifPermille * l.qpvPct) / (100 - l.qpvPct);
    return std::clamp(nonQpv, 50, 950);
}

// Post-stratification on landlord x dwelling type: each cell weighs its share
// of the regional stock (stockRatio x respondents, split by collectifPct)
// over its share of the sample, so the weights average exactly 1 before
// rounding. A cell of fewer than 30 respondents is merged with its landlord.
void computeWeights(std::vector<Respondent> &respondents)
{
    const auto landlords = landlordSpecs();
    const std::size_t count = landlords.size();
    std::vector<std::int64_t> collectifs(count, 0), houses(count, 0);
    for (const Respondent &r : respondents)
        ++(r.collectif ? collectifs : houses)[r.landlord];
    std::int64_t stockTotal = 0; // in hundredths of a relative dwelling
    for (const LandlordSpec &l : landlords)
        stockTotal += std::int64_t(l.stockRatio) * l.respondents * 100;
    const std::int64_t numeratorScale = std::int64_t(DemoRespondents) * WeightUnits;
    const auto rounded = [](std::int64_t num, std::int64_t den) { return (2 * num + den) / (2 * den); };
    std::vector<std::int64_t> collectifWeight(count), houseWeight(count);
    for (std::size_t i = 0; i < count; ++i) {
        const LandlordSpec &l = landlords[i];
        const std::int64_t stock = std::int64_t(l.stockRatio) * l.respondents;
        if (collectifs[i] < 30 || houses[i] < 30) {
            collectifWeight[i] = houseWeight[i] =
                rounded(numeratorScale * stock * 100, stockTotal * (collectifs[i] + houses[i]));
            continue;
        }
        collectifWeight[i] = rounded(numeratorScale * stock * l.collectifPct, stockTotal * collectifs[i]);
        houseWeight[i] = rounded(numeratorScale * stock * (100 - l.collectifPct), stockTotal * houses[i]);
    }
    for (Respondent &r : respondents)
        r.weight = (r.collectif ? collectifWeight : houseWeight)[r.landlord];
}

} // namespace

Sample drawSample(std::uint64_t seed)
{
    const auto landlords = landlordSpecs();
    const auto questions = questionSpecs();
    const std::size_t questionCount = questions.size();

    DemoRandom random(seed);
    std::vector<LandlordEffects> effects(landlords.size());
    for (LandlordEffects &e : effects) {
        e.general = scaled(toScale(150), random.normal());
        for (std::int32_t &t : e.theme)
            t = scaled(toScale(120), random.normal());
    }

    std::vector<int> loading(questionCount), noise(questionCount);
    for (std::size_t q = 0; q < questionCount; ++q) {
        loading[q] = toScale(questions[q].loading);
        noise[q] = residual(loading[q]);
    }

    Sample sample;
    sample.respondents.reserve(DemoRespondents);
    sample.latent.assign(questionCount, std::vector<std::int32_t>(DemoRespondents));
    sample.status.assign(questionCount, std::vector<Status>(DemoRespondents));
    sample.style.assign(questionCount, std::vector<std::uint8_t>(DemoRespondents));

    std::size_t index = 0;
    for (std::size_t l = 0; l < landlords.size(); ++l) {
        const LandlordSpec &spec = landlords[l];
        const int nonQpvCollectif = nonQpvCollectifPermille(spec);
        for (int k = 0; k < spec.respondents; ++k, ++index) {
            Respondent r;
            r.landlord = std::uint16_t(l);
            r.department = spec.otherDepartment && random.chance(spec.otherDepartmentPct * 10)
                               ? spec.otherDepartment : spec.department;
            r.qpv = random.chance(spec.qpvPct * 10);
            r.collectif = random.chance(r.qpv ? QpvCollectifPermille : nonQpvCollectif);
            Situation s;
            s.collectif = r.collectif;
            s.lift = r.collectif && random.chance(r.qpv ? 600 : 350);
            s.intercom = r.collectif && random.chance(850);
            s.intervention = random.chance(r.qpv ? 600 : 530);
            s.contacted = random.chance(880);
            s.request = s.contacted && random.chance(800);
            s.complaint = s.contacted && random.chance(400);
            s.greenSpaces = random.chance(880);

            // A general satisfaction (older tenants a little more satisfied),
            // one latent per theme correlated with it, and an age-driven
            // digital equipment chain: smartphone -> internet -> medium.
            const std::int32_t age = random.normal();
            const std::int32_t general = scaled(toScale(200), age) + scaled(toScale(980), random.normal());
            std::array<std::int32_t, ThemeCount> theme{};
            for (std::size_t t = 0; t < theme.size(); ++t) {
                const ThemeSpec &ts = themeSpec(Theme(t));
                const int with = toScale(ts.withGeneral);
                theme[t] = scaled(with, general) + scaled(residual(with), random.normal())
                           + effects[l].general + effects[l].theme[t]
                           + (r.qpv ? ts.qpvEffect : 0) + (r.collectif ? 0 : ts.individuelEffect);
            }
            const std::int32_t smartphone = scaled(toScale(-750), age) + (spec.metropolitan ? toScale(300) : 0)
                                            + scaled(toScale(600), random.normal());
            const std::int32_t internet = scaled(toScale(800), smartphone) + scaled(toScale(600), random.normal());
            const std::int32_t medium = scaled(toScale(600), internet) + scaled(toScale(800), random.normal());

            std::int32_t overall = 0;
            for (std::size_t q = 0; q < questionCount; ++q) {
                const QuestionSpec &qs = questions[q];
                // Every question takes the same three draws whatever the
                // answer, so that the stream never depends on a branch.
                const std::int32_t e = random.normal();
                const std::uint64_t bits = random.next();
                const int draw = int((bits >> 32) % 1000);
                sample.style[q][index] = std::uint8_t((bits & 0xFFFFFFFF) % 100);
                Status status = Status::Answered;
                if (!s.concerned(qs.applies))
                    status = Status::NotConcerned;
                else if (draw < qs.dontKnowPermille)
                    status = Status::DontKnow;
                sample.status[q][index] = status;

                std::int32_t y = 0;
                switch (qs.kind) {
                case Kind::Overall:
                    y = overall = scaled(toScale(850), theme[std::size_t(Theme::Global)]) + scaled(toScale(527), e);
                    break;
                case Kind::Satisfaction:
                    y = scaled(loading[q], theme[std::size_t(qs.theme)]) + scaled(noise[q], e);
                    break;
                case Kind::Smartphone: y = smartphone; break;
                case Kind::Internet: y = internet; break;
                case Kind::Medium:
                    y = draw >= 1000 - MediumNoPreferencePermille ? NoPreference : medium;
                    break;
                case Kind::Recommend:
                    y = scaled(toScale(800), overall) + scaled(toScale(600), e);
                    break;
                }
                sample.latent[q][index] = y;
            }
            sample.respondents.push_back(r);
        }
    }
    computeWeights(sample.respondents);
    return sample;
}

} // namespace demo
