#include "wavewriter.h"

#include "wavesession.h"

WaveWriter::WaveWriter(Store &store)
    : m_store(store)
{
}

WaveWriter::~WaveWriter() = default;

bool WaveWriter::begin(const WaveInfo &info, qint64 replacedId, const Codebook *newQuestions)
{
    Q_ASSERT(!m_session);
    m_session = std::make_unique<Store::WaveSession>(m_store);
    if (m_session->begin(info, replacedId, newQuestions))
        return true;
    m_session.reset();
    return false;
}

void WaveWriter::rollback()
{
    m_session.reset();
}

qint64 WaveWriter::waveId() const
{
    return m_session ? m_session->waveId() : 0;
}

bool WaveWriter::writeChunk(QByteArrayView ids, const WaveData &columns)
{
    Q_ASSERT(isStarted());
    return m_session->writeChunk(ids, columns);
}

bool WaveWriter::flush()
{
    Q_ASSERT(isStarted());
    return m_session->flush();
}

void WaveWriter::setNotes(const QString &notes)
{
    if (m_session)
        m_session->m_notes = notes;
}

qint64 WaveWriter::finish(const QStringList &landlordCodes, const std::vector<int> &blobIndex,
                          const std::vector<WaveData::SegmentColumn> &segments, const QByteArray &summary)
{
    Q_ASSERT(isStarted());
    return m_session->finish(landlordCodes, blobIndex, segments, summary);
}
