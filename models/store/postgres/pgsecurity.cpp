#include "pgsecurity.h"

#include <QFile>

QStringList postgresSecurityStatements()
{
    QFile file(QStringLiteral(":/satisfecit/postgres/security.sql"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QString text = QString::fromUtf8(file.readAll());
    QStringList statements;
    // A line holding only "--;" ends a statement; psql reads the same file.
    for (QString statement : text.split(QStringLiteral("\n--;\n"))) {
        statement = statement.trimmed();
        if (statement.endsWith(QLatin1Char(';')))
            statement.chop(1);
        if (!statement.isEmpty())
            statements << statement;
    }
    return statements;
}
