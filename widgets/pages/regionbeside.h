#pragma once

#include "landlordbenchmark.h"
#include "wavesummary.h"

#include <QCoreApplication>
#include <QLocale>

#include <memory>
#include <optional>

class CalibratedDesign;
class FigureEngine;
class FigureSelection;

/// The region beside the selected landlord, for the overview's tiles: the
/// region's figure of a question and the landlord's gap to it, with ✱ when
/// the landlord differs significantly from the other landlords together.
/// Inactive without a landlord, or with a segment (the wave's landlord sums
/// know no segment).
class RegionBeside
{
    Q_DECLARE_TR_FUNCTIONS(RegionBeside)

public:
    RegionBeside();
    ~RegionBeside();

    void update(FigureEngine *engine, const FigureSelection *selection);
    bool isActive() const { return m_landlord >= 0; }
    /// The landlord's row for a question, or null.
    const LandlordQuestion *question(const QString &code) const;

    /// "Region 7,1 · gap +0,3 ✱" for a question's score; empty when inactive.
    QString scoreText(const QString &code, const QLocale &locale) const;
    /// "Region 84 % · gap +3" for its % satisfied.
    QString percentText(const QString &code, const QLocale &locale) const;
    /// "Region 40 185" for its valid answers.
    QString countText(const QString &code, const QLocale &locale) const;

private:
    std::unique_ptr<LandlordBenchmark> m_benchmark;
    WaveSummary m_summary;                  ///< m_benchmark's wave
    std::optional<bool> m_qpv;              ///< and its QPV side
    const CalibratedDesign *m_design = nullptr; ///< and its raking, if any
    int m_landlord = -1;
};
