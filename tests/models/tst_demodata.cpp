// Tests of the demo store: the generator is deterministic and fast, its
// weighted figures reproduce every published 2020 figure of the bundled
// report file, and the demo loads into a store without touching user data.
// Figures are computed here with a plain loop over survey-files.md section 4,
// independently of the figures engine.
#include "teststore.h"
#include "codebook.h"
#include "demodata.h"
#include "demogenerator.h"
#include "publishedreader.h"
#include "readers/textreader.h"
#include "respondentimporter.h"
#include "respondentparser.h"
#include "store.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <functional>

namespace {

const QString PublishedFile = QStringLiteral(":/satisfecit/demo/published_2021.csv");
const QString HistoryFile = QStringLiteral(":/satisfecit/demo/history_illustrative.csv");

// The seed-2020 file. It pins the generator's output: the integer-only model
// must give these bytes on every platform. Change it only together with a
// deliberate change of the generator.
const QByteArray GoldenSha256 = "fc3b81f4eb0641586721775f8da531e9ca128f01bde9970809146f900b47738a";

QList<PublishedFigure> readFigures(const QString &path, QString *error)
{
    TextReader reader(path, ReadOptions{});
    if (!reader.open()) {
        *error = reader.error().toString();
        return {};
    }
    std::vector<ReadError> errors;
    const QList<PublishedFigure> figures = readPublishedFigures(reader, Codebook::builtIn(), &errors);
    if (!errors.empty())
        *error = errors.front().toString();
    return figures;
}

struct Weighted
{
    double sumW = 0, sumWX = 0, sumWSatisfied = 0;
    double score() const { return sumWX / sumW; }
    double pctSatisfied() const { return 100.0 * sumWSatisfied / sumW; }
};

} // namespace

class TestDemoData : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void deterministic();
    void fastEnough();
    void sampleShape();
    void cellForms();
    void landlordsAreFictitious();
    void publishedFilesParse_data();
    void publishedFilesParse();
    void matchesPublished_data();
    void matchesPublished();
    void equipmentDetailsAtLeastSeven();
    void driversAreMeaningful();
    void loadsIntoStore();
    void keepsUserData();

private:
    const WaveData::AnswerColumn *column(const QString &code) const;
    Weighted weighted(const QString &code, const std::function<bool(int)> &inGroup) const;

    QTemporaryDir m_dir;
    QByteArray m_csv;
    WaveData m_wave;
    Codebook m_codebook;
};

void TestDemoData::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_csv = generateDemoRespondents(2020);
    const QString path = m_dir.filePath(QStringLiteral("demo.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(m_csv), m_csv.size());
    file.close();

    m_codebook = Codebook::builtIn();
    TextReader reader(path, ReadOptions{});
    QVERIFY2(reader.open(), qPrintable(reader.error().toString()));
    ParsedRespondents parsed = parseRespondents(reader, m_codebook, ParseOptions{});
    QVERIFY2(parsed.errors.empty(), parsed.errors.empty() ? "" : qPrintable(parsed.errors.front().toString()));
    QVERIFY(parsed.isValid());
    m_wave = std::move(parsed.data);
}

const WaveData::AnswerColumn *TestDemoData::column(const QString &code) const
{
    for (const WaveData::AnswerColumn &c : m_wave.answers)
        if (c.code == code)
            return &c;
    return nullptr;
}

// Weighted sums over the valid answers of the respondents in the group.
Weighted TestDemoData::weighted(const QString &code, const std::function<bool(int)> &inGroup) const
{
    Weighted w;
    const WaveData::AnswerColumn *c = column(code);
    if (!c)
        return w;
    for (int i = 0; i < m_wave.respondentCount(); ++i) {
        const int value = c->values[i];
        if (value == 0 || !inGroup(i))
            continue;
        w.sumW += m_wave.weights[i];
        w.sumWX += m_wave.weights[i] * satisfactionPoints(value);
        w.sumWSatisfied += value <= 2 ? m_wave.weights[i] : 0.0;
    }
    return w;
}

void TestDemoData::deterministic()
{
    const auto sha = [](const QByteArray &bytes) {
        return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
    };
    const QByteArray again = generateDemoRespondents(2020);
    QCOMPARE(sha(again), sha(m_csv));
    QCOMPARE(sha(generateDemoRespondents()), sha(m_csv)); // 2020 is the default seed
    QVERIFY(sha(generateDemoRespondents(2021)) != sha(m_csv));
    QCOMPARE(sha(m_csv), GoldenSha256);
}

void TestDemoData::fastEnough()
{
#if defined(__SANITIZE_ADDRESS__)
    QSKIP("timings mean nothing under AddressSanitizer");
#endif
    QElapsedTimer timer;
    timer.start();
    const QByteArray csv = generateDemoRespondents(7);
    const qint64 ms = timer.elapsed();
    QVERIFY(!csv.isEmpty());
    QVERIFY2(ms < 2000, qPrintable(QStringLiteral("generation took %1 ms").arg(ms)));
}

void TestDemoData::sampleShape()
{
    QCOMPARE(m_wave.respondentCount(), 40185);
    QCOMPARE(m_wave.year, 2020);
    QCOMPARE(m_wave.landlordCodes.size(), 27);
    QCOMPARE(int(m_wave.answers.size()), m_codebook.size());

    const double qpvShare = std::count(m_wave.qpv.begin(), m_wave.qpv.end(), 1) / double(m_wave.respondentCount());
    QVERIFY2(qpvShare > 0.28 && qpvShare < 0.38, qPrintable(QString::number(qpvShare)));

    double sum = 0, low = 1e9, high = 0;
    for (double w : m_wave.weights) {
        sum += w;
        low = std::min(low, w);
        high = std::max(high, w);
    }
    QVERIFY(std::abs(sum / m_wave.respondentCount() - 1.0) < 0.001);
    QVERIFY2(low >= 0.35 && high <= 2.6, qPrintable(QStringLiteral("%1..%2").arg(low).arg(high)));
    QVERIFY2(high / low > 4, "the weights should really vary");

    QStringList segments;
    for (const WaveData::SegmentColumn &s : m_wave.segments) {
        segments << s.name;
        QStringList values = s.dictionary;
        values.sort();
        if (s.name == QLatin1String("departement"))
            QCOMPARE(values, QStringList({"02", "59", "60", "62", "80"}));
        else
            QCOMPARE(values, QStringList({"collectif", "individuel"}));
    }
    QCOMPARE(segments, QStringList({"departement", "type_habitat"}));

    // Landlord sizes vary as in the real survey.
    std::vector<int> sizes(m_wave.landlordCodes.size(), 0);
    for (std::uint16_t l : m_wave.landlord)
        ++sizes[l];
    QCOMPARE(*std::min_element(sizes.begin(), sizes.end()), 400);
    QCOMPARE(*std::max_element(sizes.begin(), sizes.end()), 3500);

    // Lifts only in blocks of flats, interventions for about half.
    const auto answered = [&](const QString &code) {
        const WaveData::AnswerColumn *c = column(code);
        return std::count_if(c->values.begin(), c->values.end(), [](std::uint8_t v) { return v != 0; })
               / double(m_wave.respondentCount());
    };
    QVERIFY(answered(QStringLiteral("Q24")) > 0.15 && answered(QStringLiteral("Q24")) < 0.35);
    QVERIFY(answered(QStringLiteral("Q26")) > 0.45 && answered(QStringLiteral("Q26")) < 0.62);
    QVERIFY(answered(QStringLiteral("Q01")) > 0.98);
}

void TestDemoData::cellForms()
{
    const QList<QByteArray> lines = m_csv.split('\n');
    qint64 cells = 0, labels = 0;
    QSet<QByteArray> forms;
    for (int i = 1; i < lines.size(); ++i) {
        if (lines[i].isEmpty())
            continue;
        const QList<QByteArray> fields = lines[i].split(';');
        QCOMPARE(fields.size(), 7 + 41);
        QVERIFY2(fields[4].contains(',') && !fields[4].contains('.'), fields[4].constData());
        for (int f = 7; f < fields.size(); ++f) {
            ++cells;
            bool numeric = false;
            fields[f].toInt(&numeric);
            if (!fields[f].isEmpty() && !numeric) {
                ++labels;
                forms.insert(fields[f]);
            }
        }
    }
    const double share = double(labels) / double(cells);
    QVERIFY2(share > 0.03 && share < 0.08, qPrintable(QString::number(share)));
    for (const char *form : {"Plutôt satisfait", "Très satisfait", "NSP", "Non concerné", "oui", "Papier"})
        QVERIFY2(forms.contains(form), form);
}

void TestDemoData::landlordsAreFictitious()
{
    // Organisations named in the published report, and a few other real ones.
    const QStringList real = {"3F",          "Notre Logis", "OPAL",       "Baie de Somme", "Maisons & Cités",
                              "SIA",         "Oise Habitat", "SIGH",      "Habitat Hauts-de-France",
                              "AMSOM",       "Reims Habitat", "Habitat du Littoral", "Vilogia", "Partenord",
                              "Pas-de-Calais Habitat", "Lille Métropole Habitat", "Clésence", "Norevie"};
    for (const QString &landlord : m_wave.landlordCodes) {
        QVERIFY2(landlord.startsWith(QLatin1String("BL")), qPrintable(landlord));
        for (const QString &name : real)
            QVERIFY2(!landlord.contains(name), qPrintable(landlord));
    }
}

void TestDemoData::publishedFilesParse_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("illustrative");
    QTest::newRow("published report") << PublishedFile << false;
    QTest::newRow("illustrative history") << HistoryFile << true;
}

void TestDemoData::publishedFilesParse()
{
    QFETCH(QString, path);
    QFETCH(bool, illustrative);
    QString error;
    const QList<PublishedFigure> figures = readFigures(path, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(figures.size() > 20);
    for (const PublishedFigure &f : figures) {
        QCOMPARE(f.illustrative, illustrative);
        QVERIFY(!f.source.isEmpty());
        if (illustrative) {
            QVERIFY(f.year < 2020);
            QVERIFY(f.scope == QLatin1String("Nord-Pas-de-Calais") || f.scope == QLatin1String("Picardie"));
        } else {
            QVERIFY(f.source.startsWith(QLatin1String("Rapport URH Hauts-de-France 2021")));
        }
    }
}

void TestDemoData::matchesPublished_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("segment");
    QTest::addColumn<QString>("option");
    QTest::addColumn<double>("score");
    QTest::addColumn<double>("pct");
    QString error;
    int rows = 0;
    for (const PublishedFigure &f : readFigures(PublishedFile, &error)) {
        if (f.year != 2020 || f.scope != QLatin1String("Hauts-de-France"))
            continue;
        const QString name = f.code + QLatin1Char(' ') + f.segment
                             + (f.option.isEmpty() ? QString() : QLatin1String(" option ") + f.option);
        QTest::newRow(qPrintable(name)) << f.code << f.segment << f.option << f.score.value_or(qQNaN())
                                        << f.pctSatisfied.value_or(qQNaN());
        ++rows;
    }
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(rows, 26);
}

void TestDemoData::matchesPublished()
{
    QFETCH(QString, code);
    QFETCH(QString, segment);
    QFETCH(QString, option);
    QFETCH(double, score);
    QFETCH(double, pct);
    const Question *question = m_codebook.find(code);
    QVERIFY(question);
    QVERIFY(column(code));
    const auto inGroup = [&](int i) {
        return segment == QLatin1String("ensemble") || (m_wave.qpv[i] == 1) == (segment == QLatin1String("qpv"));
    };
    const double tolerance = segment == QLatin1String("ensemble") ? 0.05 : 0.1;
    if (question->type == QuestionType::Satisfaction4) {
        const Weighted w = weighted(code, inGroup);
        QVERIFY2(std::abs(w.score() - score) <= tolerance,
                 qPrintable(QStringLiteral("score %1, published %2").arg(w.score(), 0, 'f', 3).arg(score)));
        if (!std::isnan(pct))
            QVERIFY2(std::abs(w.pctSatisfied() - pct) <= 0.5,
                     qPrintable(QStringLiteral("%1 % satisfied, published %2").arg(w.pctSatisfied()).arg(pct)));
        return;
    }
    // A share of an option among the valid answers.
    int stored = option.toInt();
    if (question->type == QuestionType::Single) {
        const auto it = std::find_if(question->options.begin(), question->options.end(),
                                     [&](const QuestionOption &o) { return o.code == option; });
        QVERIFY(it != question->options.end());
        stored = int(it - question->options.begin()) + 1;
    }
    const WaveData::AnswerColumn *c = column(code);
    double all = 0, chosen = 0;
    for (int i = 0; i < m_wave.respondentCount(); ++i) {
        if (c->values[i] == 0 || !inGroup(i))
            continue;
        all += m_wave.weights[i];
        chosen += c->values[i] == stored ? m_wave.weights[i] : 0.0;
    }
    const double share = 100.0 * chosen / all;
    QVERIFY2(std::abs(share - pct) <= 0.5, qPrintable(QStringLiteral("%1 %, published %2").arg(share).arg(pct)));
}

// The report: "Chauffage, robinetterie, plomberie, sanitaires, fenêtres et
// porte d'entrée du logement enregistrent des notes de 7,0 ou supérieures."
void TestDemoData::equipmentDetailsAtLeastSeven()
{
    for (const char *code : {"Q05", "Q06", "Q07", "Q08", "Q09", "Q10"}) {
        const double score = weighted(QString::fromLatin1(code), [](int) { return true; }).score();
        QVERIFY2(score >= 7.0, qPrintable(QStringLiteral("%1: %2").arg(code).arg(score)));
    }
}

// Importance (survey-files.md section 4): the weighted correlation of each
// question with Q01 must be neither flat nor trivial, and differ by question.
void TestDemoData::driversAreMeaningful()
{
    const WaveData::AnswerColumn *global = column(QStringLiteral("Q01"));
    QVERIFY(global);
    double lowest = 1, highest = -1;
    for (const WaveData::AnswerColumn &c : m_wave.answers) {
        if (c.type != QuestionType::Satisfaction4 || c.code == QLatin1String("Q01"))
            continue;
        double sw = 0, sx = 0, sy = 0;
        for (int i = 0; i < m_wave.respondentCount(); ++i)
            if (c.values[i] && global->values[i]) {
                const double w = m_wave.weights[i];
                sw += w;
                sx += w * satisfactionPoints(c.values[i]);
                sy += w * satisfactionPoints(global->values[i]);
            }
        const double mx = sx / sw, my = sy / sw;
        double sxy = 0, sxx = 0, syy = 0;
        for (int i = 0; i < m_wave.respondentCount(); ++i)
            if (c.values[i] && global->values[i]) {
                const double w = m_wave.weights[i];
                const double dx = satisfactionPoints(c.values[i]) - mx;
                const double dy = satisfactionPoints(global->values[i]) - my;
                sxy += w * dx * dy;
                sxx += w * dx * dx;
                syy += w * dy * dy;
            }
        const double r = sxy / std::sqrt(sxx * syy);
        QVERIFY2(r > 0.15 && r < 0.65, qPrintable(QStringLiteral("%1: r = %2").arg(c.code).arg(r)));
        lowest = std::min(lowest, r);
        highest = std::max(highest, r);
    }
    QVERIFY2(highest - lowest > 0.2, qPrintable(QStringLiteral("%1..%2").arg(lowest).arg(highest)));
}

void TestDemoData::loadsIntoStore()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Store store;
    QVERIFY2(store.open(testStoreLocation(dir.filePath(QStringLiteral("demo.sqlite")))), qPrintable(store.error().message));
    QString error;
    const qsizetype bundled = readFigures(PublishedFile, &error).size() + readFigures(HistoryFile, &error).size();
    QVERIFY(error.isEmpty());

    QString message;
    QVERIFY2(loadDemoData(store, &message), qPrintable(message));
    // The count written as the locale writes numbers ("40 185" in French).
    QVERIFY2(message.contains(QLocale().toString(40185)), qPrintable(message));
    QList<WaveInfo> waves = store.waves();
    QCOMPARE(waves.size(), 1);
    QCOMPARE(waves.front().year, 2020);
    QCOMPARE(waves.front().scope, QStringLiteral("Hauts-de-France"));
    QCOMPARE(waves.front().respondentCount, 40185);
    QCOMPARE(waves.front().sourceFile, QStringLiteral("demo_hauts-de-france_2020.csv"));
    QVERIFY(waves.front().isDemo);
    QList<PublishedFigure> figures = store.publishedFigures();
    QCOMPARE(figures.size(), bundled);
    QVERIFY(std::all_of(figures.begin(), figures.end(), [](const PublishedFigure &f) { return f.isDemo; }));

    // Loading again changes nothing.
    QVERIFY2(loadDemoData(store, &message), qPrintable(message));
    QCOMPARE(store.waves().size(), 1);
    QCOMPARE(store.waves().front().id, waves.front().id);
    QCOMPARE(store.publishedFigures().size(), bundled);

    QVERIFY(store.deleteDemoData());
    QVERIFY(store.waves().isEmpty());
    QVERIFY(store.publishedFigures().isEmpty());
}

// A user's own 2020 wave and published figures are neither replaced nor
// marked as demo data (which deleteDemoData would then remove).
void TestDemoData::keepsUserData()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Store store;
    QVERIFY2(store.open(testStoreLocation(dir.filePath(QStringLiteral("user.sqlite")))), qPrintable(store.error().message));

    const QString path = dir.filePath(QStringLiteral("own.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QByteArray own = "id;annee;bailleur;qpv;Q01\n";
    for (int i = 0; i < 40; ++i)
        own += QByteArray::number(i + 1) + ";2020;L1;" + QByteArray::number(i % 3 == 0) + ';'
               + QByteArray::number(1 + i % 4) + '\n';
    file.write(own);
    file.close();
    ImportOptions options;
    const ImportResult imported = RespondentImporter(store).run(path, options);
    QCOMPARE(int(imported.status), int(ImportResult::Status::Imported));

    PublishedFigure mine;
    mine.year = 2020;
    mine.scope = QStringLiteral("Hauts-de-France");
    mine.code = QStringLiteral("Q02");
    mine.segment = QStringLiteral("ensemble");
    mine.score = 6.9;
    QVERIFY(store.savePublishedFigures({mine}));

    QString message;
    QVERIFY2(loadDemoData(store, &message), qPrintable(message));
    QCOMPARE(store.waves().size(), 1);
    QCOMPARE(store.waves().front().respondentCount, 40);
    QVERIFY(!store.waves().front().isDemo);
    const QList<PublishedFigure> q02 = store.publishedFigures(QStringLiteral("Q02"));
    const auto kept = std::find_if(q02.begin(), q02.end(), [](const PublishedFigure &f) {
        return f.year == 2020 && f.scope == QLatin1String("Hauts-de-France") && f.segment == QLatin1String("ensemble");
    });
    QVERIFY(kept != q02.end());
    QCOMPARE(*kept->score, 6.9);
    QVERIFY(!kept->isDemo);

    QVERIFY(store.deleteDemoData());
    QCOMPARE(store.waves().size(), 1);
    QCOMPARE(store.publishedFigures().size(), 1);
}

QTEST_GUILESS_MAIN(TestDemoData)
#include "tst_demodata.moc"
