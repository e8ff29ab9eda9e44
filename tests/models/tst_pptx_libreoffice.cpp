// A real client opens the decks: LibreOffice Impress converts them headless
// to PDF, one page per slide, with their text. The decks come from the
// command line (report --out deck.pptx, chart KIND --out one.pptx).
#include "clirun.h"
#include "pptxfixture.h"
#include "pptxreport.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

namespace {

QString run(const QString &program, const QStringList &arguments, int timeoutMs = 60000)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(timeoutMs))
        return QString();
    return QString::fromUtf8(process.readAllStandardOutput());
}

int pdfPages(const QString &path)
{
    const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)"))
                                          .match(run(QStringLiteral("pdfinfo"), {path}));
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

QString pdfText(const QString &path)
{
    return run(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
}

} // namespace

class TestPptxLibreOffice : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void deckOpensInImpress();
    void chartSlideOpensInImpress();

private:
    // LibreOffice with a private profile; the PDF beside the deck.
    QString convert(const QString &deck);
    PptxFixture m_f;
};

void TestPptxLibreOffice::initTestCase()
{
    for (const char *tool : {"soffice", "pdfinfo", "pdftotext"})
        QVERIFY2(!QStandardPaths::findExecutable(QLatin1String(tool)).isEmpty(),
                 qPrintable(QStringLiteral("%1 is missing: run scripts/deps").arg(QLatin1String(tool))));
    QVERIFY(m_f.setUp());
}

QString TestPptxLibreOffice::convert(const QString &deck)
{
    const QString profile = QUrl::fromLocalFile(m_f.path(QStringLiteral("lo-profile"))).toString();
    QProcess soffice;
    soffice.start(QStringLiteral("soffice"),
                  {QStringLiteral("--headless"), QStringLiteral("-env:UserInstallation=") + profile,
                   QStringLiteral("--convert-to"), QStringLiteral("pdf"), QStringLiteral("--outdir"), m_f.dir->path(), deck});
    if (!soffice.waitForFinished(240000) || soffice.exitCode() != 0)
        qWarning("soffice: %s", soffice.readAllStandardError().constData());
    QFileInfo info(deck);
    return info.absolutePath() + QLatin1Char('/') + info.completeBaseName() + QStringLiteral(".pdf");
}

void TestPptxLibreOffice::deckOpensInImpress()
{
    const QString deck = m_f.path(QStringLiteral("deck.pptx"));
    const CliRun cli = runSatisfecit(m_f.dir->path(), {QStringLiteral("--db"), m_f.path(QStringLiteral("store.sqlite")),
                                                       QStringLiteral("--lang"), QStringLiteral("fr"),
                                                       QStringLiteral("report"), QStringLiteral("--out"), deck});
    QVERIFY2(cli.exitCode == 0, qPrintable(cli.err));
    const int slides = int(PptxReport::boardPackDeck(*m_f.engine, *m_f.selection, QStringLiteral("fr")).slides.size());
    QCOMPARE(unzipAll(deck).keys().filter(QRegularExpression(QStringLiteral("^ppt/slides/slide\\d+\\.xml$"))).size(), slides);

    const QString pdf = convert(deck);
    QCOMPARE(pdfPages(pdf), slides);
    const QString text = pdfText(pdf);
    // Titles, the French tables and footnotes, the method.
    for (const QString &expected : {QStringLiteral("Chiffres clés"), QStringLiteral("Notes par question"),
                                    QStringLiteral("QPV et hors QPV"), QStringLiteral("Leviers d'amélioration"),
                                    QStringLiteral("Information et usages"),
                                    QStringLiteral("Méthodologie"), QStringLiteral("(SHA-256)"),
                                    QStringLiteral("n = ")})
        QVERIFY2(text.contains(expected), qPrintable(expected));
    QVERIFY(text.contains(QRegularExpression(QStringLiteral("\\b\\d,\\d\\b"))));   // 7,8 in the tables
    // 87 % in the tables (pdftotext writes the narrow no-break space as a space).
    QVERIFY(text.contains(QRegularExpression(QStringLiteral("\\d[\\s\\x{202F}]%"))));
    QVERIFY(text.contains(QStringLiteral("%1 / %1").arg(slides)));                // the last slide's number
    // The chart's categories are drawn by Impress from the chart part.
    QVERIFY(text.contains(QStringLiteral("L0")) && text.contains(QStringLiteral("L2")));
}

void TestPptxLibreOffice::chartSlideOpensInImpress()
{
    const QString deck = m_f.path(QStringLiteral("trend.pptx"));
    const CliRun cli = runSatisfecit(m_f.dir->path(), {QStringLiteral("--db"), m_f.path(QStringLiteral("store.sqlite")),
                                                       QStringLiteral("--lang"), QStringLiteral("fr"),
                                                       QStringLiteral("chart"), QStringLiteral("trend"),
                                                       QStringLiteral("--out"), deck});
    QVERIFY2(cli.exitCode == 0, qPrintable(cli.err));
    const QString pdf = convert(deck);
    QCOMPARE(pdfPages(pdf), 1);
    const QString text = pdfText(pdf);
    QVERIFY2(text.contains(QStringLiteral("Notes depuis 2020")), qPrintable(text.left(400)));
    QVERIFY(text.contains(QStringLiteral("2020")));
}

QTEST_GUILESS_MAIN(TestPptxLibreOffice)
#include "tst_pptx_libreoffice.moc"
