// How a wave is written, chunk by chunk, in one transaction (WaveWriter).
#include "wavesession.h"

#include "chunkencoding.h"
#include "pseudonymiser.h"
#include "storechecksum.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QVariant>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Store::WaveSession", text);
}

} // namespace

Store::WaveSession::WaveSession(Store &store)
    : m_store(store)
{
}

bool Store::WaveSession::failBatch(const RowBatch &batch)
{
    return m_store.failSql(batch.error());
}

bool Store::WaveSession::begin(const WaveInfo &info, qint64 replacedId, const Codebook *newQuestions)
{
    Q_ASSERT(!m_transaction);
    m_transaction.emplace(m_store.m_db);
    if (!m_transaction->isActive()) {
        // A connection the driver closed (the server gone away) says so, as
        // does the server's own refusal; an SQLite file is held by another
        // writer.
        if (!m_store.m_db.isOpen())
            return m_store.failSql(QSqlError());
        if (m_store.isServer())
            return m_store.failSql(m_store.m_db.lastError());
        return m_store.fail(StoreError::Kind::Locked, tr("the store is busy; try again"));
    }
    if (newQuestions && !m_store.writeQuestions(*newQuestions))
        return false;
    if (replacedId != 0 && !m_store.deleteWaveRows(replacedId))
        return false;
    m_replaces = replacedId != 0;
    // respondent_count is set by finish(), once every chunk is written.
    const StoreDialect &dialect = *m_store.m_dialect;
    QSqlQuery insert(m_store.m_db);
    insert.prepare(dialect.insertReturningId(QStringLiteral(
        "INSERT INTO waves (year, scope, source_file, sha256, imported_at, respondent_count, is_demo, strata, notes) "
        "VALUES (?, ?, ?, ?, ?, 0, ?, ?, COALESCE(?, ''))")));
    insert.addBindValue(info.year);
    insert.addBindValue(info.scope);
    insert.addBindValue(info.sourceFile);
    insert.addBindValue(info.sha256);
    insert.addBindValue(info.importedAt.toUTC().toString(Qt::ISODate));
    insert.addBindValue(info.isDemo ? 1 : 0);
    insert.addBindValue(info.strata.isNull() ? QStringLiteral("") : info.strata); // NOT NULL: '' is no strata
    insert.addBindValue(info.notes.isNull() ? QStringLiteral("") : info.notes);
    m_notes = info.notes;
    if (!insert.exec())
        return m_store.failQuery(insert);
    const qint64 waveId = dialect.insertedId(insert);
    if (waveId <= 0)
        return m_store.failQuery(insert);

    m_waveId = waveId;
    // On a server each chunk row names its landlord (row-level security),
    // and the rows go as binary parameters (wavesessionserver.cpp).
    if (dialect.chunksHoldOneLandlord()) {
        m_pipe.emplace(m_store.m_db);
        if (!m_pipe->isValid())
            return failPipe();
        m_serverRows.emplace(*m_pipe, waveId);
    } else {
        m_respondents.emplace(m_store.m_db, dialect, QStringLiteral("respondents"),
                              QStringList{"wave_id", "chunk", "ids", "landlords", "qpv", "weights", "checksum"});
        m_answers.emplace(m_store.m_db, dialect, QStringLiteral("answer_columns"),
                          QStringList{"wave_id", "question", "chunk", "position", "type", "bits", "answers", "checksum"});
        m_segments.emplace(m_store.m_db, dialect, QStringLiteral("segment_codes"),
                           QStringList{"wave_id", "position", "chunk", "codes", "checksum"});
    }
    m_year = info.year;
    m_scope = info.scope;
    m_strata = info.strata;
    return true;
}

bool Store::WaveSession::writeChunk(QByteArrayView ids, const WaveData &columns)
{
    Q_ASSERT(m_waveId != 0);
    Q_ASSERT(m_store.m_pseudonymiser);
    if (m_serverRows)
        return writeServerChunk(ids, columns);
    const QString pseudonyms = m_store.m_pseudonymiser->pseudonymiseLines(ids);
    if (pseudonyms.isEmpty())
        return m_store.fail(StoreError::Kind::Failed, tr("the respondent ids could not be pseudonymised"));
    // Every row is written before the columns go: the batches hold their bytes.
    if (!writeOneChunk(pseudonyms, columns))
        return false;
    if (!m_respondents->flush())
        return failBatch(*m_respondents);
    if (!m_answers->flush())
        return failBatch(*m_answers);
    if (!m_segments->flush())
        return failBatch(*m_segments);
    return true;
}

bool Store::WaveSession::flush()
{
    return !m_serverRows || m_serverRows->flush() || failPipe();
}

// The store's id of the landlord code, its row made if new (in the
// transaction); a null id for an empty code.
bool Store::WaveSession::chunkLandlordId(const QString &code, QVariant *id)
{
    *id = QVariant(QMetaType::fromType<qint64>());
    if (code.isEmpty()) {
        m_chunksWithoutLandlord = true;
        return true;
    }
    auto found = m_landlordIds.constFind(code);
    if (found == m_landlordIds.constEnd()) {
        const qint64 landlordId = m_store.landlordId(code);
        if (landlordId == 0)
            return false;
        found = m_landlordIds.insert(code, landlordId);
    }
    *id = *found;
    return true;
}

bool Store::WaveSession::writeOneChunk(const QString &pseudonyms, const WaveData &columns)
{
    const QByteArray weights = ChunkEncoding::weights(columns.weights);
    const QByteArray landlords = ChunkEncoding::codes(columns.landlord);
    const QByteArray qpv = ChunkEncoding::bytesOf(columns.qpv);
    if (!m_respondents->add(QVariantList{m_waveId, m_chunks, pseudonyms, landlords, qpv, weights,
                                         StoreChecksum::respondents(m_chunks, landlords, qpv, weights)}))
        return failBatch(*m_respondents);
    for (int c = 0; c < int(columns.answers.size()); ++c) {
        const WaveData::AnswerColumn &column = columns.answers[c];
        int bits = 8;
        const QByteArray packed = ChunkEncoding::packAnswers(column.values, &bits);
        const QString type = questionTypeName(column.type);
        if (!m_answers->add(QVariantList{m_waveId, column.code, m_chunks, c, type, bits, packed,
                                         StoreChecksum::answers(column.code, m_chunks, c, type, bits, packed)}))
            return failBatch(*m_answers);
    }
    for (int c = 0; c < int(columns.segments.size()); ++c) {
        const QByteArray codes = ChunkEncoding::codes(columns.segments[c].values);
        if (!m_segments->add(QVariantList{m_waveId, c, m_chunks, codes, StoreChecksum::segmentCodes(c, m_chunks, codes)}))
            return failBatch(*m_segments);
    }
    ++m_chunks;
    m_respondentCount += qint64(columns.weights.size());
    return true;
}

qint64 Store::WaveSession::finish(const QStringList &landlordCodes, const std::vector<int> &blobIndex,
                                  const std::vector<WaveData::SegmentColumn> &segments, const QByteArray &summary)
{
    Q_ASSERT(m_waveId != 0);
    Q_ASSERT(blobIndex.empty() || blobIndex.size() == std::size_t(landlordCodes.size()));
    if (m_serverRows)
        return finishOnServer(landlordCodes, blobIndex, segments, summary);
    RowBatch landlords(m_store.m_db, *m_store.m_dialect, QStringLiteral("wave_landlords"),
                       {"wave_id", "position", "landlord_id", "blob_index"});
    std::vector<qint64> storedIndex;
    for (int i = 0; i < landlordCodes.size(); ++i) {
        QVariant id;
        if (!chunkLandlordId(landlordCodes[i], &id))
            return 0;
        // NULL when the chunks use the position itself, as waves written
        // before blob_index existed do.
        const int index = blobIndex.empty() ? i : blobIndex[std::size_t(i)];
        storedIndex.push_back(index == i ? -1 : index);
        if (!landlords.add({m_waveId, i, id, index == i ? QVariant(QMetaType::fromType<int>()) : QVariant(index)})) {
            m_store.failSql(landlords.error());
            return 0;
        }
    }
    if (!landlords.flush()) {
        m_store.failSql(landlords.error());
        return 0;
    }
    QSqlQuery segment(m_store.m_db);
    segment.prepare(QStringLiteral("INSERT INTO segment_columns (wave_id, position, name, dictionary, checksum) "
                                   "VALUES (?, ?, ?, ?, ?)"));
    for (int c = 0; c < int(segments.size()); ++c) {
        const QString dictionary = QString::fromUtf8(
            QJsonDocument(QJsonArray::fromStringList(segments[c].dictionary)).toJson(QJsonDocument::Compact));
        segment.bindValue(0, m_waveId);
        segment.bindValue(1, c);
        segment.bindValue(2, segments[c].name);
        segment.bindValue(3, dictionary);
        segment.bindValue(4, StoreChecksum::segmentColumn(c, segments[c].name, dictionary));
        if (!segment.exec()) {
            m_store.failQuery(segment);
            return 0;
        }
    }
    QSqlQuery count(m_store.m_db);
    count.prepare(QStringLiteral("UPDATE waves SET respondent_count = ?, notes = COALESCE(?, ''), checksum = ? "
                                 "WHERE id = ?"));
    count.addBindValue(m_respondentCount);
    count.addBindValue(m_notes.isNull() ? QStringLiteral("") : m_notes);
    count.addBindValue(StoreChecksum::wave(m_year, m_scope, m_respondentCount, landlordCodes, storedIndex));
    count.addBindValue(m_waveId);
    if (!count.exec()) {
        m_store.failQuery(count);
        return 0;
    }
    if (!summary.isEmpty() && !m_store.writeWaveSummary(m_waveId, summary))
        return 0;
    // Statements still open would keep the transaction's read lock.
    m_respondents->clear();
    m_answers->clear();
    m_segments->clear();
    return commit() ? m_waveId : 0;
}

// The commit writes the last pages: a full disk or a refused write may show
// only here, and is reported as such.
bool Store::WaveSession::commit()
{
    if (!m_transaction->commit())
        return m_store.failCommit(m_transaction->error());
    // The replaced wave leaves nothing behind either (Store::deleteWave()).
    if (m_replaces)
        m_store.wipeFreedPages();
    // The damage found earlier may have been in the wave just replaced.
    m_store.m_damage = {};
    return true;
}
