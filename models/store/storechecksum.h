#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

class QSqlDatabase;
struct evp_md_ctx_st;

/// The checksums kept beside every blob of a wave (schema step "checksums"):
/// SHA-256 over the row's fields, each prefixed by its length, so that a
/// changed byte anywhere in a blob, or a blob cut or moved to another row,
/// no longer matches. The wave's own id and the respondent ids are left out:
/// neither changes a figure, and both may be rewritten by other steps.
/// OpenSSL's SHA-256 (several times QCryptographicHash's portable code on
/// the summaries read at every start).
class RowChecksum
{
public:
    explicit RowChecksum(const char *table);
    ~RowChecksum();
    RowChecksum(const RowChecksum &) = delete;
    RowChecksum &operator=(const RowChecksum &) = delete;
    RowChecksum &add(QByteArrayView bytes);
    RowChecksum &add(const QString &text) { return add(QByteArrayView(text.toUtf8())); }
    RowChecksum &add(qint64 number);
    QByteArray result() const;

private:
    struct Free
    {
        void operator()(evp_md_ctx_st *context) const;
    };
    std::unique_ptr<evp_md_ctx_st, Free> m_context;
};

namespace StoreChecksum {

QByteArray respondents(qint64 chunk, QByteArrayView landlords, QByteArrayView qpv, QByteArrayView weights);
QByteArray answers(const QString &question, qint64 chunk, qint64 position, const QString &type, qint64 bits,
                   QByteArrayView answers);
QByteArray segmentCodes(qint64 position, qint64 chunk, QByteArrayView codes);
QByteArray segmentColumn(qint64 position, const QString &name, const QString &dictionary);
QByteArray summary(QByteArrayView data);
/// The wave's row and its landlords: landlordCodes and blobIndex (-1 for
/// NULL) in position order.
QByteArray wave(qint64 year, const QString &scope, qint64 respondentCount, const QStringList &landlordCodes,
                const std::vector<qint64> &blobIndex);

/// The migration step's second half: the checksum of every existing row.
/// False with the SQL error's text in *error.
bool computeAll(QSqlDatabase db, QString *error);

} // namespace StoreChecksum
