// Fixtures shared by the Store tests.
#include "storefixtures.h"

#include "pgwaverows.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <map>

QStringList sidecarsOf(const QString &path)
{
    QStringList found;
    for (const char *suffix : {"-wal", "-shm", "-journal"})
        if (QFile::exists(path + QLatin1String(suffix)))
            found << QLatin1String(suffix);
    return found;
}

QString hexSha(char c)
{
    return QString(64, QLatin1Char(c));
}

WaveInfo waveInfo(int year, const QString &scope, const QString &sha256)
{
    WaveInfo info;
    info.year = year;
    info.scope = scope;
    info.sourceFile = QStringLiteral("enquete_%1.csv").arg(year);
    info.sha256 = sha256;
    info.importedAt = QDateTime(QDate(year, 11, 4), QTime(9, 30, 15), Qt::UTC);
    return info;
}

WaveData sampleWave(const QStringList &landlords)
{
    WaveData data;
    data.respondentIds = {"R001", "R002", "R003", "R004", "R005"};
    data.weights = {1.0, 0.75, 1.25, 2.5, 0.1};
    data.landlordCodes = landlords;
    data.landlord = {0, 1, 0, std::uint16_t(landlords.size() - 1), 1};
    data.qpv = {1, 0, 0, 1, 0};
    data.answers.push_back({QStringLiteral("Q01"), QuestionType::Satisfaction4, {1, 2, 3, 4, 0}});
    data.answers.push_back({QStringLiteral("Q30"), QuestionType::Single, {1, 4, 0, 2, 3}});
    data.answers.push_back({QStringLiteral("Q31"), QuestionType::YesNo, {1, 2, 2, 0, 1}});
    data.segments.push_back({QStringLiteral("departement"), {"59", "62", "80"}, {0, 1, 0, 2, 1}});
    data.segments.push_back({QStringLiteral("type_habitat"), {"collectif", "individuel", ""}, {0, 0, 1, 2, 0}});
    return data;
}

WaveData largeWave(int respondents)
{
    WaveData data;
    data.landlordCodes = {"LOGIS62", "HABITAT59", "SIGH"};
    std::vector<std::uint8_t> q01, q02;
    for (int i = 0; i < respondents; ++i) {
        data.respondentIds << QStringLiteral("R%1").arg(i, 6, 10, QLatin1Char('0'));
        data.weights.push_back(0.5 + (i % 7) * 0.25);
        data.landlord.push_back(std::uint16_t(i % 3));
        data.qpv.push_back(std::uint8_t(i % 2));
        q01.push_back(std::uint8_t(i % 5));
        q02.push_back(std::uint8_t((i + 1) % 5));
    }
    data.answers.push_back({QStringLiteral("Q01"), QuestionType::Satisfaction4, q01});
    data.answers.push_back({QStringLiteral("Q02"), QuestionType::Satisfaction4, q02});
    return data;
}

QStringList landlordOfEach(const WaveData &data)
{
    QStringList codes;
    for (std::uint16_t i : data.landlord)
        codes << data.landlordCodes.value(i, QStringLiteral("?"));
    return codes;
}

QStringList sqlStatements(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        qFatal("cannot read %s", qPrintable(path));
    QStringList statements;
    QString current;
    for (const QString &line : QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'))) {
        if (line.trimmed().startsWith(QLatin1String("--")))
            continue;
        current += line + QLatin1Char('\n');
        if (line.trimmed().endsWith(QLatin1Char(';'))) {
            statements << current.trimmed();
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        qFatal("%s: a statement does not end with ';'", qPrintable(path));
    return statements;
}

bool buildSchema1Store(const QString &path)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return false;
    SqlConnection sql(path);
    for (const QString &statement : sqlStatements(QStringLiteral(SATISFECIT_TEST_DATA "/store/schema1.sql")))
        if (!sql.exec(statement))
            return false;
    return sql.value(QStringLiteral("PRAGMA user_version")).toInt() == 1;
}

QString StoreFixture::createStore(const WaveData &data)
{
    Store store;
    if (!store.open(storePath()))
        qFatal("cannot create a store: %s", qPrintable(store.error().message));
    if (data.respondentCount() > 0
        && store.insertWave(waveInfo(2021, QStringLiteral("Hauts-de-France"), hexSha('a')), data, {}) == 0)
        qFatal("cannot insert a wave: %s", qPrintable(store.error().message));
    return storePath();
}

namespace {

// For each stored chunk, the positions of its respondents in data. A file
// keeps the writer's chunks; a server gathers them by landlord (PgWaveRows):
// one chunk per landlord, in order of each landlord's first respondent, each
// time HeldRespondents are held and at the end.
std::vector<std::vector<int>> storedChunks(const WaveData &data, const std::vector<int> &chunkSizes)
{
    std::vector<int> sizes = chunkSizes;
    if (sizes.empty())
        sizes.push_back(data.respondentCount());
    std::vector<std::vector<int>> chunks;
    std::vector<std::vector<int>> held;      // by first respondent
    std::map<std::uint16_t, std::size_t> partOf; // landlord -> its part in held
    int heldCount = 0;
    const auto writeHeld = [&] {
        chunks.insert(chunks.end(), held.begin(), held.end());
        held.clear();
        partOf.clear();
        heldCount = 0;
    };
    int begin = 0;
    for (int size : sizes) {
        for (int i = begin; i < begin + size; ++i) {
            if (testingOnServer()) {
                const auto [part, added] = partOf.emplace(data.landlord[i], held.size());
                if (added)
                    held.emplace_back();
                held[part->second].push_back(i);
            } else if (i == begin) {
                chunks.push_back({i});
            } else {
                chunks.back().push_back(i);
            }
        }
        heldCount += size;
        if (heldCount >= PgWaveRows::HeldRespondents)
            writeHeld();
        begin += size;
    }
    writeHeld();
    return chunks;
}

} // namespace

WaveData inStoredOrder(const WaveData &data, const std::vector<int> &chunkSizes)
{
    WaveData out = data;
    std::vector<int> order;
    for (const std::vector<int> &chunk : storedChunks(data, chunkSizes))
        order.insert(order.end(), chunk.begin(), chunk.end());
    for (std::size_t k = 0; k < order.size(); ++k) {
        const int i = order[k];
        out.respondentIds[qsizetype(k)] = data.respondentIds[i];
        out.weights[k] = data.weights[std::size_t(i)];
        out.landlord[k] = data.landlord[std::size_t(i)];
        out.qpv[k] = data.qpv[std::size_t(i)];
        for (std::size_t c = 0; c < data.answers.size(); ++c)
            out.answers[c].values[k] = data.answers[c].values[std::size_t(i)];
        for (std::size_t c = 0; c < data.segments.size(); ++c)
            out.segments[c].values[k] = data.segments[c].values[std::size_t(i)];
    }
    return out;
}

int storedChunkCount(const WaveData &data, const std::vector<int> &chunkSizes)
{
    return int(storedChunks(data, chunkSizes).size());
}

QString storedLandlordCodes(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT code FROM landlords ORDER BY code")))
        return QStringLiteral("cannot read landlords: ") + query.lastError().text();
    QStringList codes;
    while (query.next())
        codes << query.value(0).toString();
    return codes.join(QLatin1Char(','));
}
