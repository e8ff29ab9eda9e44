// Tests of the Store gateway: creation, round trips, migration, and the
// refusals that must leave a file the store cannot use exactly as it was.
#include "migrations.h"
#include "store.h"
#include "transactionguard.h"
#include "wavewriter.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>
#include <QtEndian>

#include <memory>

#include <sys/stat.h>
#include <unistd.h>

namespace {

constexpr int SatisfecitApplicationId = 0x53415446; // 'SATF'

// A raw SQLite connection for building fixtures and looking behind the
// gateway; uniquely named and removed when it goes out of scope.
class SqlConnection
{
public:
    explicit SqlConnection(const QString &path, const QString &options = QString())
        : m_name(QLatin1String("tst_store-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
    {
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        m_db.setDatabaseName(path);
        m_db.setConnectOptions(options);
        if (!m_db.open())
            qFatal("cannot open %s: %s", qPrintable(path), qPrintable(m_db.lastError().text()));
    }
    ~SqlConnection()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
    SqlConnection(const SqlConnection &) = delete;
    SqlConnection &operator=(const SqlConnection &) = delete;

    bool exec(const QString &sql)
    {
        QSqlQuery query(m_db);
        if (query.exec(sql))
            return true;
        qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
        return false;
    }
    QVariant value(const QString &sql)
    {
        QSqlQuery query(m_db);
        if (!query.exec(sql) || !query.next())
            return QVariant();
        return query.value(0);
    }

private:
    QString m_name;
    QSqlDatabase m_db;
};

QByteArray sha256Of(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QByteArray();
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

// The files SQLite may leave beside a database.
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

// Five respondents; landlord codes in order of first appearance but not in
// alphabetical order, so that the order the store gives back is tested.
WaveData sampleWave(const QStringList &landlords = {QStringLiteral("PDC_HABITAT"), QStringLiteral("LOGIS62"),
                                                   QStringLiteral("ABC_HLM")})
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

// A wave large enough to span many database pages.
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

// Respondents [begin, end) of data, as one chunk of WaveWriter.
WaveData chunkOf(const WaveData &data, int begin, int end)
{
    WaveData chunk;
    chunk.weights.assign(data.weights.begin() + begin, data.weights.begin() + end);
    chunk.landlord.assign(data.landlord.begin() + begin, data.landlord.begin() + end);
    chunk.qpv.assign(data.qpv.begin() + begin, data.qpv.begin() + end);
    for (const WaveData::AnswerColumn &column : data.answers)
        chunk.answers.push_back({column.code, column.type,
                                 {column.values.begin() + begin, column.values.begin() + end}});
    for (const WaveData::SegmentColumn &column : data.segments)
        chunk.segments.push_back({column.name, column.dictionary,
                                  {column.values.begin() + begin, column.values.begin() + end}});
    return chunk;
}

QStringList landlordOfEach(const WaveData &data)
{
    QStringList codes;
    for (std::uint16_t i : data.landlord)
        codes << data.landlordCodes.value(i, QStringLiteral("?"));
    return codes;
}

// Statements of an SQL file: each ends with ";" at the end of a line.
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

} // namespace

class TestStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void newStore_data();
    void newStore();
    void builtInCodebook_data();
    void builtInCodebook();
    void waveRoundTrip();
    void deleteWave();
    void replaceWave();
    void failedReplacementKeepsTheOldWave();
    void saveQuestions();
    void saveQuestionsAllOrNone_data();
    void saveQuestionsAllOrNone();
    void publishedFigureRoundTrip_data();
    void publishedFigureRoundTrip();
    void publishedFiguresReplaceAndAllOrNone();
    void deleteDemoData();
    void migrationFromSchema1();
    void migrationFromSchema2();
    void chunkedWaveRoundTrip();
    void chunkedWaveRolledBack();
    void refusals_data();
    void refusals();
    void transactionGuard_data();
    void transactionGuard();
    void readOnlyStore();
    void lockedStore();

private:
    QString storePath() const { return m_dir->filePath(QStringLiteral("store/satisfecit.sqlite")); }
    QString createStore(const WaveData &data = WaveData());
    bool buildFixture(const QString &kind, const QString &path);
    bool buildSchema1Store(const QString &path);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestStore::cleanup()
{
    m_dir.reset();
}

// A closed store at storePath(), holding data as wave 2021 when not empty.
QString TestStore::createStore(const WaveData &data)
{
    Store store;
    if (!store.open(storePath()))
        qFatal("cannot create a store: %s", qPrintable(store.error().message));
    if (data.respondentCount() > 0
        && store.insertWave(waveInfo(2021, QStringLiteral("Hauts-de-France"), hexSha('a')), data, {}) == 0)
        qFatal("cannot insert a wave: %s", qPrintable(store.error().message));
    return storePath();
}

// ---------------------------------------------------------------------------

void TestStore::newStore_data()
{
    QTest::addColumn<bool>("existingEmptyFile");
    QTest::newRow("new file in a folder that does not exist yet") << false;
    QTest::newRow("existing empty file") << true;
}

void TestStore::newStore()
{
    QFETCH(bool, existingEmptyFile);
    const QString path = storePath();
    if (existingEmptyFile) {
        QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
    }
    {
        Store store;
        QVERIFY2(store.open(path), qPrintable(store.error().message));
        QVERIFY(store.isOpen());
        QVERIFY(store.error().isNull());
        QCOMPARE(store.path(), path);
        QCOMPARE(store.schemaVersion(), Store::SchemaVersion);
        QVERIFY(store.lastBackupPath().isEmpty()); // nothing to keep from a new store
        QCOMPARE(store.codebook().size(), 41);
        QVERIFY(store.waves().isEmpty());
        QVERIFY(store.publishedFigures().isEmpty());
        QSqlQuery query(store.database());
        QVERIFY(query.exec(QStringLiteral("PRAGMA application_id")) && query.next());
        QCOMPARE(query.value(0).toInt(), SatisfecitApplicationId);
    }
    // What another program sees in the file header once the store is closed:
    // user_version at offset 60 and application_id at 68, big-endian.
    QVERIFY2(sidecarsOf(path).isEmpty(), qPrintable(sidecarsOf(path).join(' ')));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray header = file.read(100);
    QVERIFY(header.startsWith(QByteArray("SQLite format 3", 16)));
    QCOMPARE(qFromBigEndian<qint32>(header.constData() + 60), Store::SchemaVersion);
    QCOMPARE(qFromBigEndian<qint32>(header.constData() + 68), SatisfecitApplicationId);
}

void TestStore::builtInCodebook_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("theme");
    QTest::addColumn<QuestionType>("type");
    QTest::addColumn<QString>("parent");
    QTest::addColumn<bool>("isGlobal");
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("labelFr");

    QTest::newRow("Q01 overall satisfaction is the global question")
        << "Q01" << 0 << "global" << QuestionType::Satisfaction4 << QString() << true << QStringList()
        << "Satisfaction globale vis-à-vis du bailleur";
    QTest::newRow("Q04 equipment, a parent")
        << "Q04" << 3 << "logement" << QuestionType::Satisfaction4 << QString() << false << QStringList()
        << "Équipements du logement";
    QTest::newRow("Q05 heating details Q04")
        << "Q05" << 4 << "logement" << QuestionType::Satisfaction4 << "Q04" << false << QStringList()
        << "Chauffage";
    QTest::newRow("Q15 staff courtesy details Q14")
        << "Q15" << 14 << "relation" << QuestionType::Satisfaction4 << "Q14" << false << QStringList()
        << "Amabilité et écoute du personnel";
    QTest::newRow("Q30 single choice with 4 options")
        << "Q30" << 29 << "information" << QuestionType::Single << QString() << false
        << QStringList{"1=Papier", "2=Papier et numérique selon le sujet", "3=Numérique uniquement",
                       "4=Sans préférence"}
        << "Support d'information préféré";
    QTest::newRow("Q31 yes/no")
        << "Q31" << 30 << "information" << QuestionType::YesNo << QString() << false << QStringList()
        << "Équipé d'un smartphone";
    QTest::newRow("Q41 yes/no, last, not global although its theme is")
        << "Q41" << 40 << "global" << QuestionType::YesNo << QString() << false << QStringList()
        << "Recommanderiez-vous votre bailleur à un proche ?";
}

void TestStore::builtInCodebook()
{
    QFETCH(QString, code);
    QFETCH(int, index);
    QFETCH(QString, theme);
    QFETCH(QuestionType, type);
    QFETCH(QString, parent);
    QFETCH(bool, isGlobal);
    QFETCH(QStringList, options);
    QFETCH(QString, labelFr);

    Store store;
    QVERIFY2(store.open(storePath()), qPrintable(store.error().message));
    const Codebook codebook = store.codebook();
    QCOMPARE(codebook.size(), 41);
    QCOMPARE(codebook.indexOf(code), index);
    const Question *q = codebook.find(code);
    QVERIFY(q);
    QCOMPARE(q->theme, theme);
    QCOMPARE(int(q->type), int(type));
    QCOMPARE(q->parent, parent);
    QCOMPARE(q->isGlobal, isGlobal);
    QCOMPARE(q->labelFr, labelFr);
    QVERIFY(!q->labelEn.isEmpty());
    QStringList stored;
    for (const QuestionOption &o : q->options)
        stored << o.code + QLatin1Char('=') + o.labelFr;
    QCOMPARE(stored, options);
    QVERIFY(codebook.globalQuestion());
    QCOMPARE(codebook.globalQuestion()->code, QStringLiteral("Q01"));
}

// ---------------------------------------------------------------------------

void TestStore::waveRoundTrip()
{
    const WaveData written = sampleWave();
    const WaveInfo info = waveInfo(2021, QStringLiteral("Hauts-de-France"), hexSha('b'));
    const QByteArray summary("summary\0\x01\xFF", 10);
    qint64 id = 0;
    {
        Store store;
        QVERIFY2(store.open(storePath()), qPrintable(store.error().message));
        id = store.insertWave(info, written, summary);
        QVERIFY2(id > 0, qPrintable(store.error().message));
    }
    // A fresh Store: what was written reached the file.
    Store store;
    QVERIFY2(store.open(storePath()), qPrintable(store.error().message));
    const QList<WaveInfo> waves = store.waves();
    QCOMPARE(waves.size(), 1);
    const WaveInfo &listed = waves.first();
    QCOMPARE(listed.id, id);
    QCOMPARE(listed.year, 2021);
    QCOMPARE(listed.scope, QStringLiteral("Hauts-de-France"));
    QCOMPARE(listed.sourceFile, QStringLiteral("enquete_2021.csv"));
    QCOMPARE(listed.sha256, hexSha('b'));
    QCOMPARE(listed.importedAt, info.importedAt);
    QCOMPARE(listed.respondentCount, 5);
    QCOMPARE(listed.isDemo, false);

    QCOMPARE(store.waveBySha256(hexSha('b')).value_or(WaveInfo()).id, id);
    QVERIFY(!store.waveBySha256(hexSha('c')));
    QCOMPARE(store.waveByYearAndScope(2021, QStringLiteral("Hauts-de-France")).value_or(WaveInfo()).id, id);
    QVERIFY(!store.waveByYearAndScope(2021, QStringLiteral("Picardie")));
    QVERIFY(!store.waveByYearAndScope(2020, QStringLiteral("Hauts-de-France")));
    QCOMPARE(store.waveSummary(id), summary);

    const std::optional<WaveData> read = store.loadWave(id);
    QVERIFY(read);
    QCOMPARE(read->waveId, id);
    QCOMPARE(read->year, 2021);
    QCOMPARE(read->scope, QStringLiteral("Hauts-de-France"));
    QCOMPARE(read->respondentIds, written.respondentIds);
    QCOMPARE(read->respondentCount(), 5);
    QVERIFY(read->weights == written.weights);
    QVERIFY(read->qpv == written.qpv);
    QCOMPARE(landlordOfEach(*read), landlordOfEach(written));
    // Store::landlordCodes promises "the wave's own order".
    QCOMPARE(read->landlordCodes, written.landlordCodes);
    QVERIFY(read->landlord == written.landlord);
    QCOMPARE(store.landlordCodes(id), written.landlordCodes);
    QCOMPARE(int(read->answers.size()), 3);
    for (int c = 0; c < 3; ++c) {
        QCOMPARE(read->answers[c].code, written.answers[c].code);
        QCOMPARE(int(read->answers[c].type), int(written.answers[c].type));
        QVERIFY2(read->answers[c].values == written.answers[c].values, qPrintable(written.answers[c].code));
    }
    QCOMPARE(int(read->segments.size()), 2);
    for (int c = 0; c < 2; ++c) {
        QCOMPARE(read->segments[c].name, written.segments[c].name);
        QCOMPARE(read->segments[c].dictionary, written.segments[c].dictionary);
        QVERIFY2(read->segments[c].values == written.segments[c].values, qPrintable(written.segments[c].name));
    }
    QVERIFY(!store.loadWave(id + 1000));

    // The same year and scope, or the same file, cannot be imported twice.
    QCOMPARE(store.insertWave(waveInfo(2021, QStringLiteral("Hauts-de-France"), hexSha('c')), written, {}), 0);
    QCOMPARE(int(store.error().kind), int(StoreError::Kind::Failed));
    QCOMPARE(store.insertWave(waveInfo(2022, QStringLiteral("Hauts-de-France"), hexSha('b')), written, {}), 0);
    QCOMPARE(store.waves().size(), 1);
}

void TestStore::deleteWave()
{
    qint64 first = 0, second = 0;
    {
        Store store;
        QVERIFY2(store.open(storePath()), qPrintable(store.error().message));
        first = store.insertWave(waveInfo(2020, QStringLiteral("Hauts-de-France"), hexSha('a')),
                                 sampleWave({"PDC_HABITAT", "LOGIS62", "ABC_HLM"}), QByteArray("s1"));
        second = store.insertWave(waveInfo(2021, QStringLiteral("Hauts-de-France"), hexSha('b')),
                                  sampleWave({"LOGIS62", "SIGH"}), QByteArray("s2"));
        QVERIFY(first > 0 && second > 0);
        QVERIFY2(store.deleteWave(first), qPrintable(store.error().message));
    }
    {
        Store store;
        QVERIFY2(store.open(storePath()), qPrintable(store.error().message));
        QVERIFY(!store.loadWave(first));
        QVERIFY(!store.wave(first));
        QVERIFY(store.waveSummary(first).isEmpty());
        QCOMPARE(store.waves().size(), 1);
        QCOMPARE(store.waves().first().id, second);
        const std::optional<WaveData> kept = store.loadWave(second);
        QVERIFY(kept);
        QCOMPARE(kept->respondentIds.size(), 5);
        QCOMPARE(landlordOfEach(*kept), landlordOfEach(sampleWave({"LOGIS62", "SIGH"})));
        QCOMPARE(store.waveSummary(second), QByteArray("s2"));
    }
    // Nothing of the deleted wave is left behind, and a landlord no wave
    // uses any more is gone while a shared one stays.
    SqlConnection sql(storePath());
    for (const char *table : {"respondents", "wave_landlords", "answer_columns", "segment_columns", "wave_summaries"}) {
        QCOMPARE(sql.value(QStringLiteral("SELECT count(*) FROM %1 WHERE wave_id = %2")
                               .arg(QLatin1String(table)).arg(first)).toInt(), 0);
        QVERIFY(sql.value(QStringLiteral("SELECT count(*) FROM %1 WHERE wave_id = %2")
                              .arg(QLatin1String(table)).arg(second)).toInt() > 0);
    }
    QCOMPARE(sql.value(QStringLiteral("SELECT group_concat(code, ',') FROM "
                                      "(SELECT code FROM landlords ORDER BY code)")).toString(),
             QStringLiteral("LOGIS62,SIGH"));
}

void TestStore::replaceWave()
{
    Store store;
    QVERIFY2(store.open(storePath()), qPrintable(store.error().message));
    const qint64 old = store.insertWave(waveInfo(2021, QStringLiteral("Hauts-de-France"), hexSha('a')),
                                        sampleWave({"PDC_HABITAT", "LOGIS62", "ABC_HLM"}), QByteArray("old"));
    QVERIFY(old > 0);
    // Same year and scope: only possible because the old wave goes in the
    // same transaction.
    WaveData replacement = sampleWave({"SIGH", "LOGIS62"});
    replacement.respondentIds[0] = QStringLiteral("N001");
    const qint64 id = store.insertWave(waveInfo(2021, QStringLiteral("Hauts-de-France"), hexSha('b')),
                                       replacement, QByteArray("new"), old);
    QVERIFY2(id > 0, qPrintable(store.error().message));
    // SQLite may give the new wave the old id (no AUTOINCREMENT): what tells
    // them apart is the file they come from.
    QVERIFY(!store.waveBySha256(hexSha('a')));
    QCOMPARE(store.waveBySha256(hexSha('b')).value_or(WaveInfo()).id, id);
    QCOMPARE(store.waves().size(), 1);
    QCOMPARE(store.waveByYearAndScope(2021, QStringLiteral("Hauts-de-France")).value_or(WaveInfo()).id, id);
    const std::optional<WaveData> read = store.loadWave(id);
    QVERIFY(read);
    QCOMPARE(read->respondentIds.first(), QStringLiteral("N001"));
    QCOMPARE(landlordOfEach(*read), landlordOfEach(replacement));
    QCOMPARE(store.waveSummary(id), QByteArray("new"));
    QSqlQuery query(store.database());
    QVERIFY(query.exec(QStringLiteral("SELECT group_concat(code, ',') FROM (SELECT code FROM landlords ORDER BY code)")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("LOGIS62,SIGH"));
}

void TestStore::failedReplacementKeepsTheOldWave()
{
    Store store;
    QVERIFY2(store.open(storePath()), qPrintable(store.error().message));
    const WaveData original = sampleWave();
    const qint64 old = store.insertWave(waveInfo(2021, QStringLiteral("Hauts-de-France"), hexSha('a')),
                                        original, QByteArray("old"));
    QVERIFY(old > 0);
    WaveData broken = sampleWave({"NEW_LANDLORD", "LOGIS62"});
    // Refused by the schema (not in the codebook) once the old wave is
    // deleted and the new landlord written, late in the transaction.
    broken.answers[2].code = QStringLiteral("Q99");
    QCOMPARE(store.insertWave(waveInfo(2021, QStringLiteral("Hauts-de-France"), hexSha('b')), broken,
                              QByteArray("new"), old),
             0);
    QVERIFY(!store.error().isNull());
    QVERIFY(!store.error().message.isEmpty());
    const std::optional<WaveData> kept = store.loadWave(old);
    QVERIFY(kept);
    QCOMPARE(kept->respondentIds, original.respondentIds);
    QCOMPARE(landlordOfEach(*kept), landlordOfEach(original));
    QCOMPARE(store.waveSummary(old), QByteArray("old"));
    QCOMPARE(store.waves().size(), 1);
    QCOMPARE(store.waves().first().sha256, hexSha('a'));
    QSqlQuery query(store.database());
    QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM landlords WHERE code = 'NEW_LANDLORD'")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 0);
}

// ---------------------------------------------------------------------------

void TestStore::saveQuestions()
{
    Store store;
    QVERIFY2(store.open(storePath()), qPrintable(store.error().message));
    Question updated = *store.codebook().find(QStringLiteral("Q02"));
    updated.labelFr = QStringLiteral("Conditions de logement (révisé)");
    updated.labelEn = QStringLiteral("Housing conditions (revised)");
    Question added;
    added.code = QStringLiteral("Q50");
    added.theme = QStringLiteral("numerique");
    added.labelFr = QStringLiteral("Canal de contact préféré");
    added.type = QuestionType::Single;
    added.options = {{"1", "Téléphone"}, {"2", "Courriel"}, {"3", "Agence"}};
    added.parent = QStringLiteral("Q28");
    QVERIFY2(store.saveQuestions(Codebook({updated, added})), qPrintable(store.error().message));

    store.close();
    QVERIFY(store.open(storePath()));
    Codebook codebook = store.codebook();
    QCOMPARE(codebook.size(), 42);
    QCOMPARE(codebook.indexOf(QStringLiteral("Q02")), 1); // an update keeps its place
    QCOMPARE(codebook.find(QStringLiteral("Q02"))->labelFr, QStringLiteral("Conditions de logement (révisé)"));
    QCOMPARE(codebook.find(QStringLiteral("Q02"))->labelEn, QStringLiteral("Housing conditions (revised)"));
    QCOMPARE(codebook.indexOf(QStringLiteral("Q50")), 41); // an addition comes last
    const Question *q50 = codebook.find(QStringLiteral("Q50"));
    QCOMPARE(int(q50->type), int(QuestionType::Single));
    QCOMPARE(q50->parent, QStringLiteral("Q28"));
    QCOMPARE(int(q50->options.size()), 3);
    QCOMPARE(q50->options[2].code, QStringLiteral("3"));
    QCOMPARE(q50->options[2].labelFr, QStringLiteral("Agence"));
    QCOMPARE(codebook.globalQuestion()->code, QStringLiteral("Q01"));

    // Fewer options replace the old ones; a new global question demotes Q01.
    Question fewer = *q50;
    fewer.options = {{"1", "Téléphone"}};
    Question global;
    global.code = QStringLiteral("Q60");
    global.theme = QStringLiteral("global");
    global.labelFr = QStringLiteral("Satisfaction globale (nouvelle formulation)");
    global.isGlobal = true;
    QVERIFY2(store.saveQuestions(Codebook({fewer, global})), qPrintable(store.error().message));
    codebook = store.codebook();
    QCOMPARE(codebook.size(), 43);
    QCOMPARE(int(codebook.find(QStringLiteral("Q50"))->options.size()), 1);
    QCOMPARE(codebook.globalQuestion()->code, QStringLiteral("Q60"));
    QVERIFY(!codebook.find(QStringLiteral("Q01"))->isGlobal);
}

void TestStore::saveQuestionsAllOrNone_data()
{
    QTest::addColumn<QString>("badCode");
    QTest::addColumn<QString>("badParent");
    QTest::addColumn<QuestionType>("badType");
    QTest::addColumn<QString>("messagePart");

    QTest::newRow("unknown parent") << "Q51" << "Q99" << QuestionType::Satisfaction4 << "Q99";
    QTest::newRow("type change of a question that has answers")
        << "Q01" << QString() << QuestionType::YesNo << "Q01";
}

void TestStore::saveQuestionsAllOrNone()
{
    QFETCH(QString, badCode);
    QFETCH(QString, badParent);
    QFETCH(QuestionType, badType);
    QFETCH(QString, messagePart);

    createStore(sampleWave());
    Store store;
    QVERIFY2(store.open(storePath()), qPrintable(store.error().message));
    const Codebook before = store.codebook();
    Question good = *before.find(QStringLiteral("Q03"));
    good.labelFr = QStringLiteral("changed before the bad question");
    Question added;
    added.code = QStringLiteral("Q70");
    added.theme = QStringLiteral("logement");
    added.labelFr = QStringLiteral("Nouvelle question");
    Question bad;
    bad.code = badCode;
    bad.theme = QStringLiteral("logement");
    bad.labelFr = QStringLiteral("Question refusée");
    bad.type = badType;
    bad.parent = badParent;
    QVERIFY(!store.saveQuestions(Codebook({good, added, bad})));
    QVERIFY2(store.error().message.contains(messagePart), qPrintable(store.error().message));
    const Codebook after = store.codebook();
    QCOMPARE(after.size(), before.size());
    QVERIFY(!after.find(QStringLiteral("Q70")));
    QCOMPARE(after.find(QStringLiteral("Q03"))->labelFr, before.find(QStringLiteral("Q03"))->labelFr);
    QCOMPARE(int(after.find(QStringLiteral("Q01"))->type), int(QuestionType::Satisfaction4));
}

// ---------------------------------------------------------------------------

void TestStore::publishedFigureRoundTrip_data()
{
    QTest::addColumn<QString>("option");
    QTest::addColumn<QVariant>("score");
    QTest::addColumn<QVariant>("pctSatisfied");
    QTest::addColumn<QVariant>("n");
    QTest::addColumn<QString>("source");
    QTest::addColumn<bool>("illustrative");
    QTest::addColumn<bool>("isDemo");

    QTest::newRow("every optional field set")
        << QString() << QVariant(7.6) << QVariant(84.25) << QVariant(qint64(4012))
        << "Rapport régional 2016, p. 12" << false << false;
    QTest::newRow("every optional field null")
        << QString() << QVariant() << QVariant() << QVariant() << QString() << false << false;
    QTest::newRow("score only, zero values are not null")
        << QString() << QVariant(0.0) << QVariant() << QVariant(qint64(0)) << QString() << false << false;
    QTest::newRow("share of a single-choice option")
        << "2" << QVariant() << QVariant(31.5) << QVariant(qint64(980)) << "Synthèse 2015" << false << false;
    QTest::newRow("illustrative demo figure")
        << QString() << QVariant(6.9) << QVariant(70.0) << QVariant() << QString() << true << true;
}

void TestStore::publishedFigureRoundTrip()
{
    QFETCH(QString, option);
    QFETCH(QVariant, score);
    QFETCH(QVariant, pctSatisfied);
    QFETCH(QVariant, n);
    QFETCH(QString, source);
    QFETCH(bool, illustrative);
    QFETCH(bool, isDemo);

    PublishedFigure f;
    f.year = 2016;
    f.scope = QStringLiteral("Nord-Pas-de-Calais");
    f.code = option.isEmpty() ? QStringLiteral("Q01") : QStringLiteral("Q30");
    f.segment = QStringLiteral("hors_qpv");
    f.option = option;
    if (score.isValid())
        f.score = score.toDouble();
    if (pctSatisfied.isValid())
        f.pctSatisfied = pctSatisfied.toDouble();
    if (n.isValid())
        f.n = n.toLongLong();
    f.source = source;
    f.illustrative = illustrative;
    f.isDemo = isDemo;
    {
        Store store;
        QVERIFY2(store.open(storePath()), qPrintable(store.error().message));
        QVERIFY2(store.savePublishedFigures({f}), qPrintable(store.error().message));
    }
    Store store;
    QVERIFY2(store.open(storePath()), qPrintable(store.error().message));
    const QList<PublishedFigure> figures = store.publishedFigures();
    QCOMPARE(figures.size(), 1);
    const PublishedFigure &r = figures.first();
    QCOMPARE(r.year, 2016);
    QCOMPARE(r.scope, f.scope);
    QCOMPARE(r.code, f.code);
    QCOMPARE(r.segment, f.segment);
    QCOMPARE(r.option, option);
    QCOMPARE(r.score.has_value(), score.isValid());
    QCOMPARE(r.score.value_or(-1), score.isValid() ? score.toDouble() : -1.0);
    QCOMPARE(r.pctSatisfied.has_value(), pctSatisfied.isValid());
    QCOMPARE(r.pctSatisfied.value_or(-1), pctSatisfied.isValid() ? pctSatisfied.toDouble() : -1.0);
    QCOMPARE(r.n.has_value(), n.isValid());
    QCOMPARE(r.n.value_or(-1), n.isValid() ? n.toLongLong() : qint64(-1));
    QCOMPARE(r.source, source);
    QCOMPARE(r.illustrative, illustrative);
    QCOMPARE(r.isDemo, isDemo);
    QCOMPARE(store.publishedFigures(f.code).size(), 1);
    QCOMPARE(store.publishedFigures(QStringLiteral("Q02")).size(), 0);
}

void TestStore::publishedFiguresReplaceAndAllOrNone()
{
    Store store;
    QVERIFY2(store.open(storePath()), qPrintable(store.error().message));
    PublishedFigure f;
    f.year = 2016;
    f.scope = QStringLiteral("Picardie");
    f.code = QStringLiteral("Q01");
    f.segment = QStringLiteral("ensemble");
    f.score = 7.1;
    f.n = 1500;
    QVERIFY(store.savePublishedFigures({f}));
    // The same year, scope, code, segment and option replace the figure.
    f.score = 7.3;
    f.n.reset();
    f.source = QStringLiteral("erratum");
    QVERIFY(store.savePublishedFigures({f}));
    QList<PublishedFigure> figures = store.publishedFigures();
    QCOMPARE(figures.size(), 1);
    QCOMPARE(figures.first().score.value_or(0), 7.3);
    QVERIFY(!figures.first().n);
    QCOMPARE(figures.first().source, QStringLiteral("erratum"));

    // A figure for an unknown question fails the whole batch.
    PublishedFigure good = f;
    good.year = 2017;
    PublishedFigure bad = f;
    bad.code = QStringLiteral("Q99");
    QVERIFY(!store.savePublishedFigures({good, bad}));
    QVERIFY(!store.error().isNull());
    // Out of range, refused by the schema.
    PublishedFigure outOfRange = good;
    outOfRange.score = 11.0;
    QVERIFY(!store.savePublishedFigures({good, outOfRange}));
    figures = store.publishedFigures();
    QCOMPARE(figures.size(), 1);
    QCOMPARE(figures.first().year, 2016);
}

void TestStore::deleteDemoData()
{
    Store store;
    QVERIFY2(store.open(storePath()), qPrintable(store.error().message));
    WaveInfo demo = waveInfo(2019, QStringLiteral("Hauts-de-France"), hexSha('d'));
    demo.isDemo = true;
    const qint64 demoId = store.insertWave(demo, sampleWave({"DEMO_A", "SHARED", "DEMO_B"}), QByteArray("demo"));
    const qint64 realId = store.insertWave(waveInfo(2021, QStringLiteral("Hauts-de-France"), hexSha('e')),
                                           sampleWave({"SHARED", "REAL"}), {});
    QVERIFY(demoId > 0 && realId > 0);
    QVERIFY(store.wave(demoId)->isDemo);
    PublishedFigure demoFigure;
    demoFigure.year = 2012;
    demoFigure.scope = QStringLiteral("Hauts-de-France");
    demoFigure.code = QStringLiteral("Q01");
    demoFigure.segment = QStringLiteral("ensemble");
    demoFigure.score = 7.0;
    demoFigure.isDemo = true;
    demoFigure.illustrative = true;
    PublishedFigure realFigure = demoFigure;
    realFigure.year = 2013;
    realFigure.isDemo = false;
    realFigure.illustrative = false;
    QVERIFY(store.savePublishedFigures({demoFigure, realFigure}));

    QVERIFY2(store.deleteDemoData(), qPrintable(store.error().message));
    QVERIFY(!store.loadWave(demoId));
    QVERIFY(store.waveSummary(demoId).isEmpty());
    QCOMPARE(store.waves().size(), 1);
    QCOMPARE(store.waves().first().id, realId);
    QVERIFY(store.loadWave(realId));
    const QList<PublishedFigure> figures = store.publishedFigures();
    QCOMPARE(figures.size(), 1);
    QCOMPARE(figures.first().year, 2013);
    QSqlQuery query(store.database());
    QVERIFY(query.exec(QStringLiteral("SELECT group_concat(code, ',') FROM (SELECT code FROM landlords ORDER BY code)")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("REAL,SHARED"));
    query.finish();
    // Nothing left to remove: still a success.
    QVERIFY(store.deleteDemoData());
    QCOMPARE(store.waves().size(), 1);
}

// ---------------------------------------------------------------------------

void TestStore::migrationFromSchema1()
{
    // The fixture must be what version 1 really was: its CREATE statements
    // are migration step 1, and steps never change once released.
    QStringList created;
    for (const QString &statement : sqlStatements(QStringLiteral(SATISFECIT_TEST_DATA "/store/schema1.sql")))
        if (statement.startsWith(QLatin1String("CREATE")))
            created << statement.chopped(1).simplified();
    QStringList step1;
    for (const QString &statement : migrationStep(1))
        step1 << statement.simplified();
    QCOMPARE(created, step1);

    const QString path = storePath();
    QVERIFY(buildSchema1Store(path));
    const QString backup = path + QStringLiteral(".schema1.bak");
    QVERIFY(!QFile::exists(backup));
    {
        Store store;
        QVERIFY2(store.open(path), qPrintable(store.error().message));
        QCOMPARE(store.schemaVersion(), Store::SchemaVersion);
        QCOMPARE(store.lastBackupPath(), backup);

        const Codebook codebook = store.codebook();
        QStringList codes;
        for (const Question &q : codebook.questions())
            codes << q.code;
        QCOMPARE(codes, (QStringList{"Q01", "Q04", "Q05", "Q30", "Q31"}));
        QCOMPARE(codebook.globalQuestion()->code, QStringLiteral("Q01"));
        QCOMPARE(codebook.find(QStringLiteral("Q05"))->parent, QStringLiteral("Q04"));
        QCOMPARE(codebook.find(QStringLiteral("Q30"))->labelFr, QStringLiteral("Support d'information préféré"));
        QCOMPARE(int(codebook.find(QStringLiteral("Q30"))->options.size()), 2);
        QCOMPARE(codebook.find(QStringLiteral("Q30"))->options[1].labelFr, QStringLiteral("Numérique uniquement"));
        QCOMPARE(int(codebook.find(QStringLiteral("Q31"))->type), int(QuestionType::YesNo));

        const QList<WaveInfo> waves = store.waves();
        QCOMPARE(waves.size(), 1);
        QCOMPARE(waves.first().year, 2019);
        QCOMPARE(waves.first().scope, QStringLiteral("Hauts-de-France"));
        QCOMPARE(waves.first().sourceFile, QStringLiteral("enquete_2019.csv"));
        QCOMPARE(waves.first().respondentCount, 3);
        QCOMPARE(waves.first().importedAt, QDateTime(QDate(2019, 11, 4), QTime(9, 30), Qt::UTC));
        QCOMPARE(waves.first().isDemo, false); // the column added by version 2
        const std::optional<WaveData> wave = store.loadWave(waves.first().id);
        QVERIFY(wave);
        QCOMPARE(wave->respondentIds, (QStringList{"R001", "R002", "R003"}));
        QVERIFY((wave->weights == std::vector<double>{1.0, 0.75, 1.5}));
        QVERIFY((wave->qpv == std::vector<std::uint8_t>{1, 0, 0}));
        QCOMPARE(landlordOfEach(*wave), (QStringList{"LOGIS62", "HABITAT59", "LOGIS62"}));
        QCOMPARE(int(wave->answers.size()), 4);
        QCOMPARE(wave->answers[0].code, QStringLiteral("Q01"));
        QVERIFY((wave->answers[0].values == std::vector<std::uint8_t>{1, 2, 4}));
        QCOMPARE(wave->answers[2].code, QStringLiteral("Q30"));
        QCOMPARE(int(wave->answers[2].type), int(QuestionType::Single));
        QVERIFY((wave->answers[2].values == std::vector<std::uint8_t>{2, 1, 0}));
        QCOMPARE(int(wave->answers[3].type), int(QuestionType::YesNo));
        QCOMPARE(int(wave->segments.size()), 1);
        QCOMPARE(wave->segments[0].dictionary, (QStringList{"62", "59"}));
        QVERIFY((wave->segments[0].values == std::vector<std::uint16_t>{0, 1, 0}));
        QVERIFY(store.waveSummary(waves.first().id).isEmpty());

        const QList<PublishedFigure> figures = store.publishedFigures();
        QCOMPARE(figures.size(), 1);
        QCOMPARE(figures.first().score.value_or(0), 7.6);
        QCOMPARE(figures.first().n.value_or(0), qint64(4012));
        QCOMPARE(figures.first().source, QStringLiteral("Rapport régional 2016"));
        QVERIFY(!figures.first().isDemo);
        QVERIFY(!figures.first().illustrative);

        // What version 2 added works on the upgraded store.
        QVERIFY(store.saveWaveSummary(waves.first().id, QByteArray("summary")));
        QCOMPARE(store.waveSummary(waves.first().id), QByteArray("summary"));
    }
    // The copy kept before the upgrade is the version-1 store, data included.
    QVERIFY(QFile::exists(backup));
    {
        SqlConnection sql(backup, QStringLiteral("QSQLITE_OPEN_READONLY"));
        QCOMPARE(sql.value(QStringLiteral("PRAGMA user_version")).toInt(), 1);
        QCOMPARE(sql.value(QStringLiteral("PRAGMA application_id")).toInt(), SatisfecitApplicationId);
        QCOMPARE(sql.value(QStringLiteral("SELECT replace(ids, char(10), ',') FROM respondents")).toString(),
                 QStringLiteral("R001,R002,R003"));
        QCOMPARE(sql.value(QStringLiteral("SELECT hex(answers) FROM answer_columns WHERE question = 'Q01'")).toString(),
                 QStringLiteral("010204"));
        QCOMPARE(sql.value(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'wave_summaries'")).toInt(), 0);
    }
    // Opening the upgraded store again upgrades nothing and copies nothing.
    QVERIFY(QFile::remove(backup));
    Store store;
    QVERIFY2(store.open(path), qPrintable(store.error().message));
    QCOMPARE(store.schemaVersion(), Store::SchemaVersion);
    QVERIFY(store.lastBackupPath().isEmpty());
    QVERIFY(!QFile::exists(backup));
    QCOMPARE(store.waves().size(), 1);
}

// ---------------------------------------------------------------------------

// A version-2 store (version 1 upgraded by the step-2 statements, as the
// release of version 2 left it) becomes version 3 with its chunked layout,
// and its wave reads back exactly as before.
void TestStore::migrationFromSchema2()
{
    const QString path = storePath();
    QVERIFY(buildSchema1Store(path));
    {
        SqlConnection sql(path);
        for (const QString &statement : migrationStep(2))
            QVERIFY(sql.exec(statement));
        QVERIFY(sql.exec(QStringLiteral("INSERT INTO wave_summaries (wave_id, data) "
                                        "SELECT id, X'0102' FROM waves")));
        QVERIFY(sql.exec(QStringLiteral("PRAGMA user_version = 2")));
    }
    const QString backup = path + QStringLiteral(".schema2.bak");
    {
        Store store;
        QVERIFY2(store.open(path), qPrintable(store.error().message));
        QCOMPARE(store.schemaVersion(), 3);
        QCOMPARE(store.lastBackupPath(), backup);
        const QList<WaveInfo> waves = store.waves();
        QCOMPARE(waves.size(), 1);
        QCOMPARE(waves.first().respondentCount, 3);
        QCOMPARE(store.waveSummary(waves.first().id), QByteArray("\x01\x02"));
        QCOMPARE(store.landlordCodes(waves.first().id), (QStringList{"LOGIS62", "HABITAT59"}));
        const std::optional<WaveData> wave = store.loadWave(waves.first().id);
        QVERIFY2(wave, qPrintable(store.error().message));
        QCOMPARE(wave->respondentIds, (QStringList{"R001", "R002", "R003"}));
        QVERIFY((wave->weights == std::vector<double>{1.0, 0.75, 1.5}));
        QVERIFY((wave->qpv == std::vector<std::uint8_t>{1, 0, 0}));
        QCOMPARE(wave->landlordCodes, (QStringList{"LOGIS62", "HABITAT59"}));
        QCOMPARE(landlordOfEach(*wave), (QStringList{"LOGIS62", "HABITAT59", "LOGIS62"}));
        QCOMPARE(int(wave->answers.size()), 4);
        QVERIFY((wave->answers[0].values == std::vector<std::uint8_t>{1, 2, 4}));
        QCOMPARE(wave->answers[2].code, QStringLiteral("Q30"));
        QVERIFY((wave->answers[2].values == std::vector<std::uint8_t>{2, 1, 0}));
        QCOMPARE(int(wave->segments.size()), 1);
        QCOMPARE(wave->segments[0].name, QStringLiteral("departement"));
        QCOMPARE(wave->segments[0].dictionary, (QStringList{"62", "59"}));
        QVERIFY((wave->segments[0].values == std::vector<std::uint16_t>{0, 1, 0}));

        // A new wave goes into the upgraded store, and deleting the old one
        // takes all its rows, in the rebuilt tables too.
        QVERIFY2(store.insertWave(waveInfo(2021, QStringLiteral("Hauts-de-France"), hexSha('a')), sampleWave(), {}),
                 qPrintable(store.error().message));
        QVERIFY(store.deleteWave(waves.first().id));
        QVERIFY(!store.loadWave(waves.first().id));
    }
    {
        SqlConnection sql(path);
        for (const char *table : {"respondents", "answer_columns", "segment_columns", "segment_codes",
                                  "wave_landlords"})
            QCOMPARE(sql.value(QStringLiteral("SELECT count(*) FROM %1 WHERE wave_id NOT IN (SELECT id FROM waves)")
                                   .arg(QLatin1String(table))).toInt(), 0);
        QCOMPARE(sql.value(QStringLiteral("PRAGMA foreign_key_check")), QVariant());
    }
    SqlConnection sql(backup, QStringLiteral("QSQLITE_OPEN_READONLY"));
    QCOMPARE(sql.value(QStringLiteral("PRAGMA user_version")).toInt(), 2);
    QCOMPARE(sql.value(QStringLiteral("SELECT replace(ids, char(10), ',') FROM respondents")).toString(),
             QStringLiteral("R001,R002,R003"));
}

// A wave written in chunks whose landlord codes follow the order of first
// appearance, as an import writes it, reads back whole and in the wave's
// own landlord order.
void TestStore::chunkedWaveRoundTrip()
{
    // Chunks number the landlords PDC_HABITAT 0, LOGIS62 1, ABC_HLM 2; the
    // wave's own order is alphabetical.
    WaveData inFileOrder = sampleWave();
    // A code above 15 keeps its chunk at a byte per answer; the others pack two.
    inFileOrder.answers[1].values[3] = 20;
    const QStringList sorted = {"ABC_HLM", "LOGIS62", "PDC_HABITAT"};
    const std::vector<int> blobIndex = {2, 1, 0};
    WaveData expected = inFileOrder;
    expected.landlordCodes = sorted;
    for (std::uint16_t &l : expected.landlord)
        l = std::uint16_t(2 - l);

    Store store;
    QVERIFY2(store.open(storePath()), qPrintable(store.error().message));
    WaveWriter writer(store);
    QVERIFY2(writer.begin(waveInfo(2021, QStringLiteral("Hauts-de-France"), hexSha('a'))),
             qPrintable(store.error().message));
    const QStringList &ids = inFileOrder.respondentIds;
    QVERIFY(writer.writeChunk(ids.mid(0, 2).join(QLatin1Char('\n')), chunkOf(inFileOrder, 0, 2)));
    QVERIFY(writer.writeChunk(ids.mid(2, 2).join(QLatin1Char('\n')), chunkOf(inFileOrder, 2, 4)));
    QVERIFY(writer.writeChunk(ids.mid(4, 1).join(QLatin1Char('\n')), chunkOf(inFileOrder, 4, 5)));
    const qint64 id = writer.finish(sorted, blobIndex, inFileOrder.segments, QByteArray("sums"));
    QVERIFY2(id > 0, qPrintable(store.error().message));

    QCOMPARE(store.wave(id)->respondentCount, 5);
    QCOMPARE(store.waveSummary(id), QByteArray("sums"));
    QCOMPARE(store.landlordCodes(id), sorted);
    const std::optional<WaveData> read = store.loadWave(id);
    QVERIFY2(read, qPrintable(store.error().message));
    QCOMPARE(read->respondentIds, expected.respondentIds);
    QVERIFY(read->weights == expected.weights);
    QVERIFY(read->qpv == expected.qpv);
    QCOMPARE(read->landlordCodes, sorted);
    QVERIFY(read->landlord == expected.landlord);
    QCOMPARE(landlordOfEach(*read), landlordOfEach(inFileOrder));
    QCOMPARE(int(read->answers.size()), 3);
    for (int c = 0; c < 3; ++c) {
        QCOMPARE(read->answers[c].code, expected.answers[c].code);
        QVERIFY2(read->answers[c].values == expected.answers[c].values, qPrintable(expected.answers[c].code));
    }
    QCOMPARE(int(read->segments.size()), 2);
    for (int c = 0; c < 2; ++c) {
        QCOMPARE(read->segments[c].dictionary, expected.segments[c].dictionary);
        QVERIFY(read->segments[c].values == expected.segments[c].values);
    }
    QSqlQuery chunks(store.database());
    QVERIFY(chunks.exec(QStringLiteral("SELECT count(*) FROM respondents WHERE wave_id = %1").arg(id)));
    QVERIFY(chunks.next());
    QCOMPARE(chunks.value(0).toInt(), 3);
}

// A writer given up before finish() leaves nothing behind.
void TestStore::chunkedWaveRolledBack()
{
    const QString path = createStore(sampleWave());
    const QByteArray before = sha256Of(path);
    {
        Store store;
        QVERIFY2(store.open(path), qPrintable(store.error().message));
        WaveWriter writer(store);
        QVERIFY(writer.begin(waveInfo(2022, QStringLiteral("Hauts-de-France"), hexSha('c'))));
        const WaveData data = largeWave(3000);
        QVERIFY(writer.writeChunk(data.respondentIds.mid(0, 2000).join(QLatin1Char('\n')), chunkOf(data, 0, 2000)));
        QVERIFY(writer.writeChunk(data.respondentIds.mid(2000).join(QLatin1Char('\n')), chunkOf(data, 2000, 3000)));
    }
    Store store;
    QVERIFY2(store.open(path), qPrintable(store.error().message));
    QCOMPARE(store.waves().size(), 1);
    QVERIFY(!store.waveByYearAndScope(2022, QStringLiteral("Hauts-de-France")));
    store.close();
    QCOMPARE(sha256Of(path), before);
}

// The store of tests/data/store/schema1.sql, as the first release left it.
bool TestStore::buildSchema1Store(const QString &path)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return false;
    SqlConnection sql(path);
    for (const QString &statement : sqlStatements(QStringLiteral(SATISFECIT_TEST_DATA "/store/schema1.sql")))
        if (!sql.exec(statement))
            return false;
    return sql.value(QStringLiteral("PRAGMA user_version")).toInt() == 1;
}

// Builds, at path, a file the store must refuse.
bool TestStore::buildFixture(const QString &kind, const QString &path)
{
    const auto write = [&](const QByteArray &bytes) {
        QFile file(path);
        return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
    };
    if (kind == QLatin1String("text"))
        return write("id;bailleur;qpv;Q01\r\n1;LOGIS62;1;2\r\n2;SIGH;0;1\r\n");
    if (kind == QLatin1String("png"))
        return write(QByteArray("\x89PNG\r\n\x1A\n\0\0\0\x0DIHDR\0\0\0\x10\0\0\0\x10\x08\x06\0\0\0", 29));
    if (kind == QLatin1String("short"))
        return write("SQLite");
    if (kind == QLatin1String("newer")) {
        createStore(sampleWave());
        SqlConnection sql(path);
        return sql.exec(QStringLiteral("PRAGMA user_version = 99"));
    }
    if (kind.startsWith(QLatin1String("other"))) {
        SqlConnection sql(path);
        bool ok = sql.exec(QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)"))
                  && sql.exec(QStringLiteral("INSERT INTO notes (body) VALUES ('courses'), ('rendez-vous')"));
        if (kind == QLatin1String("other-versioned"))
            ok = ok && sql.exec(QStringLiteral("PRAGMA application_id = 305419896"))
                 && sql.exec(QStringLiteral("PRAGMA user_version = 7"));
        if (kind == QLatin1String("other-version1"))
            ok = ok && sql.exec(QStringLiteral("PRAGMA user_version = 1"));
        return ok;
    }
    if (kind == QLatin1String("corrupt")) {
        createStore(largeWave(40000));
        QFile file(path);
        if (!file.open(QIODevice::ReadWrite))
            return false;
        // Page size: big-endian at offset 16 of the header, 1 meaning 65536.
        const QByteArray header = file.read(100);
        const int sizeField = qFromBigEndian<quint16>(header.constData() + 16);
        const qint64 pageSize = sizeField == 1 ? 65536 : sizeField;
        const qint64 pages = file.size() / pageSize;
        if (pages < 9)
            qFatal("the store is too small to corrupt its middle: %lld pages", pages);
        // Garbage over the middle third, the header page left intact.
        QRandomGenerator random(20240611);
        for (qint64 page = pages / 3; page < 2 * pages / 3; ++page) {
            QByteArray garbage(pageSize, Qt::Uninitialized);
            random.fillRange(reinterpret_cast<quint32 *>(garbage.data()), pageSize / 4);
            file.seek(page * pageSize);
            if (file.write(garbage) != pageSize)
                return false;
        }
        return true;
    }
    qFatal("unknown fixture %s", qPrintable(kind));
    return false;
}

void TestStore::refusals_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<StoreError::Kind>("kind");
    QTest::addColumn<QString>("messagePart");

    QTest::newRow("newer schema (user_version 99, our application id)")
        << "newer" << StoreError::Kind::NewerSchema << "newer version";
    QTest::newRow("text file") << "text" << StoreError::Kind::NotAStore << "not an SQLite database";
    QTest::newRow("PNG image") << "png" << StoreError::Kind::NotAStore << "not an SQLite database";
    QTest::newRow("file shorter than an SQLite header")
        << "short" << StoreError::Kind::NotAStore << "not an SQLite database";
    QTest::newRow("another application's database")
        << "other" << StoreError::Kind::NotAStore << "not a Satisfecit store";
    // Many programs number their schema in user_version too: a version above
    // ours must not be taken for a newer Satisfecit store.
    QTest::newRow("another application's database with its own id and user_version 7")
        << "other-versioned" << StoreError::Kind::NotAStore << "not a Satisfecit store";
    QTest::newRow("another application's database with user_version 1 and no id")
        << "other-version1" << StoreError::Kind::NotAStore << "not a Satisfecit store";
    QTest::newRow("corrupt store (garbage over the middle pages)")
        << "corrupt" << StoreError::Kind::Corrupt << "damaged";
}

void TestStore::refusals()
{
    QFETCH(QString, fixture);
    QFETCH(StoreError::Kind, kind);
    QFETCH(QString, messagePart);

    const QString path = storePath();
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    QVERIFY(buildFixture(fixture, path));
    QVERIFY2(sidecarsOf(path).isEmpty(), "the fixture left files beside it");
    const QByteArray before = sha256Of(path);
    const qint64 sizeBefore = QFileInfo(path).size();
    const QStringList folderBefore = QDir(QFileInfo(path).absolutePath()).entryList(QDir::Files);

    Store store;
    QVERIFY(!store.open(path));
    QVERIFY(!store.isOpen());
    QCOMPARE(int(store.error().kind), int(kind));
    QVERIFY2(store.error().message.contains(QDir::toNativeSeparators(path)), qPrintable(store.error().message));
    QVERIFY2(store.error().message.contains(messagePart), qPrintable(store.error().message));
    QVERIFY(store.lastBackupPath().isEmpty());
    store.close();

    QCOMPARE(QFileInfo(path).size(), sizeBefore);
    QCOMPARE(sha256Of(path), before);
    QCOMPARE(sidecarsOf(path), QStringList());
    QCOMPARE(QDir(QFileInfo(path).absolutePath()).entryList(QDir::Files), folderBefore);

    // Refusing twice changes nothing either (no half-done first attempt).
    Store again;
    QVERIFY(!again.open(path));
    QCOMPARE(int(again.error().kind), int(kind));
    QCOMPARE(sha256Of(path), before);
}

// ---------------------------------------------------------------------------

void TestStore::transactionGuard_data()
{
    QTest::addColumn<bool>("commit");
    QTest::addColumn<int>("rowsAfter");
    QTest::newRow("not committed: rolled back when the guard goes") << false << 0;
    QTest::newRow("committed: kept") << true << 1;
}

void TestStore::transactionGuard()
{
    QFETCH(bool, commit);
    QFETCH(int, rowsAfter);

    Store store;
    QVERIFY2(store.open(storePath()), qPrintable(store.error().message));
    {
        TransactionGuard guard(store.database());
        QVERIFY(guard.isActive());
        QSqlQuery insert(store.database());
        QVERIFY(insert.exec(QStringLiteral("INSERT INTO landlords (code, name) VALUES ('GUARDED', 'Guarded')")));
        // A nested guard cannot start a transaction and must not end the outer one.
        {
            TransactionGuard nested(store.database());
            QVERIFY(!nested.isActive());
            QVERIFY(!nested.commit());
        }
        if (commit) {
            QVERIFY(guard.commit());
            QVERIFY(!guard.isActive());
            QVERIFY(!guard.commit()); // once only
        }
    }
    QSqlQuery count(store.database());
    QVERIFY(count.exec(QStringLiteral("SELECT count(*) FROM landlords WHERE code = 'GUARDED'")) && count.next());
    QCOMPARE(count.value(0).toInt(), rowsAfter);
    count.finish();
    // And what another connection sees in the file.
    SqlConnection other(storePath());
    QCOMPARE(other.value(QStringLiteral("SELECT count(*) FROM landlords WHERE code = 'GUARDED'")).toInt(), rowsAfter);
    // The connection is usable again: no transaction was left open.
    QVERIFY(store.database().transaction());
    QVERIFY(store.database().rollback());
}

// ---------------------------------------------------------------------------

void TestStore::readOnlyStore()
{
    const QString path = createStore(sampleWave());
    const QByteArray before = sha256Of(path);
    QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));

    if (geteuid() != 0) {
        // File permissions are what makes the store read-only here.
        Store store;
        QVERIFY2(store.open(path), qPrintable(store.error().message));
        QCOMPARE(store.codebook().size(), 41);
        QCOMPARE(store.waves().size(), 1);
        QVERIFY(store.loadWave(store.waves().first().id));
        QCOMPARE(store.insertWave(waveInfo(2022, QStringLiteral("Picardie"), hexSha('f')), sampleWave(), {}), 0);
        QCOMPARE(int(store.error().kind), int(StoreError::Kind::ReadOnly));
        QVERIFY2(store.error().message.contains(QDir::toNativeSeparators(path)), qPrintable(store.error().message));
        QVERIFY(!store.deleteWave(store.waves().first().id));
        QCOMPARE(int(store.error().kind), int(StoreError::Kind::ReadOnly));
        store.close();
        QCOMPARE(sha256Of(path), before);
        // A read-only connection to a WAL database cannot remove the -wal and
        // -shm files SQLite creates beside it (the folder is writable: an
        // empty -wal and a 32 KiB -shm with SQLite 3.40); the -wal must at
        // least hold nothing.
        QCOMPARE(QFileInfo(path + QStringLiteral("-wal")).size(), 0);

        // An older store that cannot be written cannot be upgraded: refused,
        // untouched, and no backup attempted.
        const QString old = m_dir->filePath(QStringLiteral("old/satisfecit.sqlite"));
        QVERIFY(buildSchema1Store(old));
        QVERIFY(QFile::setPermissions(old, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
        const QByteArray oldBefore = sha256Of(old);
        Store oldStore;
        QVERIFY(!oldStore.open(old));
        QCOMPARE(int(oldStore.error().kind), int(StoreError::Kind::ReadOnly));
        QVERIFY2(oldStore.error().message.contains(QDir::toNativeSeparators(old)), qPrintable(oldStore.error().message));
        QCOMPARE(sha256Of(old), oldBefore);
        QCOMPARE(sidecarsOf(old), QStringList());
        QVERIFY(!QFile::exists(old + QStringLiteral(".schema1.bak")));
    } else {
        // Root writes through file permissions, so a 0444 store is simply
        // usable; what matters is that opening it leaves its mode alone.
        Store store;
        QVERIFY2(store.open(path), qPrintable(store.error().message));
        QCOMPARE(store.waves().size(), 1);
        store.close();
        QCOMPARE(QFileInfo(path).permissions() & (QFileDevice::WriteOwner | QFileDevice::WriteGroup | QFileDevice::WriteOther),
                 QFileDevice::Permissions());
    }

    // Whoever runs the test: a write SQLite refuses as read-only (here through
    // PRAGMA query_only) surfaces as StoreError::Kind::ReadOnly naming the
    // file, and writes nothing.
    QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    Store store;
    QVERIFY2(store.open(path), qPrintable(store.error().message));
    const qint64 id = store.waves().first().id;
    QSqlQuery pragma(store.database());
    QVERIFY(pragma.exec(QStringLiteral("PRAGMA query_only = 1")));
    pragma.finish();
    QCOMPARE(store.insertWave(waveInfo(2022, QStringLiteral("Picardie"), hexSha('f')), sampleWave(), {}), 0);
    QCOMPARE(int(store.error().kind), int(StoreError::Kind::ReadOnly));
    QVERIFY2(store.error().message.contains(QDir::toNativeSeparators(path)), qPrintable(store.error().message));
    QVERIFY(!store.deleteWave(id));
    QCOMPARE(int(store.error().kind), int(StoreError::Kind::ReadOnly));
    QVERIFY(!store.savePublishedFigures({PublishedFigure{2016, "Picardie", "Q01", "ensemble", {}, 7.0}}));
    QCOMPARE(int(store.error().kind), int(StoreError::Kind::ReadOnly));
    QCOMPARE(store.waves().size(), 1);
    QVERIFY(store.loadWave(id));
    QVERIFY(store.publishedFigures().isEmpty());
}

// A second program holding the write lock: the store waits its busy timeout,
// then reports Locked rather than a generic failure.
void TestStore::lockedStore()
{
    const QString path = createStore();
    Store store;
    QVERIFY2(store.open(path), qPrintable(store.error().message));
    SqlConnection other(path);
    QVERIFY(other.exec(QStringLiteral("BEGIN IMMEDIATE")));
    QCOMPARE(store.insertWave(waveInfo(2022, QStringLiteral("Picardie"), hexSha('f')), sampleWave(), {}), 0);
    QCOMPARE(int(store.error().kind), int(StoreError::Kind::Locked));
    QVERIFY2(store.error().message.contains(QDir::toNativeSeparators(path)), qPrintable(store.error().message));
    QVERIFY(other.exec(QStringLiteral("ROLLBACK")));
    // Once the other program is done, the same store works.
    QVERIFY2(store.insertWave(waveInfo(2022, QStringLiteral("Picardie"), hexSha('f')), sampleWave(), {}) > 0,
             qPrintable(store.error().message));
}

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
