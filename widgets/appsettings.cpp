#include "appsettings.h"

#include <QCoreApplication>
#include <QPointer>

QSettings &appSettings()
{
    // Made on first use, after the application named itself (and a test set
    // its settings path); gone, and synced, with the application.
    static QPointer<QSettings> settings;
    if (!settings)
        settings = new QSettings(QCoreApplication::instance());
    return *settings;
}
