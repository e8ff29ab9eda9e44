#include "wavewriter.h"

#include "pseudonymiser.h"
#include "store.h"
#include "storechecksum.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QVariant>
#include <QtEndian>

#include <algorithm>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Store", text);
}

QByteArray encodeCodes(const std::vector<std::uint16_t> &codes)
{
    QByteArray bytes(qsizetype(codes.size() * 2), Qt::Uninitialized);
    for (std::size_t i = 0; i < codes.size(); ++i)
        qToLittleEndian(codes[i], bytes.data() + 2 * i);
    return bytes;
}

// The driver binds blobs without copying them: the column's own bytes are
// written as they are.
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

} // namespace

WaveWriter::WaveWriter(Store &store)
    : m_store(store)
{
}

bool WaveWriter::begin(const WaveInfo &info, qint64 replacedId, const Codebook *newQuestions)
{
    Q_ASSERT(!m_transaction);
    m_transaction.emplace(m_store.m_db);
    if (!m_transaction->isActive())
        return m_store.fail(StoreError::Kind::Locked, tr("the store is busy; try again"));
    if (newQuestions && !m_store.writeQuestions(*newQuestions))
        return false;
    if (replacedId != 0 && !m_store.deleteWaveRows(replacedId))
        return false;
    m_replaces = replacedId != 0;
    // respondent_count is set by finish(), once every chunk is written.
    QSqlQuery insert(m_store.m_db);
    insert.prepare(QStringLiteral(
        "INSERT INTO waves (year, scope, source_file, sha256, imported_at, respondent_count, is_demo, strata, notes) "
        "VALUES (?, ?, ?, ?, ?, 0, ?, ?, COALESCE(?, ''))"));
    insert.addBindValue(info.year);
    insert.addBindValue(info.scope);
    insert.addBindValue(info.sourceFile);
    insert.addBindValue(info.sha256);
    insert.addBindValue(info.importedAt.toUTC().toString(Qt::ISODate));
    insert.addBindValue(info.isDemo ? 1 : 0);
    insert.addBindValue(info.strata.isNull() ? QStringLiteral("") : info.strata); // NOT NULL: '' is no strata
    insert.addBindValue(info.notes);
    m_notes = info.notes;
    if (!insert.exec())
        return m_store.failQuery(insert);
    const qint64 waveId = insert.lastInsertId().toLongLong();

    m_respondentQuery = QSqlQuery(m_store.m_db);
    m_answerQuery = QSqlQuery(m_store.m_db);
    m_segmentQuery = QSqlQuery(m_store.m_db);
    if (!m_respondentQuery.prepare(QStringLiteral("INSERT INTO respondents (wave_id, chunk, ids, landlords, "
                                                  "qpv, weights, checksum) VALUES (?, ?, ?, ?, ?, ?, ?)")))
        return m_store.failQuery(m_respondentQuery);
    if (!m_answerQuery.prepare(QStringLiteral("INSERT INTO answer_columns (wave_id, question, chunk, "
                                              "position, type, bits, answers, checksum) "
                                              "VALUES (?, ?, ?, ?, ?, ?, ?, ?)")))
        return m_store.failQuery(m_answerQuery);
    if (!m_segmentQuery.prepare(QStringLiteral("INSERT INTO segment_codes (wave_id, position, chunk, codes, "
                                               "checksum) VALUES (?, ?, ?, ?, ?)")))
        return m_store.failQuery(m_segmentQuery);
    m_waveId = waveId;
    m_year = info.year;
    m_scope = info.scope;
    return true;
}

bool WaveWriter::writeChunk(QByteArrayView ids, const WaveData &columns)
{
    Q_ASSERT(isStarted());
    Q_ASSERT(m_store.m_pseudonymiser);
    QByteArray weights(qsizetype(columns.weights.size() * sizeof(double)), Qt::Uninitialized);
    for (std::size_t i = 0; i < columns.weights.size(); ++i)
        qToLittleEndian(columns.weights[i], weights.data() + i * sizeof(double));
    const QByteArray landlords = encodeCodes(columns.landlord);
    const QByteArray qpv = bytesOf(columns.qpv);
    m_respondentQuery.bindValue(0, m_waveId);
    m_respondentQuery.bindValue(1, m_chunks);
    const QString pseudonyms = m_store.m_pseudonymiser->pseudonymiseLines(ids);
    if (pseudonyms.isEmpty())
        return m_store.fail(StoreError::Kind::Failed, tr("the respondent ids could not be pseudonymised"));
    m_respondentQuery.bindValue(2, pseudonyms);
    m_respondentQuery.bindValue(3, landlords);
    m_respondentQuery.bindValue(4, qpv);
    m_respondentQuery.bindValue(5, weights);
    m_respondentQuery.bindValue(6, StoreChecksum::respondents(m_chunks, landlords, qpv, weights));
    if (!m_respondentQuery.exec())
        return m_store.failQuery(m_respondentQuery);
    for (int c = 0; c < int(columns.answers.size()); ++c) {
        const WaveData::AnswerColumn &column = columns.answers[c];
        m_answerQuery.bindValue(0, m_waveId);
        m_answerQuery.bindValue(1, column.code);
        m_answerQuery.bindValue(2, m_chunks);
        m_answerQuery.bindValue(3, c);
        int bits = 8;
        const QByteArray packed = packAnswers(column.values, &bits);
        const QString type = questionTypeName(column.type);
        m_answerQuery.bindValue(4, type);
        m_answerQuery.bindValue(5, bits);
        m_answerQuery.bindValue(6, packed);
        m_answerQuery.bindValue(7, StoreChecksum::answers(column.code, m_chunks, c, type, bits, packed));
        if (!m_answerQuery.exec())
            return m_store.failQuery(m_answerQuery);
    }
    for (int c = 0; c < int(columns.segments.size()); ++c) {
        m_segmentQuery.bindValue(0, m_waveId);
        m_segmentQuery.bindValue(1, c);
        m_segmentQuery.bindValue(2, m_chunks);
        const QByteArray codes = encodeCodes(columns.segments[c].values);
        m_segmentQuery.bindValue(3, codes);
        m_segmentQuery.bindValue(4, StoreChecksum::segmentCodes(c, m_chunks, codes));
        if (!m_segmentQuery.exec())
            return m_store.failQuery(m_segmentQuery);
    }
    ++m_chunks;
    m_respondentCount += qint64(columns.weights.size());
    return true;
}

qint64 WaveWriter::finish(const QStringList &landlordCodes, const std::vector<int> &blobIndex,
                          const std::vector<WaveData::SegmentColumn> &segments, const QByteArray &summary)
{
    Q_ASSERT(isStarted());
    Q_ASSERT(blobIndex.empty() || blobIndex.size() == std::size_t(landlordCodes.size()));
    QSqlQuery landlord(m_store.m_db);
    landlord.prepare(QStringLiteral("INSERT INTO wave_landlords (wave_id, position, landlord_id, blob_index) "
                                    "VALUES (?, ?, ?, ?)"));
    std::vector<qint64> storedIndex;
    for (int i = 0; i < landlordCodes.size(); ++i) {
        const qint64 id = m_store.landlordId(landlordCodes[i]);
        if (id == 0)
            return 0;
        landlord.bindValue(0, m_waveId);
        landlord.bindValue(1, i);
        landlord.bindValue(2, id);
        // NULL when the chunks use the position itself, as waves written
        // before blob_index existed do.
        const int index = blobIndex.empty() ? i : blobIndex[std::size_t(i)];
        landlord.bindValue(3, index == i ? QVariant() : QVariant(index));
        storedIndex.push_back(index == i ? -1 : index);
        if (!landlord.exec()) {
            m_store.failQuery(landlord);
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
    count.addBindValue(m_notes);
    count.addBindValue(StoreChecksum::wave(m_year, m_scope, m_respondentCount, landlordCodes, storedIndex));
    count.addBindValue(m_waveId);
    if (!count.exec()) {
        m_store.failQuery(count);
        return 0;
    }
    if (!summary.isEmpty() && !m_store.writeWaveSummary(m_waveId, summary))
        return 0;
    // Statements still open would keep the transaction's read lock.
    m_respondentQuery.finish();
    m_answerQuery.finish();
    m_segmentQuery.finish();
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
