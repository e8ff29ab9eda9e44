// Tests of the respondent files RespondentImporter refuses: every problem is
// reported with its line and column and a message that says what is wrong,
// and the store is left as it was.
#include "duplicateids.h"
#include "respondentfiles.h"
#include "respondentimportfixture.h"

#include <QTest>

namespace {

QList<QByteArrayList> cellsOf(const QByteArray &csv)
{
    QList<QByteArrayList> rows;
    for (const QByteArray &line : csv.split('\n'))
        if (!line.isEmpty())
            rows << line.split(';');
    return rows;
}

// A small valid file: header on line 1, R1 on line 2 … R4 on line 5.
// Columns: id 1, annee 2, bailleur 3, qpv 4, poids 5, Q01 6, Q02 7, Q30 8, Q31 9, departement 10.
const QByteArray BadBase = "id;annee;bailleur;qpv;poids;Q01;Q02;Q30;Q31;departement\n"
                           "R1;2023;OPH A;1;1;1;2;1;1;59\n"
                           "R2;2023;OPH B;0;1,5;2;3;2;2;62\n"
                           "R3;2023;OPH A;0;1;3;4;3;1;59\n"
                           "R4;2023;OPH B;1;2;4;1;4;2;80\n";

/// BadBase with the cell at (line, column), both 1-based, replaced.
QByteArray withCell(int line, int column, const QByteArray &value, QByteArray base = BadBase)
{
    QByteArrayList lines = base.split('\n');
    QByteArrayList cells = lines[line - 1].split(';');
    cells[column - 1] = value;
    lines[line - 1] = cells.join(';');
    return lines.join('\n');
}

} // namespace

class TestRespondentValidation : public RespondentImportFixture
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void duplicateIdsFound();

    void badFile_data();
    void badFile();
    void badContainer_data();
    void badContainer();
    void errorsSortedByLine();
    void duplicateIdsNameTheFirstLine();
    void errorsCapped_data();
    void errorsCapped();
};

void TestRespondentValidation::init()
{
    initStore();
}

void TestRespondentValidation::cleanup()
{
    cleanupStore();
}

// ---------------------------------------------------------------------------

void TestRespondentValidation::badFile_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("year");      // ImportOptions::year; 0 = none
    QTest::addColumn<int>("errorCount");
    QTest::addColumn<qint64>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QStringList>("fragments");

    const auto row = [](const char *name, const QByteArray &bytes, qint64 line, int column,
                        const QStringList &fragments, int errorCount = 1, int year = 0) {
        QTest::newRow(name) << bytes << year << errorCount << line << column << fragments;
    };
    QByteArray noLandlord;
    for (const QByteArray &l : BadBase.split('\n')) {
        QByteArrayList cells = l.split(';');
        if (cells.size() > 2)
            cells.removeAt(2);
        noLandlord += cells.join(';') + '\n';
    }
    row("missing landlord column", noLandlord.chopped(1), 1, 0,
        {QStringLiteral("\"bailleur\""), QStringLiteral("organisme"),
         QStringLiteral("the header has: id, annee, qpv, poids, Q01, Q02, Q30, Q31, departement")});
    row("missing id column", QByteArray(BadBase).replace("id;annee", "ident;annee"), 1, 0,
        {QStringLiteral("\"id\""), QStringLiteral("id_repondant"), QStringLiteral("the header has: ident, annee")});
    row("missing qpv column", QByteArray(BadBase).replace(";qpv;", ";zone;"), 1, 0,
        {QStringLiteral("\"qpv\""), QStringLiteral("quartier_prioritaire"), QStringLiteral("zone")});
    row("missing year column, no year given", QByteArray(BadBase).replace("annee", "periode"), 1, 0,
        {QStringLiteral("\"annee\""), QStringLiteral("periode")});
    row("no question column", "id;annee;bailleur;qpv;X\nR1;2023;A;1;1\n", 1, 0,
        {QStringLiteral("no column matches a question"), QStringLiteral("X")});

    row("invalid answer 5 to Q02 on line 4", withCell(4, 7, "5"), 4, 7,
        {QStringLiteral("\"5\""), QStringLiteral("Q02"), QStringLiteral("1-4"), QStringLiteral("Plutôt satisfait")});
    row("answer 0 is not a code", withCell(2, 6, "0"), 2, 6, {QStringLiteral("\"0\""), QStringLiteral("Q01")});
    row("label typo", withCell(3, 6, "Plutôt satisfai"), 3, 6,
        {QStringLiteral("\"Plutôt satisfai\""), QStringLiteral("Q01"), QStringLiteral("Tout à fait satisfait")});
    row("label typo in windows-1252", toWindows1252(QString::fromUtf8(withCell(3, 6, "Plutôt satisfai"))), 3, 6,
        {QStringLiteral("\"Plutôt satisfai\""), QStringLiteral("Q01")});
    row("yes/no answer peut-être", withCell(2, 9, "peut-être"), 2, 9,
        {QStringLiteral("\"peut-être\""), QStringLiteral("Q31"), QStringLiteral("oui/non")});
    row("yes/no answer 3", withCell(5, 9, "3"), 5, 9, {QStringLiteral("\"3\""), QStringLiteral("Q31")});
    row("single-choice answer not an option", withCell(2, 8, "Papyrus"), 2, 8,
        {QStringLiteral("\"Papyrus\""), QStringLiteral("Q30"), QStringLiteral("1=Papier")});
    row("single-choice code 5", withCell(3, 8, "5"), 3, 8, {QStringLiteral("\"5\""), QStringLiteral("Q30")});

    row("weight 0", withCell(2, 5, "0"), 2, 5, {QStringLiteral("weight \"0\""), QStringLiteral("greater than 0")});
    row("weight -1", withCell(2, 5, "-1"), 2, 5, {QStringLiteral("weight \"-1\"")});
    row("weight abc", withCell(3, 5, "abc"), 3, 5, {QStringLiteral("weight \"abc\"")});
    row("weight 1,2.3", withCell(4, 5, "\"1,2.3\""), 4, 5, {QStringLiteral("weight \"1,2.3\"")});
    row("weight empty", withCell(5, 5, ""), 5, 5, {QStringLiteral("weight \"\"")});

    row("duplicate id", withCell(5, 1, "R2"), 5, 1,
        {QStringLiteral("\"R2\""), QStringLiteral("already used on line 3")});
    row("duplicate id after trimming", withCell(4, 1, " R1 "), 4, 1,
        {QStringLiteral("\"R1\""), QStringLiteral("line 2")});
    row("empty id", withCell(3, 1, ""), 3, 1, {QStringLiteral("empty respondent id")});
    row("id of spaces", withCell(3, 1, "   "), 3, 1, {QStringLiteral("empty respondent id")});

    row("year 1850", withCell(2, 2, "1850"), 2, 2, {QStringLiteral("\"1850\""), QStringLiteral("1990")});
    row("year 2101", withCell(3, 2, "2101"), 3, 2, {QStringLiteral("\"2101\"")});
    row("year not a number", withCell(3, 2, "2023a"), 3, 2, {QStringLiteral("\"2023a\"")});
    row("two years in one file", withCell(4, 2, "2024"), 4, 2,
        {QStringLiteral("2024"), QStringLiteral("2023"), QStringLiteral("line 2")});
    row("file year differs from the year given", BadBase, 2, 2,
        {QStringLiteral("2023"), QStringLiteral("2022")}, 4, 2022);

    row("qpv maybe", withCell(5, 4, "maybe"), 5, 4, {QStringLiteral("\"maybe\""), QStringLiteral("oui/non")});
    row("qpv empty", withCell(2, 4, ""), 2, 4, {QStringLiteral("QPV value \"\"")});
    row("qpv 2", withCell(3, 4, "2"), 3, 4, {QStringLiteral("QPV value \"2\"")});
    row("empty landlord", withCell(3, 3, ""), 3, 3, {QStringLiteral("empty landlord")});

    row("too many fields", withCell(4, 10, "59;extra"), 4, 11,
        {QStringLiteral("expected 10 fields"), QStringLiteral("found 11")});
    row("too few fields", QByteArray(BadBase).replace("R3;2023;OPH A;0;1;3;4;3;1;59", "R3;2023;OPH A;0;1;3;4;3;1"), 4,
        10, {QStringLiteral("expected 10 fields"), QStringLiteral("found 9")});
    row("unterminated quote", withCell(3, 10, "\"62"), 3, 10, {QStringLiteral("never closed")});
    row("text after a closing quote", withCell(3, 10, "\"62\"x"), 3, 10, {QStringLiteral("after a closing quote")});
    row("invalid UTF-8 after UTF-8", withCell(4, 10, "Montréal") + "R5;2023;OPH A;0;1;1;1;1;1;Amiens \xE9\n", 6, 10,
        {QStringLiteral("invalid UTF-8"), QStringLiteral("windows-1252")});

    // Lines are physical: a quoted line break and CRLF count as they should.
    row("error after a quoted line break", withCell(5, 7, "5", withCell(2, 10, "\"59\nNord\"")), 5, 7,
        {QStringLiteral("\"5\""), QStringLiteral("Q02")});
    row("error in a CRLF file", QByteArray(withCell(4, 7, "5")).replace("\n", "\r\n"), 4, 7,
        {QStringLiteral("\"5\""), QStringLiteral("Q02")});
    row("error in a file with BOM", "\xEF\xBB\xBF" + withCell(4, 7, "5"), 4, 7, {QStringLiteral("Q02")});
    row("header only", "id;annee;bailleur;qpv;Q01\n", 2, 0, {QStringLiteral("no respondents")});
    row("only rows of empty cells", "id;annee;bailleur;qpv;Q01\n;;;;\n;;;;\n", 2, 0, {QStringLiteral("no respondents")});
    row("a row of empty cells does not hide the next error", withCell(5, 7, "5", withCell(3, 1, ";;;;;;;;;\nR5")), 5, 7,
        {QStringLiteral("\"5\""), QStringLiteral("Q02")});
    row("two weight columns", "id;annee;bailleur;qpv;poids;Q01;Pondération\nR1;2023;A;1;1;1;1\n", 1, 7,
        {QStringLiteral("\"poids\" (5)"), QStringLiteral("\"Pondération\" (7)")});
    row("a question twice", "id;annee;bailleur;qpv;Q01;q 01\nR1;2023;A;1;1;1\n", 1, 6,
        {QStringLiteral("columns 5 and 6"), QStringLiteral("Q01")});
    row("a segment twice", "id;annee;bailleur;qpv;Q01;Département;departement\nR1;2023;A;1;1;59;59\n", 1, 7,
        {QStringLiteral("\"departement\" appears twice")});
    row("a header cell without a name", "id;annee;bailleur;qpv;Q01;;epci\nR1;2023;A;1;1;x;MEL\n", 1, 6,
        {QStringLiteral("column 6 has no name")});
}

void TestRespondentValidation::badFile()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, year);
    QFETCH(int, errorCount);
    QFETCH(qint64, line);
    QFETCH(int, column);
    QFETCH(QStringList, fragments);

    snapshot();
    ImportOptions options;
    if (year)
        options.year = year;
    const ImportResult result = import(write(QStringLiteral("bad.csv"), bytes), options);
    QCOMPARE(result.status, ImportResult::Status::InvalidFile);
    QCOMPARE(int(result.errors.size()), errorCount);
    QVERIFY(!result.moreErrors);
    const ReadError &error = result.errors.front();
    QCOMPARE(error.file, QStringLiteral("bad.csv"));
    QCOMPARE(error.line, line);
    QCOMPARE(error.column, column);
    for (const QString &fragment : fragments)
        QVERIFY2(error.message.contains(fragment), qPrintable(error.message + QLatin1String(" lacks ") + fragment));
    QVERIFY(error.toString().startsWith(column > 0 ? QStringLiteral("bad.csv:%1:%2: ").arg(line).arg(column)
                                                   : QStringLiteral("bad.csv:%1: ").arg(line)));
    verifyUnchanged();
}

// Spreadsheet rows and SPSS cases locate errors too: the sheet's row number,
// the case number (the first case is 1).
void TestRespondentValidation::badContainer_data()
{
    QTest::addColumn<QString>("suffix");
    QTest::addColumn<QByteArray>("table");
    QTest::addColumn<qint64>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("fragment");

    const QByteArray base = QByteArray(BadBase).replace("1,5", "1.5");
    QTest::newRow("xlsx, invalid answer") << QStringLiteral("xlsx") << withCell(4, 7, "5", base) << qint64(4) << 7
                                          << QStringLiteral("answer \"5\" to Q02");
    QTest::newRow("xlsx, duplicate id") << QStringLiteral("xlsx") << withCell(5, 1, "R2", base) << qint64(5) << 1
                                        << QStringLiteral("already used on line 3");
    QTest::newRow("xlsx, qpv maybe") << QStringLiteral("xlsx") << withCell(3, 4, "maybe", base) << qint64(3) << 4
                                     << QStringLiteral("\"maybe\"");
    QTest::newRow("sav, invalid answer") << QStringLiteral("sav") << withCell(4, 7, "5", base) << qint64(3) << 7
                                         << QStringLiteral("answer \"5\" to Q02");
    QTest::newRow("sav, weight 0") << QStringLiteral("sav") << withCell(2, 5, "0", base) << qint64(1) << 5
                                   << QStringLiteral("weight \"0\"");
    QTest::newRow("sav, year 1850") << QStringLiteral("sav") << withCell(5, 2, "1850", base) << qint64(4) << 2
                                    << QStringLiteral("\"1850\"");
}

void TestRespondentValidation::badContainer()
{
    QFETCH(QString, suffix);
    QFETCH(QByteArray, table);
    QFETCH(qint64, line);
    QFETCH(int, column);
    QFETCH(QString, fragment);

    snapshot();
    const QString file = path(QStringLiteral("bad.") + suffix);
    QVERIFY(suffix == QLatin1String("xlsx") ? writeXlsxRows(file, cellsOf(table)) : writeSavRows(file, cellsOf(table)));
    const ImportResult result = import(file);
    QCOMPARE(result.status, ImportResult::Status::InvalidFile);
    QCOMPARE(int(result.errors.size()), 1);
    QCOMPARE(result.errors.front().file, QStringLiteral("bad.") + suffix);
    QCOMPARE(result.errors.front().line, line);
    QCOMPARE(result.errors.front().column, column);
    QVERIFY2(result.errors.front().message.contains(fragment), qPrintable(result.errors.front().message));
    verifyUnchanged();
}

// Problems are listed in file order, whichever check found them.
void TestRespondentValidation::errorsSortedByLine()
{
    snapshot();
    const QByteArray bytes = withCell(5, 7, "5", withCell(3, 1, "R1"));
    const ImportResult result = import(write(QStringLiteral("two.csv"), bytes));
    QCOMPARE(result.status, ImportResult::Status::InvalidFile);
    QCOMPARE(int(result.errors.size()), 2);
    QCOMPARE(result.errors[0].line, qint64(3));
    QCOMPARE(result.errors[0].column, 1);
    QVERIFY(result.errors[0].message.contains(QStringLiteral("line 2")));
    QCOMPARE(result.errors[1].line, qint64(5));
    QCOMPARE(result.errors[1].column, 7);
    verifyUnchanged();
}

void TestRespondentValidation::duplicateIdsNameTheFirstLine()
{
    snapshot();
    const QByteArray bytes = withCell(5, 1, "R2", withCell(4, 1, "R2"));
    const ImportResult result = import(write(QStringLiteral("dup.csv"), bytes));
    QCOMPARE(result.status, ImportResult::Status::InvalidFile);
    QCOMPARE(int(result.errors.size()), 2);
    for (int i = 0; i < 2; ++i) {
        QCOMPARE(result.errors[i].line, qint64(4 + i));
        QCOMPARE(result.errors[i].column, 1);
        QVERIFY2(result.errors[i].message.contains(QStringLiteral("already used on line 3")),
                 qPrintable(result.errors[i].message));
    }
    verifyUnchanged();
}

void TestRespondentValidation::errorsCapped_data()
{
    QTest::addColumn<int>("badRows");
    QTest::addColumn<int>("maxErrors");
    QTest::addColumn<int>("reported");
    QTest::addColumn<bool>("more");

    QTest::newRow("ten errors, cap 3") << 10 << 3 << 3 << true;
    QTest::newRow("three errors, cap 3") << 3 << 3 << 3 << false;
    QTest::newRow("four errors, cap 3") << 4 << 3 << 3 << true;
    QTest::newRow("150 errors, default cap 100") << 150 << 100 << 100 << true;
    QTest::newRow("one error, cap 1") << 1 << 1 << 1 << false;
}

void TestRespondentValidation::errorsCapped()
{
    QFETCH(int, badRows);
    QFETCH(int, maxErrors);
    QFETCH(int, reported);
    QFETCH(bool, more);

    snapshot();
    ImportOptions options;
    options.maxErrors = maxErrors;
    const int total = 200;
    const ImportResult result = import(write(QStringLiteral("many.csv"), rows(total, total - badRows)), options);
    QCOMPARE(result.status, ImportResult::Status::InvalidFile);
    QCOMPARE(int(result.errors.size()), reported);
    QCOMPARE(result.moreErrors, more);
    for (int i = 0; i < reported; ++i) {
        QCOMPARE(result.errors[std::size_t(i)].line, qint64(2 + total - badRows + i));
        QCOMPARE(result.errors[std::size_t(i)].column, 5);
    }
    verifyUnchanged();
}

// Each repeated id with the first row that has it, by row; an empty line
// (an id refused already) is no id.
void TestRespondentValidation::duplicateIdsFound()
{
    const auto found = [](const QByteArray &ids, int rows) {
        QStringList pairs;
        for (const DuplicateId &d : findDuplicateIds(ids, rows))
            pairs << QStringLiteral("%1<%2:%3").arg(d.row).arg(d.firstRow).arg(QString::fromUtf8(d.id.toByteArray()));
        return pairs;
    };
    QCOMPARE(found("a\nb\n\na\nc\nb\n\na\n", 8), QStringList({"3<0:a", "5<1:b", "7<0:a"}));
    QCOMPARE(found("a\nb\nc\n", 3), QStringList());
    QCOMPARE(found("", 0), QStringList());
    // Many of them: the first 3,000 of 40,000 ids again at the end, in reverse.
    QByteArray ids;
    QStringList expected;
    for (int i = 0; i < 40000; ++i)
        ids += "R-" + QByteArray::number(i) + '\n';
    for (int i = 2999; i >= 0; --i) {
        expected << QStringLiteral("%1<%2:R-%2").arg(40000 + 2999 - i).arg(i);
        ids += "R-" + QByteArray::number(i) + '\n';
    }
    QCOMPARE(found(ids, 43000), expected);
}

QTEST_GUILESS_MAIN(TestRespondentValidation)
#include "tst_respondentvalidation.moc"
