// Both catalogues are complete, and the French one is built into the app.
#include "language.h"

#include <QCoreApplication>
#include <QFile>
#include <QLocale>
#include <QTest>
#include <QXmlStreamReader>

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void catalogueIsComplete_data();
    void catalogueIsComplete();
    void frenchStringsLoad();
    void englishIsTheSource();
};

void TestTranslations::catalogueIsComplete_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("French") << QStringLiteral(SATISFECIT_SOURCE_DIR "/translations/satisfecit_fr.ts");
    QTest::newRow("English") << QStringLiteral(SATISFECIT_SOURCE_DIR "/translations/satisfecit_en.ts");
}

void TestTranslations::catalogueIsComplete()
{
    QFETCH(QString, path);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    int messages = 0;
    QStringList unfinished;
    QString source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
            ++messages;
        } else if (xml.name() == QLatin1String("translation")) {
            const bool isUnfinished = xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished");
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (isUnfinished || text.trimmed().isEmpty())
                unfinished << source;
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY(messages > 100);
    QVERIFY2(unfinished.isEmpty(), qPrintable(QStringLiteral("%1 untranslated, e.g. \"%2\"")
                                                  .arg(unfinished.size()).arg(unfinished.value(0))));
}

void TestTranslations::frenchStringsLoad()
{
    installTranslations(QStringLiteral("fr"));
    QCOMPARE(QCoreApplication::translate("MainWindow", "&File"), QStringLiteral("&Fichier"));
    QCOMPARE(QCoreApplication::translate("DistributionModel", "Very satisfied"), QStringLiteral("Très satisfait"));
    QCOMPARE(QCoreApplication::translate("FigureModel", "Base too small: %n valid answer(s).", nullptr, 2)
                 .isEmpty(), false);
    QCOMPARE(QLocale().toString(7.8, 'f', 1), QStringLiteral("7,8"));
    installTranslations(QStringLiteral("en"));
    QCOMPARE(QCoreApplication::translate("MainWindow", "&File"), QStringLiteral("&File"));
    QCOMPARE(QLocale().toString(7.8, 'f', 1), QStringLiteral("7.8"));
}

void TestTranslations::englishIsTheSource()
{
    installTranslations(QStringLiteral("en"));
    QCOMPARE(QCoreApplication::translate("WelcomePage", "Store: %1 — %n wave(s)", nullptr, 1),
             QStringLiteral("Store: %1 — 1 wave"));
    QCOMPARE(QCoreApplication::translate("WelcomePage", "Store: %1 — %n wave(s)", nullptr, 3),
             QStringLiteral("Store: %1 — 3 waves"));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
