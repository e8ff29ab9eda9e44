#pragma once

// The XML of one slide. Internal to the pptx writer.

#include "pptxdeck.h"

#include <QByteArray>

/// The slide part; a chart slide's graphic frame points at relationship rId2.
QByteArray pptxSlideXml(const PptxSlide &slide, int number, int count, const QString &language);
