// A landlord's board pack and the batch of one per landlord: each names its
// own landlord and no other (unless peers are named), holds its own figures,
// and the batch leaves all its files or none. Also through the binary.
#include "export/boardpack.h"
#include "export/landlordbatch.h"
#include "figureengine.h"
#include "figuremodel.h"
#include "figureselection.h"
#include "landlordbenchmark.h"
#include "pptxfixture.h"
#include "respondentimporter.h"
#include "store.h"
#include "teststore.h"
#include "wavesummary.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

// Code and name in one value, as the demo and many files give them; the
// last one is too small for a score of its own.
const QStringList Landlords = {QStringLiteral("LX01 Foyers Ambre"), QStringLiteral("LX02 Logis Béryl"),
                               QStringLiteral("LX03 Toits Corail"), QStringLiteral("LX04 Maisons Dune"),
                               QStringLiteral("LX05 Cités Émeraude")};
const int Sizes[] = {260, 220, 180, 150, 20};

// 41 questions in the standard codebook; each landlord shifted so that
// their figures differ.
QByteArray surveyCsv()
{
    QByteArray csv = "id;annee;bailleur;qpv;poids";
    for (int q = 1; q <= 41; ++q)
        csv += ";Q" + QByteArray::number(q).rightJustified(2, '0');
    csv += '\n';
    int id = 0;
    for (int l = 0; l < Landlords.size(); ++l) {
        for (int i = 0; i < Sizes[l]; ++i, ++id) {
            csv += QByteArray::number(id) + ";2020;" + Landlords[l].toUtf8() + ';' + QByteArray::number(i % 3 == 0)
                   + ';' + QByteArray::number(0.5 + (i % 7) * 0.25);
            for (int q = 1; q <= 41; ++q) {
                csv += ';';
                if ((id + q) % 11 == 0)
                    continue;
                if (q == 30)
                    csv += QByteArray::number(1 + (id + q) % 4);
                else if (q == 31 || q == 32 || q == 41)
                    csv += QByteArray::number(1 + (id + q) % 2);
                else // landlord l leans to answer 1 + l/2 more often
                    csv += QByteArray::number(std::min(4, 1 + (id * 7 + q * 3) % 4 * (i % (l + 2) == 0 ? 0 : 1)));
            }
            csv += '\n';
        }
    }
    return csv;
}

QString pdfText(const QString &path)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    if (!process.waitForFinished(30000))
        return QString();
    return QString::fromUtf8(process.readAllStandardOutput());
}

QByteArray fileSha(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256)
                                          : QByteArray();
}

// Name and size of every entry of a folder, hidden ones too.
QStringList listing(const QString &dir)
{
    QStringList entries;
    for (const QFileInfo &info : QDir(dir).entryInfoList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot,
                                                         QDir::Name))
        entries << info.fileName() + QLatin1Char(':') + QString::number(info.size());
    return entries;
}

} // namespace

class TestLandlordReports : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void anonymousPacks();
    void namedPacks();
    void failureLeavesNothing();
    void cancelLeavesNothing();
    void badFolders();
    void commandLine();
    void pptxDecks();

private:
    QString score(double value) const { return m_locale.toString(displayedScore(value), 'f', 1); }
    QString writeBatch(PeerNames peers);

    QTemporaryDir m_dir;
    Store m_store;
    std::unique_ptr<FigureEngine> m_engine;
    qint64 m_waveId = 0;
    QLocale m_locale{QLocale::French, QLocale::France};
    QString m_db;
};

void TestLandlordReports::initTestCase()
{
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty(),
             "pdftotext is missing: scripts/deps installs poppler-utils");
    m_db = testStoreLocation(m_dir.filePath(QStringLiteral("store.sqlite")));
    QVERIFY(m_store.open(m_db));
    const QString path = m_dir.filePath(QStringLiteral("enquete_2020.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(surveyCsv());
    file.close();
    RespondentImporter importer(m_store);
    const ImportResult result = importer.run(path, ImportOptions());
    QCOMPARE(int(result.status), int(ImportResult::Status::Imported));
    m_waveId = result.wave.id;
    m_engine = std::make_unique<FigureEngine>(&m_store);
    QCOMPARE(m_engine->summary(m_waveId)->landlordCodes().size(), Landlords.size());
}

QString TestLandlordReports::writeBatch(PeerNames peers)
{
    const QString dir = m_dir.filePath(peers == PeerNames::Named ? QStringLiteral("named") : QStringLiteral("anonymous"));
    QDir().mkpath(dir);
    LandlordBatch batch(*m_engine, m_waveId, QStringLiteral("fr"), peers);
    QStringList written;
    QString error;
    int calls = 0;
    const bool ok = batch.run(dir, LandlordBatch::Format::Pdf, [&](int done, int total) {
        ++calls;
        return done <= total;
    }, &written, &error);
    if (!ok)
        qWarning("%s", qPrintable(error));
    return ok && calls == Landlords.size() && written.size() == Landlords.size() ? dir : QString();
}

void TestLandlordReports::anonymousPacks()
{
    const QString dir = writeBatch(PeerNames::Anonymous);
    QVERIFY(!dir.isEmpty());
    QCOMPARE(listing(dir).size(), Landlords.size()); // no temporary file left
    const WaveSummary &summary = *m_engine->summary(m_waveId);
    const LandlordBenchmark benchmark(summary);
    const int global = summary.questionIndex(m_engine->codebook().globalQuestion()->code);
    for (int l = 0; l < Landlords.size(); ++l) {
        const QString path = QDir(dir).filePath(Landlords[l] + QStringLiteral(".pdf"));
        QVERIFY2(QFile::exists(path), qPrintable(path));
        const QString text = pdfText(path);
        QVERIFY(!text.isEmpty());
        const int index = int(benchmark.landlordCodes().indexOf(Landlords[l]));
        // Its own name, and no other landlord's code or name.
        QVERIFY(text.contains(Landlords[l]));
        for (const QString &other : Landlords) {
            if (other == Landlords[l])
                continue;
            QVERIFY2(!text.contains(other.left(4)), qPrintable(Landlords[l] + QStringLiteral(" shows ") + other));
            QVERIFY2(!text.contains(other.mid(5)), qPrintable(Landlords[l] + QStringLiteral(" shows ") + other));
        }
        QVERIFY(text.contains(QStringLiteral("Landlord ")) || text.contains(QStringLiteral("Bailleur ")));
        // Its own figures: the overall question's score, region, rank and significance.
        const LandlordQuestion *overall = nullptr;
        for (const LandlordQuestion &q : benchmark.questions(index))
            if (q.question == global)
                overall = &q;
        QVERIFY(overall);
        if (overall->landlord.sufficient()) {
            QVERIFY(text.contains(score(overall->landlord.score)));
            QVERIFY2(text.contains(QStringLiteral("Rank %1 of %2").arg(overall->rank).arg(overall->peerCount)),
                     qPrintable(Landlords[l]));
        } else {
            QVERIFY(text.contains(QStringLiteral("n < 30")));
            QVERIFY(!text.contains(QRegularExpression(QStringLiteral("Rank \\d+ of"))));
        }
        QVERIFY(text.contains(score(overall->region.score)));
        int significant = 0;
        for (const LandlordQuestion &q : benchmark.questions(index))
            significant += q.significant.value_or(false) ? 1 : 0;
        // ✱ in the comparison table, and in the peers table for every
        // landlord that differs from the rest on the overall question.
        int peerStars = 0;
        for (int p = 0; p < benchmark.landlordCodes().size(); ++p)
            for (const LandlordQuestion &q : benchmark.questions(p))
                peerStars += q.question == global && q.significant.value_or(false) ? 1 : 0;
        // Counted on the pages of the comparison and the peers (the QPV
        // chart has its own ✱), less their legend (a subtitle, repeated on
        // a continued page).
        int stars = 0, legend = 0;
        for (const QString &page : text.split(QLatin1Char('\f'))) {
            if (!page.contains(Landlords[l] + QStringLiteral(" and the region"))
                && !page.contains(QStringLiteral("Among the landlords")))
                continue;
            stars += int(page.count(QStringLiteral("✱")));
            legend += int(page.count(QStringLiteral("✱ where")));
        }
        QVERIFY(legend >= 1);
        QCOMPARE(stars - legend, significant + peerStars);
    }
}

void TestLandlordReports::namedPacks()
{
    const QString dir = writeBatch(PeerNames::Named);
    QVERIFY(!dir.isEmpty());
    for (const QString &landlord : Landlords) {
        const QString text = pdfText(QDir(dir).filePath(landlord + QStringLiteral(".pdf")));
        for (const QString &other : Landlords)
            QVERIFY2(text.contains(other), qPrintable(landlord + QStringLiteral(" misses ") + other));
        QVERIFY(!text.contains(QStringLiteral("Landlord A ")));
    }
}

void TestLandlordReports::failureLeavesNothing()
{
    const QString dir = m_dir.filePath(QStringLiteral("failing"));
    QDir().mkpath(dir);
    // An earlier report of the first landlord, which must survive untouched.
    const QString earlier = QDir(dir).filePath(Landlords[0] + QStringLiteral(".pdf"));
    QFile file(earlier);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("the report of last year");
    file.close();
    const QStringList before = listing(dir);
    const QByteArray sha = fileSha(earlier);

    LandlordBatch batch(*m_engine, m_waveId, QStringLiteral("fr"), PeerNames::Anonymous);
    int written = 0;
    batch.setWriter([&](const QString &landlord, const QString &path, QString *error) {
        if (written == 3) {
            *error = QStringLiteral("disk full");
            return false;
        }
        ++written;
        FigureSelection selection;
        selection.set(m_waveId, landlord, FigureSelection::QpvFilter::All, QString(), QString());
        return writeBoardPack(*m_engine, selection, path, QStringLiteral("fr"), error);
    });
    QStringList files;
    QString error;
    bool cancelled = true;
    QVERIFY(!batch.run(dir, LandlordBatch::Format::Pdf, {}, &files, &error, &cancelled));
    QCOMPARE(written, 3); // three real reports were on disk when the fourth failed
    QVERIFY(!cancelled);
    QVERIFY(error.contains(QStringLiteral("disk full")));
    QVERIFY(error.contains(Landlords[3]));
    QVERIFY(files.isEmpty());
    QCOMPARE(listing(dir), before);
    QCOMPARE(fileSha(earlier), sha);
}

void TestLandlordReports::cancelLeavesNothing()
{
    const QString dir = m_dir.filePath(QStringLiteral("cancelled"));
    QDir().mkpath(dir);
    LandlordBatch batch(*m_engine, m_waveId, QStringLiteral("en"), PeerNames::Anonymous);
    QStringList files;
    QString error;
    bool cancelled = false;
    QVERIFY(!batch.run(dir, LandlordBatch::Format::Pdf, [](int done, int) { return done < 2; }, &files, &error,
                       &cancelled));
    QVERIFY(cancelled);
    QVERIFY(listing(dir).isEmpty());
}

void TestLandlordReports::badFolders()
{
    LandlordBatch batch(*m_engine, m_waveId, QStringLiteral("en"), PeerNames::Anonymous);
    bool called = false;
    batch.setWriter([&](const QString &, const QString &, QString *) { return called = true; });
    QString error;
    QStringList files;
    QVERIFY(!batch.run(m_dir.filePath(QStringLiteral("missing")), LandlordBatch::Format::Pdf, {}, &files, &error));
    QVERIFY(error.contains(QStringLiteral("no such folder")));
    const QString file = m_dir.filePath(QStringLiteral("a-file"));
    QFile plain(file);
    QVERIFY(plain.open(QIODevice::WriteOnly) && plain.write("x") == 1);
    plain.close();
    QVERIFY(!batch.run(file, LandlordBatch::Format::Pdf, {}, &files, &error));
    QVERIFY(error.contains(QStringLiteral("not a folder")));
    // A report's name taken by a folder.
    const QString dir = m_dir.filePath(QStringLiteral("taken"));
    QVERIFY(QDir().mkpath(QDir(dir).filePath(Landlords[2] + QStringLiteral(".pdf"))));
    QVERIFY(!batch.run(dir, LandlordBatch::Format::Pdf, {}, &files, &error));
    QVERIFY(error.contains(QStringLiteral("not a file")));
    QVERIFY(!called); // refused before any report
    QCOMPARE(LandlordBatch::fileName(QStringLiteral("A/B: C?"), LandlordBatch::Format::Pdf), QStringLiteral("A_B_ C_.pdf"));
    QCOMPARE(LandlordBatch::fileName(QStringLiteral("..x"), LandlordBatch::Format::Pptx), QStringLiteral("__x.pptx"));
}

void TestLandlordReports::commandLine()
{
    const auto run = [&](const QStringList &arguments, QString *out = nullptr) {
        QProcess process;
        process.start(QStringLiteral(SATISFECIT_BINARY), QStringList{QStringLiteral("--db"), m_db} + arguments);
        if (!process.waitForFinished(120000))
            return -1;
        if (out)
            *out = QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
        return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    };
    const QString dir = m_dir.filePath(QStringLiteral("cli"));
    QDir().mkpath(dir);
    QString out;
    QCOMPARE(run({QStringLiteral("report"), QStringLiteral("--each-landlord"), QStringLiteral("--out"), dir}, &out), 0);
    QCOMPARE(listing(dir).size(), Landlords.size());
    QCOMPARE(out.count(QStringLiteral(".pdf\n")), Landlords.size());
    const QString text = pdfText(QDir(dir).filePath(Landlords[1] + QStringLiteral(".pdf")));
    QVERIFY(text.contains(Landlords[1]));
    QVERIFY(!text.contains(Landlords[0].left(4)));

    // One landlord's report: anonymous peers by default, named on request.
    const QString one = m_dir.filePath(QStringLiteral("one.pdf"));
    QCOMPARE(run({QStringLiteral("report"), QStringLiteral("--landlord"), Landlords[2], QStringLiteral("--out"), one}), 0);
    QVERIFY(!pdfText(one).contains(Landlords[0].left(4)));
    QCOMPARE(run({QStringLiteral("report"), QStringLiteral("--landlord"), Landlords[2], QStringLiteral("--peers"),
                  QStringLiteral("named"), QStringLiteral("--out"), one}), 0);
    QVERIFY(pdfText(one).contains(Landlords[0]));

    // The region's pack names the landlords (the union's own), unless asked not to.
    const QString regional = m_dir.filePath(QStringLiteral("regional.pdf"));
    QCOMPARE(run({QStringLiteral("report"), QStringLiteral("--out"), regional}), 0);
    QVERIFY(pdfText(regional).contains(Landlords[3]));
    QCOMPARE(run({QStringLiteral("report"), QStringLiteral("--peers"), QStringLiteral("anonymous"),
                  QStringLiteral("--out"), regional}), 0);
    const QString anonymous = pdfText(regional);
    for (const QString &landlord : Landlords) {
        QVERIFY2(!anonymous.contains(landlord.left(4)), qPrintable(landlord));
        QVERIFY2(!anonymous.contains(landlord.mid(5)), qPrintable(landlord));
    }
    QVERIFY(anonymous.contains(QStringLiteral("Landlord A")));

    // Refusals, before any work.
    const QStringList before = listing(dir);
    QCOMPARE(run({QStringLiteral("report"), QStringLiteral("--each-landlord"), QStringLiteral("--out"),
                  m_dir.filePath(QStringLiteral("nowhere"))}, &out), 1);
    QVERIFY(out.contains(QStringLiteral("nowhere")));
    QCOMPARE(run({QStringLiteral("report"), QStringLiteral("--each-landlord"), QStringLiteral("--out"), dir,
                  QStringLiteral("--peers"), QStringLiteral("some")}), 1);
    QCOMPARE(run({QStringLiteral("report"), QStringLiteral("--each-landlord"), QStringLiteral("--out"), dir,
                  QStringLiteral("--format"), QStringLiteral("docx")}), 1);
    QCOMPARE(run({QStringLiteral("report"), QStringLiteral("--each-landlord"), QStringLiteral("--landlord"),
                  Landlords[0], QStringLiteral("--out"), dir}), 1);
    QCOMPARE(listing(dir), before);
}

void TestLandlordReports::pptxDecks()
{
    const auto run = [&](const QStringList &arguments) {
        QProcess process;
        process.start(QStringLiteral(SATISFECIT_BINARY), QStringList{QStringLiteral("--db"), m_db, QStringLiteral("--lang"), QStringLiteral("fr")} + arguments);
        if (!process.waitForFinished(120000))
            return -1;
        return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    };
    // Every XML part of a deck, the embedded workbooks' XML parts too.
    const auto deckXml = [&](const QString &path) {
        QString text;
        const QMap<QString, QByteArray> files = unzipAll(path);
        for (auto it = files.begin(); it != files.end(); ++it) {
            if (it.key().endsWith(QLatin1String(".xlsx"))) {
                const QString workbook = m_dir.filePath(QStringLiteral("embedded.xlsx"));
                QFile file(workbook);
                if (file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
                    file.write(it.value());
                    file.close();
                    const QMap<QString, QByteArray> parts = unzipAll(workbook);
                    for (const QByteArray &part : parts)
                        text += QString::fromUtf8(part) + QLatin1Char('\n');
                }
            } else if (it.key().endsWith(QLatin1String(".xml"))) {
                text += QString::fromUtf8(it.value()) + QLatin1Char('\n');
            }
        }
        return text;
    };
    const WaveSummary &summary = *m_engine->summary(m_waveId);
    const LandlordBenchmark benchmark(summary);
    const QString globalCode = m_engine->codebook().globalQuestion()->code;

    // One landlord's deck: anonymous peers by default.
    const QString deck = m_dir.filePath(QStringLiteral("one.pptx"));
    for (int l = 0; l < 4; ++l) {
        QFile::remove(deck);
        QCOMPARE(run({QStringLiteral("report"), QStringLiteral("--landlord"), Landlords[l], QStringLiteral("--out"),
                      deck}), 0);
        const QString xml = deckXml(deck);
        QVERIFY(xml.contains(QStringLiteral("<c:chart")) || xml.contains(QStringLiteral("chartSpace")));
        QVERIFY(xml.contains(QStringLiteral("<a:tbl>")));
        QVERIFY(xml.contains(Landlords[l].toHtmlEscaped()));
        for (const QString &other : Landlords) {
            if (other == Landlords[l])
                continue;
            QVERIFY2(!xml.contains(other.left(4)), qPrintable(Landlords[l] + QStringLiteral(" shows ") + other));
            QVERIFY2(!xml.contains(other.mid(5).toHtmlEscaped()),
                     qPrintable(Landlords[l] + QStringLiteral(" shows ") + other));
        }
        // Its own figures beside the region's, the gap, ✱ and the rank.
        const int index = int(benchmark.landlordCodes().indexOf(Landlords[l]));
        int stars = 0;
        for (const LandlordQuestion &q : benchmark.questions(index)) {
            stars += q.significant.value_or(false) ? 1 : 0;
            if (q.code != globalCode)
                continue;
            QVERIFY(q.landlord.sufficient());
            QVERIFY(xml.contains(QStringLiteral("<a:t>%1</a:t>").arg(score(q.landlord.score))));
            QVERIFY(xml.contains(QStringLiteral("<a:t>%1</a:t>").arg(score(q.region.score))));
            const QString gap =
                signedDifference(displayedScore(q.landlord.score) - displayedScore(q.region.score), m_locale);
            QVERIFY2(xml.contains(QStringLiteral("<a:t>%1</a:t>").arg(gap)), qPrintable(gap));
            QVERIFY(q.rank > 0);
            QVERIFY2(xml.contains(QStringLiteral("Rang %1 sur %2").arg(q.rank).arg(q.peerCount)),
                     qPrintable(Landlords[l]));
        }
        QCOMPARE(int(xml.count(QStringLiteral("<a:t>✱</a:t>"))), stars);
    }

    // Named peers: the ranking names every landlord.
    QCOMPARE(run({QStringLiteral("report"), QStringLiteral("--landlord"), Landlords[2], QStringLiteral("--peers"),
                  QStringLiteral("named"), QStringLiteral("--out"), deck}), 0);
    const QString named = deckXml(deck);
    for (const QString &other : Landlords)
        QVERIFY2(named.contains(other.left(4)), qPrintable(other));

    // One deck per landlord.
    const QString dir = m_dir.filePath(QStringLiteral("decks"));
    QDir().mkpath(dir);
    QCOMPARE(run({QStringLiteral("report"), QStringLiteral("--each-landlord"), QStringLiteral("--format"),
                  QStringLiteral("pptx"), QStringLiteral("--out"), dir}), 0);
    QCOMPARE(listing(dir).size(), Landlords.size());
    for (const QString &landlord : Landlords) {
        const QString path = QDir(dir).filePath(landlord + QStringLiteral(".pptx"));
        QVERIFY2(QFile::exists(path), qPrintable(path));
        const QString xml = deckXml(path);
        QVERIFY(xml.contains(landlord.toHtmlEscaped()));
        for (const QString &other : Landlords)
            if (other != landlord)
                QVERIFY2(!xml.contains(other.left(4)), qPrintable(landlord + QStringLiteral(" shows ") + other));
    }
}

QTEST_MAIN(TestLandlordReports)
#include "tst_landlordreports.moc"
