#include "storechecksum.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <QtEndian>

#include <openssl/evp.h>

void RowChecksum::Free::operator()(evp_md_ctx_st *context) const
{
    EVP_MD_CTX_free(context);
}

RowChecksum::RowChecksum(const char *table)
    : m_context(EVP_MD_CTX_new())
{
    if (m_context && EVP_DigestInit_ex(m_context.get(), EVP_sha256(), nullptr) != 1)
        m_context.reset();
    add(QByteArrayView(table));
}

RowChecksum::~RowChecksum() = default;

RowChecksum &RowChecksum::add(QByteArrayView bytes)
{
    add(qint64(bytes.size()));
    if (m_context && !bytes.isEmpty())
        EVP_DigestUpdate(m_context.get(), bytes.data(), std::size_t(bytes.size()));
    return *this;
}

RowChecksum &RowChecksum::add(qint64 number)
{
    char bytes[8];
    qToLittleEndian(number, bytes);
    if (m_context)
        EVP_DigestUpdate(m_context.get(), bytes, 8);
    return *this;
}

QByteArray RowChecksum::result() const
{
    // A copy, so that result() may be asked twice as QCryptographicHash allows;
    // no context (out of memory): an empty checksum, which never matches.
    if (!m_context)
        return QByteArray();
    std::unique_ptr<evp_md_ctx_st, Free> copy(EVP_MD_CTX_new());
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (!copy || EVP_MD_CTX_copy_ex(copy.get(), m_context.get()) != 1
        || EVP_DigestFinal_ex(copy.get(), digest, &length) != 1)
        return QByteArray();
    return QByteArray(reinterpret_cast<const char *>(digest), int(length));
}

namespace StoreChecksum {

QByteArray respondents(qint64 chunk, QByteArrayView landlords, QByteArrayView qpv, QByteArrayView weights)
{
    return RowChecksum("respondents").add(chunk).add(landlords).add(qpv).add(weights).result();
}

QByteArray answers(const QString &question, qint64 chunk, qint64 position, const QString &type, qint64 bits,
                   QByteArrayView answers)
{
    return RowChecksum("answer_columns").add(question).add(chunk).add(position).add(type).add(bits)
        .add(answers).result();
}

QByteArray segmentCodes(qint64 position, qint64 chunk, QByteArrayView codes)
{
    return RowChecksum("segment_codes").add(position).add(chunk).add(codes).result();
}

QByteArray segmentColumn(qint64 position, const QString &name, const QString &dictionary)
{
    return RowChecksum("segment_columns").add(position).add(name).add(dictionary).result();
}

QByteArray summary(QByteArrayView data)
{
    return RowChecksum("wave_summaries").add(data).result();
}

QByteArray wave(qint64 year, const QString &scope, qint64 respondentCount, const QStringList &landlordCodes,
                const std::vector<qint64> &blobIndex)
{
    RowChecksum sum("waves");
    sum.add(year).add(scope).add(respondentCount).add(qint64(landlordCodes.size()));
    for (int i = 0; i < landlordCodes.size(); ++i)
        sum.add(landlordCodes[i]).add(std::size_t(i) < blobIndex.size() ? blobIndex[std::size_t(i)] : qint64(-1));
    return sum.result();
}

namespace {

// Reads every row of select, and writes the checksum that compute() gives
// it through update (its last placeholder: the checksum, the others: the
// row's key as compute() returns them).
template<typename Compute>
bool fill(QSqlDatabase db, const QString &select, const QString &update, Compute compute, QString *error)
{
    QSqlQuery rows(db);
    rows.setForwardOnly(true);
    QSqlQuery write(db);
    if (!rows.exec(select) || !write.prepare(update)) {
        *error = rows.lastError().isValid() ? rows.lastError().text() : write.lastError().text();
        return false;
    }
    while (rows.next()) {
        const QVariantList values = compute(rows);
        for (int i = 0; i < values.size(); ++i)
            write.bindValue(i, values[i]);
        if (!write.exec()) {
            *error = write.lastError().text();
            return false;
        }
    }
    return true;
}

} // namespace

bool computeAll(QSqlDatabase db, QString *error)
{
    const auto bytes = [](const QSqlQuery &q, int i) { return q.value(i).toByteArray(); };
    if (!fill(db, QStringLiteral("SELECT wave_id, chunk, landlords, qpv, weights FROM respondents"),
              QStringLiteral("UPDATE respondents SET checksum = ? WHERE wave_id = ? AND chunk = ?"),
              [&](const QSqlQuery &q) {
                  return QVariantList{respondents(q.value(1).toLongLong(), bytes(q, 2), bytes(q, 3), bytes(q, 4)),
                                      q.value(0), q.value(1)};
              }, error))
        return false;
    if (!fill(db, QStringLiteral("SELECT wave_id, question, chunk, position, type, bits, answers FROM answer_columns"),
              QStringLiteral("UPDATE answer_columns SET checksum = ? WHERE wave_id = ? AND question = ? AND chunk = ?"),
              [&](const QSqlQuery &q) {
                  return QVariantList{answers(q.value(1).toString(), q.value(2).toLongLong(), q.value(3).toLongLong(),
                                              q.value(4).toString(), q.value(5).toLongLong(), bytes(q, 6)),
                                      q.value(0), q.value(1), q.value(2)};
              }, error))
        return false;
    if (!fill(db, QStringLiteral("SELECT wave_id, position, chunk, codes FROM segment_codes"),
              QStringLiteral("UPDATE segment_codes SET checksum = ? WHERE wave_id = ? AND position = ? AND chunk = ?"),
              [&](const QSqlQuery &q) {
                  return QVariantList{segmentCodes(q.value(1).toLongLong(), q.value(2).toLongLong(), bytes(q, 3)),
                                      q.value(0), q.value(1), q.value(2)};
              }, error))
        return false;
    if (!fill(db, QStringLiteral("SELECT wave_id, position, name, dictionary FROM segment_columns"),
              QStringLiteral("UPDATE segment_columns SET checksum = ? WHERE wave_id = ? AND position = ?"),
              [&](const QSqlQuery &q) {
                  return QVariantList{segmentColumn(q.value(1).toLongLong(), q.value(2).toString(),
                                                    q.value(3).toString()),
                                      q.value(0), q.value(1)};
              }, error))
        return false;
    if (!fill(db, QStringLiteral("SELECT wave_id, data FROM wave_summaries"),
              QStringLiteral("UPDATE wave_summaries SET checksum = ? WHERE wave_id = ?"),
              [&](const QSqlQuery &q) { return QVariantList{summary(bytes(q, 1)), q.value(0)}; }, error))
        return false;
    return fill(db, QStringLiteral("SELECT id, year, scope, respondent_count FROM waves"),
                QStringLiteral("UPDATE waves SET checksum = ? WHERE id = ?"),
                [&](const QSqlQuery &q) {
                    QSqlQuery landlords(db);
                    landlords.prepare(QStringLiteral("SELECT l.code, w.blob_index FROM wave_landlords w JOIN "
                                                     "landlords l ON l.id = w.landlord_id WHERE w.wave_id = ? "
                                                     "ORDER BY w.position"));
                    landlords.addBindValue(q.value(0));
                    landlords.exec();
                    QStringList codes;
                    std::vector<qint64> blobIndex;
                    while (landlords.next()) {
                        codes << landlords.value(0).toString();
                        blobIndex.push_back(landlords.value(1).isNull() ? -1 : landlords.value(1).toLongLong());
                    }
                    return QVariantList{wave(q.value(1).toLongLong(), q.value(2).toString(),
                                             q.value(3).toLongLong(), codes, blobIndex),
                                        q.value(0)};
                }, error);
}

} // namespace StoreChecksum
