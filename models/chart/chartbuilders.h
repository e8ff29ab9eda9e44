#pragma once

// One builder per chart kind: fills a ChartDescription from its figure
// model. Internal to describeChart().

#include "chartdescription.h"

class DistributionModel;
class DriversModel;
class QpvComparisonModel;
class RankingModel;
class ShareModel;
class ThemeScoreModel;
class TrendModel;

namespace ChartBuilders {

void scores(const ThemeScoreModel &model, ChartDescription &d);
void qpv(const QpvComparisonModel &model, ChartDescription &d);
void ranking(const RankingModel &model, ChartDescription &d);
void trend(const TrendModel &model, ChartDescription &d);
void drivers(const DriversModel &model, ChartDescription &d);
void distribution(const DistributionModel &model, ChartDescription &d);
void shares(const ShareModel &model, ChartDescription &d);

} // namespace ChartBuilders
