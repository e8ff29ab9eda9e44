// ShareModel over a real store: QAbstractItemModelTester through every
// filter, its numbers against the figures engine (domain shares), published
// shares, small bases and the French number style.
#include "figureengine.h"
#include "figureroles.h"
#include "figureselection.h"
#include "respondentimporter.h"
#include "sharefigures.h"
#include "sharemodel.h"
#include "store.h"
#include "wavesummary.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

namespace {

// 3 landlords and a tiny one, QPV for every third tenant, a segment; Q30
// (single, 4 options) leans to paper in QPV, Q31 and Q32 yes/no, Q01 a score.
QByteArray surveyCsv(int rows)
{
    QByteArray csv = "id;annee;bailleur;qpv;poids;secteur;Q01;Q30;Q31;Q32\n";
    for (int i = 0; i < rows; ++i) {
        const bool qpv = i % 3 == 0;
        const QByteArray landlord = i % 50 == 0 ? "TINY" : "L" + QByteArray::number(i % 4);
        const int medium = qpv ? (i % 10 < 6 ? 1 : 2 + i % 3) : 1 + (i / 3) % 4;
        csv += QByteArray::number(i) + ";2020;" + landlord + ';' + (qpv ? "1" : "0") + ';'
               + QByteArray::number(0.5 + (i % 7) * 0.25) + ';' + (i % 2 ? "nord" : "sud") + ';'
               + QByteArray::number(1 + i % 4) + ';' + (i % 13 == 0 ? QByteArray() : QByteArray::number(medium)) + ';'
               + QByteArray::number(1 + (i / 2) % 2) + ';' + QByteArray::number(1 + (i % 5 == 0)) + '\n';
    }
    return csv;
}

} // namespace

class TestShareModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void passesTheTesterThroughEveryFilter();
    void matchesTheEngine();
    void qpvFilterHidesTheOtherSide();
    void smallBasesAreNeverShares();
    void publishedShareShown();
    void frenchNumbers();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<FigureEngine> m_engine;
    std::unique_ptr<FigureSelection> m_selection;
    qint64 m_wave = 0;
};

void TestShareModel::init()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<Store>();
    QVERIFY(m_store->open(m_dir->filePath(QStringLiteral("store.sqlite"))));
    const QString path = m_dir->filePath(QStringLiteral("survey.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(surveyCsv(900));
    file.close();
    ImportOptions options;
    options.scope = QStringLiteral("Hauts-de-France");
    const ImportResult result = RespondentImporter(*m_store).run(path, options);
    QCOMPARE(int(result.status), int(ImportResult::Status::Imported));
    m_wave = result.wave.id;
    m_engine = std::make_unique<FigureEngine>(m_store.get());
    m_selection = std::make_unique<FigureSelection>();
    m_selection->setLanguage(QStringLiteral("en"));
    m_selection->setWaveId(m_wave);
}

void TestShareModel::cleanup()
{
    m_selection.reset();
    m_engine.reset();
    m_store.reset();
    m_dir.reset();
}

void TestShareModel::passesTheTesterThroughEveryFilter()
{
    ShareModel model(m_engine.get(), m_selection.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 4 + 2 + 2); // Q30's four options, Q31 and Q32 yes and no
    QCOMPARE(model.questionCodes(), QStringList({"Q30", "Q31", "Q32"}));
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    m_selection->setLandlord(QStringLiteral("L1"));
    m_selection->setQpvFilter(FigureSelection::QpvFilter::Qpv);
    m_selection->setSegment(QStringLiteral("secteur"), QStringLiteral("nord"));
    model.setQuestionCode(QStringLiteral("Q01")); // a satisfaction question: its four answers
    QCOMPARE(resets.count(), 4);
    QCOMPARE(model.rowCount(), 4);
    model.setQuestionCode(QStringLiteral("Q31"));
    QCOMPARE(model.rowCount(), 2);
    m_selection->set(m_wave, QString(), FigureSelection::QpvFilter::All, QString(), QString());
    QCOMPARE(model.rowCount(), 2);
}

void TestShareModel::matchesTheEngine()
{
    ShareModel model(m_engine.get(), m_selection.get());
    const WaveSummary *summary = m_engine->summary(m_wave);
    QVERIFY(summary);
    for (int row = 0; row < model.rowCount(); ++row) {
        const QString code = model.index(row, ShareModel::Code).data().toString();
        const int q = summary->questionIndex(code);
        const int option = model.rowData()[std::size_t(row)].option;
        const ShareFigure all = shareFigure(summary->sums(q, SummaryGroup::whole()));
        const ShareFigure qpv = shareFigure(summary->sums(q, SummaryGroup::qpvOnly()));
        const ShareFigure hors = shareFigure(summary->sums(q, SummaryGroup::horsQpv()));
        const OptionShare &a = all.options[std::size_t(option - 1)];
        QCOMPARE(model.index(row, ShareModel::All).data(Qt::EditRole).toDouble(), a.percent);
        QCOMPARE(model.index(row, ShareModel::All).data(+FigureRole::CiLow).toDouble(), a.ciLow);
        QCOMPARE(model.index(row, ShareModel::Qpv).data(Qt::EditRole).toDouble(), qpv.options[std::size_t(option - 1)].percent);
        QCOMPARE(model.index(row, ShareModel::Qpv).data(+FigureRole::CiHigh).toDouble(),
                 qpv.options[std::size_t(option - 1)].ciHigh);
        QCOMPARE(model.index(row, ShareModel::Gap).data(Qt::EditRole).toDouble(),
                 qpv.options[std::size_t(option - 1)].percent - hors.options[std::size_t(option - 1)].percent);
        QCOMPARE(model.index(row, ShareModel::Gap).data(+FigureRole::Significant), QVariant(*shareDiffSignificant(qpv, hors, option)));
        QCOMPARE(model.index(row, ShareModel::NAll).data(Qt::EditRole).toLongLong(), all.n);
        QCOMPARE(model.index(row, ShareModel::NQpv).data(Qt::EditRole).toLongLong(), qpv.n);
    }
    // Paper in QPV (60 %) against outside (25 %): a significant gap, marked.
    QCOMPARE(model.index(0, ShareModel::Option).data().toString(), QStringLiteral("Papier"));
    QVERIFY(model.index(0, ShareModel::Gap).data(+FigureRole::Significant).toBool());
    QVERIFY(model.index(0, ShareModel::Gap).data().toString().endsWith(QStringLiteral(" ✱")));
}

void TestShareModel::qpvFilterHidesTheOtherSide()
{
    ShareModel model(m_engine.get(), m_selection.get());
    m_selection->setQpvFilter(FigureSelection::QpvFilter::Qpv);
    QVERIFY(model.rowCount() > 0);
    for (int row = 0; row < model.rowCount(); ++row) {
        QCOMPARE(model.index(row, ShareModel::All).data(Qt::EditRole), model.index(row, ShareModel::Qpv).data(Qt::EditRole));
        QVERIFY(!model.index(row, ShareModel::HorsQpv).data(Qt::EditRole).isValid());
        QVERIFY(!model.index(row, ShareModel::Gap).data(Qt::EditRole).isValid());
        QVERIFY(model.index(row, ShareModel::HorsQpv).data().toString().isEmpty());
    }
}

void TestShareModel::smallBasesAreNeverShares()
{
    ShareModel model(m_engine.get(), m_selection.get());
    m_selection->setLandlord(QStringLiteral("TINY")); // 18 tenants
    QVERIFY(model.rowCount() > 0);
    for (int row = 0; row < model.rowCount(); ++row) {
        for (int column : {int(ShareModel::All), int(ShareModel::Qpv), int(ShareModel::HorsQpv)}) {
            const QModelIndex index = model.index(row, column);
            QVERIFY(!index.data(+FigureRole::Sufficient).toBool());
            QVERIFY(!index.data(Qt::EditRole).isValid());
            QVERIFY(index.data().toString().isEmpty());
            QVERIFY(index.data(Qt::ToolTipRole).toString().startsWith(QStringLiteral("Base too small")));
        }
        QVERIFY(model.index(row, ShareModel::NAll).data(Qt::EditRole).toLongLong() < 30);
    }
}

void TestShareModel::publishedShareShown()
{
    PublishedFigure published;
    published.year = 2020;
    published.scope = QStringLiteral("Hauts-de-France");
    published.code = QStringLiteral("Q31");
    published.segment = QStringLiteral("ensemble");
    published.option = QStringLiteral("1");
    published.pctSatisfied = 65;
    published.source = QStringLiteral("Rapport 2021");
    QVERIFY(m_store->savePublishedFigures({published}));
    m_engine->invalidate();
    ShareModel model(m_engine.get(), m_selection.get());
    model.setQuestionCode(QStringLiteral("Q31"));
    QCOMPARE(model.index(0, ShareModel::Published).data(Qt::EditRole).toDouble(), 65.0);
    QVERIFY(model.index(0, ShareModel::Published).data(+FigureRole::Published).toBool());
    QVERIFY(model.index(0, ShareModel::Published).data(Qt::ToolTipRole).toString().contains(QStringLiteral("Rapport 2021")));
    QVERIFY(!model.index(1, ShareModel::Published).data(Qt::EditRole).isValid()); // "no" was not published
    // Another group than the published one: not shown.
    m_selection->setLandlord(QStringLiteral("L1"));
    QVERIFY(!model.index(0, ShareModel::Published).data(Qt::EditRole).isValid());
}

void TestShareModel::frenchNumbers()
{
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    ShareModel model(m_engine.get(), m_selection.get());
    model.setQuestionCode(QStringLiteral("Q31"));
    const double value = model.index(0, ShareModel::All).data(Qt::EditRole).toDouble();
    QCOMPARE(model.index(0, ShareModel::All).data().toString(),
             QString::number(std::llround(value)) + QStringLiteral("\u202F%"));
    // Intervals with a decimal comma in the tooltip.
    QVERIFY(model.index(0, ShareModel::All).data(Qt::ToolTipRole).toString().contains(QLatin1Char(',')));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
}

QTEST_GUILESS_MAIN(TestShareModel)
#include "tst_sharemodel.moc"
