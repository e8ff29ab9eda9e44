// libFuzzer target: the store's reads of a damaged wave (issue #20). A small
// store is written once; each input is a list of edits to its stored rows
// (bytes of a blob or text changed, cut or extended, a count or a chunk
// number changed, a row deleted), made through SQL as a hand edit would.
// Then every read of the wave must either give data of a consistent shape
// or report the damage, naming the wave; figures are computed from what
// reads back. Run through scripts/fuzz (target "store").
#include "crosssums.h"
#include "fuzzinput.h"
#include "store.h"
#include "wavesummary.h"

#include <QCoreApplication>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

#include <cstdlib>

namespace {

struct Column
{
    const char *table;
    const char *column;
    const char *key; // the row's key columns, for the UPDATE
};

// What an edit may touch.
const Column Columns[] = {
    {"respondents", "landlords", "wave_id, chunk"},       {"respondents", "qpv", "wave_id, chunk"},
    {"respondents", "weights", "wave_id, chunk"},         {"respondents", "ids", "wave_id, chunk"},
    {"answer_columns", "answers", "wave_id, question, chunk"}, {"answer_columns", "bits", "wave_id, question, chunk"},
    {"answer_columns", "chunk", "wave_id, question, chunk"},   {"segment_codes", "codes", "wave_id, position, chunk"},
    {"segment_columns", "dictionary", "wave_id, position"},    {"wave_summaries", "data", "wave_id"},
    {"waves", "respondent_count", "id"},                  {"wave_landlords", "blob_index", "wave_id, position"},
};

WaveData sampleWave()
{
    WaveData data;
    data.year = 2020;
    data.scope = QStringLiteral("Hauts-de-France");
    data.landlordCodes = {QStringLiteral("L1"), QStringLiteral("L2")};
    data.answers = {{QStringLiteral("Q01"), QuestionType::Satisfaction4, {}},
                    {QStringLiteral("Q02"), QuestionType::YesNo, {}}};
    data.segments = {{QStringLiteral("type"), {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}, {}}};
    for (int i = 0; i < 40; ++i) {
        data.respondentIds << QStringLiteral("R%1").arg(i);
        data.weights.push_back(1.0 + (i % 3) * 0.25);
        data.landlord.push_back(std::uint16_t(i % 2));
        data.qpv.push_back(std::uint8_t(i % 3 == 0));
        data.answers[0].values.push_back(std::uint8_t(i % 5));
        data.answers[1].values.push_back(std::uint8_t(i % 3));
        data.segments[0].values.push_back(std::uint16_t(i % 3));
    }
    return data;
}

const QByteArray &templateStore()
{
    static const QByteArray bytes = [] {
        const QString path = fuzz::inputPath("sqlite") + QStringLiteral(".template");
        QFile::remove(path);
        {
            Store store;
            if (!store.open(path))
                std::abort();
            const WaveData data = sampleWave();
            WaveInfo info;
            info.year = data.year;
            info.scope = data.scope;
            info.sourceFile = QStringLiteral("sample.csv");
            info.sha256 = QStringLiteral("0");
            info.importedAt = QDateTime::currentDateTimeUtc();
            const QByteArray summary = WaveSummary::build(data, -1).serialize();
            if (store.insertWave(info, data, summary) == 0)
                std::abort();
        }
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            std::abort();
        const QByteArray all = file.readAll();
        file.remove();
        return all;
    }();
    return bytes;
}

// Applies the edits of data to the store at path: 5 bytes each.
void edit(const QString &path, const std::uint8_t *data, std::size_t size)
{
    const QString name = QStringLiteral("fuzz-edit");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open())
            std::abort();
        for (std::size_t at = 0; at + 5 <= size; at += 5) {
            const Column &c = Columns[data[at] % std::size(Columns)];
            const int row = data[at + 1] % 4;
            const int offset = data[at + 2];
            const int op = data[at + 3] % 5;
            const char byte = char(data[at + 4]);
            QSqlQuery query(db);
            query.exec(QStringLiteral("SELECT rowid, %1 FROM %2 LIMIT 1 OFFSET %3")
                           .arg(QLatin1String(c.column), QLatin1String(c.table)).arg(row));
            if (!query.next())
                continue;
            const qint64 rowid = query.value(0).toLongLong();
            QVariant value = query.value(1);
            if (value.typeId() == QMetaType::LongLong || value.typeId() == QMetaType::Int) {
                value = op == 4 ? QVariant() : QVariant(value.toLongLong() + (byte % 3) - 1);
            } else {
                QByteArray bytes = value.toByteArray();
                if (op == 0 && !bytes.isEmpty())
                    bytes[offset % bytes.size()] = byte;
                else if (op == 1)
                    bytes.truncate(bytes.size() - 1 - offset % 4);
                else if (op == 2)
                    bytes.append(byte);
                value = op == 3 ? QVariant() : (value.typeId() == QMetaType::QString ? QVariant(QString::fromUtf8(bytes))
                                                                                    : QVariant(bytes));
            }
            if (op == 3 && data[at + 4] % 2) {
                query.exec(QStringLiteral("DELETE FROM %1 WHERE rowid = %2").arg(QLatin1String(c.table)).arg(rowid));
                continue;
            }
            query.prepare(QStringLiteral("UPDATE %1 SET %2 = ? WHERE rowid = ?")
                              .arg(QLatin1String(c.table), QLatin1String(c.column)));
            query.addBindValue(value);
            query.addBindValue(rowid);
            query.exec(); // a NOT NULL or CHECK refusal leaves the row as it was
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static int argc = 1;
    static char arg0[] = "fuzz_storereader";
    static char *argv[] = {arg0, nullptr};
    static QCoreApplication app(argc, argv);
    if (size > 500)
        return -1;
    const QString path = fuzz::inputPath("sqlite");
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
    const QByteArray &bytes = templateStore();
    fuzz::writeInput(path, reinterpret_cast<const std::uint8_t *>(bytes.constData()), std::size_t(bytes.size()));
    edit(path, data, size);

    Store store;
    if (!store.open(path))
        return 0;
    for (const WaveInfo &wave : store.waves()) {
        const std::optional<WaveData> read = store.loadWave(wave.id);
        if (!read) {
            // Refused: the message names the wave.
            if (!store.error().message.startsWith(QStringLiteral("the store is damaged: wave ")))
                std::abort();
            continue;
        }
        const int n = read->respondentCount();
        if (n != wave.respondentCount || read->respondentIds.size() != n || int(read->landlord.size()) != n
            || int(read->qpv.size()) != n)
            std::abort();
        for (std::size_t i = 0; i < std::size_t(n); ++i)
            if (read->landlord[i] >= read->landlordCodes.size() || !(read->weights[i] > 0))
                std::abort();
        for (const WaveData::AnswerColumn &a : read->answers)
            if (int(a.values.size()) != n)
                std::abort();
        for (const WaveData::SegmentColumn &s : read->segments)
            for (const std::uint16_t v : s.values)
                if (v >= s.dictionary.size())
                    std::abort();
        // Figures from what was read: no crash, whatever the values.
        WaveSummary::build(*read, -1);
        const QByteArray summary = store.waveSummary(wave.id);
        if (!summary.isEmpty())
            WaveSummary::deserialize(summary);
    }
    return 0;
}
