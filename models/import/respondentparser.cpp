#include "respondentparser.h"

#include "duplicateids.h"
#include "readers/tablereader.h"
#include "textkey.h"
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
// the last value and, for a handful of values, a short list are tried before
// hashing.
class ValueDictionary
{
public:
    /// The value's index, or -1 when it is new.
    int find(QByteArrayView value)
    {
        if (m_last >= 0 && same(value, m_values[m_last]))
            return m_last;
        if (m_values.size() <= 8) {
            for (int i = 0; i < int(m_values.size()); ++i)
                if (same(value, m_values[i]))
                    return m_last = i;
            return -1;
        }
        const auto it = m_index.constFind(value);
        return it == m_index.cend() ? -1 : (m_last = *it);
    }
    int add(QByteArrayView value)
    {
        m_values.push_back(value.toByteArray());
        // A QByteArray's bytes stay where they are when the vector grows.
        m_index.insert(QByteArrayView(m_values.back()), int(m_values.size()) - 1);
        return m_last = int(m_values.size()) - 1;
    }
    int size() const { return int(m_values.size()); }

private:
    // Values are a few bytes long: compared inline rather than by a call.
    static bool same(QByteArrayView a, const QByteArray &b)
    {
        if (a.size() != b.size())
            return false;
        for (qsizetype i = 0; i < a.size(); ++i)
            if (a[i] != b[i])
                return false;
        return true;
    }

    std::vector<QByteArray> m_values;
    QHash<QByteArrayView, int> m_index;
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
    return QLatin1Char('"') + shownValue(QString::fromUtf8(value)) + QLatin1Char('"');
}

class RespondentParser
{
public:
    RespondentParser(TableReader &reader, const Codebook &codebook, const ParseOptions &options,
                     const ChunkSink &sink)
        : m_reader(reader)
        , m_codebook(codebook)
        , m_options(options)
        , m_sink(sink)
    {
    }

    ParsedRespondents run(const ProgressCallback &progress);

private:
    bool error(qint64 line, int column, const QString &message)
    {
        ++m_result.errorCount;
        if (int(m_result.errors.size()) >= m_options.maxErrors) {
            m_result.moreErrors = true;
            return false;
        }
        m_result.errors.push_back({m_reader.error().file, line, column + 1, message});
        return true;
    }
    void setUp();
    void readRow(const Record &record);
    bool flush();
    void checkDuplicateIds();
    void findIdentifierColumns();
    qint64 lineOf(int row) const;
    void finish();

    TableReader &m_reader;
    const Codebook &m_codebook;
    ParseOptions m_options;
    const ChunkSink &m_sink;
    ParsedRespondents m_result;

    WaveData m_chunk;                               // the respondents not yet handed over
    qsizetype m_chunkIdsBegin = 0;                  // where their ids start in m_ids
    int m_rows = 0;
    std::vector<AnswerParser> m_answerParsers;      // per answer column
    std::vector<int> m_answerFileColumns;
    std::vector<int> m_segmentFileColumns;
    std::vector<ValueDictionary> m_segmentIndex;
    std::vector<std::vector<int>> m_segmentCounts;  // respondents per value
    std::vector<int> m_segmentMappingColumns;       // index in mapping.columns
    bool m_identifiersByName = false;               // refused anyway: nothing handed over
    ValueDictionary m_landlordIndex;
    QStringList m_landlordCodes;                    // in order of first appearance
    // Every id, each followed by '\n' (an id holds no line break): a few bytes
    // per respondent, kept for the duplicate check at the end.
    QByteArray m_ids;
    // (row, line) wherever a row does not start on the line after the
    // previous one: lines of rows are needed only to report duplicates.
    std::vector<std::pair<int, qint64>> m_lineJumps;
    qint64 m_lastLine = -1;
    std::optional<int> m_year;
    qint64 m_yearLine = 0;
};

void RespondentParser::setUp()
{
    WaveData &data = m_result.data;
    for (int i = 0; i < int(m_result.mapping.columns.size()); ++i) {
        const ColumnMapping::Column &c = m_result.mapping.columns[std::size_t(i)];
        if (c.role == ColumnMapping::Role::Question) {
            const Question &q = m_codebook.questions()[c.question];
            m_answerParsers.emplace_back(q);
            m_answerFileColumns.push_back(c.index);
            data.answers.push_back({q.code, q.type, {}});
        } else if (c.role == ColumnMapping::Role::Segment) {
            m_segmentFileColumns.push_back(c.index);
            m_segmentIndex.emplace_back();
            m_segmentCounts.emplace_back();
            m_segmentMappingColumns.push_back(i);
            data.segments.push_back({c.header, {}, {}});
            m_identifiersByName = m_identifiersByName || (!c.kept && isIdentifierHeader(c.header));
        }
    }
    m_chunk.answers = data.answers;
    m_chunk.segments = data.segments;
    m_chunk.landlord.reserve(RespondentChunkSize);
    m_chunk.qpv.reserve(RespondentChunkSize);
    m_chunk.weights.reserve(RespondentChunkSize);
    for (WaveData::AnswerColumn &column : m_chunk.answers)
        column.values.reserve(RespondentChunkSize);
    for (WaveData::SegmentColumn &column : m_chunk.segments)
        column.values.reserve(RespondentChunkSize);
    m_year = m_options.year;
}

void RespondentParser::readRow(const Record &record)
{
    WaveData &data = m_chunk;
    const ColumnMapping &map = m_result.mapping;
    const qint64 line = record.line;
    const int row = m_rows++;
    if (line != m_lastLine + 1)
        m_lineJumps.emplace_back(row, line);
    m_lastLine = line;

    // Trimmed as QString::trimmed() does: bytes when the ends are ASCII,
    // where both agree, else through QString (a no-break space, say).
    QByteArrayView id = record.at(map.id).trimmed();
    QByteArray unicodeTrimmed;
    if (!id.isEmpty() && (uchar(id.front()) >= 0x80 || uchar(id.back()) >= 0x80)) {
        unicodeTrimmed = QString::fromUtf8(id).trimmed().toUtf8();
        id = unicodeTrimmed;
    }
    if (id.isEmpty())
        error(line, map.id, tr("empty respondent id"));
    else if (id.contains('\n') || id.contains('\r'))
        error(line, map.id, tr("respondent id %1 contains a line break").arg(shown(id)));
    else if (controlByteAt(id) >= 0)
        error(line, map.id, controlCharacterMessage(tr("the respondent id"), QString::fromUtf8(id)));
    // A rejected id is kept as an empty line, so that line r of m_ids stays row r.
    if (!id.contains('\n') && !id.contains('\r'))
        m_ids.append(id);
    m_ids.append('\n');

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
            m_landlordCodes << QString::fromUtf8(landlord);
            if (controlByteAt(landlord) >= 0)
                error(line, map.landlord, controlCharacterMessage(tr("the landlord"), m_landlordCodes.back()));
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
                m_segmentCounts[s].push_back(0);
                if (controlByteAt(value) >= 0)
                    error(line, m_segmentFileColumns[s],
                          controlCharacterMessage(tr("the value of %1").arg(segment.name), segment.dictionary.back()));
            }
        }
        ++m_segmentCounts[s][std::size_t(index)];
        segment.values.push_back(std::uint16_t(index));
    }
}

// Hands the chunk over (without a sink, appends it to the whole wave) and
// empties it. Once the file is known to be invalid, chunks are dropped.
bool RespondentParser::flush()
{
    const QByteArrayView ids = QByteArrayView(m_ids).sliced(m_chunkIdsBegin);
    bool ok = true;
    if (!m_sink) {
        WaveData &data = m_result.data;
        for (qsizetype begin = 0; begin < ids.size();) {
            const qsizetype end = ids.indexOf('\n', begin);
            data.respondentIds << QString::fromUtf8(ids.sliced(begin, end - begin));
            begin = end + 1;
        }
        data.landlord.insert(data.landlord.end(), m_chunk.landlord.begin(), m_chunk.landlord.end());
        data.qpv.insert(data.qpv.end(), m_chunk.qpv.begin(), m_chunk.qpv.end());
        data.weights.insert(data.weights.end(), m_chunk.weights.begin(), m_chunk.weights.end());
        for (std::size_t a = 0; a < data.answers.size(); ++a)
            data.answers[a].values.insert(data.answers[a].values.end(), m_chunk.answers[a].values.begin(),
                                          m_chunk.answers[a].values.end());
        for (std::size_t s = 0; s < data.segments.size(); ++s)
            data.segments[s].values.insert(data.segments[s].values.end(), m_chunk.segments[s].values.begin(),
                                           m_chunk.segments[s].values.end());
    } else if (m_result.errors.empty() && !m_identifiersByName && m_year && !m_chunk.weights.empty()) {
        // Without a year the file is refused at the end anyway. The codes
        // so far, in the chunks' order: a server store files each chunk
        // under its landlord as it is written (WaveWriter).
        m_chunk.landlordCodes = m_landlordCodes;
        ok = m_sink({m_chunk, ids, int(m_landlordCodes.size()), m_year.value_or(0)});
    }
    m_chunkIdsBegin = m_ids.size();
    m_chunk.landlord.clear();
    m_chunk.qpv.clear();
    m_chunk.weights.clear();
    for (WaveData::AnswerColumn &column : m_chunk.answers)
        column.values.clear();
    for (WaveData::SegmentColumn &column : m_chunk.segments)
        column.values.clear();
    return ok;
}

qint64 RespondentParser::lineOf(int row) const
{
    const auto jump = std::upper_bound(m_lineJumps.begin(), m_lineJumps.end(), row,
                                       [](int r, const std::pair<int, qint64> &j) { return r < j.first; });
    Q_ASSERT(jump != m_lineJumps.begin());
    return std::prev(jump)->second + (row - std::prev(jump)->first);
}

void RespondentParser::checkDuplicateIds()
{
    for (const DuplicateId &duplicate : findDuplicateIds(m_ids, m_rows))
        if (!error(lineOf(duplicate.row), m_result.mapping.id,
                   tr("respondent id %1 already used on line %2")
                       .arg(shown(duplicate.id))
                       .arg(lineOf(duplicate.firstRow))))
            break;
}

// Every segment column not kept knowingly whose name or content marks it as
// identifying people, in file order.
void RespondentParser::findIdentifierColumns()
{
    for (std::size_t s = 0; s < m_segmentMappingColumns.size(); ++s) {
        const ColumnMapping::Column &c = m_result.mapping.columns[std::size_t(m_segmentMappingColumns[s])];
        if (c.kept)
            continue;
        std::optional<IdentifierColumn::Reason> reason;
        if (isIdentifierHeader(c.header))
            reason = IdentifierColumn::Reason::Name;
        else
            reason = identifyingContent(m_chunk.segments[s].dictionary, m_segmentCounts[s], m_rows);
        if (reason)
            m_result.identifiers.push_back({c.index, c.header, *reason});
    }
}

// Landlords are kept sorted by code so that a wave read back from the store
// numbers them the same way; the chunks keep the order of first appearance.
void RespondentParser::finish()
{
    WaveData &data = m_result.data;
    data.year = m_year.value_or(0);
    m_result.respondentCount = m_rows;
    std::vector<int> order(m_landlordCodes.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(),
              [&](int a, int b) { return m_landlordCodes[a] < m_landlordCodes[b]; });
    data.landlordCodes.clear();
    for (int i : order)
        data.landlordCodes << m_landlordCodes[i];
    if (m_sink) {
        m_result.landlordBlobIndex = std::move(order);
        for (std::size_t s = 0; s < data.segments.size(); ++s)
            data.segments[s].dictionary = m_chunk.segments[s].dictionary;
        return;
    }
    std::vector<std::uint16_t> newIndex(order.size());
    for (int i = 0; i < int(order.size()); ++i)
        newIndex[order[i]] = std::uint16_t(i);
    for (std::uint16_t &l : data.landlord)
        l = newIndex[l];
    for (std::size_t s = 0; s < data.segments.size(); ++s)
        data.segments[s].dictionary = m_chunk.segments[s].dictionary;
}

ParsedRespondents RespondentParser::run(const ProgressCallback &progress)
{
    m_result.mapping = ColumnMapping::map(m_reader.header(), m_codebook, m_options.year.has_value(),
                                          m_reader.error().file, &m_result.errors);
    m_result.mapping.applyChoices(m_options.dropColumns, m_options.keepColumns, m_reader.error().file,
                                  &m_result.errors);
    if (!m_result.errors.empty())
        return std::move(m_result);
    setUp();
    Record record;
    // Past maxErrors the rows are still read, to count the problems.
    while (m_reader.next(record)) {
        // A row of empty cells (";;;;", as spreadsheets save the rows after
        // the data) holds no respondent; XlsxReader skips such rows too.
        if (record.isBlank())
            continue;
        readRow(record);
        if (m_rows % RespondentChunkSize == 0 && !flush()) {
            m_result.stopped = true;
            return std::move(m_result);
        }
        if (m_rows % ProgressEvery == 0 && progress && !progress(m_reader.progress())) {
            m_result.cancelled = true;
            return std::move(m_result);
        }
    }
    if (!m_reader.error().isNull()) {
        const ReadError &e = m_reader.error();
        ++m_result.errorCount;
        if (int(m_result.errors.size()) < m_options.maxErrors)
            m_result.errors.push_back(e);
        else
            m_result.moreErrors = true;
    }
    if (!flush()) {
        m_result.stopped = true;
        return std::move(m_result);
    }
    if (m_rows == 0 && m_result.errors.empty())
        m_result.errors.push_back({m_reader.error().file, 2, 0, tr("the file has a header but no respondents")});
    if (!m_year && m_result.errors.empty())
        m_result.errors.push_back({m_reader.error().file, 0, 0, tr("the wave's year is not in the file: give it")});
    checkDuplicateIds();
    findIdentifierColumns();
    m_result.errorCount = std::max(m_result.errorCount, qint64(m_result.errors.size()));
    std::stable_sort(m_result.errors.begin(), m_result.errors.end(), [](const ReadError &a, const ReadError &b) {
        return a.line != b.line ? a.line < b.line : a.column < b.column;
    });
    finish();
    return std::move(m_result);
}

} // namespace

ParsedRespondents parseRespondents(TableReader &reader, const Codebook &codebook,
                                   const ParseOptions &options, const ProgressCallback &progress,
                                   const ChunkSink &sink)
{
    RespondentParser parser(reader, codebook, options, sink);
    return parser.run(progress);
}
