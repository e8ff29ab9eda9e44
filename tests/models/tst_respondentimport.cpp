// Tests of RespondentImporter against the file contract (survey-files.md §1):
// every accepted variation of a respondent file stores the same wave, other
// columns become segments, and hostile names are stored as plain text.
#include "respondentfiles.h"
#include "respondentimportfixture.h"
#include "teststore.h"

#include <QFile>
#include <QTest>

namespace {

const WaveData::SegmentColumn *segmentOf(const WaveData &data, const QString &name)
{
    for (const WaveData::SegmentColumn &s : data.segments)
        if (s.name == name)
            return &s;
    return nullptr;
}

} // namespace

Q_DECLARE_METATYPE(Variant)

class TestRespondentImport : public RespondentImportFixture
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void variations_data();
    void variations();
    void unknownColumnsAreSegments();
    void hostileNames_data();
    void hostileNames();
    void noAnswerFormsDefinedAsOptions_data();
    void noAnswerFormsDefinedAsOptions();
};

void TestRespondentImport::init()
{
    initStore();
}

void TestRespondentImport::cleanup()
{
    cleanupStore();
}

// ---------------------------------------------------------------------------

void TestRespondentImport::variations_data()
{
    QTest::addColumn<Variant>("variant");
    QTest::addColumn<QString>("encodingName");
    QTest::addColumn<QString>("delimiterName");

    const Variant base;
    const auto row = [](const char *name, const Variant &v, const char *encoding = "utf-8",
                        const char *delimiter = ";") {
        QTest::newRow(name) << v << QString::fromLatin1(encoding) << QString::fromLatin1(delimiter);
    };
    row("utf-8, semicolon, LF, codes", base);
    Variant v = base;
    v.encoding = Encoding::Utf8Bom;
    row("utf-8 with BOM", v, "utf-8-bom");
    v = base;
    v.encoding = Encoding::Windows1252;
    row("windows-1252 detected", v, "windows-1252");
    v.satisfaction = SatisfactionLabels;
    v.singleByLabel = true;
    v.noAnswer = QStringLiteral("Non concerné");
    row("windows-1252 labels and no-answer label", v, "windows-1252");
    v = base;
    v.encoding = Encoding::Windows1252;
    v.read.encoding = QStringLiteral("windows-1252");
    row("windows-1252 forced", v, "windows-1252");

    v = base;
    v.delimiter = ',';
    v.decimalComma = true; // "1,25" then needs quotes
    row("comma delimiter, decimal comma quoted", v, "utf-8", ",");
    v = base;
    v.delimiter = '\t';
    v.suffix = QStringLiteral("tsv");
    row("tab delimiter", v, "utf-8", "\\t");
    v = base;
    v.delimiter = '|';
    v.suffix = QStringLiteral("txt");
    row("pipe delimiter", v, "utf-8", "|");
    v.read.delimiter = QLatin1Char('|');
    row("pipe delimiter forced", v, "utf-8", "|");

    v = base;
    v.quoteAll = true;
    row("every field quoted", v);
    v = base;
    v.eol = "\r\n";
    row("CRLF", v);
    v.trailingEmptyLines = 3;
    row("CRLF, trailing empty lines", v);
    v = base;
    v.trailingEmptyLines = 2;
    row("LF, trailing empty lines", v);
    v = base;
    v.eol = "\r\n";
    v.trailingEmptyRows = 3;
    v.encoding = Encoding::Windows1252;
    row("trailing rows of empty cells, as Excel saves a CSV", v, "windows-1252");
    v.delimiter = ',';
    v.decimalComma = true;
    v.trailingEmptyLines = 1;
    row("trailing rows of empty cells, comma", v, "windows-1252", ",");
    v = base;
    v.decimalComma = true;
    row("decimal comma", v);

    v = base;
    v.satisfaction = SatisfactionLabels;
    row("labels", v);
    v.satisfaction = QStringList{QString(), QStringLiteral("TOUT À FAIT SATISFAIT"), QStringLiteral("PLUTÔT SATISFAIT"),
                                 QStringLiteral("PLUTÔT PAS SATISFAIT"), QStringLiteral("PAS DU TOUT SATISFAIT")};
    row("labels upper case", v);
    v.satisfaction = QStringList{QString(), QStringLiteral("tout a fait satisfait"), QStringLiteral("plutot satisfait"),
                                 QStringLiteral("plutot pas satisfait"), QStringLiteral("pas du tout satisfait")};
    row("labels lower case without accents", v);
    v.satisfaction = QStringList{QString(), QStringLiteral("Très satisfait"), QStringLiteral("  Plutôt   satisfait "),
                                 QStringLiteral("Plutôt pas satisfait"), QStringLiteral("Pas du tout satisfait")};
    row("labels Très satisfait and extra spaces", v);

    for (const char *form : {"9", "99", "NSP", "Ne sait pas", "Non concerné", "Sans objet", "Refus", "nsp",
                             "NON CONCERNE"}) {
        v = base;
        v.noAnswer = QString::fromUtf8(form);
        QTest::newRow(qPrintable(QStringLiteral("no answer as \"%1\"").arg(v.noAnswer)))
            << v << QStringLiteral("utf-8") << QStringLiteral(";");
    }

    const std::pair<const char *, const char *> yesNo[] = {{"oui", "non"}, {"yes", "no"}, {"OUI", "Non"}};
    for (const auto &[yes, no] : yesNo) {
        v = base;
        v.yes = QString::fromLatin1(yes);
        v.no = QString::fromLatin1(no);
        QTest::newRow(qPrintable(QStringLiteral("yes/no as %1/%2").arg(v.yes, v.no)))
            << v << QStringLiteral("utf-8") << QStringLiteral(";");
    }
    v = base;
    v.singleByLabel = true;
    row("single choice by label", v);

    const std::pair<const char *, const char *> qpv[] = {{"oui", "non"}, {"yes", "no"}, {"true", "false"},
                                                         {"QPV", "hors QPV"}, {"Oui", "NON"}, {"TRUE", "Hors QPV"}};
    for (const auto &[yes, no] : qpv) {
        v = base;
        v.qpvYes = QString::fromLatin1(yes);
        v.qpvNo = QString::fromLatin1(no);
        QTest::newRow(qPrintable(QStringLiteral("qpv as %1/%2").arg(v.qpvYes, v.qpvNo)))
            << v << QStringLiteral("utf-8") << QStringLiteral(";");
    }

    v = base;
    v.roles = {QStringLiteral("id_repondant"), QStringLiteral("Année"), QStringLiteral("ORGANISME"),
               QStringLiteral("Quartier Prioritaire"), QStringLiteral("coef_redressement")};
    row("header synonyms with accents, case and spaces", v);
    v.encoding = Encoding::Windows1252;
    v.roles[4] = QStringLiteral("Pondération");
    row("header synonyms in windows-1252", v, "windows-1252");
    v = base;
    v.roles = {QStringLiteral("Respondent_ID"), QStringLiteral("YEAR"), QStringLiteral("Landlord"),
               QStringLiteral("quartier_prioritaire"), QStringLiteral("Pondération")};
    row("english header synonyms", v);
    v.roles = {QStringLiteral("NUM"), QStringLiteral("Vague"), QStringLiteral(" Bailleur "), QStringLiteral("Q P V"),
               QStringLiteral("COEF")};
    row("short header synonyms", v);
    v.roles = {QStringLiteral("Id Répondant"), QStringLiteral("an_nee"), QStringLiteral("BAIL_LEUR"),
               QStringLiteral("QUARTIER_PRIORITAIRE"), QStringLiteral("Weight")};
    row("header underscores inside names", v);

    v = base;
    v.withWeight = false;
    row("no weight column", v);
    v = base;
    v.withYear = false;
    row("year from the import options", v);

    v = base;
    v.suffix = QStringLiteral("xlsx");
    row("xlsx numbers", v, "utf-8", "");
    v.suffix = QStringLiteral("sav");
    row("sav value labels", v, "utf-8", "");
    v.suffix = QStringLiteral("zsav");
    row("zsav (zlib-compressed SPSS)", v, "utf-8", "");
}

void TestRespondentImport::variations()
{
    QFETCH(Variant, variant);
    QFETCH(QString, encodingName);
    QFETCH(QString, delimiterName);

    const QString file = path(QStringLiteral("survey.") + variant.suffix);
    QVERIFY(writeSurvey(file, variant));
    if (variant.suffix == QLatin1String("zsav")) { // really a zlib-compressed file, as SPSS writes it
        QFile written(file);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QCOMPARE(written.read(4), QByteArray("$FL3"));
    }
    ImportOptions options;
    options.read = variant.read;
    if (!variant.withYear)
        options.year = 2023;
    const ImportResult result = import(file, options);
    QVERIFY2(result.status == ImportResult::Status::Imported,
             qPrintable(result.errors.empty() ? result.message : result.errors.front().toString()));
    QCOMPARE(result.wave.year, 2023);
    QCOMPARE(result.wave.respondentCount, RespondentCount);
    if (variant.suffix == QLatin1String("csv") || variant.suffix == QLatin1String("tsv")
        || variant.suffix == QLatin1String("txt")) {
        QCOMPARE(result.encoding, encodingName);
        QCOMPARE(result.delimiter, delimiterName);
    }
    QCOMPARE(result.mapping.questionHeaders(),
             QStringList({QStringLiteral("Q01"), QStringLiteral("Q02"), QStringLiteral("Q03"), QStringLiteral("Q30"),
                          QStringLiteral("Q31")}));
    QCOMPARE(result.mapping.segmentHeaders(), QStringList({QStringLiteral("departement"), QStringLiteral("residence")}));

    QCOMPARE(m_store->waves().size(), 2);
    const std::optional<WaveData> data = m_store->loadWave(result.wave.id);
    QVERIFY(data);
    QCOMPARE(data->year, 2023);
    QCOMPARE(data->scope, QStringLiteral("Hauts-de-France"));
    QCOMPARE(data->respondentCount(), RespondentCount);
    QCOMPARE(data->landlordCodes.size(), 3);
    const WaveData::AnswerColumn *q01 = answersOf(*data, QStringLiteral("Q01"));
    const WaveData::AnswerColumn *q02 = answersOf(*data, QStringLiteral("Q02"));
    const WaveData::AnswerColumn *q03 = answersOf(*data, QStringLiteral("Q03"));
    const WaveData::AnswerColumn *q30 = answersOf(*data, QStringLiteral("Q30"));
    const WaveData::AnswerColumn *q31 = answersOf(*data, QStringLiteral("Q31"));
    QVERIFY(q01 && q02 && q03 && q30 && q31);
    QCOMPARE(q30->type, QuestionType::Single);
    QCOMPARE(q31->type, QuestionType::YesNo);
    QCOMPARE(data->segments.size(), std::size_t(2));
    const WaveData::SegmentColumn *departement = segmentOf(*data, QStringLiteral("departement"));
    const WaveData::SegmentColumn *residence = segmentOf(*data, QStringLiteral("residence"));
    QVERIFY(departement && residence);
    // Each respondent by its id: a server store keeps a wave's respondents
    // grouped by landlord (postgres/pgtables.h), a file in the file's order.
    for (int i = 0; i < RespondentCount; ++i) {
        const Respondent &r = Respondents[i];
        const qsizetype at = data->respondentIds.indexOf(m_store->respondentPseudonym(QString::fromUtf8(r.id)));
        QVERIFY2(at >= 0 && data->respondentIds.lastIndexOf(data->respondentIds.at(at)) == at, r.id);
        if (!testingOnServer())
            QCOMPARE(at, qsizetype(i));
        const std::size_t k = std::size_t(at);
        QCOMPARE(data->weights[k], variant.withWeight ? r.weight : 1.0);
        QCOMPARE(data->qpv[k], std::uint8_t(r.qpv ? 1 : 0));
        QCOMPARE(data->landlordCodes.at(data->landlord[k]), QString::fromUtf8(r.landlord));
        QCOMPARE(int(q01->values[k]), r.q01);
        QCOMPARE(int(q02->values[k]), r.q02);
        QCOMPARE(int(q03->values[k]), r.q03);
        QCOMPARE(int(q30->values[k]), r.q30);
        QCOMPARE(int(q31->values[k]), r.q31);
        QCOMPARE(departement->dictionary.at(departement->values[k]), QString::fromUtf8(r.departement));
        QCOMPARE(residence->dictionary.at(residence->values[k]), QString::fromUtf8(r.residence));
    }
    // The wave that was there is untouched.
    const std::optional<WaveData> baseline = m_store->loadWave(m_baselineId);
    QVERIFY(baseline);
    QCOMPARE(baseline->respondentIds, QStringList({m_store->respondentPseudonym(QStringLiteral("B1")),
                                                   m_store->respondentPseudonym(QStringLiteral("B2"))}));
}

void TestRespondentImport::unknownColumnsAreSegments()
{
    const QString file = write(QStringLiteral("segments.csv"),
                               "id;annee;bailleur;qpv;Q01;type_habitat;EPCI;commentaire libre\n"
                               "A;2023;OPH;1;1;collectif;CA Lens-Liévin;\n"
                               "B;2023;OPH;0;2;individuel;MEL; rien \n"
                               "C;2023;OPH;0;3;collectif;MEL;\n");
    const ImportResult result = import(file);
    QCOMPARE(result.status, ImportResult::Status::Imported);
    const std::vector<WaveData::SegmentColumn> segments = m_store->segmentColumns(result.wave.id);
    QCOMPARE(segments.size(), std::size_t(3));
    QCOMPARE(segments[0].name, QStringLiteral("type_habitat"));
    QCOMPARE(segments[1].name, QStringLiteral("EPCI"));
    QCOMPARE(segments[2].name, QStringLiteral("commentaire libre"));
    const std::optional<WaveData> data = m_store->loadWave(result.wave.id);
    QVERIFY(data);
    QCOMPARE(data->segments.size(), std::size_t(3));
    const auto valuesOf = [](const WaveData::SegmentColumn &s) {
        QStringList values;
        for (std::uint16_t v : s.values)
            values << s.dictionary.at(v);
        return values;
    };
    QCOMPARE(valuesOf(data->segments[0]),
             QStringList({QStringLiteral("collectif"), QStringLiteral("individuel"), QStringLiteral("collectif")}));
    QCOMPARE(data->segments[0].dictionary.size(), 2);
    QCOMPARE(valuesOf(data->segments[1]),
             QStringList({QStringLiteral("CA Lens-Liévin"), QStringLiteral("MEL"), QStringLiteral("MEL")}));
    // "" is a value too; values are trimmed.
    QCOMPARE(valuesOf(data->segments[2]), QStringList({QString(), QStringLiteral("rien"), QString()}));
}

void TestRespondentImport::hostileNames_data()
{
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("landlord");

    QTest::newRow("SQL in a segment name and value")
        << QStringLiteral("'); DROP TABLE waves; --") << QStringLiteral("x'); DROP TABLE respondents; --")
        << QStringLiteral("OPH");
    QTest::newRow("SQL in a landlord")
        << QStringLiteral("commune") << QStringLiteral("Lille") << QStringLiteral("Robert'); DROP TABLE landlords;--");
    QTest::newRow("quotes, semicolons and percent signs")
        << QStringLiteral("\"a\";b%_'") << QStringLiteral("%' OR '1'='1") << QStringLiteral("\" OR \"\"=\"");
}

void TestRespondentImport::hostileNames()
{
    QFETCH(QString, column);
    QFETCH(QString, value);
    QFETCH(QString, landlord);

    Variant quoting;
    const QByteArray bytes = textLine({QStringLiteral("id"), QStringLiteral("annee"), QStringLiteral("bailleur"),
                                       QStringLiteral("qpv"), QStringLiteral("Q01"), column}, quoting)
                             + textLine({QStringLiteral("1; DELETE FROM waves"), QStringLiteral("2023"), landlord,
                                         QStringLiteral("1"), QStringLiteral("2"), value}, quoting)
                             + textLine({QStringLiteral("2"), QStringLiteral("2023"), landlord, QStringLiteral("0"),
                                         QStringLiteral("3"), value}, quoting);
    const QStringList tablesBefore = m_store->database().tables();
    const ImportResult result = import(write(QStringLiteral("hostile.csv"), bytes));
    QVERIFY2(result.status == ImportResult::Status::Imported,
             qPrintable(result.errors.empty() ? result.message : result.errors.front().toString()));
    QCOMPARE(m_store->database().tables(), tablesBefore);
    // A server's tables are named with their schema (satisfecit.waves).
    const QString schema = testingOnServer() ? QStringLiteral("satisfecit.") : QString();
    for (const char *table : {"waves", "respondents", "landlords", "answer_columns", "segment_columns", "questions"})
        QVERIFY2(tablesBefore.contains(schema + QLatin1String(table)), table);
    QCOMPARE(m_store->waves().size(), 2);
    QVERIFY(m_store->loadWave(m_baselineId));
    const std::optional<WaveData> data = m_store->loadWave(result.wave.id);
    QVERIFY(data);
    QCOMPARE(data->respondentIds.front(), m_store->respondentPseudonym(QStringLiteral("1; DELETE FROM waves")));
    QCOMPARE(data->landlordCodes, QStringList{landlord});
    QCOMPARE(data->segments.size(), std::size_t(1));
    QCOMPARE(data->segments[0].name, column);
    QCOMPARE(data->segments[0].dictionary, QStringList{value});
    QCOMPARE(m_store->codebook().size(), 41);
    // The store still works for the next import.
    QCOMPARE(import(write(QStringLiteral("after.csv"), rows(3, -1, 2024))).status, ImportResult::Status::Imported);
    QCOMPARE(m_store->waves().size(), 3);
}

// "The no-answer forms apply to every question type unless the codebook
// defines that very code as an option" (survey-files.md §1).
void TestRespondentImport::noAnswerFormsDefinedAsOptions_data()
{
    QTest::addColumn<QByteArray>("cell");
    QTest::addColumn<int>("stored");

    QTest::newRow("9 is an option") << QByteArray("9") << 2;
    QTest::newRow("99 is an option") << QByteArray("99") << 3;
    QTest::newRow("Sans objet is an option label") << QByteArray("sans objet") << 4;
    QTest::newRow("NSP is still no answer") << QByteArray("NSP") << 0;
    QTest::newRow("empty is still no answer") << QByteArray("") << 0;
    QTest::newRow("an option by its code") << QByteArray("1") << 1;
}

void TestRespondentImport::noAnswerFormsDefinedAsOptions()
{
    QFETCH(QByteArray, cell);
    QFETCH(int, stored);

    Question q50;
    q50.code = QStringLiteral("Q50");
    q50.theme = QStringLiteral("information");
    q50.labelFr = QStringLiteral("Motif du dernier contact");
    q50.type = QuestionType::Single;
    q50.options = {{QStringLiteral("1"), QStringLiteral("Loyer")}, {QStringLiteral("9"), QStringLiteral("Autre")},
                   {QStringLiteral("99"), QStringLiteral("Plusieurs")}, {QStringLiteral("4"), QStringLiteral("Sans objet")}};
    ImportOptions options;
    options.codebook = Codebook({q50});
    const ImportResult result =
        import(write(QStringLiteral("q50.csv"), "id;annee;bailleur;qpv;Q50\nA;2023;OPH;1;" + cell + "\n"), options);
    QVERIFY2(result.status == ImportResult::Status::Imported,
             qPrintable(result.errors.empty() ? result.message : result.errors.front().toString()));
    const std::optional<WaveData> data = m_store->loadWave(result.wave.id);
    QVERIFY(data);
    const WaveData::AnswerColumn *answers = answersOf(*data, QStringLiteral("Q50"));
    QVERIFY(answers);
    QCOMPARE(int(answers->values.front()), stored);
}

QTEST_GUILESS_MAIN(TestRespondentImport)
#include "tst_respondentimport.moc"
