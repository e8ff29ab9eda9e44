// Tests of cancelling a respondent import through its progress callback
// (nothing written, whenever it happens) and of the progress it reports.
#include "respondentimportfixture.h"

#include <QTest>

#include <algorithm>

class TestRespondentCancel : public RespondentImportFixture
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void cancelled_data();
    void cancelled();
    void progressReachesTheEnd();
};

void TestRespondentCancel::init()
{
    initStore();
}

void TestRespondentCancel::cleanup()
{
    cleanupStore();
}

// ---------------------------------------------------------------------------

void TestRespondentCancel::cancelled_data()
{
    QTest::addColumn<int>("respondents");
    QTest::addColumn<int>("cancelAtCall"); // 1-based
    QTest::addColumn<bool>("whileReading");

    QTest::newRow("small file, cancelled once read") << 4 << 1 << false;
    QTest::newRow("large file, cancelled while reading") << 5000 << 1 << true;
    QTest::newRow("large file, cancelled once read") << 5000 << 3 << false;
    // Progress is reported every 2048 respondents: this call comes after the
    // first chunk was handed over to be written, inside the import's transaction.
    constexpr int afterFirstChunk = RespondentChunkSize / 2048 + 1;
    QTest::newRow("chunked file, cancelled after a chunk was written")
        << 2 * RespondentChunkSize + 7 << afterFirstChunk << true;
    QTest::newRow("chunked file, cancelled once read")
        << 2 * RespondentChunkSize + 7 << 2 * RespondentChunkSize / 2048 + 1 << false;
}

void TestRespondentCancel::cancelled()
{
    QFETCH(int, respondents);
    QFETCH(int, cancelAtCall);
    QFETCH(bool, whileReading);

    snapshot();
    QList<double> calls;
    RespondentImporter importer(*m_store);
    importer.setProgressCallback([&](double fraction) {
        calls << fraction;
        return calls.size() < cancelAtCall;
    });
    const ImportResult result = importer.run(write(QStringLiteral("cancel.csv"), rows(respondents)), ImportOptions{});
    QCOMPARE(result.status, ImportResult::Status::Cancelled);
    QVERIFY(result.message.contains(QStringLiteral("nothing was written")));
    QCOMPARE(calls.size(), cancelAtCall);
    QVERIFY(calls.back() >= 0.0 && calls.back() <= 1.0);
    if (whileReading)
        QVERIFY2(calls.back() < 0.85, qPrintable(QString::number(calls.back())));
    else
        QCOMPARE(calls.back(), 0.85);
    verifyUnchanged();
}

void TestRespondentCancel::progressReachesTheEnd()
{
    QList<double> calls;
    RespondentImporter importer(*m_store);
    importer.setProgressCallback([&](double fraction) {
        calls << fraction;
        return true;
    });
    const ImportResult result = importer.run(write(QStringLiteral("progress.csv"), rows(5000)), ImportOptions{});
    QCOMPARE(result.status, ImportResult::Status::Imported);
    QCOMPARE(result.wave.respondentCount, 5000);
    QVERIFY(calls.size() >= 3);
    QVERIFY(std::is_sorted(calls.begin(), calls.end()));
    QCOMPARE(calls.back(), 1.0);
}

QTEST_GUILESS_MAIN(TestRespondentCancel)
#include "tst_respondentcancel.moc"
