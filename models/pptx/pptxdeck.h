#pragma once

#include "chartdescription.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <vector>

/// One slide of a PowerPoint deck, renderer-neutral: what writePptx() sets out
/// on a 16:9 slide.
struct PptxSlide
{
    enum class Type {
        Title,   ///< title and subtitle centred, nothing else
        Text,    ///< title, subtitle, then lines (a bullet each)
        Chart,   ///< title, subtitle, a native chart of chart, footnote
        Table,   ///< title, subtitle, a native table of header and rows, footnote
    };
    Type type = Type::Text;
    QString title;
    QString subtitle;
    QStringList lines;          ///< Text: the bullets; Chart: notes under the chart (reference lines)
    ChartDescription chart;     ///< Chart
    QStringList header;         ///< Table
    std::vector<QStringList> rows;
    QStringList footnote;       ///< small print at the foot of the slide
    int textSize = 1800;        ///< Text: the lines' size in hundredths of a point
};

/// A deck: its slides in order, and the document's title and language.
struct PptxDeck
{
    QString title;
    QString language = QStringLiteral("fr-FR"); ///< of the text (spelling) and the charts
    std::vector<PptxSlide> slides;
};

/// Translation context of the deck's sentences.
struct Pptx
{
    Q_DECLARE_TR_FUNCTIONS(Pptx)
};

/// Writes deck as an Office Open XML presentation (.pptx, 16:9). Each chart
/// is a native chart part whose data is an embedded workbook ("Edit data"
/// in PowerPoint opens it); each table a native table. Replaces path only on
/// success; false with error filled (when not null) otherwise.
bool writePptx(const PptxDeck &deck, const QString &path, QString *error = nullptr);

/// The rows of a long table cut into slides of at most rowsPerSlide rows,
/// each slide repeating the header: "title (1/3)" …
std::vector<PptxSlide> splitTableSlide(const PptxSlide &table, int rowsPerSlide);
