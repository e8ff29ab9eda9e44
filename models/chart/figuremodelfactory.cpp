#include "figuremodelfactory.h"

#include "distributionmodel.h"
#include "driversmodel.h"
#include "qpvcomparisonmodel.h"
#include "rankingmodel.h"
#include "sharemodel.h"
#include "themescoremodel.h"
#include "trendmodel.h"

std::unique_ptr<FigureModel> createFigureModel(ChartKind kind, FigureEngine *engine, FigureSelection *selection)
{
    switch (kind) {
    case ChartKind::Scores: return std::make_unique<ThemeScoreModel>(engine, selection);
    case ChartKind::Qpv: return std::make_unique<QpvComparisonModel>(engine, selection);
    case ChartKind::Trend: return std::make_unique<TrendModel>(engine, selection);
    case ChartKind::Ranking: return std::make_unique<RankingModel>(engine, selection);
    case ChartKind::Drivers: return std::make_unique<DriversModel>(engine, selection);
    case ChartKind::Distribution: return std::make_unique<DistributionModel>(engine, selection);
    case ChartKind::Shares: return std::make_unique<ShareModel>(engine, selection);
    case ChartKind::Margins: break; // a weighting report, no figure model
    }
    return nullptr;
}

bool isFigureModelOf(ChartKind kind, const FigureModel &model)
{
    switch (kind) {
    case ChartKind::Scores: return qobject_cast<const ThemeScoreModel *>(&model);
    case ChartKind::Qpv: return qobject_cast<const QpvComparisonModel *>(&model);
    case ChartKind::Trend: return qobject_cast<const TrendModel *>(&model);
    case ChartKind::Ranking: return qobject_cast<const RankingModel *>(&model);
    case ChartKind::Drivers: return qobject_cast<const DriversModel *>(&model);
    case ChartKind::Distribution: return qobject_cast<const DistributionModel *>(&model);
    case ChartKind::Shares: return qobject_cast<const ShareModel *>(&model);
    case ChartKind::Margins: break;
    }
    return false;
}
