#include "userguide.h"

#include <QCoreApplication>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QUrl>

namespace {

const char GuideFile[] = "guide-utilisateur.md";

} // namespace

QStringList userGuideCandidates(const QString &appDir)
{
    const QDir dir(appDir);
    const QString file = QLatin1String(GuideFile);
    return {QDir::cleanPath(dir.filePath(QStringLiteral("../share/satisfecit/guide/") + file)),
            QDir::cleanPath(dir.filePath(QStringLiteral("guide/") + file)),
            QDir::cleanPath(QStringLiteral(SATISFECIT_SOURCE_DIR "/docs/") + file)};
}

QString userGuidePath()
{
    for (const QString &path : userGuideCandidates(QCoreApplication::applicationDirPath()))
        if (QFileInfo(path).isFile())
            return path;
    return QString();
}

void openUserGuide(QWidget *parent)
{
    const QString path = userGuidePath();
    if (path.isEmpty()) {
        QMessageBox::warning(parent, QCoreApplication::translate("UserGuide", "User guide"),
                             QCoreApplication::translate("UserGuide", "The user guide was not found; it should be "
                                                                      "in %1.")
                                 .arg(QDir::toNativeSeparators(
                                     userGuideCandidates(QCoreApplication::applicationDirPath()).constFirst())));
        return;
    }
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(path)))
        QMessageBox::warning(parent, QCoreApplication::translate("UserGuide", "User guide"),
                             QCoreApplication::translate("UserGuide", "No program could open the user guide %1.")
                                 .arg(QDir::toNativeSeparators(path)));
}
