// How a wave is written, chunk by chunk, in one transaction (WaveWriter).
#include "wavesession.h"

#include "pseudonymiser.h"
#include "storechecksum.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QVariant>
#include <QtEndian>

#include <algorithm>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Store::WaveSession", text);
}

QByteArray encodeCodes(const std::vector<std::uint16_t> &codes)
{
    QByteArray bytes(qsizetype(codes.size() * 2), Qt::Uninitialized);
    for (std::size_t i = 0; i < codes.size(); ++i)
        qToLittleEndian(codes[i], bytes.data() + 2 * i);
    return bytes;
}

// The driver binds blobs without copying them: the column's own bytes are
// written as they are (the batches are written before the chunk goes).
QByteArray bytesOf(const std::vector<std::uint8_t> &values)
{
    return QByteArray::fromRawData(reinterpret_cast<const char *>(values.data()), qsizetype(values.size()));
}

// Most answers are codes 0..4: two to a byte halve the bytes written, which
// the import pays for twice (the WAL, then the checkpoint).
QByteArray packAnswers(const std::vector<std::uint8_t> &values, int *bits)
{
    const bool fits = std::all_of(values.begin(), values.end(), [](std::uint8_t v) { return v <= 15; });
    *bits = fits ? 4 : 8;
    if (!fits)
        return bytesOf(values);
    QByteArray bytes((qsizetype(values.size()) + 1) / 2, '\0');
    char *out = bytes.data();
    const std::size_t pairs = values.size() / 2;
    for (std::size_t i = 0; i < pairs; ++i)
        out[i] = char(values[2 * i] | (values[2 * i + 1] << 4));
    if (values.size() % 2)
        out[pairs] = char(values.back());
    return bytes;
}

// The respondents of columns split by landlord, each part in the order of
// the chunk; parts in order of each landlord's first respondent.
std::vector<std::pair<QStringList, WaveData>> splitByLandlord(const QStringList &ids, const WaveData &columns)
{
    std::vector<int> partOf(std::size_t(1) << 16, -1);
    std::vector<std::pair<QStringList, WaveData>> parts;
    for (std::size_t i = 0; i < columns.weights.size(); ++i) {
        int &part = partOf[columns.landlord[i]];
        if (part < 0) {
            part = int(parts.size());
            WaveData data;
            for (const WaveData::AnswerColumn &column : columns.answers)
                data.answers.push_back({column.code, column.type, {}});
            for (const WaveData::SegmentColumn &column : columns.segments)
                data.segments.push_back({column.name, {}, {}});
            parts.emplace_back(QStringList(), std::move(data));
        }
        auto &[partIds, data] = parts[std::size_t(part)];
        partIds << ids.at(qsizetype(i));
        data.weights.push_back(columns.weights[i]);
        data.landlord.push_back(columns.landlord[i]);
        data.qpv.push_back(columns.qpv[i]);
        for (std::size_t c = 0; c < columns.answers.size(); ++c)
            data.answers[c].values.push_back(columns.answers[c].values[i]);
        for (std::size_t c = 0; c < columns.segments.size(); ++c)
            data.segments[c].values.push_back(columns.segments[c].values[i]);
    }
    return parts;
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

    // On a server each chunk row names its landlord (row-level security).
    const QStringList landlord = dialect.chunksHoldOneLandlord() ? QStringList{"landlord_id"} : QStringList();
    m_respondents.emplace(m_store.m_db, dialect, QStringLiteral("respondents"),
                          QStringList{"wave_id", "chunk", "ids", "landlords", "qpv", "weights", "checksum"} + landlord);
    m_answers.emplace(m_store.m_db, dialect, QStringLiteral("answer_columns"),
                      QStringList{"wave_id", "question", "chunk", "position", "type", "bits", "answers", "checksum"}
                          + landlord);
    m_segments.emplace(m_store.m_db, dialect, QStringLiteral("segment_codes"),
                       QStringList{"wave_id", "position", "chunk", "codes", "checksum"} + landlord);
    m_waveId = waveId;
    m_year = info.year;
    m_scope = info.scope;
    return true;
}

bool Store::WaveSession::writeChunk(QByteArrayView ids, const WaveData &columns)
{
    Q_ASSERT(m_waveId != 0);
    Q_ASSERT(m_store.m_pseudonymiser);
    const QString pseudonyms = m_store.m_pseudonymiser->pseudonymiseLines(ids);
    if (pseudonyms.isEmpty())
        return m_store.fail(StoreError::Kind::Failed, tr("the respondent ids could not be pseudonymised"));
    // Every row is written before the columns go: the batches hold their bytes.
    const auto flush = [this] {
        if (!m_respondents->flush())
            return failBatch(*m_respondents);
        if (!m_answers->flush())
            return failBatch(*m_answers);
        if (!m_segments->flush())
            return failBatch(*m_segments);
        return true;
    };
    if (!m_store.m_dialect->chunksHoldOneLandlord())
        return writeOneChunk(pseudonyms, columns, QVariant()) && flush();
    const auto parts = splitByLandlord(pseudonyms.split(QLatin1Char('\n')), columns);
    for (const auto &[partIds, part] : parts) {
        QVariant landlordId;
        if (!chunkLandlordId(columns.landlordCodes.value(part.landlord.front()), &landlordId)
            || !writeOneChunk(partIds.join(QLatin1Char('\n')), part, landlordId))
            return false;
    }
    return flush();
}

// The server's id of the landlord code, its row made if new (in the
// transaction); a null id when the chunk did not name its codes: finish()
// sets it then.
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

bool Store::WaveSession::writeOneChunk(const QString &pseudonyms, const WaveData &columns, const QVariant &landlordId)
{
    // The landlord_id column is there on a server only.
    const QVariantList landlord = m_store.m_dialect->chunksHoldOneLandlord() ? QVariantList{landlordId} : QVariantList();
    QByteArray weights(qsizetype(columns.weights.size() * sizeof(double)), Qt::Uninitialized);
    for (std::size_t i = 0; i < columns.weights.size(); ++i)
        qToLittleEndian(columns.weights[i], weights.data() + i * sizeof(double));
    const QByteArray landlords = encodeCodes(columns.landlord);
    const QByteArray qpv = bytesOf(columns.qpv);
    if (!m_respondents->add(QVariantList{m_waveId, m_chunks, pseudonyms, landlords, qpv, weights,
                                         StoreChecksum::respondents(m_chunks, landlords, qpv, weights)}
                            + landlord))
        return failBatch(*m_respondents);
    for (int c = 0; c < int(columns.answers.size()); ++c) {
        const WaveData::AnswerColumn &column = columns.answers[c];
        int bits = 8;
        const QByteArray packed = packAnswers(column.values, &bits);
        const QString type = questionTypeName(column.type);
        if (!m_answers->add(QVariantList{m_waveId, column.code, m_chunks, c, type, bits, packed,
                                         StoreChecksum::answers(column.code, m_chunks, c, type, bits, packed)}
                            + landlord))
            return failBatch(*m_answers);
    }
    for (int c = 0; c < int(columns.segments.size()); ++c) {
        const QByteArray codes = encodeCodes(columns.segments[c].values);
        if (!m_segments->add(QVariantList{m_waveId, c, m_chunks, codes, StoreChecksum::segmentCodes(c, m_chunks, codes)}
                             + landlord))
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
    // The server's chunks written without their landlord learn it now that
    // its row exists.
    const QStringList assignLandlords =
        m_chunksWithoutLandlord ? m_store.m_dialect->chunkLandlordStatements() : QStringList();
    for (const QString &statement : assignLandlords) {
        QSqlQuery update(m_store.m_db);
        update.prepare(statement);
        update.addBindValue(m_waveId);
        if (!update.exec()) {
            m_store.failQuery(update);
            return 0;
        }
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
    // The commit writes the last pages: a full disk or a refused write may
    // show only here, and is reported as such.
    if (!m_transaction->commit()) {
        m_store.failSql(m_transaction->error());
        return 0;
    }
    // The replaced wave leaves nothing behind either (Store::deleteWave()).
    if (m_replaces)
        m_store.wipeFreedPages();
    // The damage found earlier may have been in the wave just replaced.
    m_store.m_damage = {};
    return m_waveId;
}
