#pragma once

#include <QString>
#include <QStringList>

class QWidget;

/// Where the user guide (docs/guide-utilisateur.md and its screenshots) may
/// be, best first, for a program in appDir: installed on Linux
/// (PREFIX/share/satisfecit/guide), installed on Windows (guide/ beside the
/// program), then the source tree the program was built from.
QStringList userGuideCandidates(const QString &appDir);

/// The first candidate that exists for this program, or empty.
QString userGuidePath();

/// Help → User guide: opens the guide with the desktop's viewer, or says
/// where it should have been.
void openUserGuide(QWidget *parent);
