// Tests of how RespondentImporter writes a wave: the same file twice, a
// replacement, another scope, questions saved with the wave, and large waves
// written in chunks, all or nothing.
#include "pgwaverows.h"
#include "readers/textreader.h"
#include "respondentimportfixture.h"
#include "storefixtures.h"
#include "wavesummary.h"

#include <QLocale>
#include <QSqlQuery>
#include <QTest>

namespace {

// A wave of several chunks: landlords first appear out of alphabetical order,
// one landlord and one segment value appear only in the last chunk, and
// duplicateOf >= 0 gives the last respondent the id of that row.
QByteArray chunkedFile(int count, int duplicateOf = -1)
{
    QByteArray bytes = "id;annee;bailleur;qpv;poids;Q01;Q30;departement\n";
    const char *const landlords[] = {"OPH C", "OPH A", "OPH B"};
    for (int i = 0; i < count; ++i) {
        const bool late = i >= 2 * RespondentChunkSize && i % 5 == 0;
        const int q01 = (i * 7) % 5, q30 = (i * 3) % 5;
        bytes += "C" + QByteArray::number(i == count - 1 && duplicateOf >= 0 ? duplicateOf : i) + ";2023;"
                 + (late ? QByteArray("AAA Tardif") : QByteArray(landlords[i % 3])) + ";" + QByteArray::number(i % 2)
                 + ";" + (i % 4 == 0 ? "1,5" : "0.5") + ";" + (q01 ? QByteArray::number(q01) : QByteArray()) + ";"
                 + (q30 ? QByteArray::number(q30) : QByteArray()) + ";" + (late ? "80" : i % 2 ? "62" : "59") + "\n";
    }
    return bytes;
}

} // namespace

class TestRespondentWaves : public RespondentImportFixture
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void alreadyImported_data();
    void alreadyImported();
    void replaceWave();
    void otherScopeIsAnotherWave();
    void codebookWithTheImport_data();
    void codebookWithTheImport();
    void chunkedWave();
    void waveLargerThanHeld();
    void chunkedWaveRefused_data();
    void chunkedWaveRefused();
};

void TestRespondentWaves::init()
{
    initStore();
}

void TestRespondentWaves::cleanup()
{
    cleanupStore();
}

// ---------------------------------------------------------------------------

void TestRespondentWaves::alreadyImported_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::newRow("the same file again") << QStringLiteral("baseline_2020.csv");
    QTest::newRow("the same bytes under another name") << QStringLiteral("copie de l'enquête.csv");
}

void TestRespondentWaves::alreadyImported()
{
    QFETCH(QString, fileName);

    snapshot();
    const WaveInfo first = m_store->waves().front();
    QVERIFY(first.importedAt.isValid());
    ImportOptions options;
    options.replace = true; // even so, the same bytes are never imported twice
    const ImportResult result = import(write(fileName, Baseline), options);
    QCOMPARE(result.status, ImportResult::Status::AlreadyImported);
    QVERIFY(result.existing);
    QCOMPARE(result.existing->id, m_baselineId);
    QCOMPARE(result.existing->importedAt, first.importedAt);
    QVERIFY2(result.message.contains(QLocale().toString(first.importedAt.toLocalTime(), QLocale::ShortFormat)),
             qPrintable(result.message));
    QVERIFY(result.message.contains(fileName));
    QVERIFY(result.message.contains(QStringLiteral("2020")));
    verifyUnchanged();
}

void TestRespondentWaves::replaceWave()
{
    snapshot();
    const QString newer = write(QStringLiteral("corrected_2020.csv"),
                                "id;annee;bailleur;qpv;Q01\nC1;2020;OPH A;1;1\nC2;2020;OPH B;0;2\nC3;2020;OPH C;0;4\n");
    const ImportResult refused = import(newer);
    QCOMPARE(refused.status, ImportResult::Status::NeedsReplacement);
    QVERIFY(refused.existing);
    QCOMPARE(refused.existing->id, m_baselineId);
    QVERIFY2(refused.message.contains(QStringLiteral("baseline_2020.csv")), qPrintable(refused.message));
    QVERIFY(refused.message.contains(QStringLiteral("replace")));
    verifyUnchanged();

    ImportOptions options;
    options.replace = true;
    const ImportResult replaced = import(newer, options);
    QCOMPARE(replaced.status, ImportResult::Status::Imported);
    const QList<WaveInfo> waves = m_store->waves();
    QCOMPARE(waves.size(), 1);
    QCOMPARE(waves.front().id, replaced.wave.id);
    QCOMPARE(waves.front().year, 2020);
    QCOMPARE(waves.front().respondentCount, 3);
    QCOMPARE(waves.front().sourceFile, QStringLiteral("corrected_2020.csv"));
    const std::optional<WaveData> data = m_store->loadWave(replaced.wave.id);
    QVERIFY(data);
    QCOMPARE(data->respondentIds, QStringList({m_store->respondentPseudonym(QStringLiteral("C1")),
                                               m_store->respondentPseudonym(QStringLiteral("C2")),
                                               m_store->respondentPseudonym(QStringLiteral("C3"))}));
    QCOMPARE(data->landlordCodes, QStringList({QStringLiteral("OPH A"), QStringLiteral("OPH B"), QStringLiteral("OPH C")}));
    // The old wave's rows went with it (SQLite may give the new wave the
    // old id, so count rows rather than look the old id up).
    for (const char *table : {"respondents", "wave_summaries"}) {
        QSqlQuery count(m_store->database());
        QVERIFY(count.exec(QStringLiteral("SELECT COUNT(DISTINCT wave_id), MIN(wave_id) FROM %1").arg(QLatin1String(table))));
        QVERIFY(count.next());
        QCOMPARE(count.value(0).toInt(), 1);
        QCOMPARE(count.value(1).toLongLong(), replaced.wave.id);
    }
    QSqlQuery answers(m_store->database());
    QVERIFY(answers.exec(QStringLiteral("SELECT DISTINCT wave_id FROM answer_columns")));
    QVERIFY(answers.next());
    QCOMPARE(answers.value(0).toLongLong(), replaced.wave.id);
    QVERIFY(!answers.next());
    // The replaced file may be imported again only by replacing in turn.
    ImportOptions again;
    QCOMPARE(import(path(QStringLiteral("baseline_2020.csv")), again).status, ImportResult::Status::NeedsReplacement);
}

void TestRespondentWaves::otherScopeIsAnotherWave()
{
    ImportOptions options;
    options.scope = QStringLiteral("Picardie");
    const ImportResult result = import(write(QStringLiteral("picardie.csv"),
                                             "id;annee;bailleur;qpv;Q01\nP1;2020;OPH A;1;3\n"), options);
    QCOMPARE(result.status, ImportResult::Status::Imported);
    QCOMPARE(m_store->waves().size(), 2);
    QVERIFY(m_store->waveByYearAndScope(2020, QStringLiteral("Picardie")));
    QVERIFY(m_store->waveByYearAndScope(2020, QStringLiteral("Hauts-de-France")));
}

// Questions given with the import are saved with the wave, in its
// transaction: when the wave cannot be written, neither are they.
void TestRespondentWaves::codebookWithTheImport_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("type");
    QTest::addColumn<bool>("imported");

    QTest::newRow("a new question, saved with the wave") << QStringLiteral("Q42") << int(QuestionType::Satisfaction4)
                                                         << true;
    QTest::newRow("a type change of a question with answers, refused")
        << QStringLiteral("Q01") << int(QuestionType::YesNo) << false;
}

void TestRespondentWaves::codebookWithTheImport()
{
    QFETCH(QString, code);
    QFETCH(int, type);
    QFETCH(bool, imported);

    snapshot();
    Question question;
    question.code = code;
    question.theme = QStringLiteral("logement");
    question.labelFr = QStringLiteral("Question ajoutée");
    question.type = QuestionType(type);
    ImportOptions options;
    options.codebook = Codebook({question});
    const ImportResult result = import(
        write(QStringLiteral("with_codebook.csv"),
              "id;annee;bailleur;qpv;" + code.toLatin1() + "\nA;2023;OPH;1;1\nB;2023;OPH;0;2\n"), options);
    if (!imported) {
        QCOMPARE(result.status, ImportResult::Status::StoreFailed);
        QVERIFY2(result.message.contains(code), qPrintable(result.message));
        verifyUnchanged();
        return;
    }
    QVERIFY2(result.status == ImportResult::Status::Imported,
             qPrintable(result.errors.empty() ? result.message : result.errors.front().toString()));
    const Codebook codebook = m_store->codebook();
    QCOMPARE(codebook.size(), 42);
    QCOMPARE(codebook.indexOf(code), 41);
    QCOMPARE(codebook.find(code)->labelFr, QStringLiteral("Question ajoutée"));
    const std::optional<WaveData> data = m_store->loadWave(result.wave.id);
    QVERIFY(data);
    QVERIFY(answersOf(*data, code));
    QCOMPARE(answersOf(*data, code)->values, std::vector<std::uint8_t>({1, 2}));
}

// A wave of several chunks is written as it is read, and reads back as the
// parser sees the whole file, with the summary built over the whole wave.
void TestRespondentWaves::chunkedWave()
{
    const int count = 2 * RespondentChunkSize + 101;
    const QString file = write(QStringLiteral("chunked_2023.csv"), chunkedFile(count));
    const Codebook codebook = m_store->codebook();
    TextReader reader(file, ReadOptions{});
    QVERIFY(reader.open());
    const ParsedRespondents whole = parseRespondents(reader, codebook, ParseOptions{});
    QVERIFY(whole.isValid());
    QCOMPARE(whole.data.respondentCount(), count);
    QCOMPARE(whole.data.landlordCodes, QStringList({"AAA Tardif", "OPH A", "OPH B", "OPH C"}));

    const ImportResult result = import(file);
    QVERIFY2(result.status == ImportResult::Status::Imported,
             qPrintable(result.errors.empty() ? result.message : result.errors.front().toString()));
    QCOMPARE(result.wave.respondentCount, count);
    QCOMPARE(m_store->wave(result.wave.id)->respondentCount, count);
    const std::optional<WaveData> data = m_store->loadWave(result.wave.id);
    QVERIFY2(data, qPrintable(m_store->error().message));
    const WaveData stored = inStoredOrder(whole.data, {RespondentChunkSize, RespondentChunkSize, 101});
    QStringList pseudonyms;
    for (const QString &id : stored.respondentIds)
        pseudonyms << m_store->respondentPseudonym(id);
    QCOMPARE(data->respondentIds, pseudonyms);
    QVERIFY(data->weights == stored.weights);
    QVERIFY(data->qpv == stored.qpv);
    QCOMPARE(data->landlordCodes, whole.data.landlordCodes);
    QVERIFY(data->landlord == stored.landlord);
    QCOMPARE(m_store->landlordCodes(result.wave.id), whole.data.landlordCodes);
    QCOMPARE(int(data->answers.size()), int(whole.data.answers.size()));
    for (std::size_t c = 0; c < data->answers.size(); ++c) {
        QCOMPARE(data->answers[c].code, whole.data.answers[c].code);
        QVERIFY2(data->answers[c].values == stored.answers[c].values, qPrintable(data->answers[c].code));
    }
    QCOMPARE(int(data->segments.size()), 1);
    QCOMPARE(data->segments[0].dictionary, QStringList({"59", "62", "80"}));
    QVERIFY(data->segments[0].values == stored.segments[0].values);
    // The summary summed chunk by chunk is the one of the whole wave, bit for bit.
    QCOMPARE(m_store->waveSummary(result.wave.id),
             WaveSummary::build(whole.data, globalColumn(whole.data, codebook), &codebook).serialize());
    QSqlQuery chunks(m_store->database());
    QVERIFY(chunks.exec(QStringLiteral("SELECT count(*) FROM respondents WHERE wave_id = %1").arg(result.wave.id)));
    QVERIFY(chunks.next());
    QCOMPARE(chunks.value(0).toInt(), storedChunkCount(whole.data, {RespondentChunkSize, RespondentChunkSize, 101}));
}

// A wave larger than what a server holds before writing (PgWaveRows): the
// first respondents are written while the rest is read, and the whole wave
// reads back in the stored order.
void TestRespondentWaves::waveLargerThanHeld()
{
    const int count = PgWaveRows::HeldRespondents + RespondentChunkSize + 7;
    const QString file = write(QStringLiteral("large_2023.csv"), rows(count));
    const Codebook codebook = m_store->codebook();
    TextReader reader(file, ReadOptions{});
    QVERIFY(reader.open());
    const ParsedRespondents whole = parseRespondents(reader, codebook, ParseOptions{});
    QVERIFY(whole.isValid());
    const ImportResult result = import(file);
    QVERIFY2(result.status == ImportResult::Status::Imported,
             qPrintable(result.errors.empty() ? result.message : result.errors.front().toString()));
    std::vector<int> chunkSizes(count / RespondentChunkSize, RespondentChunkSize);
    chunkSizes.push_back(count % RespondentChunkSize);
    const WaveData stored = inStoredOrder(whole.data, chunkSizes);
    const std::optional<WaveData> data = m_store->loadWave(result.wave.id);
    QVERIFY2(data, qPrintable(m_store->error().message));
    QStringList pseudonyms;
    for (const QString &id : stored.respondentIds)
        pseudonyms << m_store->respondentPseudonym(id);
    QCOMPARE(data->respondentIds, pseudonyms);
    QVERIFY(data->weights == stored.weights);
    QVERIFY(data->landlord == stored.landlord);
    QVERIFY(data->answers.at(0).values == stored.answers.at(0).values);
    QSqlQuery chunks(m_store->database());
    QVERIFY(chunks.exec(QStringLiteral("SELECT count(*) FROM respondents WHERE wave_id = %1").arg(result.wave.id)));
    QVERIFY(chunks.next());
    // A file: one row per chunk; a server: one per landlord, twice.
    QCOMPARE(chunks.value(0).toInt(), storedChunkCount(whole.data, chunkSizes));
    QCOMPARE(chunks.value(0).toInt(), testingOnServer() ? 6 : int(chunkSizes.size()));
}

void TestRespondentWaves::chunkedWaveRefused_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<qint64>("line");
    QTest::addColumn<QString>("message");

    const int count = 2 * RespondentChunkSize + 101;
    // Row i is on line i + 2.
    QTest::newRow("duplicate id in the last chunk")
        << chunkedFile(count, 5) << qint64(count + 1) << QStringLiteral("already used on line 7");
    const QByteArray row = QByteArray::number(RespondentChunkSize + 10);
    QByteArray bad = chunkedFile(count);
    bad.replace("\nC" + row + ";2023;", "\nC" + row + ";2024;");
    QTest::newRow("other year in the second chunk")
        << bad << qint64(RespondentChunkSize + 12) << QStringLiteral("differs from 2023 on line 2");
    QTest::newRow("bad answer in the last row")
        << rows(count, count - 1) << qint64(count + 1) << QStringLiteral("answer \"7\" to Q01");
    // A server has sent the first HeldRespondents (PgWaveRows) when the last
    // line is read: they are rolled back with the rest.
    const int large = PgWaveRows::HeldRespondents + RespondentChunkSize + 7;
    QTest::newRow("bad answer in the last row, rows already sent")
        << rows(large, large - 1) << qint64(large + 1) << QStringLiteral("answer \"7\" to Q01");
}

// A problem found after chunks were written rolls them all back.
void TestRespondentWaves::chunkedWaveRefused()
{
    QFETCH(QByteArray, bytes);
    QFETCH(qint64, line);
    QFETCH(QString, message);

    snapshot();
    const ImportResult result = import(write(QStringLiteral("refused.csv"), bytes));
    QCOMPARE(result.status, ImportResult::Status::InvalidFile);
    QCOMPARE(int(result.errors.size()), 1);
    QCOMPARE(result.errors[0].line, line);
    QVERIFY2(result.errors[0].message.contains(message), qPrintable(result.errors[0].message));
    verifyUnchanged();
}

QTEST_GUILESS_MAIN(TestRespondentWaves)
#include "tst_respondentwaves.moc"
