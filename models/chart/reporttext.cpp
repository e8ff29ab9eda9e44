#include "reporttext.h"

#include "figure.h"
#include "figuretables.h"

#include <QCoreApplication>

namespace ReportText {

namespace {

QString weighting(const WaveInfo &wave, bool weightsPageFollows)
{
    if (wave.marginsFile.isEmpty())
        return QCoreApplication::translate("BoardPack", "Every figure is weighted with the survey weights delivered with the file, so that the "
                       "respondents stand for the tenants they represent. The effective n (Kish), (Σw)² / Σw², is "
                       "the size of an unweighted sample of the same precision.");
    const QString text = weightsPageFollows
        ? QCoreApplication::translate("BoardPack", "The sample is raked (\"redressé\") to the population counts of %1 (SHA-256 %2…), "
                             "starting from the file's weights, as R's survey::rake() does; standard errors account "
                             "for this calibration. The effective n (Kish), (Σw)² / Σw², is the size of an unweighted "
                             "sample of the same precision. The next page reports the weights.")
        : QCoreApplication::translate("BoardPack", "The sample is raked (\"redressé\") to the population counts of %1 (SHA-256 %2…), "
                             "starting from the file's weights, as R's survey::rake() does; standard errors account "
                             "for this calibration. The effective n (Kish), (Σw)² / Σw², is the size of an unweighted "
                             "sample of the same precision.");
    return text.arg(wave.marginsFile, wave.marginsSha256.left(12));
}

} // namespace

QList<QPair<QString, QString>> methodology(const WaveInfo &wave, const QLocale &l, bool weightsPageFollows)
{
    return {
        {QCoreApplication::translate("BoardPack", "Scale"),
         QCoreApplication::translate("BoardPack", "Each satisfaction question has four answers, scored 10 (very satisfied), 7 (fairly "
                       "satisfied), 3 (fairly dissatisfied) and 0 (very dissatisfied). A question's score /10 is "
                       "the weighted mean of these points over its valid answers; the % satisfied is the weighted "
                       "share of the first two answers.")},
        {QCoreApplication::translate("BoardPack", "Rating bands"),
         QCoreApplication::translate("BoardPack", "Below %1: insufficient; %1 to %2: average; %3 and above: satisfactory. The band is judged "
                       "on the score rounded to one decimal.")
             .arg(l.toString(6.0, 'f', 1), l.toString(6.9, 'f', 1), l.toString(7.0, 'f', 1))},
        {QCoreApplication::translate("BoardPack", "Weighting"), weighting(wave, weightsPageFollows)},
        {QCoreApplication::translate("BoardPack", "Margin of error and significance"),
         QCoreApplication::translate("BoardPack", "The 95% confidence interval is the score ± %1 standard errors (linearisation, as R's "
                       "survey package computes it). Two independent groups (QPV and outside QPV, a landlord and "
                       "the rest of its wave, a wave and the wave just before it) differ significantly when their "
                       "gap exceeds %1 √(se₁² + se₂²).")
             .arg(l.toString(Z95, 'f', 6))},
        {QCoreApplication::translate("BoardPack", "Sample design"), designNote(wave)},
        {QCoreApplication::translate("BoardPack", "Small bases"),
         QCoreApplication::translate("BoardPack", "A group with fewer than 30 valid answers is shown as \"base too small\", never as a score.")},
        {QCoreApplication::translate("BoardPack", "Improvement levers"),
         QCoreApplication::translate("BoardPack", "A question's importance is the weighted correlation between its points and overall "
                       "satisfaction. Questions above the median importance and not above the median score are "
                       "the priority levers.")},
        {QCoreApplication::translate("BoardPack", "Trends"),
         QCoreApplication::translate("BoardPack", "Earlier waves come from the published figures when their answers were not kept. A change "
                       "of scope (Nord-Pas-de-Calais and Picardie before 2020, Hauts-de-France since) breaks the "
                       "line.")},
        {QCoreApplication::translate("BoardPack", "Source"),
         wave.sha256.isEmpty()
             ? QCoreApplication::translate("BoardPack", "The %1 wave, %2 respondents.").arg(wave.year).arg(l.toString(wave.respondentCount))
             : QCoreApplication::translate("BoardPack", "The %1 wave, %2 respondents, imported from a file whose SHA-256 fingerprint is %3.")
                   .arg(wave.year).arg(l.toString(wave.respondentCount), wave.sha256)
                   + (wave.isDemo ? QLatin1Char(' ') + QCoreApplication::translate("BoardPack", "Demo data: generated figures, not a real survey.")
                                    : QString())},
    };
}

} // namespace ReportText
