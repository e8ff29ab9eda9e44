#pragma once

#include <QString>

#include <functional>

class QWidget;

/// A message on the status bar of a widget's main window that follows a
/// language switch: text() is called again (its tr() then reads the new
/// language) while the message is still shown, for what is left of its time.
/// Another message, or the time running out, ends it.
namespace StatusNote {

/// Shows text() on the status bar of widget's window (a QMainWindow);
/// timeoutMs 0: until another message replaces it.
void show(QWidget *widget, std::function<QString()> text, int timeoutMs = 0);

} // namespace StatusNote
