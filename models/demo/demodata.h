#pragma once

#include <QString>

class Store;

/// Fills the store with the bundled demo data, all marked as demo so that
/// Store::deleteDemoData() removes it: the figures of the published 2021
/// regional report and an illustrative history since 2004
/// (resources/demo/*.csv), and a generated 2020 Hauts-de-France respondent
/// wave (generateDemoRespondents) imported like a user's file.
///
/// The user's own data always wins: a wave 2020 Hauts-de-France that is not
/// demo data, and published figures that are not demo data, are kept and the
/// demo counterparts skipped. Loading twice changes nothing. Returns false,
/// with the reason in message, when something could not be loaded; message
/// otherwise says what was loaded (also in *loaded, when given).
struct DemoLoaded
{
    int respondents = 0; ///< of the demo wave; 0 when the store's own wave was kept
    int figures = 0;     ///< published figures
    /// What was loaded, in the language of the moment.
    QString message() const;
};
bool loadDemoData(Store &store, QString *message, DemoLoaded *loaded = nullptr);
