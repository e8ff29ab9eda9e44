#pragma once

#include <QByteArray>

/// 600 respondents of the 2020 wave, 3 landlords (L0–L2), QPV, weights
/// 0.5–2.0 and answers to the 41 questions of the built-in codebook (Q30 single
/// choice, Q31/Q32/Q41 yes/no, some left blank): the survey the export and
/// PowerPoint tests draw from.
inline QByteArray standardSurveyCsv()
{
    QByteArray csv = "id;annee;bailleur;qpv;poids";
    for (int q = 1; q <= 41; ++q)
        csv += ";Q" + QByteArray::number(q).rightJustified(2, '0');
    csv += '\n';
    for (int i = 0; i < 600; ++i) {
        csv += QByteArray::number(i) + ";2020;L" + QByteArray::number(i % 3) + ';' + QByteArray::number(i % 3 == 0)
               + ';' + QByteArray::number(0.5 + (i % 7) * 0.25);
        for (int q = 1; q <= 41; ++q) {
            csv += ';';
            if ((i + q) % 11 == 0)
                continue;
            if (q == 30)
                csv += QByteArray::number(1 + (i + q) % 4);
            else if (q == 31 || q == 32 || q == 41)
                csv += QByteArray::number(1 + (i + q) % 2);
            else
                csv += QByteArray::number(1 + (i * 7 + q * 3) % 4 / (q % 5 == 0 ? 2 : 1));
        }
        csv += '\n';
    }
    return csv;
}
