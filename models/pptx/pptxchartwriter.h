#pragma once

// The writer of a chart part, shared by pptxchart.cpp (series, labels,
// error bars) and pptxchartplots.cpp (plots and axes). Internal to the pptx
// writer.

#include "pptxchartdata.h"

#include <QXmlStreamWriter>

namespace PptxChart {

inline constexpr int CategoryAxisId = 50010;
inline constexpr int ValueAxisId = 50020;

/// Writes one c:chartSpace of a description and its data table.
class ChartWriter
{
public:
    ChartWriter(QXmlStreamWriter &w, const ChartDescription &d, const PptxChartData &data, const QString &language)
        : m_w(w), m_d(d), m_data(data), m_language(language) {}

    void write();

private:
    QString valueFormat() const;
    QString withMark(const QString &format) const { return format + QStringLiteral("\" *\""); }
    void textProperties(int size, bool bold = false, const QColor &color = QColor());
    void richTitle(const QString &text, int size);
    void strRef(const char *element, const QString &formula, const QStringList &values);
    void numRef(const char *element, const QString &formula, const std::vector<double> &values);
    void numLit(const char *element, const std::vector<double> &values);
    void dataLabels(int si, const char *position);
    void errorBars(int si, const char *direction);
    void pointColours(int si, bool marker);
    void bars();
    void lines();
    void scatter();
    void categoryAxis(const char *position, bool reversed);
    void valueAxis(int id, int cross, const char *position, const ChartDescription::Axis &axis, double unit,
                   bool gridlines, const char *crosses);

    QXmlStreamWriter &m_w;
    const ChartDescription &m_d;
    const PptxChartData &m_data;
    QString m_language;
};

} // namespace PptxChart
