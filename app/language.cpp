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
        if (translator->load(name, folder)) {
            QCoreApplication::installTranslator(translator.get());
            installed.push_back(std::move(translator));
        }
    };
    load(QLatin1String("satisfecit_") + language, QStringLiteral(":/i18n"));
    load(QLatin1String("qtbase_") + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath));
}
