#pragma once

#include "chartpage.h"
#include "regionbeside.h"

#include <vector>

class QGridLayout;
class QpvComparisonModel;
class ThemeScoreModel;
class TrendModel;
class OverviewTile;

/// Overview: the key figures of the selection as tiles (overall score and
/// % satisfied, respondents, strongest and weakest themes, largest QPV gap,
/// biggest moves since the previous wave) above the overall question's trend.
/// With a landlord selected, each tile shows the region's figure beside the
/// landlord's, with the gap.
/// The tiles only pick and show values of the models.
class OverviewPage : public ChartPage
{
    Q_OBJECT

public:
    OverviewPage(TrendModel *overallTrend, ThemeScoreModel *scores, QpvComparisonModel *qpv,
                 QWidget *parent = nullptr);

    /// "caption\nvalue\ndetail" of every tile, for tests and the clipboard.
    QStringList tileTexts() const;

protected:
    void retranslate() override;
    void showEvent(QShowEvent *event) override;

private:
    void figuresChanged();
    void updateTiles();

    ThemeScoreModel *m_scores;
    QpvComparisonModel *m_qpv;
    std::vector<OverviewTile *> m_tiles;
    RegionBeside m_region; ///< with a landlord selected
    bool m_tilesStale = false;

};
