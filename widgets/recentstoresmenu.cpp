#include "recentstoresmenu.h"

#include "appsettings.h"

#include <QDir>
#include <QSettings>

namespace {

const char RecentStoresKey[] = "recentStores";
constexpr int MaxRecentStores = 8;

} // namespace

RecentStoresMenu::RecentStoresMenu(QWidget *parent)
    : QMenu(parent)
{
    rebuild();
}

void RecentStoresMenu::add(const QString &path)
{
    QSettings &settings = appSettings();
    QStringList recent = settings.value(QLatin1String(RecentStoresKey)).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    settings.setValue(QLatin1String(RecentStoresKey), recent.mid(0, MaxRecentStores));
    rebuild();
}

void RecentStoresMenu::rebuild()
{
    clear();
    const QStringList recent = appSettings().value(QLatin1String(RecentStoresKey)).toStringList();
    for (const QString &path : recent)
        addAction(QDir::toNativeSeparators(path), this, [this, path] { emit storeChosen(path); });
    setEnabled(!recent.isEmpty());
}
