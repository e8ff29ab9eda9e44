#pragma once

#include "readers/readerror.h"

#include <QString>

#include <vector>

class QWidget;
class Store;

/// Asks for a file to import, starting in the folder of the last import, and
/// remembers the chosen file's folder (setting "import/lastFolder"). Returns
/// an empty string when the user cancels.
QString chooseImportFile(QWidget *parent, const QString &caption, const QString &filter);

/// Shows every error, one "file:line:column: message" per line, in a dialog
/// whose text can be selected and copied (with a Copy button for all of it).
void showReadErrors(QWidget *parent, const QString &title, const QString &intro,
                    const std::vector<ReadError> &errors, bool moreErrors = false);

/// Asks for a codebook file (survey-files.md section 2) and saves its
/// questions. On any error lists every problem and writes nothing. True when
/// questions were saved.
bool importCodebookInteractively(Store *store, QWidget *parent);
/// The same for a file of published figures (survey-files.md section 3).
bool importPublishedInteractively(Store *store, QWidget *parent);

/// The work of the two functions above once the file is chosen: the tests
/// call these directly.
bool importCodebookFile(Store *store, const QString &path, QWidget *parent);
bool importPublishedFile(Store *store, const QString &path, QWidget *parent);
