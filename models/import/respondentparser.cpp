#include "respondentparser.h"

#include "readers/tablereader.h"
#include "valueparsers.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <numeric>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("RespondentParser", text);
}

constexpr int MaxSegmentValues = 65535;
constexpr int ProgressEvery = 2048;

// Dictionary-encodes the values of a column. Columns such as landlords and
// segments hold few distinct values, often repeated on consecutive rows, so
// the last value and a short list are tried before hashing a copy.
class ValueDictionary
{
public:
    /// The value's index, or -1 when it is new.
    int find(QByteArrayView value)
    {
        if (m_last >= 0 && value == QByteArrayView(m_values[m_last]))
            return m_last;
        if (m_values.size() <= 32) {
            for (int i = 0; i < int(m_values.size()); ++i)
                if (value == QByteArrayView(m_values[i]))
                    return m_last = i;
            return -1;
        }
        const auto it = m_index.constFind(value.toByteArray());
        return it == m_index.cend() ? -1 : (m_last = *it);
    }
    int add(QByteArrayView value)
    {
        m_values.push_back(value.toByteArray());
        m_index.insert(m_values.back(), int(m_values.size()) - 1);
        return m_last = int(m_values.size()) - 1;
    }
    int size() const { return int(m_values.size()); }

private:
    std::vector<QByteArray> m_values;
    QHash<QByteArray, int> m_index;
    int m_last = -1;
};

std::optional<int> parseYear(QByteArrayView cell)
{
    if (cell.isEmpty() || cell.size() > 4)
        return std::nullopt;
    int year = 0;
    for (char c : cell) {
        if (c < '0' || c > '9')
            return std::nullopt;
        year = year * 10 + (c - '0');
    }
    return year;
}

QString shown(QByteArrayView value)
{
    QString text = QString::fromUtf8(value);
    if (text.size() > 40)
        text = text.left(40) + QChar(0x2026);
    return QLatin1Char('"') + text + QLatin1Char('"');
}

class RespondentParser
{
public:
    RespondentParser(TableReader &reader, const Codebook &codebook, const ParseOptions &options)
        : m_reader(reader)
        , m_codebook(codebook)
        , m_options(options)
    {
    }

    ParsedRespondents run(const ProgressCallback &progress);

private:
    bool error(qint64 line, int column, const QString &message)
    {
        if (int(m_result.errors.size()) >= m_options.maxErrors) {
            m_result.moreErrors = true;
            return false;
        }
        m_result.errors.push_back({m_reader.error().file, line, column + 1, message});
        return true;
    }
    void setUp();
    void readRow(const Record &record);
    void finish();

    TableReader &m_reader;
    const Codebook &m_codebook;
    ParseOptions m_options;
    ParsedRespondents m_result;

    std::vector<AnswerParser> m_answerParsers;      // per answer column
    std::vector<int> m_answerFileColumns;
    std::vector<int> m_segmentFileColumns;
    std::vector<ValueDictionary> m_segmentIndex;
    ValueDictionary m_landlordIndex;
    // (hash of the id, line): duplicates are found by sorting once at the end,
    // which costs far less than a hash table of 40,000 strings.
    std::vector<std::pair<std::size_t, int>> m_idHashes; ///< (hash of the id, row)
    std::vector<qint64> m_rowLines;                      ///< the line of each row
    void checkDuplicateIds();
    std::optional<int> m_year;
    qint64 m_yearLine = 0;
};

void RespondentParser::setUp()
{
    WaveData &data = m_result.data;
    for (const ColumnMapping::Column &c : m_result.mapping.columns) {
        if (c.role == ColumnMapping::Role::Question) {
            const Question &q = m_codebook.questions()[c.question];
            m_answerParsers.emplace_back(q);
            m_answerFileColumns.push_back(c.index);
            data.answers.push_back({q.code, q.type, {}});
        } else if (c.role == ColumnMapping::Role::Segment) {
            m_segmentFileColumns.push_back(c.index);
            m_segmentIndex.emplace_back();
            data.segments.push_back({c.header, {}, {}});
        }
    }
    m_year = m_options.year;
}

void RespondentParser::readRow(const Record &record)
{
    WaveData &data = m_result.data;
    const ColumnMapping &map = m_result.mapping;
    const qint64 line = record.line;

    const QString id = record.text(map.id).trimmed();
    if (id.isEmpty())
        error(line, map.id, tr("empty respondent id"));
    else if (id.contains(QLatin1Char('\n')) || id.contains(QLatin1Char('\r')))
        error(line, map.id, tr("respondent id %1 contains a line break").arg(shown(id.toUtf8())));
    else
        m_idHashes.emplace_back(qHash(id), int(data.respondentIds.size()));
    m_rowLines.push_back(line);
    data.respondentIds << id;

    if (map.year >= 0) {
        const QByteArrayView cell = record.at(map.year).trimmed();
        const std::optional<int> year = parseYear(cell);
        if (!year || *year < 1990 || *year > 2100)
            error(line, map.year, tr("year %1: expected a year between 1990 and 2100").arg(shown(cell)));
        else if (!m_year) {
            m_year = year;
            m_yearLine = line;
        } else if (*m_year != *year) {
            error(line, map.year,
                  m_yearLine > 0 ? tr("year %1 differs from %2 on line %3: a file holds one wave")
                                       .arg(*year).arg(*m_year).arg(m_yearLine)
                                 : tr("year %1 differs from the year given for the import, %2")
                                       .arg(*year).arg(*m_year));
        }
    }

    const QByteArrayView landlord = record.at(map.landlord).trimmed();
    if (landlord.isEmpty())
        error(line, map.landlord, tr("empty landlord"));
    int landlordIndex = m_landlordIndex.find(landlord);
    if (landlordIndex < 0) {
        if (m_landlordIndex.size() >= MaxSegmentValues) {
            error(line, map.landlord, tr("more than %1 landlords").arg(MaxSegmentValues));
            landlordIndex = 0;
        } else {
            landlordIndex = m_landlordIndex.add(landlord);
            data.landlordCodes << QString::fromUtf8(landlord);
        }
    }
    data.landlord.push_back(std::uint16_t(landlordIndex));

    const QByteArrayView qpvCell = record.at(map.qpv);
    const std::optional<bool> qpv = qpvCell == "1" ? std::optional<bool>(true)
                                    : qpvCell == "0" ? std::optional<bool>(false)
                                                     : parseQpv(qpvCell);
    if (!qpv)
        error(line, map.qpv, tr("QPV value %1: expected 1/0, oui/non, yes/no, true/false or QPV/hors QPV")
                                 .arg(shown(qpvCell)));
    data.qpv.push_back(qpv.value_or(false) ? 1 : 0);

    double weight = 1.0;
    if (map.weight >= 0) {
        const std::optional<double> w = parseDecimal(record.at(map.weight));
        if (!w || *w <= 0)
            error(line, map.weight, tr("weight %1: expected a number greater than 0 (1,25 or 1.25)")
                                        .arg(shown(record.at(map.weight))));
        else
            weight = *w;
    }
    data.weights.push_back(weight);

    for (std::size_t a = 0; a < m_answerParsers.size(); ++a) {
        const QByteArrayView cell = record.at(m_answerFileColumns[a]);
        const int code = m_answerParsers[a].parse(cell);
        if (code == AnswerParser::Invalid)
            error(line, m_answerFileColumns[a],
                  tr("answer %1 to %2: expected %3")
                      .arg(shown(cell), data.answers[a].code, m_answerParsers[a].expected()));
        data.answers[a].values.push_back(std::uint8_t(qMax(code, 0)));
    }

    for (std::size_t s = 0; s < m_segmentFileColumns.size(); ++s) {
        const QByteArrayView value = record.at(m_segmentFileColumns[s]).trimmed();
        WaveData::SegmentColumn &segment = data.segments[s];
        int index = m_segmentIndex[s].find(value);
        if (index < 0) {
            if (m_segmentIndex[s].size() >= MaxSegmentValues) {
                error(line, m_segmentFileColumns[s],
                      tr("column \"%1\" has more than %2 different values: it cannot be a segment")
                          .arg(segment.name).arg(MaxSegmentValues));
                index = 0;
            } else {
                index = m_segmentIndex[s].add(value);
                segment.dictionary << QString::fromUtf8(value);
            }
        }
        segment.values.push_back(std::uint16_t(index));
    }
}

void RespondentParser::checkDuplicateIds()
{
    const QStringList &ids = m_result.data.respondentIds;
    std::sort(m_idHashes.begin(), m_idHashes.end());
    std::vector<std::pair<int, int>> duplicates; // (row, first row with that id)
    for (std::size_t i = 0; i < m_idHashes.size();) {
        std::size_t j = i + 1;
        while (j < m_idHashes.size() && m_idHashes[j].first == m_idHashes[i].first)
            ++j;
        // Equal hashes: compare the ids themselves; rows are in file order.
        for (std::size_t a = i + 1; a < j; ++a)
            for (std::size_t b = i; b < a; ++b)
                if (ids.at(m_idHashes[a].second) == ids.at(m_idHashes[b].second)) {
                    duplicates.emplace_back(m_idHashes[a].second, m_idHashes[b].second);
                    break;
                }
        i = j;
    }
    std::sort(duplicates.begin(), duplicates.end());
    for (const auto &[row, first] : duplicates)
        if (!error(m_rowLines[std::size_t(row)], m_result.mapping.id,
                   tr("respondent id %1 already used on line %2")
                       .arg(shown(ids.at(row).toUtf8()))
                       .arg(m_rowLines[std::size_t(first)])))
            break;
}

// Landlords are kept sorted by code so that a wave read back from the store
// numbers them the same way.
void RespondentParser::finish()
{
    WaveData &data = m_result.data;
    data.year = m_year.value_or(0);
    std::vector<int> order(data.landlordCodes.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(),
              [&](int a, int b) { return data.landlordCodes[a] < data.landlordCodes[b]; });
    std::vector<std::uint16_t> newIndex(order.size());
    QStringList sorted;
    for (int i = 0; i < int(order.size()); ++i) {
        newIndex[order[i]] = std::uint16_t(i);
        sorted << data.landlordCodes[order[i]];
    }
    data.landlordCodes = sorted;
    for (std::uint16_t &l : data.landlord)
        l = newIndex[l];
}

ParsedRespondents RespondentParser::run(const ProgressCallback &progress)
{
    m_result.mapping = ColumnMapping::map(m_reader.header(), m_codebook, m_options.year.has_value(),
                                          m_reader.error().file, &m_result.errors);
    if (!m_result.errors.empty())
        return std::move(m_result);
    setUp();
    Record record;
    qint64 rows = 0;
    while (!m_result.moreErrors && m_reader.next(record)) {
        // A row of empty cells (";;;;", as spreadsheets save the rows after
        // the data) holds no respondent; XlsxReader skips such rows too.
        if (record.isBlank())
            continue;
        readRow(record);
        if (++rows % ProgressEvery == 0 && progress && !progress(m_reader.progress())) {
            m_result.cancelled = true;
            return std::move(m_result);
        }
    }
    if (!m_reader.error().isNull()) {
        const ReadError &e = m_reader.error();
        if (int(m_result.errors.size()) < m_options.maxErrors)
            m_result.errors.push_back(e);
        else
            m_result.moreErrors = true;
    }
    if (rows == 0 && m_result.errors.empty())
        m_result.errors.push_back({m_reader.error().file, 2, 0, tr("the file has a header but no respondents")});
    if (!m_year && m_result.errors.empty())
        m_result.errors.push_back({m_reader.error().file, 0, 0, tr("the wave's year is not in the file: give it")});
    checkDuplicateIds();
    std::stable_sort(m_result.errors.begin(), m_result.errors.end(), [](const ReadError &a, const ReadError &b) {
        return a.line != b.line ? a.line < b.line : a.column < b.column;
    });
    finish();
    return std::move(m_result);
}

} // namespace

ParsedRespondents parseRespondents(TableReader &reader, const Codebook &codebook,
                                   const ParseOptions &options, const ProgressCallback &progress)
{
    RespondentParser parser(reader, codebook, options);
    return parser.run(progress);
}
