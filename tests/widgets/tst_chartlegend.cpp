// Chart labels in the window are never cut mid-word.
#include "charts/chartstyle.h"

#include <QChart>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QTest>

class TestChartLegend : public QObject
{
    Q_OBJECT

private slots:
    void elideKeepsWholeWords_data();
    void elideKeepsWholeWords();
    void longLegendGoesOnTwoLines();
};

void TestChartLegend::elideKeepsWholeWords_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("max");
    QTest::addColumn<QString>("expected");
    const QString ellipsis(QChar(0x2026));
    QTest::newRow("short") << QStringLiteral("Chauffage") << 40 << QStringLiteral("Chauffage");
    QTest::newRow("words") << QStringLiteral("Qualité de la réponse apportée aux demandes d'intervention") << 40
                           << QStringLiteral("Qualité de la réponse apportée aux") + ellipsis;
    QTest::newRow("cut at a space") << QStringLiteral("Propreté des abords de la résidence") << 24
                                    << QStringLiteral("Propreté des abords de") + ellipsis;
    QTest::newRow("dash and space") << QStringLiteral("Support d'information préféré — Papier et numérique") << 31
                                    << QStringLiteral("Support d'information préféré") + ellipsis;
    QTest::newRow("one long word") << QStringLiteral("Anticonstitutionnellement") << 10
                                   << QStringLiteral("Anticonst") + ellipsis;
}

void TestChartLegend::elideKeepsWholeWords()
{
    QFETCH(QString, text);
    QFETCH(int, max);
    QFETCH(QString, expected);
    const QString elided = ChartStyle::elide(text, max);
    QCOMPARE(elided, expected);
    QVERIFY(elided.size() <= max);
}

void TestChartLegend::longLegendGoesOnTwoLines()
{
    QChart chart;
    ChartStyle::setUp(&chart, QLocale(QLocale::French, QLocale::France));
    const QStringList names = {QStringLiteral("Nord-Pas-de-Calais"), QStringLiteral("Picardie"),
                               QStringLiteral("Calculé à partir des réponses (avec IC 95 %)"),
                               QStringLiteral("Valeur illustrative (données de démonstration)")};
    for (const QString &name : names) {
        auto *series = new QLineSeries;
        series->setName(name);
        series->append(0, 1);
        chart.addSeries(series);
    }
    const auto labels = [&] {
        QStringList out;
        for (QLegendMarker *marker : chart.legend()->markers())
            out << marker->label();
        return out;
    };
    chart.resize(1600, 500);
    ChartStyle::placeLegend(&chart);
    QCOMPARE(labels(), names);

    chart.resize(560, 400);
    ChartStyle::placeLegend(&chart);
    const QStringList narrow = labels();
    QCOMPARE(narrow.size(), names.size());
    QCOMPARE(narrow[2], QStringLiteral("Calculé à partir des<br>réponses (avec IC 95 %)"));
    QVERIFY(narrow[3].contains(QStringLiteral("<br>")));
    QCOMPARE(narrow[1], QStringLiteral("Picardie"));
    for (int i = 0; i < names.size(); ++i)
        QCOMPARE(QString(narrow[i]).replace(QStringLiteral("<br>"), QStringLiteral(" ")), names[i]);

    // Wide again: one line each.
    chart.resize(1600, 500);
    ChartStyle::placeLegend(&chart);
    QCOMPARE(labels(), names);
}

QTEST_MAIN(TestChartLegend)
#include "tst_chartlegend.moc"
