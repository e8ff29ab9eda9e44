#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

/// Why a store operation failed; the CLI maps any of them to exit code 3.
/// Unavailable: the server went away; Forbidden: the server refused the
/// user (a role's limits).
struct StoreError
{
    enum class Kind { None, CannotOpen, NotAStore, Corrupt, NewerSchema, Locked, ReadOnly, Full, Failed,
                      Unavailable, Forbidden };
    Kind kind = Kind::None;
    QString message;

    bool isNull() const { return kind == Kind::None; }
};

/// One imported wave as listed in the store.
struct WaveInfo
{
    qint64 id = 0;
    int year = 0;
    QString scope;
    QString sourceFile;
    QString sha256;
    QDateTime importedAt;
    int respondentCount = 0;
    bool isDemo = false;
    /// The sample design's stratum column (survey-files.md §5): "bailleur",
    /// a segment column, or empty (no strata).
    QString strata;
    QString notes;   ///< what the user should know about the wave (columns kept knowingly…)
    QString marginsFile;    ///< raked to these margins (file name); empty: the file's weights
    QString marginsSha256;
};

/// A published aggregate figure (survey-files.md section 3).
struct PublishedFigure
{
    int year = 0;
    QString scope;
    QString code;
    QString segment;                  ///< ensemble, qpv, hors_qpv or a landlord code
    QString option;                   ///< for yes/no and single-choice shares; else empty
    std::optional<double> score;      ///< /10
    std::optional<double> pctSatisfied;
    std::optional<qint64> n;
    QString source;
    bool illustrative = false;        ///< not published: a plausible value for the demo
    bool isDemo = false;              ///< part of the bundled demo data
};
