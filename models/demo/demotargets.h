#pragma once

#include <cstdint>
#include <span>

/// The fixed inputs of the demo survey: fictitious landlords and, per
/// question, who answers it, how it relates to the latent satisfaction, and
/// the weighted figure it is calibrated to. Internal to models/demo.
namespace demo {

enum class Theme : std::uint8_t {
    Global, Logement, Relation, PartiesCommunes, Interventions, Information, CadreDeVie, Proprete, Count
};

/// Who is asked a question; everyone else is "non concerné".
enum class Applies : std::uint8_t {
    Everyone, Collectif, Intercom, Lift, Intervention, Contacted, Request, Complaint, GreenSpaces
};

/// How an answer is drawn from the latent values.
enum class Kind : std::uint8_t { Overall, Satisfaction, Smartphone, Internet, Medium, Recommend };

struct LandlordSpec
{
    const char *name;           ///< written in the bailleur column
    int respondents;
    const char *department;
    const char *otherDepartment; ///< or null
    int otherDepartmentPct;
    int qpvPct;                 ///< share of the sample living in a QPV
    int collectifPct;           ///< share of collectif dwellings in the landlord's stock
    int stockRatio;             ///< dwellings per respondent, relative: drives the weights
    bool metropolitan;          ///< Lille, Amiens or south Oise: more connected tenants
};

struct QuestionSpec
{
    const char *code;
    Kind kind;
    Theme theme;
    int loading;        ///< on the theme's latent, permille
    /// Calibration targets. Scores in tenths (78 = 7,8), shares in tenths of a
    /// percent (870 = 87 %); 0 = no target.
    int target;
    int qpvTarget;
    int horsQpvTarget;
    int pctTarget;      ///< Global: % satisfied; yes/no: % yes
    Applies applies;
    int dontKnowPermille; ///< among those concerned
};

struct ThemeSpec
{
    int withGeneral;      ///< correlation of the theme's latent with the general one, permille
    int qpvEffect;        ///< shift for QPV tenants, LatentScale units
    int individuelEffect; ///< shift for tenants of houses, LatentScale units
};

/// The 2020 wave's sample: 40,185 respondents, as in the published report.
constexpr int DemoYear = 2020;
constexpr int DemoRespondents = 40185;

std::span<const LandlordSpec> landlordSpecs();
/// In codebook order, Q01 to Q41.
std::span<const QuestionSpec> questionSpecs();
const ThemeSpec &themeSpec(Theme theme);

/// Shares of Q30's options 1, 2 and 3 (tenths of a percent); option 4,
/// "Sans préférence", takes what is left.
constexpr int MediumPaperPct = 440;
constexpr int MediumMixedPct = 390;
constexpr int MediumDigitalPct = 150;
constexpr int MediumNoPreferencePermille = 20;
static_assert(MediumPaperPct + MediumMixedPct + MediumDigitalPct + MediumNoPreferencePermille == 1000);

} // namespace demo
