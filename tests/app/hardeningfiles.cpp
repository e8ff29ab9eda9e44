#include "hardeningfiles.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

QByteArray hardeningSurvey(int rows, const QStringList &extra, int year)
{
    const QStringList header = {QStringLiteral("id"), QStringLiteral("annee"), QStringLiteral("bailleur"),
                                QStringLiteral("qpv"), QStringLiteral("poids"), QStringLiteral("type_habitat"),
                                QStringLiteral("Q01"), QStringLiteral("Q02"), QStringLiteral("Q03")};
    QByteArray csv = header.join(QLatin1Char(';')).toUtf8() + '\n';
    for (int i = 0; i < rows; ++i) {
        QStringList cells = {QStringLiteral("R%1").arg(i), QString::number(year), QStringLiteral("L%1").arg(1 + i % 3),
                             QString::number(i % 2), i % 4 ? QStringLiteral("1") : QStringLiteral("1,5"),
                             i % 3 ? QStringLiteral("collectif") : QStringLiteral("individuel"),
                             QString::number(1 + i % 4), QString::number(1 + (i / 2) % 4),
                             QString::number(1 + (i / 3) % 4)};
        if (i == 0)
            for (const QString &e : extra) {
                const qsizetype eq = e.indexOf(QLatin1Char('='));
                cells[header.indexOf(e.left(eq))] = e.mid(eq + 1);
            }
        csv += cells.join(QLatin1Char(';')).toUtf8() + '\n';
    }
    return csv;
}

QString editStore(const QString &path, const QStringList &statements)
{
    const QString name = QLatin1String("edit-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open()) {
            error = db.lastError().text();
        } else {
            QSqlQuery query(db);
            for (const QString &sql : statements)
                if (error.isEmpty() && !query.exec(sql))
                    error = sql + QLatin1String(": ") + query.lastError().text();
            query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return error;
}
