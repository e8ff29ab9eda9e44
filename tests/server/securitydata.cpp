#include "securitydata.h"

#include "landlorddesign.h"
#include "landlordsegments.h"
#include "peersummary.h"
#include "raking.h"
#include "storechecksum.h"
#include "wavedata.h"
#include "wavesummary.h"

#include <QSqlError>
#include <QSqlRecord>
#include <QSqlQuery>
#include <QVariant>

namespace {

const QStringList Secrets = {QStringLiteral("SECRET-B2"), QStringLiteral("SECRET-C3"), QStringLiteral("Nom Secret"),
                             QStringLiteral("SECRETID"), QStringLiteral("SECRETKEY"), QStringLiteral("3.21987"),
                             QStringLiteral("4711.5")};

QByteArray utf16(const QString &text, bool bigEndian)
{
    QByteArray bytes;
    for (const QChar c : text) {
        const char high = char(c.unicode() >> 8), low = char(c.unicode() & 0xff);
        bytes += bigEndian ? QByteArray() + high + low : QByteArray() + low + high;
    }
    return bytes;
}

bool run(QSqlQuery &query, QString *error)
{
    if (query.exec())
        return true;
    *error = query.lastQuery().left(60) + QStringLiteral(": ") + query.lastError().text();
    return false;
}

// One landlord's 30 respondents of a wave, at landlord position `position`.
WaveData landlordChunk(int position, int seed)
{
    WaveData chunk;
    for (int i = 0; i < 30; ++i) {
        chunk.weights.push_back(1.0 + (i % 3) * 0.25 + position * 0.01);
        chunk.landlord.push_back(std::uint16_t(position));
        chunk.qpv.push_back(std::uint8_t(i % 2));
    }
    for (int q = 0; q < 3; ++q) {
        WaveData::AnswerColumn column{QStringLiteral("SQ%1").arg(q + 1), QuestionType::Satisfaction4, {}};
        for (int i = 0; i < 30; ++i)
            column.values.push_back(std::uint8_t(1 + (i * (q + 2) + seed) % 4));
        chunk.answers.push_back(column);
    }
    return chunk;
}

QByteArray bytes(const std::vector<std::uint8_t> &values)
{
    return QByteArray(reinterpret_cast<const char *>(values.data()), qsizetype(values.size()));
}

QByteArray doubles(const std::vector<double> &values)
{
    return QByteArray(reinterpret_cast<const char *>(values.data()), qsizetype(values.size() * sizeof(double)));
}

// Every landlord's design (landlorddesign.h) of a real raking of the wave
// to margins that name every landlord, stratified by a segment column: what
// a landlord's user reads of it must name no other landlord.
bool writeDesigns(QSqlDatabase db, qint64 wave, WaveData whole, QString *error)
{
    WaveData::SegmentColumn departement{QStringLiteral("departement"),
                                        {QStringLiteral("38"), QStringLiteral("69")}, {}};
    for (int i = 0; i < whole.respondentCount(); ++i)
        departement.values.push_back(std::uint16_t((i / 3) % 2));
    whole.segments.push_back(departement);
    Margins margins;
    margins.variables.push_back({QStringLiteral("bailleur"), whole.landlordCodes, {300.0, 200.0, 100.0}, {2, 3, 4}});
    margins.variables.push_back(
        {QStringLiteral("qpv"), {QStringLiteral("1"), QStringLiteral("0")}, {250.0, 350.0}, {5, 6}});
    const std::optional<CalibrationCategories> categories = matchMargins(whole, margins, error);
    const std::optional<RakingResult> raked =
        categories ? rake(whole.weights, margins, *categories, RakingOptions{}, error) : std::nullopt;
    if (!raked)
        return false;
    WaveWeighting weighting;
    weighting.margins = margins;
    weighting.lastFactors = raked->lastFactors;
    weighting.weights = whole.weights = raked->weights;
    weighting.untrimmed = raked->untrimmed;
    const std::vector<LandlordDesign> designs =
        landlordDesigns(whole, QStringLiteral("departement"), &weighting, nullptr);
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT INTO wave_landlord_designs (wave_id, landlord_id, data, checksum) "
                                 "SELECT ?, id, ?, ? FROM landlords WHERE code = ?"));
    for (std::size_t l = 0; l < designs.size(); ++l) {
        const QByteArray blob = designs[l].serialize();
        for (const QVariant &v : {QVariant(wave), QVariant(blob), QVariant(StoreChecksum::summary(blob)),
                                  QVariant(whole.landlordCodes.at(qsizetype(l)))})
            query.addBindValue(v);
        if (!run(query, error))
            return false;
    }
    return true;
}

} // namespace

QList<SecurityData::Relation> SecurityData::readableRelations(QSqlDatabase db)
{
    QList<Relation> relations;
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral(
            "SELECT c.oid, quote_ident(n.nspname) || '.' || quote_ident(c.relname), n.nspname FROM pg_class c "
            "JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE c.relkind IN ('r', 'v', 'm', 'f', 'p') AND has_any_column_privilege(c.oid, 'SELECT') "
            "ORDER BY 2")))
        return {};
    QSqlQuery columns(db);
    columns.prepare(QStringLiteral("SELECT quote_ident(attname) FROM pg_attribute WHERE attrelid = ? AND attnum > 0 "
                                   "AND NOT attisdropped AND has_column_privilege(attrelid, attnum, 'SELECT') "
                                   "ORDER BY attnum"));
    while (query.next()) {
        Relation r{query.value(1).toString(), query.value(2).toString(), {}};
        columns.addBindValue(query.value(0));
        columns.exec();
        while (columns.next())
            r.columns << columns.value(0).toString();
        relations << r;
    }
    return relations;
}

QString SecurityData::scanRelations(QSqlDatabase db, const QList<Relation> &relations, qint64 ownLandlordId,
                                    int *cells, const QList<QByteArray> &extraSecrets)
{
    *cells = 0;
    for (const Relation &r : relations) {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        if (!query.exec(QStringLiteral("SELECT %1 FROM %2").arg(r.columns.join(QStringLiteral(", ")), r.name))) {
            // A few catalog views need a privilege the user lacks: refused, never partly shown.
            if (query.lastError().nativeErrorCode() != QLatin1String("42501"))
                return r.name + QStringLiteral(": ") + query.lastError().text();
            continue;
        }
        const bool store = r.schema == QLatin1String("satisfecit");
        const int landlordColumn = store ? query.record().indexOf(QStringLiteral("landlord_id")) : -1;
        const int idColumn = r.name == QLatin1String("satisfecit.landlords") ? query.record().indexOf(QStringLiteral("id")) : -1;
        const int columnCount = query.record().count();
        QByteArray all; // every cell, searched once per relation
        while (query.next()) {
            for (int c = 0; c < columnCount; ++c) {
                const QVariant value = query.value(c);
                all += value.typeId() == QMetaType::QByteArray ? value.toByteArray() : value.toString().toUtf8();
                all += '\0';
            }
            *cells += columnCount;
            for (const int column : {landlordColumn, idColumn})
                if (column >= 0 && query.value(column).toLongLong() != ownLandlordId)
                    return QStringLiteral("%1 shows a row of landlord %2").arg(r.name).arg(query.value(column).toLongLong());
        }
        if (const QByteArray secret = findSecret(all, extraSecrets); !secret.isEmpty())
            return QStringLiteral("%1 shows %2").arg(r.name, QString::fromUtf8(secret));
    }
    return QString();
}

QList<QByteArray> SecurityData::secretForms()
{
    QList<QByteArray> forms;
    for (const QString &s : Secrets) {
        const QByteArray utf8 = s.toUtf8();
        for (const QByteArray &form : {utf8, utf16(s, true), utf16(s, false)}) {
            forms << form << form.toHex();
        }
    }
    return forms;
}

QByteArray SecurityData::findSecret(const QByteArray &bytes, const QList<QByteArray> &extra)
{
    for (const QByteArray &form : secretForms())
        if (bytes.contains(form))
            return form;
    for (const QByteArray &value : extra)
        if (bytes.contains(value) || bytes.contains(value.toHex()))
            return value.toHex();
    return {};
}

bool SecurityData::fill(QSqlDatabase db, QList<qint64> *waveIds, QString *error)
{
    QSqlQuery query(db);
    const QStringList setup = {
        QStringLiteral("INSERT INTO landlords (code, name) VALUES ('MON-BAILLEUR', 'Mon Habitat'), "
                       "('SECRET-B2', 'Nom Secret Deux'), ('SECRET-C3', 'Nom Secret Trois')"),
        QStringLiteral("INSERT INTO questions (code, position, theme, label_fr, type) VALUES "
                       "('SQ1', 1, 'logement', 'q1', 'satisfaction4'), ('SQ2', 2, 'logement', 'q2', 'satisfaction4'), "
                       "('SQ3', 3, 'logement', 'q3', 'satisfaction4')"),
        QStringLiteral("INSERT INTO store_secrets (name, value) VALUES ('respondent_id_key', 'SECRETKEY-0123')"),
    };
    for (const QString &s : setup)
        if (!query.exec(s))
            return *error = query.lastError().text(), false;

    const QStringList codes = {OwnCode, OtherCodes[0], OtherCodes[1]};
    for (int year : {2022, 2023}) {
        query.prepare(QStringLiteral("INSERT INTO waves (year, scope, source_file, sha256, imported_at, "
                                     "respondent_count) VALUES (?, 'region', 'enquete.csv', ?, '2024-01-01', 90) "
                                     "RETURNING id"));
        query.addBindValue(year);
        query.addBindValue(QStringLiteral("sha%1").arg(year));
        if (!run(query, error) || !query.next())
            return false;
        const qint64 wave = query.value(0).toLongLong();
        waveIds->append(wave);

        WaveData whole;
        whole.landlordCodes = codes;
        std::vector<double> storedWeights[3]; // by chunk number
        const auto chunkOf = [](int l) { return (l + 1) % 3; };
        for (int l = 0; l < 3; ++l) {
            const WaveData chunk = landlordChunk(l, year + l);
            query.prepare(QStringLiteral("INSERT INTO wave_landlords (wave_id, position, landlord_id) "
                                         "SELECT ?, ?, id FROM landlords WHERE code = ?"));
            query.addBindValue(wave);
            query.addBindValue(l);
            query.addBindValue(codes[l]);
            if (!run(query, error))
                return false;
            QStringList ids;
            for (int i = 0; i < 30; ++i)
                ids << (l == 0 ? QStringLiteral("OWNID-%1").arg(i) : QStringLiteral("SECRETID-%1-%2").arg(l).arg(i));
            query.prepare(QStringLiteral("INSERT INTO respondents (wave_id, chunk, ids, landlords, qpv, weights, "
                                         "landlord_id) SELECT ?, ?, ?, ?, ?, ?, id FROM landlords WHERE code = ?"));
            std::vector<std::uint8_t> landlordBytes(60, 0);
            for (int i = 0; i < 30; ++i)
                landlordBytes[std::size_t(2 * i)] = std::uint8_t(l);
            storedWeights[chunkOf(l)] = chunk.weights;
            for (const QVariant &v : {QVariant(wave), QVariant(chunkOf(l)), QVariant(ids.join(QLatin1Char('\n'))),
                                      QVariant(bytes(landlordBytes)), QVariant(bytes(chunk.qpv)),
                                      QVariant(doubles(chunk.weights)), QVariant(codes[l])})
                query.addBindValue(v);
            if (!run(query, error))
                return false;
            // The chunk's three answer columns in one row (pgtables.cpp, step 3).
            query.prepare(QStringLiteral("INSERT INTO answer_columns (wave_id, chunk, questions, types, bits, "
                                         "answers, checksums, landlord_id) SELECT ?, ?, ARRAY[?, ?, ?], "
                                         "array_fill('satisfaction4'::text, ARRAY[3]), ARRAY[8, 8, 8], "
                                         "ARRAY[?, ?, ?]::bytea[], array_fill(''::bytea, ARRAY[3]), id "
                                         "FROM landlords WHERE code = ?"));
            query.addBindValue(wave);
            query.addBindValue(chunkOf(l));
            for (int q = 0; q < 3; ++q)
                query.addBindValue(chunk.answers[std::size_t(q)].code);
            for (int q = 0; q < 3; ++q)
                query.addBindValue(bytes(chunk.answers[std::size_t(q)].values));
            query.addBindValue(codes[l]);
            if (!run(query, error))
                return false;
            query.prepare(QStringLiteral("INSERT INTO segment_codes (wave_id, position, chunk, codes, landlord_id) "
                                         "SELECT ?, 0, ?, ?, id FROM landlords WHERE code = ?"));
            for (const QVariant &v : {QVariant(wave), QVariant(chunkOf(l)),
                                      QVariant(l == 0 ? QByteArray(60, '\0') : QByteArray("SECRETID-codes")),
                                      QVariant(codes[l])})
                query.addBindValue(v);
            if (!run(query, error))
                return false;
            whole.weights.insert(whole.weights.end(), chunk.weights.begin(), chunk.weights.end());
            whole.landlord.insert(whole.landlord.end(), chunk.landlord.begin(), chunk.landlord.end());
            whole.qpv.insert(whole.qpv.end(), chunk.qpv.begin(), chunk.qpv.end());
            if (whole.answers.empty())
                whole.answers = chunk.answers;
            else
                for (int q = 0; q < 3; ++q)
                    whole.answers[std::size_t(q)].values.insert(whole.answers[std::size_t(q)].values.end(),
                                                                chunk.answers[std::size_t(q)].values.begin(),
                                                                chunk.answers[std::size_t(q)].values.end());
        }
        // The wave row's checksum, as an import writes it: it hashes every
        // landlord's code, so a landlord's user must not read it.
        query.prepare(QStringLiteral("UPDATE waves SET checksum = ? WHERE id = ?"));
        query.addBindValue(StoreChecksum::wave(year, QStringLiteral("region"), 90, codes, {-1, -1, -1}));
        query.addBindValue(wave);
        if (!run(query, error))
            return false;
        // The whole dictionary names the other landlords' agencies; each
        // landlord's users read theirs only, with the others' values null
        // (landlordsegments.h).
        const QStringList agencies = {QStringLiteral("Agence du Lac"), QStringLiteral("Agence SECRET-B2 Nord"),
                                      QStringLiteral("Agence Nom Secret Trois")};
        query.prepare(QStringLiteral("INSERT INTO segment_columns (wave_id, position, name, dictionary) "
                                     "VALUES (?, 0, 'agence', ?)"));
        query.addBindValue(wave);
        query.addBindValue(QString::fromUtf8(LandlordSegments::dictionaryJson(agencies, {true, true, true})));
        if (!run(query, error))
            return false;
        query.prepare(QStringLiteral("INSERT INTO wave_landlord_segments (wave_id, landlord_id, position, dictionary, "
                                     "checksum) SELECT ?, id, 0, ?, ? FROM landlords WHERE code = ?"));
        for (int l = 0; l < 3; ++l) {
            std::vector<bool> used(3, false);
            used[std::size_t(l)] = true;
            const QString own = QString::fromUtf8(LandlordSegments::dictionaryJson(agencies, used));
            for (const QVariant &v : {QVariant(wave), QVariant(own),
                                      QVariant(StoreChecksum::segmentColumn(0, QStringLiteral("agence"), own)),
                                      QVariant(codes[l])})
                query.addBindValue(v);
            if (!run(query, error))
                return false;
        }
        const QByteArray summary = WaveSummary::build(whole, -1).serialize();
        query.prepare(QStringLiteral("INSERT INTO wave_summaries (wave_id, data, checksum) VALUES (?, ?, ?)"));
        query.addBindValue(wave);
        query.addBindValue(summary);
        query.addBindValue(StoreChecksum::summary(summary));
        if (!run(query, error) || !PeerSummary::write(db, wave, summary, error))
            return false;
        query.prepare(QStringLiteral("INSERT INTO wave_weightings (wave_id, margins_file, margins_sha256, margins, "
                                     "passes, last_factors, weights, untrimmed, applied_at) VALUES (?, 'm.csv', "
                                     "'x', 'bailleur\tSECRET-B2\t4711.5', 3, '[]', ?, ?, 'now')"));
        std::vector<double> raked; // the stored order, twice the file's
        for (const std::vector<double> &weights : storedWeights)
            for (double w : weights)
                raked.push_back(2.0 * w);
        query.addBindValue(wave);
        query.addBindValue(doubles(raked));
        query.addBindValue(doubles(whole.weights));
        if (!run(query, error) || !writeDesigns(db, wave, whole, error))
            return false;
        for (const auto &[segment, score] : {std::pair{"ensemble", 7.1}, std::pair{"qpv", 6.9},
                                             std::pair{"MON-BAILLEUR", 7.7}, std::pair{"SECRET-B2", 3.21987}}) {
            query.prepare(QStringLiteral("INSERT INTO published_figures (year, scope, question, segment, score, n, "
                                         "source) VALUES (?, 'region', 'SQ1', ?, ?, 100, 'rapport')"));
            query.addBindValue(year);
            query.addBindValue(QString::fromLatin1(segment));
            query.addBindValue(score);
            if (!run(query, error))
                return false;
        }
    }
    return query.exec(QStringLiteral("ANALYZE")) || (*error = query.lastError().text(), false);
}
