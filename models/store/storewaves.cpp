// The waves part of the store gateway: respondents, answers and segments.
#include "store.h"

#include "transactionguard.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <QtEndian>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Store", text);
}

const QString WaveColumns = QStringLiteral(
    "SELECT id, year, scope, source_file, sha256, imported_at, respondent_count, is_demo FROM waves ");

QByteArray encodeCodes(const std::vector<std::uint16_t> &codes)
{
    QByteArray bytes(qsizetype(codes.size() * 2), Qt::Uninitialized);
    for (std::size_t i = 0; i < codes.size(); ++i)
        qToLittleEndian(codes[i], bytes.data() + 2 * i);
    return bytes;
}

std::vector<std::uint16_t> decodeCodes(const QByteArray &bytes)
{
    std::vector<std::uint16_t> codes(std::size_t(bytes.size() / 2));
    for (std::size_t i = 0; i < codes.size(); ++i)
        codes[i] = qFromLittleEndian<std::uint16_t>(bytes.constData() + 2 * i);
    return codes;
}

} // namespace

WaveInfo Store::waveFromQuery(const QSqlQuery &query) const
{
    WaveInfo w;
    w.id = query.value(0).toLongLong();
    w.year = query.value(1).toInt();
    w.scope = query.value(2).toString();
    w.sourceFile = query.value(3).toString();
    w.sha256 = query.value(4).toString();
    w.importedAt = QDateTime::fromString(query.value(5).toString(), Qt::ISODate);
    w.respondentCount = query.value(6).toInt();
    w.isDemo = query.value(7).toBool();
    return w;
}

QList<WaveInfo> Store::waves() const
{
    QList<WaveInfo> list;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.exec(WaveColumns + QLatin1String("ORDER BY year, scope"));
    while (query.next())
        list << waveFromQuery(query);
    return list;
}

std::optional<WaveInfo> Store::findWave(const QString &where, const QVariant &a, const QVariant &b) const
{
    QSqlQuery query(m_db);
    query.prepare(WaveColumns + where);
    query.addBindValue(a);
    if (b.isValid())
        query.addBindValue(b);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return waveFromQuery(query);
}

std::optional<WaveInfo> Store::wave(qint64 id) const
{
    return findWave(QStringLiteral("WHERE id = ?"), id);
}

std::optional<WaveInfo> Store::waveBySha256(const QString &sha256) const
{
    return findWave(QStringLiteral("WHERE sha256 = ?"), sha256);
}

std::optional<WaveInfo> Store::waveByYearAndScope(int year, const QString &scope) const
{
    return findWave(QStringLiteral("WHERE year = ? AND scope = ?"), year, scope);
}

qint64 Store::landlordId(const QString &code)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT INTO landlords (code, name) VALUES (?, ?) "
                                 "ON CONFLICT (code) DO UPDATE SET code = code RETURNING id"));
    query.addBindValue(code);
    query.addBindValue(code);
    if (!query.exec() || !query.next()) {
        failQuery(query);
        return 0;
    }
    return query.value(0).toLongLong();
}

qint64 Store::insertWave(const WaveInfo &info, const WaveData &data, const QByteArray &summary,
                         qint64 replacedId, const Codebook *newQuestions)
{
    TransactionGuard transaction(m_db);
    if (!transaction.isActive()) {
        fail(StoreError::Kind::Locked, tr("the store is busy; try again"));
        return 0;
    }
    if (newQuestions && !writeQuestions(*newQuestions))
        return 0;
    if (replacedId != 0 && !deleteWaveRows(replacedId))
        return 0;
    QSqlQuery insert(m_db);
    insert.prepare(QStringLiteral(
        "INSERT INTO waves (year, scope, source_file, sha256, imported_at, respondent_count, is_demo) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    insert.addBindValue(info.year);
    insert.addBindValue(info.scope);
    insert.addBindValue(info.sourceFile);
    insert.addBindValue(info.sha256);
    insert.addBindValue(info.importedAt.toUTC().toString(Qt::ISODate));
    insert.addBindValue(data.respondentCount());
    insert.addBindValue(info.isDemo ? 1 : 0);
    if (!insert.exec()) {
        failQuery(insert);
        return 0;
    }
    const qint64 waveId = insert.lastInsertId().toLongLong();
    if (!writeWave(waveId, data, summary))
        return 0;
    // The commit writes the last pages: a full disk or a refused write may
    // show only here, and is reported as such.
    if (!transaction.commit()) {
        failSql(transaction.error());
        return 0;
    }
    return waveId;
}

bool Store::writeWave(qint64 waveId, const WaveData &data, const QByteArray &summary)
{
    QSqlQuery landlord(m_db);
    landlord.prepare(QStringLiteral("INSERT INTO wave_landlords (wave_id, position, landlord_id) "
                                    "VALUES (?, ?, ?)"));
    for (int i = 0; i < data.landlordCodes.size(); ++i) {
        const qint64 id = landlordId(data.landlordCodes[i]);
        if (id == 0)
            return false;
        landlord.bindValue(0, waveId);
        landlord.bindValue(1, i);
        landlord.bindValue(2, id);
        if (!landlord.exec())
            return failQuery(landlord);
    }
    QByteArray weights(qsizetype(data.weights.size() * sizeof(double)), Qt::Uninitialized);
    for (std::size_t i = 0; i < data.weights.size(); ++i)
        qToLittleEndian(data.weights[i], weights.data() + i * sizeof(double));
    QSqlQuery respondents(m_db);
    respondents.prepare(QStringLiteral("INSERT INTO respondents (wave_id, ids, landlords, qpv, weights) "
                                       "VALUES (?, ?, ?, ?, ?)"));
    respondents.addBindValue(waveId);
    respondents.addBindValue(data.respondentIds.join(QLatin1Char('\n')));
    respondents.addBindValue(encodeCodes(data.landlord));
    respondents.addBindValue(QByteArray(reinterpret_cast<const char *>(data.qpv.data()),
                                        qsizetype(data.qpv.size())));
    respondents.addBindValue(weights);
    if (!respondents.exec())
        return failQuery(respondents);
    QSqlQuery answers(m_db);
    answers.prepare(QStringLiteral("INSERT INTO answer_columns (wave_id, question, position, type, "
                                   "answers) VALUES (?, ?, ?, ?, ?)"));
    for (int c = 0; c < int(data.answers.size()); ++c) {
        const WaveData::AnswerColumn &column = data.answers[c];
        answers.bindValue(0, waveId);
        answers.bindValue(1, column.code);
        answers.bindValue(2, c);
        answers.bindValue(3, questionTypeName(column.type));
        answers.bindValue(4, QByteArray(reinterpret_cast<const char *>(column.values.data()),
                                        qsizetype(column.values.size())));
        if (!answers.exec())
            return failQuery(answers);
    }
    QSqlQuery segments(m_db);
    segments.prepare(QStringLiteral("INSERT INTO segment_columns (wave_id, position, name, "
                                    "dictionary, codes) VALUES (?, ?, ?, ?, ?)"));
    for (int c = 0; c < int(data.segments.size()); ++c) {
        const WaveData::SegmentColumn &column = data.segments[c];
        segments.bindValue(0, waveId);
        segments.bindValue(1, c);
        segments.bindValue(2, column.name);
        segments.bindValue(3, QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(column.dictionary))
                                                    .toJson(QJsonDocument::Compact)));
        segments.bindValue(4, encodeCodes(column.values));
        if (!segments.exec())
            return failQuery(segments);
    }
    return summary.isEmpty() || writeWaveSummary(waveId, summary);
}

bool Store::writeWaveSummary(qint64 waveId, const QByteArray &summary)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT INTO wave_summaries (wave_id, data) VALUES (?, ?) "
                                 "ON CONFLICT (wave_id) DO UPDATE SET data = excluded.data"));
    query.addBindValue(waveId);
    query.addBindValue(summary);
    return query.exec() || failQuery(query);
}

bool Store::saveWaveSummary(qint64 waveId, const QByteArray &summary)
{
    return writeWaveSummary(waveId, summary);
}

QByteArray Store::waveSummary(qint64 waveId) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT data FROM wave_summaries WHERE wave_id = ?"));
    query.addBindValue(waveId);
    if (!query.exec() || !query.next())
        return {};
    return query.value(0).toByteArray();
}

bool Store::deleteWaveRows(qint64 waveId)
{
    // Cascades to respondents, answers, segments and the summary.
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("DELETE FROM waves WHERE id = ?"));
    query.addBindValue(waveId);
    if (!query.exec())
        return failQuery(query);
    return exec(QStringLiteral("DELETE FROM landlords WHERE id NOT IN "
                               "(SELECT landlord_id FROM wave_landlords)"));
}

bool Store::deleteWave(qint64 waveId)
{
    TransactionGuard transaction(m_db);
    if (!deleteWaveRows(waveId))
        return false;
    return transaction.commit() || fail(StoreError::Kind::Failed, tr("the wave could not be deleted"));
}

bool Store::deleteDemoData()
{
    TransactionGuard transaction(m_db);
    QSqlQuery query(m_db);
    query.exec(QStringLiteral("SELECT id FROM waves WHERE is_demo = 1"));
    QList<qint64> ids;
    while (query.next())
        ids << query.value(0).toLongLong();
    for (qint64 id : ids)
        if (!deleteWaveRows(id))
            return false;
    if (!exec(QStringLiteral("DELETE FROM published_figures WHERE is_demo = 1")))
        return false;
    return transaction.commit() || fail(StoreError::Kind::Failed, tr("the demo data could not be removed"));
}

QStringList Store::landlordCodes(qint64 waveId) const
{
    QStringList codes;
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT l.code FROM wave_landlords w JOIN landlords l ON "
                                 "l.id = w.landlord_id WHERE w.wave_id = ? ORDER BY w.position"));
    query.addBindValue(waveId);
    query.exec();
    while (query.next())
        codes << query.value(0).toString();
    return codes;
}

std::optional<WaveData> Store::loadWave(qint64 waveId) const
{
    const std::optional<WaveInfo> info = wave(waveId);
    if (!info)
        return std::nullopt;
    WaveData data;
    data.waveId = waveId;
    data.year = info->year;
    data.scope = info->scope;
    data.landlordCodes = landlordCodes(waveId);

    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT ids, landlords, qpv, weights FROM respondents WHERE wave_id = ?"));
    query.addBindValue(waveId);
    if (!query.exec() || !query.next()) {
        failQuery(query);
        return std::nullopt;
    }
    const int n = info->respondentCount;
    data.respondentIds = query.value(0).toString().split(QLatin1Char('\n'));
    data.landlord = decodeCodes(query.value(1).toByteArray());
    const QByteArray qpv = query.value(2).toByteArray();
    data.qpv.assign(qpv.begin(), qpv.end());
    const QByteArray weights = query.value(3).toByteArray();
    data.weights.resize(std::size_t(weights.size()) / sizeof(double));
    for (std::size_t i = 0; i < data.weights.size(); ++i)
        data.weights[i] = qFromLittleEndian<double>(weights.constData() + i * sizeof(double));
    if (data.respondentIds.size() != n || int(data.landlord.size()) != n || int(data.qpv.size()) != n
        || int(data.weights.size()) != n) {
        fail(StoreError::Kind::Corrupt, tr("the respondents of wave %1 are damaged in the store").arg(waveId));
        return std::nullopt;
    }

    QSqlQuery answers(m_db);
    answers.setForwardOnly(true);
    answers.prepare(QStringLiteral("SELECT question, type, answers FROM answer_columns "
                                   "WHERE wave_id = ? ORDER BY position"));
    answers.addBindValue(waveId);
    answers.exec();
    while (answers.next()) {
        WaveData::AnswerColumn column;
        column.code = answers.value(0).toString();
        column.type = questionTypeFromName(answers.value(1).toString()).value_or(QuestionType::Satisfaction4);
        const QByteArray bytes = answers.value(2).toByteArray();
        column.values.assign(bytes.begin(), bytes.end());
        data.answers.push_back(std::move(column));
    }
    QSqlQuery segments(m_db);
    segments.setForwardOnly(true);
    segments.prepare(QStringLiteral("SELECT name, dictionary, codes FROM segment_columns "
                                    "WHERE wave_id = ? ORDER BY position"));
    segments.addBindValue(waveId);
    segments.exec();
    while (segments.next()) {
        WaveData::SegmentColumn column;
        column.name = segments.value(0).toString();
        for (const QJsonValue &v : QJsonDocument::fromJson(segments.value(1).toByteArray()).array())
            column.dictionary << v.toString();
        column.values = decodeCodes(segments.value(2).toByteArray());
        data.segments.push_back(std::move(column));
    }
    return data;
}

std::vector<WaveData::SegmentColumn> Store::segmentColumns(qint64 waveId) const
{
    std::vector<WaveData::SegmentColumn> columns;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT name, dictionary FROM segment_columns WHERE wave_id = ? "
                                 "ORDER BY position"));
    query.addBindValue(waveId);
    query.exec();
    while (query.next()) {
        WaveData::SegmentColumn column;
        column.name = query.value(0).toString();
        for (const QJsonValue &v : QJsonDocument::fromJson(query.value(1).toByteArray()).array())
            column.dictionary << v.toString();
        columns.push_back(std::move(column));
    }
    return columns;
}
