#include "respondentsfile.h"

#include <QByteArray>
#include <QFile>

bool writeRespondents(const QString &path, int rows, int salt)
{
    constexpr int Questions = 29;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    QByteArray chunk = "id;bailleur;qpv;poids;departement";
    for (int q = 1; q <= Questions; ++q)
        chunk += ";Q" + QByteArray::number(q).rightJustified(2, '0');
    chunk += "\n";
    for (int i = 0; i < rows; ++i) {
        chunk += 'R' + QByteArray::number(i + salt * 1000000) + ";L" + QByteArray::number(i % 7) + ';'
                 + QByteArray::number(i % 2) + ";1," + QByteArray::number(i % 10) + ';'
                 + QByteArray::number(59 + i % 3);
        for (int q = 1; q <= Questions; ++q)
            chunk += ';' + QByteArray::number(1 + (i * 7 + q * 13 + salt) % 4);
        chunk += "\n";
        if (chunk.size() > (1 << 20)) {
            if (file.write(chunk) != chunk.size())
                return false;
            chunk.clear();
        }
    }
    return file.write(chunk) == chunk.size();
}
