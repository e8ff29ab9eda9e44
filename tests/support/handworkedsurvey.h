#pragma once

#include <QByteArray>

/// 80 tenants, designed so that every figure can be worked out by hand:
/// tenants 0-39 live in a QPV, 40-79 do not; weight 1 for even, 2 for odd;
/// Q01 (global) is 1/2 alternately in QPV, 3/4 outside; Q02 = Q01 and
/// Q03 = 5 - Q01 (points 10 - Q01's); departement cycles 59, 62, 80.
inline QByteArray scoresFile(int year = 2023)
{
    QByteArray bytes = "id;annee;bailleur;qpv;poids;Q01;Q02;Q03;departement\n";
    for (int i = 0; i < 80; ++i) {
        const bool qpv = i < 40;
        const int q01 = (qpv ? 1 : 3) + i % 2;
        bytes += "T" + QByteArray::number(i) + ';' + QByteArray::number(year) + ';'
                 + (i % 4 < 2 ? "OPH A" : "OPH B") + ';' + (qpv ? "1" : "0") + ';' + (i % 2 ? "2,0" : "1,0") + ';'
                 + QByteArray::number(q01) + ';' + QByteArray::number(q01) + ';' + QByteArray::number(5 - q01) + ';'
                 + QByteArrayList{"59", "62", "80"}.at(i % 3) + '\n';
    }
    return bytes;
}
