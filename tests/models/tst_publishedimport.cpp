// Tests of the two other survey files (survey-files.md §2 and §3): published
// figures read by readPublishedFigures() and kept by the store, and codebooks
// read by Codebook::read() and merged by Store::saveQuestions().
#include "codebook.h"
#include "publishedreader.h"
#include "readers/textreader.h"
#include "store.h"
#include "teststore.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

QString describe(const PublishedFigure &f)
{
    const auto number = [](const std::optional<double> &v) { return v ? QString::number(*v, 'g', 10) : QStringLiteral("-"); };
    return QStringList{QString::number(f.year), f.scope, f.code, f.segment, f.option, number(f.score),
                       number(f.pctSatisfied), f.n ? QString::number(*f.n) : QStringLiteral("-"), f.source,
                       f.illustrative ? QStringLiteral("illustratif") : QString()}
        .join(QLatin1Char('|'));
}

QStringList describe(const QList<PublishedFigure> &figures)
{
    QStringList list;
    for (const PublishedFigure &f : figures)
        list << describe(f);
    list.sort();
    return list;
}

QStringList describe(const Codebook &codebook)
{
    QStringList list;
    for (const Question &q : codebook.questions()) {
        QStringList options;
        for (const QuestionOption &o : q.options)
            options << o.code + QLatin1Char('=') + o.labelFr;
        list << QStringList{q.code, q.theme, q.labelFr, q.labelEn, questionTypeName(q.type), q.parent,
                            q.isGlobal ? QStringLiteral("global") : QString(), options.join(QLatin1Char('|'))}
                    .join(QLatin1Char(';'));
    }
    return list;
}

QByteArray toWindows1252(const QString &text)
{
    QByteArray out;
    for (const QChar c : text) {
        if (c.unicode() >= 0x100)
            qFatal("no Latin-1 byte for U+%04X", unsigned(c.unicode()));
        out += char(c.unicode());
    }
    return out;
}

const QByteArray CodebookHeader = "code;theme;label_fr;label_en;type;options;parent;global\n";
const QByteArray PublishedHeader = "annee;perimetre;code;segment;note;pct_satisfaits;effectif;source\n";

} // namespace

class TestPublishedImport : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void publishedGood_data();
    void publishedGood();
    void publishedReplacesSameKey();
    void publishedBad_data();
    void publishedBad();
    void codebookGood_data();
    void codebookGood();
    void codebookBad_data();
    void codebookBad();

private:
    TextReader *open(const QString &name, const QByteArray &bytes);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<TextReader> m_reader;
};

void TestPublishedImport::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = std::make_unique<Store>();
    QVERIFY2(m_store->open(testStoreLocation(m_dir->filePath(QStringLiteral("store.sqlite")))), qPrintable(m_store->error().message));
}

void TestPublishedImport::cleanup()
{
    m_reader.reset();
    m_store.reset();
    m_dir.reset();
}

TextReader *TestPublishedImport::open(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return nullptr;
    file.close();
    m_reader = std::make_unique<TextReader>(path, ReadOptions{});
    return m_reader->open() ? m_reader.get() : nullptr;
}

// ---------------------------------------------------------------------------

void TestPublishedImport::publishedGood_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("decimal comma, every column")
        << PublishedHeader + "2010;Nord-Pas-de-Calais;Q01;ensemble;7,4;81,5;1200;Rapport régional 2010\n"
                             "2010;Nord-Pas-de-Calais;Q01;qpv;6,9;74,25;310;Rapport régional 2010\n"
        << QStringList{QStringLiteral("2010|Nord-Pas-de-Calais|Q01|ensemble||7.4|81.5|1200|Rapport régional 2010|"),
                       QStringLiteral("2010|Nord-Pas-de-Calais|Q01|qpv||6.9|74.25|310|Rapport régional 2010|")};
    QTest::newRow("decimal point, comma delimiter, optional columns absent")
        << QByteArray("annee,perimetre,code,segment,note\n2012,Picardie,Q02,hors_qpv,6.9\n2012,Picardie,Q02,OPH80,7\n")
        << QStringList{QStringLiteral("2012|Picardie|Q02|OPH80||7|-|-||"),
                       QStringLiteral("2012|Picardie|Q02|hors_qpv||6.9|-|-||")};
    QTest::newRow("yes/no and single-choice shares by option")
        << QByteArray("annee;perimetre;code;segment;note;pct_satisfaits;option\n"
                      "2015;Hauts-de-France;Q31;ensemble;;64,2;1\n"
                      "2015;Hauts-de-France;Q31;ensemble;;35,8;2\n"
                      "2015;Hauts-de-France;Q30;ensemble;;40;3\n")
        << QStringList{QStringLiteral("2015|Hauts-de-France|Q30|ensemble|3|-|40|-||"),
                       QStringLiteral("2015|Hauts-de-France|Q31|ensemble|1|-|64.2|-||"),
                       QStringLiteral("2015|Hauts-de-France|Q31|ensemble|2|-|35.8|-||")};
    QTest::newRow("yes/no share without option is the yes share")
        << QByteArray("annee;perimetre;code;segment;note;pct_satisfaits\n2014;Picardie;Q41;qpv;;58\n")
        << QStringList{QStringLiteral("2014|Picardie|Q41|qpv|1|-|58|-||")};
    QTest::newRow("illustratif 1, 0 and empty")
        << QByteArray("annee;perimetre;code;segment;note;illustratif\n2006;Picardie;Q01;ensemble;7,1;1\n"
                      "2007;Picardie;Q01;ensemble;7,2;0\n2008;Picardie;Q01;ensemble;7,3;\n")
        << QStringList{QStringLiteral("2006|Picardie|Q01|ensemble||7.1|-|-||illustratif"),
                       QStringLiteral("2007|Picardie|Q01|ensemble||7.2|-|-||"),
                       QStringLiteral("2008|Picardie|Q01|ensemble||7.3|-|-||")};
    QTest::newRow("accented header in windows-1252, CRLF, empty optional cells")
        << toWindows1252(QStringLiteral("Année;Périmètre;Code;Segment;Note;Pct_Satisfaits;Effectif;Source\r\n"
                                        "2016;Hauts-de-France;Q01;ensemble;7,6;;;Synthèse régionale\r\n\r\n"))
        << QStringList{QStringLiteral("2016|Hauts-de-France|Q01|ensemble||7.6|-|-|Synthèse régionale|")};
    QTest::newRow("rows of empty cells after the figures, as Excel saves a CSV")
        << PublishedHeader + "2010;Picardie;Q01;ensemble;7,4;;;\r\n;;;;;;;\r\n;;;;;;;\r\n"
        << QStringList{QStringLiteral("2010|Picardie|Q01|ensemble||7.4|-|-||")};
    QTest::newRow("bounds 0 and 10, 0 and 100")
        << PublishedHeader + "2004;Picardie;Q03;ensemble;0;0;0;\n2004;Picardie;Q04;ensemble;10,0;100;35;\n"
        << QStringList{QStringLiteral("2004|Picardie|Q03|ensemble||0|0|0||"),
                       QStringLiteral("2004|Picardie|Q04|ensemble||10|100|35||")};
}

void TestPublishedImport::publishedGood()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QStringList, expected);
    expected.sort();

    TextReader *reader = open(QStringLiteral("published.csv"), bytes);
    QVERIFY(reader);
    std::vector<ReadError> errors;
    const QList<PublishedFigure> figures = readPublishedFigures(*reader, m_store->codebook(), &errors);
    QVERIFY2(errors.empty(), qPrintable(errors.empty() ? QString() : errors.front().toString()));
    QCOMPARE(describe(figures), expected);

    // Round trip through the store.
    QVERIFY(m_store->publishedFigures().isEmpty());
    QVERIFY2(m_store->savePublishedFigures(figures), qPrintable(m_store->error().message));
    QCOMPARE(describe(m_store->publishedFigures()), expected);
    const QString code = figures.front().code;
    for (const PublishedFigure &f : m_store->publishedFigures(code))
        QCOMPARE(f.code, code);
}

void TestPublishedImport::publishedReplacesSameKey()
{
    TextReader *reader = open(QStringLiteral("first.csv"),
                              PublishedHeader + "2010;Picardie;Q01;ensemble;7,4;81;1200;A\n2010;Picardie;Q02;ensemble;6;;;A\n");
    QVERIFY(reader);
    std::vector<ReadError> errors;
    QVERIFY(m_store->savePublishedFigures(readPublishedFigures(*reader, m_store->codebook(), &errors)));
    QVERIFY(errors.empty());
    reader = open(QStringLiteral("second.csv"), PublishedHeader + "2010;Picardie;Q01;ensemble;7,5;;;B\n");
    QVERIFY(reader);
    QVERIFY(m_store->savePublishedFigures(readPublishedFigures(*reader, m_store->codebook(), &errors)));
    QVERIFY(errors.empty());
    QCOMPARE(describe(m_store->publishedFigures()),
             QStringList({QStringLiteral("2010|Picardie|Q01|ensemble||7.5|-|-|B|"),
                          QStringLiteral("2010|Picardie|Q02|ensemble||6|-|-|A|")}));
}

void TestPublishedImport::publishedBad_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<qint64>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QStringList>("fragments");

    const QByteArray good = "2010;Picardie;Q01;ensemble;7,4;81;1200;Rapport\n";
    const auto row = [](const char *name, const QByteArray &bytes, qint64 line, int column, const QStringList &fragments) {
        QTest::newRow(name) << bytes << line << column << fragments;
    };
    row("unknown question", PublishedHeader + "2010;Picardie;Q99;ensemble;7,4;;;\n", 2, 3,
        {QStringLiteral("\"Q99\""), QStringLiteral("not in the codebook")});
    row("score 11", PublishedHeader + good + "2011;Picardie;Q01;ensemble;11;;;\n", 3, 5,
        {QStringLiteral("\"11\""), QStringLiteral("0 to 10")});
    row("score negative", PublishedHeader + "2011;Picardie;Q01;ensemble;-0,5;;;\n", 2, 5, {QStringLiteral("\"-0,5\"")});
    row("score not a number", PublishedHeader + "2011;Picardie;Q01;ensemble;sept;;;\n", 2, 5, {QStringLiteral("\"sept\"")});
    row("pct 120", PublishedHeader + good + "2011;Picardie;Q01;qpv;7;120;;\n", 3, 6,
        {QStringLiteral("\"120\""), QStringLiteral("0 to 100")});
    row("effectif not a whole number", PublishedHeader + "2011;Picardie;Q01;qpv;7;;12,5;\n", 2, 7,
        {QStringLiteral("\"12,5\""), QStringLiteral("whole number")});
    row("missing required column note", QByteArray("annee;perimetre;code;segment\n2010;Picardie;Q01;ensemble\n"), 1, 0,
        {QStringLiteral("\"note\""), QStringLiteral("the header has: annee, perimetre, code, segment")});
    row("missing required column perimetre", QByteArray("annee;code;segment;note\n2010;Q01;ensemble;7\n"), 1, 0,
        {QStringLiteral("\"perimetre\"")});
    row("duplicate figure", PublishedHeader + good + "2010;Picardie;Q01;ensemble;7,5;;;\n", 3, 0,
        {QStringLiteral("appears twice"), QStringLiteral("2010 Picardie Q01 ensemble")});
    row("duplicate yes share, option implied",
        QByteArray("annee;perimetre;code;segment;note;pct_satisfaits;option\n2015;Picardie;Q31;ensemble;;60;1\n"
                   "2015;Picardie;Q31;ensemble;;61;\n"),
        3, 0, {QStringLiteral("appears twice")});
    row("yes/no without pct", PublishedHeader + "2015;Picardie;Q31;ensemble;;;800;\n", 2, 6,
        {QStringLiteral("a share is required"), QStringLiteral("Q31")});
    row("yes/no with a score", PublishedHeader + "2015;Picardie;Q31;ensemble;6,5;60;;\n", 2, 5,
        {QStringLiteral("Q31 has no score")});
    row("satisfaction without a score", PublishedHeader + "2015;Picardie;Q02;ensemble;;80;;\n", 2, 5,
        {QStringLiteral("a score is required for question Q02")});
    row("option on a satisfaction question",
        QByteArray("annee;perimetre;code;segment;note;option\n2015;Picardie;Q02;ensemble;7;1\n"), 2, 6,
        {QStringLiteral("only for yes/no and single-choice")});
    row("unknown option of a single-choice question",
        QByteArray("annee;perimetre;code;segment;note;pct_satisfaits;option\n2015;Picardie;Q30;ensemble;;20;7\n"), 2, 7,
        {QStringLiteral("\"7\""), QStringLiteral("Q30")});
    row("year 1850", PublishedHeader + "1850;Picardie;Q01;ensemble;7;;;\n", 2, 1, {QStringLiteral("\"1850\"")});
    row("empty scope", PublishedHeader + "2010;;Q01;ensemble;7;;;\n", 2, 2, {QStringLiteral("empty scope")});
    row("empty segment", PublishedHeader + "2010;Picardie;Q01;;7;;;\n", 2, 4, {QStringLiteral("empty segment")});
    row("illustratif yes", QByteArray("annee;perimetre;code;segment;note;illustratif\n2010;Picardie;Q01;ensemble;7;oui\n"),
        2, 6, {QStringLiteral("illustratif")});
    row("wrong field count", PublishedHeader + good + "2011;Picardie;Q01;ensemble;7\n", 3, 6,
        {QStringLiteral("expected 8 fields")});
    row("header only", PublishedHeader, 2, 0, {QStringLiteral("no figures")});
}

void TestPublishedImport::publishedBad()
{
    QFETCH(QByteArray, bytes);
    QFETCH(qint64, line);
    QFETCH(int, column);
    QFETCH(QStringList, fragments);

    TextReader *reader = open(QStringLiteral("published.csv"), bytes);
    QVERIFY(reader);
    std::vector<ReadError> errors;
    const QList<PublishedFigure> figures = readPublishedFigures(*reader, m_store->codebook(), &errors);
    QVERIFY(figures.isEmpty());
    QVERIFY(!errors.empty());
    const ReadError &error = errors.front();
    QCOMPARE(error.file, QStringLiteral("published.csv"));
    QCOMPARE(error.line, line);
    QCOMPARE(error.column, column);
    for (const QString &fragment : fragments)
        QVERIFY2(error.message.contains(fragment), qPrintable(error.message + QLatin1String(" lacks ") + fragment));
}

void TestPublishedImport::codebookGood_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("label");
    QTest::addColumn<int>("position");
    QTest::addColumn<QString>("global");
    QTest::addColumn<int>("size");
    QTest::addColumn<QStringList>("options");

    QTest::newRow("existing question relabelled")
        << CodebookHeader + "Q02;logement;Conditions de logement (intérieur);Housing conditions (inside);satisfaction4;;;\n"
        << QStringLiteral("Q02") << QStringLiteral("Conditions de logement (intérieur)") << 1 << QStringLiteral("Q01")
        << 41 << QStringList();
    QTest::newRow("new question added after the existing ones")
        << CodebookHeader + "Q42;logement;Accessibilité du logement;Accessibility;satisfaction4;;Q04;\n"
        << QStringLiteral("Q42") << QStringLiteral("Accessibilité du logement") << 41 << QStringLiteral("Q01") << 42
        << QStringList();
    QTest::newRow("new global demotes the old")
        << CodebookHeader + "Q50;global;Satisfaction d'ensemble 2024;Overall satisfaction 2024;satisfaction4;;;1\n"
        << QStringLiteral("Q50") << QStringLiteral("Satisfaction d'ensemble 2024") << 41 << QStringLiteral("Q50") << 42
        << QStringList();
    QTest::newRow("existing question made global")
        << CodebookHeader + "Q14;relation;Relation avec le bailleur;Relationship with the landlord;satisfaction4;;;1\n"
        << QStringLiteral("Q14") << QStringLiteral("Relation avec le bailleur") << 13 << QStringLiteral("Q14") << 41
        << QStringList();
    QTest::newRow("single choice with options")
        << CodebookHeader + "Q43;information;Canal préféré;Preferred channel;single;1=Téléphone|2=Courriel| 3 = Agence ;;\n"
        << QStringLiteral("Q43") << QStringLiteral("Canal préféré") << 41 << QStringLiteral("Q01") << 42
        << QStringList{QStringLiteral("1=Téléphone"), QStringLiteral("2=Courriel"), QStringLiteral("3=Agence")};
    QTest::newRow("new questions keep the file's order, comma-delimited accented header")
        << QByteArray("Code,Thème,Label_FR,Label EN,Type,Options,Parent,Global\n"
                      "Q45,proprete,Propreté des caves,Cleanliness of cellars,satisfaction4,,,\n"
                      "Q44,proprete,Propreté des parkings,Cleanliness of car parks,satisfaction4,,Q45,\n")
        << QStringLiteral("Q44") << QStringLiteral("Propreté des parkings") << 42 << QStringLiteral("Q01") << 43
        << QStringList();
    QTest::newRow("only the required columns")
        << QByteArray("code;theme;label_fr;type\nQ46;cadre_de_vie;Stationnement;yesno\n") << QStringLiteral("Q46")
        << QStringLiteral("Stationnement") << 41 << QStringLiteral("Q01") << 42 << QStringList();
}

void TestPublishedImport::codebookGood()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, code);
    QFETCH(QString, label);
    QFETCH(int, position);
    QFETCH(QString, global);
    QFETCH(int, size);
    QFETCH(QStringList, options);

    const Codebook before = m_store->codebook();
    QCOMPARE(before.size(), 41);
    TextReader *reader = open(QStringLiteral("codebook.csv"), bytes);
    QVERIFY(reader);
    std::vector<ReadError> errors;
    const Codebook read = Codebook::read(*reader, &errors);
    QVERIFY2(errors.empty(), qPrintable(errors.empty() ? QString() : errors.front().toString()));
    QVERIFY(!read.isEmpty());
    QVERIFY2(m_store->saveQuestions(read), qPrintable(m_store->error().message));

    const Codebook after = m_store->codebook();
    QCOMPARE(after.size(), size);
    QCOMPARE(after.indexOf(code), position);
    QCOMPARE(after.find(code)->labelFr, label);
    QVERIFY(after.globalQuestion());
    QCOMPARE(after.globalQuestion()->code, global);
    int globals = 0;
    for (const Question &q : after.questions())
        globals += q.isGlobal;
    QCOMPARE(globals, 1);
    QStringList stored;
    for (const QuestionOption &o : after.find(code)->options)
        stored << o.code + QLatin1Char('=') + o.labelFr;
    QCOMPARE(stored, options);
    // The questions already there keep their place; only those in the file change.
    for (int i = 0; i < before.size(); ++i) {
        const Question &old = before.questions()[std::size_t(i)];
        QCOMPARE(after.questions()[std::size_t(i)].code, old.code);
        if (!read.find(old.code)) {
            QCOMPARE(after.questions()[std::size_t(i)].labelFr, old.labelFr);
            QCOMPARE(after.questions()[std::size_t(i)].options.size(), old.options.size());
        }
    }
}

void TestPublishedImport::codebookBad_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<qint64>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QStringList>("fragments");

    const QByteArray q42 = "Q42;logement;Accessibilité;Accessibility;satisfaction4;;;\n";
    const auto row = [](const char *name, const QByteArray &bytes, qint64 line, int column, const QStringList &fragments) {
        QTest::newRow(name) << bytes << line << column << fragments;
    };
    row("unknown type", CodebookHeader + q42 + "Q43;logement;Ascenseur;Lift;satisfaction5;;;\n", 3, 5,
        {QStringLiteral("\"satisfaction5\""), QStringLiteral("satisfaction4, yesno or single")});
    row("duplicate code", CodebookHeader + q42 + "Q42;logement;Autre;Other;satisfaction4;;;\n", 3, 1,
        {QStringLiteral("\"Q42\""), QStringLiteral("appears twice")});
    row("single without options", CodebookHeader + "Q43;information;Canal;Channel;single;;;\n", 2, 6,
        {QStringLiteral("needs options")});
    row("two globals", CodebookHeader + "Q42;global;Globale A;Overall A;satisfaction4;;;1\n" + "Q43;global;Globale B;Overall B;satisfaction4;;;1\n",
        3, 8, {QStringLiteral("only one overall-satisfaction question")});
    row("missing required column type", QByteArray("code;theme;label_fr\nQ42;logement;Accessibilité\n"), 1, 0,
        {QStringLiteral("\"type\""), QStringLiteral("the header has: code, theme, label_fr")});
    row("global on a yes/no question", CodebookHeader + "Q42;global;Recommande;Recommends;yesno;;;1\n", 2, 8,
        {QStringLiteral("satisfaction4")});
    row("options on a satisfaction question", CodebookHeader + "Q42;logement;A;A;satisfaction4;1=Oui;;\n", 2, 6,
        {QStringLiteral("only for single-choice")});
    row("option without a code", CodebookHeader + "Q43;information;Canal;Channel;single;1=Papier|=Web;;\n", 2, 6,
        {QStringLiteral("\"=Web\"")});
    row("duplicate option code", CodebookHeader + "Q43;information;Canal;Channel;single;1=Papier|1=Web;;\n", 2, 6,
        {QStringLiteral("\"1=Web\""), QStringLiteral("unique")});
    row("empty French label", CodebookHeader + q42 + "Q43;logement;;Lift;satisfaction4;;;\n", 3, 3,
        {QStringLiteral("empty French label"), QStringLiteral("Q43")});
    row("empty code", CodebookHeader + ";logement;Ascenseur;Lift;satisfaction4;;;\n", 2, 1,
        {QStringLiteral("empty question code")});
    row("global oui", CodebookHeader + "Q42;global;Globale;Overall;satisfaction4;;;oui\n", 2, 8,
        {QStringLiteral("\"oui\"")});
    row("unterminated quote", CodebookHeader + q42 + "Q43;logement;\"Ascenseur;Lift;satisfaction4;;;\n", 3, 3,
        {QStringLiteral("never closed")});
}

void TestPublishedImport::codebookBad()
{
    QFETCH(QByteArray, bytes);
    QFETCH(qint64, line);
    QFETCH(int, column);
    QFETCH(QStringList, fragments);

    const QStringList before = describe(m_store->codebook());
    TextReader *reader = open(QStringLiteral("codebook.csv"), bytes);
    QVERIFY(reader);
    std::vector<ReadError> errors;
    const Codebook read = Codebook::read(*reader, &errors);
    QVERIFY(read.isEmpty());
    QVERIFY(!errors.empty());
    const ReadError &error = errors.front();
    QCOMPARE(error.file, QStringLiteral("codebook.csv"));
    for (const QString &fragment : fragments)
        QVERIFY2(error.message.contains(fragment), qPrintable(error.message + QLatin1String(" lacks ") + fragment));
    QCOMPARE(error.line, line);
    QCOMPARE(error.column, column);
    // Nothing read, nothing saved: the store keeps its codebook.
    QCOMPARE(describe(m_store->codebook()), before);
}

QTEST_GUILESS_MAIN(TestPublishedImport)
#include "tst_publishedimport.moc"
