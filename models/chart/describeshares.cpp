// Builder of the shares chart (Information et usages): per answer of the
// yes/no and single-choice questions, the selected group, QPV and outside
// QPV as clustered bars with their 95 % intervals, as the window draws it.
#include "chartbuilders.h"

#include "chartpalette.h"
#include "sharemodel.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace {

constexpr int LabelLength = 52; // as the window's axis

QString elided(const QString &text)
{
    return text.size() <= LabelLength ? text : text.left(LabelLength - 1) + QChar(0x2026);
}


} // namespace

namespace ChartBuilders {

void shares(const ShareModel &model, ChartDescription &d)
{
    d.shape = ChartDescription::Shape::Bars;
    const auto &rows = model.rowData();
    const bool single = model.questionCodes().size() == 1;
    // One question: its label is the title and its answers the categories.
    d.title = single ? rows.front().label : QCoreApplication::translate("SharesChart", "Information and uses");
    d.valueAxis.title = QCoreApplication::translate("SharesChart", "% of valid answers (weighted), 95% intervals");
    d.valueAxis.min = 0;
    d.valueAxis.max = 100;
    d.valueAxis.decimals = 0; // "44 %", as the table writes them
    d.valueAxis.percent = true;

    // Top to bottom in each category: the group, QPV, outside QPV. A side
    // the QPV filter leaves out is no series at all.
    const bool qpvShown = rows.empty() || rows.front().qpvShown;
    const bool horsShown = rows.empty() || rows.front().horsQpvShown;
    const auto header = [&](int column) { return model.headerData(column, Qt::Horizontal).toString(); };
    ChartDescription::Series all{header(ShareModel::All), ChartPalette::seriesColor(1), {}, false};
    ChartDescription::Series qpv{header(ShareModel::Qpv), ChartPalette::seriesColor(0), {}, false};
    ChartDescription::Series hors{header(ShareModel::HorsQpv), QColor(0xB8, 0xB8, 0xB8), {}, false};
    all.column = ShareModel::All;
    qpv.column = ShareModel::Qpv;
    hors.column = ShareModel::HorsQpv;
    int r = 0;
    for (const ShareModel::Row &row : rows) {
        const bool significant = row.significant.value_or(false) && row.gap().has_value();
        bool small = false;
        const auto point = [&](const OptionShare &share, const ShareFigure &base, bool shown, bool marked) {
            ChartDescription::Point p;
            p.row = r;
            small = small || (shown && !base.sufficient() && base.n > 0);
            if (!shown || !base.sufficient())
                return p; // small bases are never drawn as a share
            p.value = share.percent;
            if (std::isfinite(share.ciLow) && std::isfinite(share.ciHigh)) {
                p.low = std::max(0.0, share.ciLow);
                p.high = std::min(100.0, share.ciHigh);
            }
            p.significant = marked;
            return p;
        };
        all.points.push_back(point(row.all, row.allBase, true, false));
        // The published share, as a tick on the group's bar.
        if (row.published) {
            all.points.back().reference = *row.published;
            d.referenceName = QCoreApplication::translate("SharesChart", "┃ published share");
        }
        qpv.points.push_back(point(row.qpv, row.qpvBase, row.qpvShown, significant));
        hors.points.push_back(point(row.horsQpv, row.horsQpvBase, row.horsQpvShown, significant));
        QString label = elided(single ? row.optionLabel : row.label + QStringLiteral(" — ") + row.optionLabel);
        if (small)
            label += QCoreApplication::translate("SharesChart", " (n < 30)");
        d.categories.push_back({label, QString()});
        ++r;
    }
    d.series.push_back(std::move(all));
    if (qpvShown)
        d.series.push_back(std::move(qpv));
    if (horsShown)
        d.series.push_back(std::move(hors));
}

} // namespace ChartBuilders
