#pragma once

#include <QLocale>
#include <QString>

/// "fr" or "en": the requested language when it is one of those, else the
/// system locale's when French, else English.
QString chooseLanguage(const QString &requested = QString());

/// The locale used to write numbers and dates for a language.
QLocale localeFor(const QString &language);

/// Loads the app's and Qt's own catalogues for the language, replacing any
/// loaded before, and sets the default QLocale.
void installTranslations(const QString &language);
