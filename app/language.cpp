#include "language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

#include <memory>
#include <vector>

QString chooseLanguage(const QString &requested)
{
    if (requested == QLatin1String("fr") || requested == QLatin1String("en"))
        return requested;
    if (!requested.isEmpty())
        return requested; // the caller reports it
    return QLocale::system().language() == QLocale::French ? QStringLiteral("fr") : QStringLiteral("en");
}

QLocale localeFor(const QString &language)
{
    QLocale locale = language == QLatin1String("fr") ? QLocale(QLocale::French, QLocale::France)
                                                     : QLocale(QLocale::English, QLocale::UnitedKingdom);
    return locale;
}

void installTranslations(const QString &language)
{
    static std::vector<std::unique_ptr<QTranslator>> installed;
    for (const auto &translator : installed)
        QCoreApplication::removeTranslator(translator.get());
    installed.clear();

    QLocale::setDefault(localeFor(language));
    auto load = [](const QString &name, const QString &folder) {
        auto translator = std::make_unique<QTranslator>();
        if (!translator->load(name, folder))
            return false;
        QCoreApplication::installTranslator(translator.get());
        installed.push_back(std::move(translator));
        return true;
    };
    // Ours are built into the program; Qt's come with Qt (the Debian package
    // qt6-translations-l10n), or beside the program where windeployqt puts them.
    load(QLatin1String("satisfecit_") + language, QStringLiteral(":/i18n"));
    if (!load(QLatin1String("qtbase_") + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        load(QLatin1String("qtbase_") + language, QCoreApplication::applicationDirPath() + QStringLiteral("/translations"));
}
