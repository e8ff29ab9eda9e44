#include "owntestserver.h"

#include <QDebug>
#include <QProcess>
#include <QUrl>

bool ownTestServer(const QString &action, const QString &dir)
{
    QProcess script;
    script.start(QStringLiteral(SATISFECIT_SOURCE_DIR "/scripts/pg-test-server"), {action, dir});
    if (!script.waitForFinished(120000) || script.exitCode() != 0) {
        qWarning() << script.readAllStandardError();
        return false;
    }
    return true;
}

QString startOwnTestServer(const QString &dir)
{
    if (!ownTestServer(QStringLiteral("start"), dir))
        return QString();
    const QString socket = dir + QStringLiteral("/socket");
    qputenv("PGHOST", socket.toUtf8());
    qputenv("PGPORT", "5432");
    qputenv("PGUSER", "satisfecit_test");
    qputenv("PGDATABASE", "satisfecit_test");
    qputenv("PGPASSFILE", (dir + QStringLiteral("/pgpass")).toUtf8());
    qputenv("PGSSLMODE", "disable");
    return QStringLiteral("postgresql://satisfecit_test@%1:5432/satisfecit_test")
        .arg(QString::fromLatin1(QUrl::toPercentEncoding(socket)));
}
