#pragma once

#include <QSettings>

/// The window's one settings object, for every page and dialog of the
/// window. A QSettings made and dropped for each value writes the whole file
/// out and syncs it to disk (twice: lock and file) each time it goes, and a
/// new one writes out what others left pending: at start-up that was some
/// thirty syncs before the first page was painted. This one writes from the
/// event loop, once for a burst of changes, and when the application ends.
/// Other QSettings objects of the process see its values at once.
QSettings &appSettings();
