#pragma once

#include <QString>

class QWidget;

/// Tells the user that the store is damaged (message names the wave, as
/// Store::damage() does) and offers to import the wave's file again, which
/// repairs it. True when the user chose to import.
bool offerReimport(QWidget *parent, const QString &message);
