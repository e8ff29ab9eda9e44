#include "pptxchartdata.h"

#include "pptxdeck.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <xlsxwriter.h>

#include <algorithm>
#include <cmath>
#include <set>

namespace {

QString columnName(int c)
{
    QString name;
    for (int n = c + 1; n > 0; n = (n - 1) / 26)
        name.prepend(QChar('A' + (n - 1) % 26));
    return name;
}

void barsData(const ChartDescription &d, PptxChartData &data)
{
    const bool headings = d.kind == ChartKind::Scores;
    for (int i = 0; i < int(d.categories.size()); ++i) {
        const ChartDescription::Category &c = d.categories[std::size_t(i)];
        if (headings && !c.heading.isEmpty()) {
            data.categories.push_back(c.heading.toUpper());
            data.pointOfRow.push_back(-1);
        }
        data.categories.push_back(c.label);
        data.pointOfRow.push_back(i);
    }
    bool intervals = false;
    for (const ChartDescription::Series &s : d.series) {
        data.headers << s.name;
        std::vector<double> column;
        for (const int p : data.pointOfRow) {
            const bool in = p >= 0 && p < int(s.points.size());
            column.push_back(in ? s.points[std::size_t(p)].value : ChartDescription::None);
            intervals = intervals || (in && std::isfinite(s.points[std::size_t(p)].low));
        }
        data.columns.push_back(std::move(column));
    }
    if (!intervals || d.series.empty())
        return;
    // The first series' 95 % interval, for reading and for the error bars.
    const ChartDescription::Series &first = d.series.front();
    std::vector<double> low, high;
    for (const int p : data.pointOfRow) {
        const bool in = p >= 0 && p < int(first.points.size());
        low.push_back(in ? first.points[std::size_t(p)].low : ChartDescription::None);
        high.push_back(in ? first.points[std::size_t(p)].high : ChartDescription::None);
    }
    data.headers << Pptx::tr("95% interval, low") << Pptx::tr("95% interval, high");
    data.columns.push_back(std::move(low));
    data.columns.push_back(std::move(high));
}

void linesData(const ChartDescription &d, PptxChartData &data)
{
    std::set<int> years;
    for (const auto &s : d.series)
        for (const auto &p : s.points)
            years.insert(int(p.x));
    for (const int year : years) {
        data.categories.push_back(QString::number(year));
        data.pointOfRow.push_back(year);
    }
    for (const auto &s : d.series) {
        data.headers << s.name;
        std::vector<double> column(years.size(), ChartDescription::None);
        for (const auto &p : s.points) {
            const auto at = std::distance(years.begin(), years.find(int(p.x)));
            column[std::size_t(at)] = p.value;
        }
        data.columns.push_back(std::move(column));
    }
}

void scatterData(const ChartDescription &d, PptxChartData &data)
{
    data.headers << d.xAxis.title;
    data.columns.emplace_back();
    int category = 0;
    for (const auto &s : d.series) {
        for (const auto &p : s.points) {
            const QString name = category < int(d.categories.size()) ? d.categories[std::size_t(category)].label : QString();
            data.categories.push_back(name.isEmpty() ? p.label : p.label + QStringLiteral(" · ") + name);
            data.pointOfRow.push_back(category++);
            data.columns[0].push_back(p.x);
        }
    }
    std::size_t row = 0;
    for (const auto &s : d.series) {
        data.headers << s.name;
        std::vector<double> column(data.categories.size(), ChartDescription::None);
        for (const auto &p : s.points)
            column[row++] = p.value;
        data.columns.push_back(std::move(column));
    }
}

void mapRows(const ChartDescription &d, PptxChartData &data)
{
    int offset = 0;
    for (const ChartDescription::Series &s : d.series) {
        std::vector<int> rows(data.categories.size(), -1);
        for (std::size_t row = 0; row < rows.size(); ++row) {
            const int key = data.pointOfRow[row];
            switch (d.shape) {
            case ChartDescription::Shape::Bars:
            case ChartDescription::Shape::StackedPercent:
                rows[row] = key >= 0 && key < int(s.points.size()) ? key : -1;
                break;
            case ChartDescription::Shape::Lines:
                for (std::size_t p = 0; p < s.points.size(); ++p)
                    if (int(s.points[p].x) == key)
                        rows[row] = int(p);
                break;
            case ChartDescription::Shape::Scatter:
                rows[row] = key >= offset && key < offset + int(s.points.size()) ? key - offset : -1;
                break;
            }
        }
        offset += int(s.points.size());
        data.rowPoint.push_back(std::move(rows));
    }
}

} // namespace

QString PptxChartData::columnRange(int c) const
{
    const QString col = columnName(c + 1);
    return QStringLiteral("%1!$%2$2:$%2$%3").arg(QLatin1String(PptxSheetName), col).arg(std::max(2, rowCount() + 1));
}

QString PptxChartData::headerCell(int c) const
{
    return QStringLiteral("%1!$%2$1").arg(QLatin1String(PptxSheetName), columnName(c + 1));
}

QString PptxChartData::categoryRange() const
{
    return QStringLiteral("%1!$A$2:$A$%2").arg(QLatin1String(PptxSheetName)).arg(std::max(2, rowCount() + 1));
}

PptxChartData pptxChartData(const ChartDescription &d)
{
    PptxChartData data;
    switch (d.shape) {
    case ChartDescription::Shape::Bars:
    case ChartDescription::Shape::StackedPercent:
        data.categoryHeader = Pptx::tr("Question");
        if (d.kind == ChartKind::Ranking)
            data.categoryHeader = Pptx::tr("Landlord");
        barsData(d, data);
        break;
    case ChartDescription::Shape::Lines:
        data.categoryHeader = Pptx::tr("Year");
        linesData(d, data);
        break;
    case ChartDescription::Shape::Scatter:
        data.categoryHeader = Pptx::tr("Question");
        scatterData(d, data);
        break;
    }
    mapRows(d, data);
    return data;
}

QByteArray pptxWorkbook(const PptxChartData &data, QString *error)
{
    // libxlsxwriter writes to a file: a private temporary one, read back.
    QTemporaryDir dir;
    if (!dir.isValid()) {
        *error = Pptx::tr("Cannot create a temporary folder: %1").arg(dir.errorString());
        return {};
    }
    const QString path = dir.filePath(QStringLiteral("data.xlsx"));
    lxw_workbook_options options{};
    options.tmpdir = nullptr;
    const QByteArray tmp = QFile::encodeName(dir.path());
    options.tmpdir = const_cast<char *>(tmp.constData());
    lxw_workbook *book = workbook_new_opt(QFile::encodeName(path).constData(), &options);
    if (!book) {
        *error = Pptx::tr("Cannot write the chart's workbook");
        return {};
    }
    lxw_worksheet *sheet = workbook_add_worksheet(book, PptxSheetName);
    lxw_format *bold = workbook_add_format(book);
    format_set_bold(bold);
    worksheet_write_string(sheet, 0, 0, data.categoryHeader.toUtf8().constData(), bold);
    for (int c = 0; c < int(data.headers.size()); ++c)
        worksheet_write_string(sheet, 0, lxw_col_t(c + 1), data.headers[c].toUtf8().constData(), bold);
    for (int r = 0; r < data.rowCount(); ++r) {
        const auto row = lxw_row_t(r + 1);
        worksheet_write_string(sheet, row, 0, data.categories[std::size_t(r)].toUtf8().constData(), nullptr);
        for (int c = 0; c < int(data.columns.size()); ++c) {
            const double v = data.columns[std::size_t(c)][std::size_t(r)];
            if (std::isfinite(v))
                worksheet_write_number(sheet, row, lxw_col_t(c + 1), v, nullptr);
        }
    }
    worksheet_set_column(sheet, 0, 0, 48, nullptr);
    worksheet_set_column(sheet, 1, lxw_col_t(std::max<int>(1, data.headers.size())), 16, nullptr);
    const lxw_error rc = workbook_close(book);
    if (rc != LXW_NO_ERROR) {
        *error = Pptx::tr("Cannot write the chart's workbook: %1").arg(QString::fromUtf8(lxw_strerror(rc)));
        return {};
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = Pptx::tr("Cannot read the chart's workbook: %1").arg(file.errorString());
        return {};
    }
    return file.readAll();
}
