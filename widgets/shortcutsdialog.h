#pragma once

class QMenuBar;
class QWidget;

/// Help → Keyboard shortcuts: every menu command that has a shortcut, menu
/// by menu, read from the menu bar itself so that the list never drifts.
void showShortcuts(QMenuBar *menuBar, QWidget *parent);
