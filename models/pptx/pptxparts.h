#pragma once

// The fixed parts of a deck (theme, master, layout, properties). Internal
// to the pptx writer.

#include <QByteArray>
#include <QString>

namespace PptxParts {

/// Slide size: 16:9, 33.867 × 19.05 cm.
inline constexpr qint64 SlideWidth = 12192000;
inline constexpr qint64 SlideHeight = 6858000;

QByteArray theme();
QByteArray slideMaster();
QByteArray slideMasterRels();
QByteArray slideLayout();
QByteArray slideLayoutRels();
QByteArray presProps();
QByteArray viewProps();
QByteArray tableStyles();
QByteArray appProperties(int slides);
QByteArray coreProperties(const QString &title, const QString &language);

} // namespace PptxParts
