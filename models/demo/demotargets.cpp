#include "demotargets.h"

namespace demo {

namespace {

// Invented organisations: none of the landlords of the real survey is named.
// Large landlords are under-sampled relative to their stock (a high
// stockRatio, weights up to ~2.2) and small ones over-sampled so that they get
// results of their own (weights down to ~0.4), as in the real survey design.
// The sizes add up to the report's 40,185 respondents.
constexpr LandlordSpec Landlords[] = {
    // name                                  n  dept  other    %  qpv coll ratio metro
    {"BL01 Habitat des Beffrois",          3500, "59", "62",    15, 40, 72, 340, true},
    {"BL02 Logis de la Deûle",             3300, "59", nullptr,  0, 46, 80, 290, true},
    {"BL03 Toits de la Scarpe",            3000, "59", "62",    30, 32, 58, 230, false},
    {"BL04 Foyers des Terrils",            2800, "62", "59",    20, 26, 28, 210, false},
    {"BL05 Maisons des Dunes",             2600, "62", nullptr,  0, 27, 52, 190, false},
    {"BL06 Résidences de l'Escaut",        2400, "59", nullptr,  0, 42, 68, 175, false},
    {"BL07 Logis des Trois Forêts",        2200, "60", nullptr,  0, 33, 70, 160, true},
    {"BL08 Cités de la Sambre",            2050, "59", "02",    10, 44, 62, 150, false},
    {"BL09 Résidences des Hortillonnages", 1950, "80", nullptr,  0, 38, 72, 140, true},
    {"BL10 Toits du Vermandois",           1800, "02", nullptr,  0, 36, 64, 130, false},
    {"BL11 Logis du Marquenterre",         1565, "80", "62",     5, 16, 38, 120, false},
    {"BL12 Bocage Avesnois Logement",      1500, "59", nullptr,  0, 22, 34, 115, false},
    {"BL13 Foyers de la Canche",           1300, "62", nullptr,  0, 20, 42, 110, false},
    {"BL14 Demeures du Soissonnais",       1200, "02", nullptr,  0, 32, 58, 105, false},
    {"BL15 Maisons du Valois",             1100, "60", nullptr,  0, 24, 48, 100, true},
    {"BL16 Coopérative des Moulins",       1000, "59", "62",    40, 38, 62,  95, true},
    {"BL17 Logis de la Lys",                950, "62", "59",    30, 27, 52,  90, false},
    {"BL18 Foyers de Thiérache",            900, "02", nullptr,  0, 14, 32,  88, false},
    {"BL19 Résidences du Clermontois",      800, "60", nullptr,  0, 30, 62,  85, true},
    {"BL20 Ternois Résidences",             700, "62", nullptr,  0, 12, 36,  82, false},
    {"BL21 Demeures de la Bresle",          650, "80", nullptr,  0, 17, 46,  80, false},
    {"BL22 Toits de l'Ourcq",               600, "02", "60",    20, 22, 52,  78, false},
    {"BL23 Logis du Noyonnais",             550, "60", nullptr,  0, 27, 56,  76, false},
    {"BL24 Clos des Tilleuls",              500, "59", nullptr,  0, 30, 60,  74, true},
    {"BL25 Toits de la Pévèle",             450, "59", nullptr,  0, 12, 44,  72, true},
    {"BL26 Logis des Marais",               420, "62", nullptr,  0, 18, 40,  70, false},
    {"BL27 Foyers de la Haute-Somme",       400, "80", nullptr,  0, 15, 38,  70, false},
};

constexpr int sampleSize()
{
    int n = 0;
    for (const LandlordSpec &l : Landlords)
        n += l.respondents;
    return n;
}
static_assert(std::size(Landlords) == 27 && sampleSize() == DemoRespondents);

using enum Kind;
using enum Theme;
using enum Applies;

// Targets: the 2020 regional figures of the published report (they mirror
// resources/demo/published_2021.csv, which the test checks them against), and
// plausible values elsewhere: the equipment details at 7,0 or more as the
// report says, the weak points of such surveys (complaints) lower. Loadings
// give correlations with Q01 from about 0.2 (neighbours) to 0.6 (relation).
constexpr QuestionSpec Questions[] = {
    // code  kind          theme            load tgt qpv hors pct applies       nsp
    {"Q01", Overall,      Global,            0,  78,  0,  0, 870, Everyone,       5},
    {"Q02", Satisfaction, Logement,        850,  70,  0,  0,   0, Everyone,       5},
    {"Q03", Satisfaction, Logement,        600,  77,  0,  0,   0, Everyone,      15},
    {"Q04", Satisfaction, Logement,        800,  66,  0,  0,   0, Everyone,      10},
    {"Q05", Satisfaction, Logement,        600,  73,  0,  0,   0, Everyone,      25},
    {"Q06", Satisfaction, Logement,        550,  72,  0,  0,   0, Everyone,      10},
    {"Q07", Satisfaction, Logement,        550,  71,  0,  0,   0, Everyone,      10},
    {"Q08", Satisfaction, Logement,        600,  71,  0,  0,   0, Everyone,      10},
    {"Q09", Satisfaction, Logement,        600,  71,  0,  0,   0, Everyone,       5},
    {"Q10", Satisfaction, Logement,        550,  74,  0,  0,   0, Everyone,       5},
    {"Q11", Satisfaction, Logement,        550,  61,  0,  0,   0, Everyone,      40},
    {"Q12", Satisfaction, Logement,        550,  69,  0,  0,   0, Everyone,      20},
    {"Q13", Satisfaction, Logement,        500,  69,  0,  0,   0, Everyone,      80},
    {"Q14", Satisfaction, Relation,        900,  73,  0,  0,   0, Everyone,      10},
    {"Q15", Satisfaction, Relation,        750,  81,  0,  0,   0, Contacted,     30},
    {"Q16", Satisfaction, Relation,        700,  71,  0,  0,   0, Contacted,     15},
    {"Q17", Satisfaction, Relation,        800,  68,  0,  0,   0, Request,       20},
    {"Q18", Satisfaction, Relation,        750,  62,  0,  0,   0, Complaint,     30},
    {"Q19", Satisfaction, PartiesCommunes, 800,  75,  0,  0,   0, Collectif,     15},
    {"Q20", Satisfaction, PartiesCommunes, 600,  70,  0,  0,   0, Intercom,      15},
    {"Q21", Satisfaction, PartiesCommunes, 650,  76,  0,  0,   0, Collectif,     10},
    {"Q22", Satisfaction, PartiesCommunes, 550,  74,  0,  0,   0, Collectif,     10},
    {"Q23", Satisfaction, PartiesCommunes, 500,  77,  0,  0,   0, Collectif,     40},
    {"Q24", Satisfaction, PartiesCommunes, 550,  76,  0,  0,   0, Lift,          20},
    {"Q25", Satisfaction, Interventions,   750,  82,  0,  0,   0, Intervention,  20},
    {"Q26", Satisfaction, Interventions,   800,  60,  0,  0,   0, Intervention,  10},
    {"Q27", Satisfaction, Interventions,   700,  73,  0,  0,   0, Intervention,  40},
    {"Q28", Satisfaction, Information,     850,  80,  0,  0,   0, Everyone,      15},
    {"Q29", Satisfaction, Information,     600,  83,  0,  0,   0, Everyone,      20},
    {"Q30", Medium,       Information,       0,   0,  0,  0,   0, Everyone,      10},
    {"Q31", Smartphone,   Information,       0,   0,  0,  0, 650, Everyone,       3},
    {"Q32", Internet,     Information,       0,   0,  0,  0, 580, Everyone,       3},
    {"Q33", Satisfaction, CadreDeVie,      650,   0, 78, 80,   0, Everyone,      20},
    {"Q34", Satisfaction, CadreDeVie,      800,  67, 58,  0,   0, Everyone,      10},
    {"Q35", Satisfaction, CadreDeVie,      800,  75, 69,  0,   0, Everyone,      10},
    {"Q36", Satisfaction, CadreDeVie,      750,  72,  0,  0,   0, Everyone,      15},
    {"Q37", Satisfaction, Proprete,        850,  66,  0,  0,   0, Collectif,     10},
    {"Q38", Satisfaction, Proprete,        800,  60,  0,  0,   0, Everyone,      15},
    {"Q39", Satisfaction, Proprete,        650,  68,  0,  0,   0, GreenSpaces,   20},
    {"Q40", Satisfaction, Proprete,        650,  69,  0,  0,   0, Everyone,      20},
    {"Q41", Recommend,    Global,            0,   0,  0,  0, 800, Everyone,      30},
};
static_assert(std::size(Questions) == 41);

// The quartier, its quietness and its cleanliness are where QPV tenants are
// less satisfied (the report's QPV figures); houses fare better there.
constexpr ThemeSpec Themes[] = {
    // general  qpv  individuel
    {1000,  -50,   0},  // Global
    { 700, -100,  80},  // Logement
    { 850,  -50,   0},  // Relation
    { 600, -250,   0},  // PartiesCommunes
    { 600,  -50,   0},  // Interventions
    { 700,    0,   0},  // Information
    { 550, -450, 150},  // CadreDeVie
    { 500, -400, 100},  // Proprete
};
static_assert(std::size(Themes) == std::size_t(Theme::Count));

} // namespace

std::span<const LandlordSpec> landlordSpecs()
{
    return Landlords;
}

std::span<const QuestionSpec> questionSpecs()
{
    return Questions;
}

const ThemeSpec &themeSpec(Theme theme)
{
    return Themes[std::size_t(theme)];
}

} // namespace demo
