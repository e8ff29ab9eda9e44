#include "columnplans.h"

#include "chartpage.h"
#include "distributionmodel.h"
#include "driversmodel.h"
#include "qpvcomparisonmodel.h"
#include "rankingmodel.h"
#include "tableview.h"
#include "themescoremodel.h"
#include "trendmodel.h"

#include <QCoreApplication>

namespace {

void explainFigures(TableView *table, int ciLow, int ciHigh, int n, int nEff)
{
    const QString interval = QCoreApplication::translate("ColumnPlans", "The 95% confidence interval: the score of all tenants lies within it, "
                                "19 times out of 20.");
    if (ciLow >= 0)
        table->setColumnToolTip(ciLow, interval);
    if (ciHigh >= 0)
        table->setColumnToolTip(ciHigh, interval);
    if (n >= 0)
        table->setColumnToolTip(n, QCoreApplication::translate("ColumnPlans", "Tenants who answered the question (valid answers)."));
    if (nEff >= 0)
        table->setColumnToolTip(nEff, QCoreApplication::translate("ColumnPlans", "Effective base: the number of answers the precision is worth once "
                                         "the weights are taken into account."));
}

} // namespace

void planTableColumns(ChartPage *page)
{
    TableView *table = page->table();
    const QString id = page->id();
    if (id == QLatin1String("themes")) {
        using C = ThemeScoreModel;
        table->setColumnPlan({C::Code, C::Question, C::Score, C::BandColumn, C::PctSatisfied, C::Previous,
                              C::ChangeSignificant, C::Regional, C::N},
                             C::Question, {C::Theme, C::CiLow, C::CiHigh, C::NEff});
        explainFigures(table, C::CiLow, C::CiHigh, C::N, C::NEff);
    } else if (id == QLatin1String("qpv")) {
        using C = QpvComparisonModel;
        table->setColumnPlan({C::Code, C::Question, C::QpvScore, C::HorsQpvScore, C::Gap, C::Significant},
                             C::Question, {});
    } else if (id == QLatin1String("overview")) {
        // One question across waves: the year and the score matter.
        using C = TrendModel;
        table->setColumnPlan({C::Year, C::Score, C::Significant, C::PctSatisfied, C::Scope, C::Origin, C::N},
                             C::Scope, {C::Code, C::Question, C::CiLow, C::CiHigh, C::Origin, C::N});
        explainFigures(table, C::CiLow, C::CiHigh, C::N, -1);
    } else if (id == QLatin1String("trends")) {
        using C = TrendModel;
        table->setColumnPlan({C::Code, C::Question, C::Year, C::Score, C::Significant, C::PctSatisfied, C::Scope,
                              C::Origin, C::N},
                             C::Question, {C::CiLow, C::CiHigh});
        explainFigures(table, C::CiLow, C::CiHigh, C::N, -1);
    } else if (id == QLatin1String("landlords")) {
        using C = RankingModel;
        table->setColumnPlan({C::Rank, C::Landlord, C::Score, C::BandColumn, C::DiffersFromRest, C::N},
                             C::Landlord, {C::CiLow, C::CiHigh, C::NEff});
        explainFigures(table, C::CiLow, C::CiHigh, C::N, C::NEff);
    } else if (id == QLatin1String("levers")) {
        using C = DriversModel;
        table->setColumnPlan({C::Code, C::Question, C::Importance, C::Score, C::QuadrantColumn, C::PriorityRank,
                              C::N},
                             C::Question, {});
        table->setColumnToolTip(C::Importance, QCoreApplication::translate("ColumnPlans", "How closely the question goes with overall satisfaction "
                                                  "(correlation, 0 to 1)."));
    } else if (id == QLatin1String("distribution")) {
        using C = DistributionModel;
        table->setColumnPlan({C::Code, C::Question}, C::Question, {});
    }
}
