// The weighting part of the store gateway: a wave's raking (schema step 4).
#include "store.h"

#include "transactionguard.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <QtEndian>

namespace {

QByteArray toBlob(const std::vector<double> &values)
{
    QByteArray blob(qsizetype(values.size() * sizeof(double)), Qt::Uninitialized);
    for (std::size_t i = 0; i < values.size(); ++i)
        qToLittleEndian<double>(values[i], blob.data() + i * sizeof(double));
    return blob;
}

std::vector<double> fromBlob(const QByteArray &blob)
{
    std::vector<double> values(std::size_t(blob.size()) / sizeof(double));
    for (std::size_t i = 0; i < values.size(); ++i)
        values[i] = qFromLittleEndian<double>(blob.constData() + i * sizeof(double));
    return values;
}

QVariant optionalReal(const std::optional<double> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<double>());
}

} // namespace

std::optional<WaveWeighting> Store::weighting(qint64 waveId) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT margins_file, margins_sha256, margins, trim_lower, trim_upper, passes, "
                                 "last_factors, weights, untrimmed, applied_at FROM wave_weightings WHERE wave_id = ?"));
    query.addBindValue(waveId);
    if (!query.exec() || !query.next())
        return std::nullopt;
    WaveWeighting w;
    w.margins = Margins::fromText(query.value(2).toString());
    w.margins.fileName = query.value(0).toString();
    w.margins.sha256 = query.value(1).toString();
    if (!query.value(3).isNull())
        w.trimLower = query.value(3).toDouble();
    if (!query.value(4).isNull())
        w.trimUpper = query.value(4).toDouble();
    w.passes = query.value(5).toInt();
    for (const QJsonValue &margin : QJsonDocument::fromJson(query.value(6).toByteArray()).array()) {
        std::vector<double> factors;
        for (const QJsonValue &f : margin.toArray())
            factors.push_back(f.toDouble());
        w.lastFactors.push_back(std::move(factors));
    }
    w.weights = fromBlob(query.value(7).toByteArray());
    w.untrimmed = fromBlob(query.value(8).toByteArray());
    w.appliedAt = QDateTime::fromString(query.value(9).toString(), Qt::ISODate);
    return w;
}

bool Store::saveWeighting(qint64 waveId, const WaveWeighting &weighting, const QByteArray &summary)
{
    TransactionGuard transaction(m_db);
    if (!transaction.isActive())
        return failSql(m_db.lastError());
    QJsonArray factors;
    for (const std::vector<double> &margin : weighting.lastFactors) {
        QJsonArray values;
        for (double f : margin)
            values.append(f);
        factors.append(values);
    }
    QSqlQuery query(m_db);
    // An upsert both backends know (SQLite's INSERT OR REPLACE is its own).
    query.prepare(QStringLiteral("INSERT INTO wave_weightings (wave_id, margins_file, margins_sha256, "
                                 "margins, trim_lower, trim_upper, passes, last_factors, weights, untrimmed, "
                                 "applied_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                                 "ON CONFLICT (wave_id) DO UPDATE SET margins_file = excluded.margins_file, "
                                 "margins_sha256 = excluded.margins_sha256, margins = excluded.margins, "
                                 "trim_lower = excluded.trim_lower, trim_upper = excluded.trim_upper, "
                                 "passes = excluded.passes, last_factors = excluded.last_factors, "
                                 "weights = excluded.weights, untrimmed = excluded.untrimmed, "
                                 "applied_at = excluded.applied_at"));
    query.addBindValue(waveId);
    query.addBindValue(weighting.margins.fileName);
    query.addBindValue(weighting.margins.sha256);
    query.addBindValue(weighting.margins.toText());
    query.addBindValue(optionalReal(weighting.trimLower));
    query.addBindValue(optionalReal(weighting.trimUpper));
    query.addBindValue(weighting.passes);
    query.addBindValue(QString::fromUtf8(QJsonDocument(factors).toJson(QJsonDocument::Compact)));
    query.addBindValue(toBlob(weighting.weights));
    query.addBindValue(toBlob(weighting.untrimmed));
    query.addBindValue(weighting.appliedAt.toUTC().toString(Qt::ISODate));
    if (!query.exec())
        return failQuery(query);
    if (!writeWaveSummary(waveId, summary))
        return false;
    return transaction.commit() || failCommit(transaction.error());
}

bool Store::clearWeighting(qint64 waveId, const QByteArray &summary)
{
    TransactionGuard transaction(m_db);
    if (!transaction.isActive())
        return failSql(m_db.lastError());
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("DELETE FROM wave_weightings WHERE wave_id = ?"));
    query.addBindValue(waveId);
    if (!query.exec())
        return failQuery(query);
    if (!writeWaveSummary(waveId, summary))
        return false;
    return transaction.commit() || failCommit(transaction.error());
}
