#pragma once

// The board pack's pages that are not charts: cover, key figures, methodology.
// Internal to boardpack.cpp.

#include "storetypes.h"
#include "weightingreport.h"

#include <optional>

#include <QCoreApplication>
#include <QLocale>
#include <QRectF>

class FigureSelection;
class QpvComparisonModel;
class ThemeScoreModel;
QT_BEGIN_NAMESPACE
class QPainter;
QT_END_NAMESPACE

/// Translation context of every sentence of the board pack.
struct BoardPack
{
    Q_DECLARE_TR_FUNCTIONS(BoardPack)
};

/// What the non-chart pages read.
struct BoardPackContext
{
    WaveInfo wave;
    const FigureSelection *selection = nullptr;
    QLocale locale;
    const ThemeScoreModel *themes = nullptr;
    const QpvComparisonModel *qpv = nullptr;
    QString scope;            ///< the models' scopeDescription()
    QString globalCode;       ///< the overall-satisfaction question, or empty
    std::optional<WeightingReport> weighting; ///< a raked wave's
    /// Further (heading, text) sections of the methodology page.
    QList<QPair<QString, QString>> extraMethod;
    QString title;            ///< the cover's title; the survey's name when empty
    QString logoPath;         ///< a PNG/JPEG/SVG for the cover, or empty
};

namespace BoardPackPages {

/// The whole page (no running footer).
void paintCover(QPainter *painter, const QRectF &page, const BoardPackContext &context);
/// Inside the page's margins.
void paintKeyFigures(QPainter *painter, const QRectF &content, const BoardPackContext &context);
void paintMethodology(QPainter *painter, const QRectF &content, const BoardPackContext &context);
/// A raked wave's weighting: the weights' figures and the sample against
/// the margins before and after (boardpackweighting.cpp).
void paintWeighting(QPainter *painter, const QRectF &content, const BoardPackContext &context);
/// A page's heading (title and, when given, a subtitle); returns its height.
qreal paintHeading(QPainter *painter, const QRectF &content, const QString &title, const QString &subtitle);
qreal headingHeight(qreal width, const QString &title, const QString &subtitle);

} // namespace BoardPackPages
