// The "Pondération" dialog: rakes a wave to a margins file, shows the
// weights' report, applies (the store keeps the raking) or goes back to the
// file's weights; refuses a bad file with its message. With
// SATISFECIT_SCREENSHOT=path it saves the dialog, in French, to path.
#include "figureengine.h"
#include "language.h"
#include "respondentimporter.h"
#include "store.h"
#include "teststore.h"
#include "weighting/weightingdialog.h"

#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

namespace {

const QString DataDir = QStringLiteral(SATISFECIT_TEST_DATA);

QPushButton *button(QWidget *dialog, const QString &text)
{
    for (QPushButton *b : dialog->findChildren<QPushButton *>())
        if (b->text().remove(QLatin1Char('&')) == text)
            return b;
    return nullptr;
}

} // namespace

class TestWeightingDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void rakesAndApplies();
    void refusesABadFile();

private:
    QTemporaryDir m_dir;
    QString m_storePath;
};

void TestWeightingDialog::initTestCase()
{
    QVERIFY(m_dir.isValid());
    installTranslations(QStringLiteral("fr"));
    m_storePath = testStoreLocation(m_dir.filePath(QStringLiteral("store.sqlite")));
    Store store;
    QVERIFY2(store.open(m_storePath), qPrintable(store.error().message));
    const ImportResult result = RespondentImporter(store).run(DataDir + "/figures/respondents.csv", ImportOptions{});
    QVERIFY2(result.status == ImportResult::Status::Imported, qPrintable(result.message));
}

void TestWeightingDialog::rakesAndApplies()
{
    Store store;
    QVERIFY(store.open(m_storePath));
    const WaveInfo wave = store.waves().first();
    QVERIFY(wave.marginsFile.isEmpty());
    {
        WeightingDialog dialog(&store, wave, localeFor(QStringLiteral("fr")));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QPushButton *apply = button(&dialog, QStringLiteral("Appliquer"));
        QVERIFY(apply);
        QVERIFY(!apply->isEnabled());
        dialog.chooseMargins(DataDir + "/raking/margins.csv");
        QVERIFY(apply->isEnabled());
        auto *table = dialog.findChild<QTableWidget *>();
        QVERIFY(table->item(4, 1));
        // Effective size of R's raked weights: 1 614 (French grouping).
        QCOMPARE(table->item(4, 1)->text().remove(QChar(0x202F)).remove(QChar(0xA0)).remove(QLatin1Char(' ')),
                 QStringLiteral("1614"));
        QTest::qWait(200); // the chart lays itself out on the next events
        if (const QByteArray path = qgetenv("SATISFECIT_SCREENSHOT"); !path.isEmpty())
            QVERIFY(dialog.grab().save(QString::fromLocal8Bit(path)));
        apply->click();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }
    const WaveInfo raked = *store.wave(wave.id);
    QCOMPARE(raked.marginsFile, QStringLiteral("margins.csv"));
    QVERIFY(store.weighting(wave.id));
    {
        // The window's figures of the raked wave: R's svymean on the raked design
        // (tests/data/raking/golden.csv, from_file, ensemble, Q01).
        FigureEngine engine(&store);
        const std::optional<std::vector<double>> se = engine.calibratedScoreSe(wave.id, GroupFilter{});
        QVERIFY(se);
        const int q01 = engine.summary(wave.id)->questionIndex(QStringLiteral("Q01"));
        QVERIFY(std::fabs((*se)[std::size_t(q01)] - 0.078446225953886214) < 1e-9 * 0.0785);
    }
    {
        WeightingDialog dialog(&store, raked, localeFor(QStringLiteral("fr")));
        QPushButton *reset = button(&dialog, QStringLiteral("Revenir aux poids du fichier"));
        QVERIFY(reset);
        QVERIFY(reset->isEnabled());
        reset->click();
    }
    QVERIFY(store.wave(wave.id)->marginsFile.isEmpty());
    QVERIFY(!store.weighting(wave.id));
}

void TestWeightingDialog::refusesABadFile()
{
    Store store;
    QVERIFY(store.open(m_storePath));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bad.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("variable;value;count\nbailleur;A;10\n");
    file.close();
    WeightingDialog dialog(&store, store.waves().first(), localeFor(QStringLiteral("fr")));
    dialog.chooseMargins(path);
    QVERIFY(!button(&dialog, QStringLiteral("Appliquer"))->isEnabled());
    bool shown = false;
    for (QLabel *label : dialog.findChildren<QLabel *>())
        shown = shown || label->text().contains(QString::fromUtf8("bailleur = « D » est dans l'échantillon mais pas dans les marges"));
    QStringList texts;
    for (QLabel *label : dialog.findChildren<QLabel *>())
        texts << label->text();
    QVERIFY2(shown, qPrintable(texts.join(QLatin1String(" | "))));
}

QTEST_MAIN(TestWeightingDialog)
#include "tst_weightingdialog.moc"
