#pragma once

#include "landlordsegments.h"
#include "pgpipe.h"
#include "wavedata.h"

#include <QByteArrayView>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

/// A wave's respondent-level rows on a server (WaveWriter): each chunk row
/// holds one landlord's respondents (row-level security filters on its
/// landlord_id). The file's chunks are gathered by landlord, up to
/// HeldRespondents in all (about 5 MB with 41 questions), then written as
/// one chunk of respondents per landlord, in order of each landlord's first
/// respondent: a respondents row, an answer_columns row (every question's
/// column in one row, pgtables.cpp step 3) and a segment_codes row per
/// segment column. Statements of about SliceRespondents respondents each
/// carry them (PgPipe): the client encodes the next while the server stores
/// one, and the last is sent without waiting for its result, stored while
/// the client makes the wave's summary. Each landlord's respondents keep
/// the file's order. Fewer, larger rows are what the server pays for: every
/// row costs its foreign-key checks and index entries, whatever its size.
class PgWaveRows
{
public:
    static constexpr int HeldRespondents = 65536;

    PgWaveRows(PgPipe &pipe, qint64 waveId);
    ~PgWaveRows();

    /// A file chunk: pseudonyms joined by '\n', in the columns' order;
    /// landlordIds[c], the server's id of the chunk's landlord code c
    /// (nullopt: not known yet, finish() sets it).
    bool add(QByteArrayView pseudonyms, const WaveData &columns, const std::vector<std::optional<qint64>> &landlordIds);
    /// Sends what is held.
    bool flush();
    /// The values of each segment column that the respondents added so far
    /// with the chunks' landlord code have (LandlordSegments).
    LandlordSegments::Used usedSegmentValues(std::uint16_t code) const
    {
        return code < m_usedSegmentValues.size() ? m_usedSegmentValues[code] : LandlordSegments::Used();
    }
    int chunks() const { return m_chunks; }
    qint64 respondentCount() const { return m_respondents; }
    QSqlError error() const { return m_pipe.error(); }

private:
    struct Part;
    /// About how many respondents one statement writes.
    static constexpr qsizetype SliceRespondents = 16384;
    static QByteArray statement(int answerRows);
    bool sendParts(const std::vector<std::uint16_t> &codes);

    PgPipe &m_pipe;
    qint64 m_waveId;
    std::vector<std::unique_ptr<Part>> m_parts;   // by the chunks' landlord code
    std::vector<std::uint16_t> m_order;           // the codes held, by first respondent
    std::vector<WaveData::AnswerColumn> m_answerColumns; // codes and types; no values
    std::vector<LandlordSegments::Used> m_usedSegmentValues; // by the chunks' landlord code
    int m_segmentColumns = 0;
    bool m_columnsKnown = false;
    int m_held = 0;
    int m_chunks = 0;
    qint64 m_respondents = 0;
};
