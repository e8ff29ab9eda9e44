// The personal-data part of the store gateway: pseudonymised respondent ids,
// and deletions that leave nothing behind in the file.
#include "store.h"

#include "pseudonymiser.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <QtEndian>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Store", text);
}

const QString KeyName = QStringLiteral("respondent_id_key");

} // namespace

// Creates the store's secret and replaces the ids of every wave already
// stored by their pseudonyms, in the migration step's transaction.
bool Store::pseudonymiseStoredIds()
{
    const QByteArray key = Pseudonymiser::newKey();
    Pseudonymiser pseudonymiser;
    if (key.isEmpty() || !pseudonymiser.setKey(key))
        return fail(StoreError::Kind::Failed, QStringLiteral("no random key for the respondent ids"));
    QSqlQuery insert(m_db);
    insert.prepare(QStringLiteral("INSERT INTO store_secrets (name, value) VALUES (?, ?)"));
    insert.addBindValue(KeyName);
    insert.addBindValue(key);
    if (!insert.exec())
        return failQuery(insert);

    struct Chunk
    {
        qint64 wave;
        int chunk;
        QByteArray ids;
    };
    std::vector<Chunk> chunks;
    QSqlQuery select(m_db);
    select.setForwardOnly(true);
    if (!select.exec(QStringLiteral("SELECT wave_id, chunk, ids FROM respondents")))
        return failQuery(select);
    while (select.next())
        chunks.push_back({select.value(0).toLongLong(), select.value(1).toInt(), select.value(2).toString().toUtf8()});
    select.finish();
    QSqlQuery update(m_db);
    update.prepare(QStringLiteral("UPDATE respondents SET ids = ? WHERE wave_id = ? AND chunk = ?"));
    for (const Chunk &c : chunks) {
        update.bindValue(0, pseudonymiser.pseudonymiseLines(c.ids));
        update.bindValue(1, c.wave);
        update.bindValue(2, c.chunk);
        if (!update.exec())
            return failQuery(update);
    }
    return true;
}

bool Store::loadPseudonymKey()
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT value FROM store_secrets WHERE name = ?"));
    query.addBindValue(KeyName);
    auto pseudonymiser = std::make_unique<Pseudonymiser>();
    if (!query.exec()) {
        // A server that went away (or stopped answering) is not a damaged store.
        failQuery(query);
        if (m_error.kind == StoreError::Kind::Unavailable)
            return false;
    }
    if (!query.isActive() || !query.next() || !pseudonymiser->setKey(query.value(0).toByteArray()))
        return fail(StoreError::Kind::Corrupt,
                    tr("the store %1 is damaged: its key for respondent ids is missing").arg(m_location.displayName()));
    m_pseudonymiser = std::move(pseudonymiser);
    return true;
}

QString Store::respondentPseudonym(const QString &id) const
{
    return m_pseudonymiser ? m_pseudonymiser->pseudonym(id.toUtf8()) : QString();
}

int Store::sharedRespondents(qint64 a, qint64 b) const
{
    const auto idsOf = [this](qint64 wave) {
        QSet<QString> ids;
        QSqlQuery query(m_db);
        query.setForwardOnly(true);
        query.prepare(QStringLiteral("SELECT ids FROM respondents WHERE wave_id = ?"));
        query.addBindValue(wave);
        query.exec();
        while (query.next())
            for (const QString &id : query.value(0).toString().split(QLatin1Char('\n')))
                ids.insert(id);
        return ids;
    };
    const QSet<QString> first = idsOf(a);
    int shared = 0;
    for (const QString &id : idsOf(b))
        shared += first.contains(id) ? 1 : 0;
    return shared;
}

std::vector<int> Store::segmentValueCounts(qint64 waveId, const QString &column) const
{
    std::vector<int> counts;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT c.codes FROM segment_codes c JOIN segment_columns s ON "
                                 "s.wave_id = c.wave_id AND s.position = c.position "
                                 "WHERE c.wave_id = ? AND s.name = ? ORDER BY c.chunk"));
    query.addBindValue(waveId);
    query.addBindValue(column);
    query.exec();
    while (query.next()) {
        const QByteArray codes = query.value(0).toByteArray();
        for (qsizetype i = 0; i + 1 < codes.size(); i += 2) {
            const std::size_t code = qFromLittleEndian<std::uint16_t>(codes.constData() + i);
            if (code >= counts.size())
                counts.resize(code + 1, 0);
            ++counts[code];
        }
    }
    return counts;
}

// What a deletion leaves behind is wiped as the backend can (SQLite: the
// zeroed pages checkpointed and the WAL truncated).
void Store::wipeFreedPages() const
{
    if (m_dialect)
        m_dialect->wipeAfterDelete(m_db);
}

// Overwrites a copy of the store before removing it: its bytes do not stay
// in the file system's free blocks as readily.
void Store::removeCopy(const QString &path)
{
    QFile file(path);
    if (file.open(QIODevice::ReadWrite)) {
        const QByteArray zeros(1 << 16, '\0');
        for (qint64 left = file.size(); left > 0; left -= zeros.size())
            file.write(zeros.constData(), qMin<qint64>(left, zeros.size()));
        file.flush();
        file.close();
    }
    QFile::remove(path);
}
