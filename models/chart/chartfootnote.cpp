// The footnote under every chart: base, margin of error, weighting and the
// source file's fingerprint. (Translation context "ChartDocument": the
// sentences moved here from the export.)
#include "chartdescription.h"

#include "codebook.h"
#include "figure.h"
#include "figureengine.h"
#include "figuretables.h"
#include "figuremodel.h"
#include "qpvcomparisonmodel.h"
#include "rankingmodel.h"
#include "sharemodel.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <tuple>

namespace {

struct Base
{
    QString group; ///< empty for the whole selection
    ScoreFigure figure;
};

// The figure the footnote describes: the overall question over the group the
// chart shows (both groups for QPV, the wave for a ranking).
std::vector<Base> basesOf(ChartKind kind, const FigureModel &model)
{
    FigureEngine *engine = model.engine();
    const Question *global = engine->codebook().globalQuestion();
    if (auto *qpv = qobject_cast<const QpvComparisonModel *>(&model)) {
        const auto &rows = qpv->rowData();
        auto it = std::find_if(rows.begin(), rows.end(),
                               [&](const auto &row) { return global && row.code == global->code; });
        if (it == rows.end() && !rows.empty())
            it = rows.begin();
        if (it == rows.end())
            return {};
        return {{QCoreApplication::translate("ChartDocument", "QPV"), it->qpv}, {QCoreApplication::translate("ChartDocument", "outside QPV"), it->horsQpv}};
    }
    if (auto *ranking = qobject_cast<const RankingModel *>(&model); ranking && kind == ChartKind::Ranking)
        return {{QString(), ranking->ranking().regional}};
    if (!global)
        return {};
    const FigureSelection *selection = model.selection();
    const WaveSummary *summary = engine->summary(selection->waveId());
    const int question = summary ? summary->questionIndex(global->code) : -1;
    if (question < 0)
        return {};
    GroupFilter filter;
    filter.landlord = selection->landlord();
    if (selection->qpvFilter() != FigureSelection::QpvFilter::All)
        filter.qpv = selection->qpvFilter() == FigureSelection::QpvFilter::Qpv;
    filter.segmentColumn = selection->segmentColumn();
    filter.segmentValue = selection->segmentValue();
    const auto sums = engine->groupSums(selection->waveId(), filter);
    if (!sums || question >= int(sums->size()))
        return {};
    // A raked wave's margin of error knows its calibration.
    return {{QString(), withStandardError(scoreFigure((*sums)[std::size_t(question)]),
                                          engine->calibratedScoreSe(selection->waveId(), filter), question)}};
}

QString baseText(const Base &base, const QLocale &locale)
{
    const ScoreFigure &f = base.figure;
    const QString n = locale.toString(f.n);
    QString text;
    if (!f.sufficient())
        text = QCoreApplication::translate("ChartDocument", "n = %1, too few answers to show a score").arg(n);
    else
        text = QCoreApplication::translate("ChartDocument", "n = %1, effective n = %2, margin of error ±%3 points")
                   .arg(n, locale.toString(qint64(std::llround(f.nEff))), locale.toString(Z95 * f.se, 'f', 2));
    return base.group.isEmpty() ? text : base.group + QLatin1Char(' ') + text;
}

// Shares have a base per question and group (in the table), no overall base:
// the widest half-interval of the shares drawn.
QString sharesLine(const ShareModel &shares, const QLocale &locale)
{
    double margin = 0.0;
    for (const ShareModel::Row &row : shares.rowData())
        for (const auto &[share, base, shown] : {std::tuple(row.all, row.allBase, true),
                                                 std::tuple(row.qpv, row.qpvBase, row.qpvShown),
                                                 std::tuple(row.horsQpv, row.horsQpvBase, row.horsQpvShown)})
            if (shown && base.sufficient() && std::isfinite(share.ciHigh))
                margin = std::max(margin, share.ciHigh - share.percent);
    return QCoreApplication::translate("ChartDocument",
                                       "Shares of the valid answers to each question (bases in the table), margin of "
                                       "error at most ±%1 points (95%); ✱ a significant gap between QPV and outside "
                                       "QPV (95%); black tick: the published share.")
        .arg(locale.toString(margin, 'f', 1));
}

} // namespace

QStringList chartFootnote(ChartKind kind, const FigureModel &model, const QLocale &locale)
{
    FigureEngine *engine = model.engine();
    if (!engine)
        return {};
    const QString language = model.selection()->language();
    QStringList lines;
    const auto *shares = kind == ChartKind::Shares ? qobject_cast<const ShareModel *>(&model) : nullptr;
    if (shares)
        lines << sharesLine(*shares, locale);
    const std::vector<Base> bases = shares ? std::vector<Base>() : basesOf(kind, model);
    if (!bases.empty()) {
        QStringList parts;
        for (const Base &base : bases)
            parts << baseText(base, locale);
        QString question;
        if (auto *ranking = qobject_cast<const RankingModel *>(&model); ranking && !ranking->questionCode().isEmpty()) {
            if (const Question *q = engine->codebook().find(ranking->questionCode()))
                question = q->label(language);
        } else if (const Question *global = engine->codebook().globalQuestion()) {
            question = global->label(language);
        }
        lines << QCoreApplication::translate("ChartDocument", "Base (%1): %2 (95%).").arg(question, parts.join(QLatin1String("; ")));
    }
    QString source;
    const std::optional<WaveInfo> wave = engine->wave(model.selection()->waveId());
    if (wave && !wave->sha256.isEmpty())
        source = wave->isDemo ? QCoreApplication::translate("ChartDocument", "Source: demo data, file %1… (SHA-256).").arg(wave->sha256.left(8))
                              : QCoreApplication::translate("ChartDocument", "Source: file %1… (SHA-256).").arg(wave->sha256.left(8));
    const QString weighting = wave && !wave->marginsFile.isEmpty()
        ? QCoreApplication::translate("ChartDocument", "Results raked to the margins %1 (%2…, SHA-256); standard errors account for the raking.")
              .arg(wave->marginsFile, wave->marginsSha256.left(8))
        : QCoreApplication::translate("ChartDocument", "Weighted results.");
    lines << weighting + QLatin1Char(' ')
                 + QCoreApplication::translate("ChartDocument", "Groups of fewer than 30 answers are shown without a score.")
                 + QLatin1Char(' ') + source;
    if (wave)
        lines << designNote(*wave);
    return lines;
}
