#pragma once

#include "figureselection.h"

#include <QAbstractTableModel>
#include <QLocale>

#include <optional>

class FigureEngine;
struct GroupFilter;
struct ScoreFigure;

/// "%" after a number as the locale writes it: "87 %" in French (a narrow
/// no-break space, so the sign never wraps to the next line), "87%" otherwise.
QString percentSuffix(const QLocale &locale);

/// A difference of scores with one decimal and its sign: "+0,3", "−1,4"
/// (a true minus sign), and "0,0" for anything that rounds to zero, never
/// "-0,0"; "–" when not a number.
QString signedDifference(double value, const QLocale &locale);

/// Base of the figure models: follows the shared selection and the engine,
/// and rebuilds its rows (a model reset) whenever either changes. Rows are
/// computed once per change, never on paint.
class FigureModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    FigureModel(FigureEngine *engine, FigureSelection *selection, QObject *parent = nullptr);

    FigureEngine *engine() const { return m_engine; }
    FigureSelection *selection() const { return m_selection; }

    /// Recomputes the rows: after the store changed or the language switched.
    void refresh();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;

    /// A caption of what the rows cover (wave, scope, landlord, QPV, segment),
    /// for chart titles and export footnotes.
    QString scopeDescription() const;

    /// The locale of the numbers in the rows' text ("7,8"); the default
    /// locale until set. An export in another language sets its own,
    /// never the process-wide default.
    void setLocale(const QLocale &locale);

protected:
    /// Fills the rows from the engine; called inside begin/endResetModel.
    virtual void rebuild() = 0;
    virtual int rows() const = 0;

    /// The selection as a group of respondents of its wave.
    GroupFilter groupFilter() const;
    QLocale locale() const { return m_locale.value_or(QLocale()); }
    QString score(double value) const;      ///< "7,8", or "–" when not a number
    QString percent(double value) const;    ///< "87 %"
    QString count(double value) const;      ///< "40 185"
    /// "Score 7,8 (IC 95 % 7,6–8,0) · 87 % satisfied · n = 1 204 · n eff = 1 010".
    QString figureToolTip(const ScoreFigure &figure) const;
    /// A score's FigureRole data (band, score — not a number when the base is
    /// too small —, interval, % satisfied, n, n eff, sufficient); invalid
    /// for the other roles, which each model answers itself.
    static QVariant scoreFigureData(const ScoreFigure &figure, int role);
    QString bandText(int band) const;

private:
    FigureEngine *m_engine;
    FigureSelection *m_selection;
    std::optional<QLocale> m_locale;
};
