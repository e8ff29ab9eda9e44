// Tests of the codebook in the Store: the built-in questions, and saving
// questions all or none.
#include "storefixtures.h"

#include <QTemporaryDir>
#include <QTest>

class TestStoreCodebook : public StoreFixture
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void builtInCodebook_data();
    void builtInCodebook();
    void saveQuestions();
    void saveQuestionsAllOrNone_data();
    void saveQuestionsAllOrNone();
};

void TestStoreCodebook::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestStoreCodebook::cleanup()
{
    m_dir.reset();
}

// ---------------------------------------------------------------------------

void TestStoreCodebook::builtInCodebook_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("theme");
    QTest::addColumn<QuestionType>("type");
    QTest::addColumn<QString>("parent");
    QTest::addColumn<bool>("isGlobal");
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("labelFr");

    QTest::newRow("Q01 overall satisfaction is the global question")
        << "Q01" << 0 << "global" << QuestionType::Satisfaction4 << QString() << true << QStringList()
        << "Satisfaction globale vis-à-vis du bailleur";
    QTest::newRow("Q04 equipment, a parent")
        << "Q04" << 3 << "logement" << QuestionType::Satisfaction4 << QString() << false << QStringList()
        << "Équipements du logement";
    QTest::newRow("Q05 heating details Q04")
        << "Q05" << 4 << "logement" << QuestionType::Satisfaction4 << "Q04" << false << QStringList()
        << "Chauffage";
    QTest::newRow("Q15 staff courtesy details Q14")
        << "Q15" << 14 << "relation" << QuestionType::Satisfaction4 << "Q14" << false << QStringList()
        << "Amabilité et écoute du personnel";
    QTest::newRow("Q30 single choice with 4 options")
        << "Q30" << 29 << "information" << QuestionType::Single << QString() << false
        << QStringList{"1=Papier", "2=Papier et numérique selon le sujet", "3=Numérique uniquement",
                       "4=Sans préférence"}
        << "Support d'information préféré";
    QTest::newRow("Q31 yes/no")
        << "Q31" << 30 << "information" << QuestionType::YesNo << QString() << false << QStringList()
        << "Équipé d'un smartphone";
    QTest::newRow("Q41 yes/no, last, not global although its theme is")
        << "Q41" << 40 << "global" << QuestionType::YesNo << QString() << false << QStringList()
        << "Recommanderiez-vous votre bailleur à un proche ?";
}

void TestStoreCodebook::builtInCodebook()
{
    QFETCH(QString, code);
    QFETCH(int, index);
    QFETCH(QString, theme);
    QFETCH(QuestionType, type);
    QFETCH(QString, parent);
    QFETCH(bool, isGlobal);
    QFETCH(QStringList, options);
    QFETCH(QString, labelFr);

    Store store;
    QVERIFY2(store.open(storePath()), qPrintable(store.error().message));
    const Codebook codebook = store.codebook();
    QCOMPARE(codebook.size(), 41);
    QCOMPARE(codebook.indexOf(code), index);
    const Question *q = codebook.find(code);
    QVERIFY(q);
    QCOMPARE(q->theme, theme);
    QCOMPARE(int(q->type), int(type));
    QCOMPARE(q->parent, parent);
    QCOMPARE(q->isGlobal, isGlobal);
    QCOMPARE(q->labelFr, labelFr);
    QVERIFY(!q->labelEn.isEmpty());
    QStringList stored;
    for (const QuestionOption &o : q->options)
        stored << o.code + QLatin1Char('=') + o.labelFr;
    QCOMPARE(stored, options);
    QVERIFY(codebook.globalQuestion());
    QCOMPARE(codebook.globalQuestion()->code, QStringLiteral("Q01"));
}

void TestStoreCodebook::saveQuestions()
{
    Store store;
    QVERIFY2(store.open(storePath()), qPrintable(store.error().message));
    Question updated = *store.codebook().find(QStringLiteral("Q02"));
    updated.labelFr = QStringLiteral("Conditions de logement (révisé)");
    updated.labelEn = QStringLiteral("Housing conditions (revised)");
    Question added;
    added.code = QStringLiteral("Q50");
    added.theme = QStringLiteral("numerique");
    added.labelFr = QStringLiteral("Canal de contact préféré");
    added.type = QuestionType::Single;
    added.options = {{"1", "Téléphone"}, {"2", "Courriel"}, {"3", "Agence"}};
    added.parent = QStringLiteral("Q28");
    QVERIFY2(store.saveQuestions(Codebook({updated, added})), qPrintable(store.error().message));

    store.close();
    QVERIFY(store.open(storePath()));
    Codebook codebook = store.codebook();
    QCOMPARE(codebook.size(), 42);
    QCOMPARE(codebook.indexOf(QStringLiteral("Q02")), 1); // an update keeps its place
    QCOMPARE(codebook.find(QStringLiteral("Q02"))->labelFr, QStringLiteral("Conditions de logement (révisé)"));
    QCOMPARE(codebook.find(QStringLiteral("Q02"))->labelEn, QStringLiteral("Housing conditions (revised)"));
    QCOMPARE(codebook.indexOf(QStringLiteral("Q50")), 41); // an addition comes last
    const Question *q50 = codebook.find(QStringLiteral("Q50"));
    QCOMPARE(int(q50->type), int(QuestionType::Single));
    QCOMPARE(q50->parent, QStringLiteral("Q28"));
    QCOMPARE(int(q50->options.size()), 3);
    QCOMPARE(q50->options[2].code, QStringLiteral("3"));
    QCOMPARE(q50->options[2].labelFr, QStringLiteral("Agence"));
    QCOMPARE(codebook.globalQuestion()->code, QStringLiteral("Q01"));

    // Fewer options replace the old ones; a new global question demotes Q01.
    Question fewer = *q50;
    fewer.options = {{"1", "Téléphone"}};
    Question global;
    global.code = QStringLiteral("Q60");
    global.theme = QStringLiteral("global");
    global.labelFr = QStringLiteral("Satisfaction globale (nouvelle formulation)");
    global.isGlobal = true;
    QVERIFY2(store.saveQuestions(Codebook({fewer, global})), qPrintable(store.error().message));
    codebook = store.codebook();
    QCOMPARE(codebook.size(), 43);
    QCOMPARE(int(codebook.find(QStringLiteral("Q50"))->options.size()), 1);
    QCOMPARE(codebook.globalQuestion()->code, QStringLiteral("Q60"));
    QVERIFY(!codebook.find(QStringLiteral("Q01"))->isGlobal);
}

void TestStoreCodebook::saveQuestionsAllOrNone_data()
{
    QTest::addColumn<QString>("badCode");
    QTest::addColumn<QString>("badParent");
    QTest::addColumn<QuestionType>("badType");
    QTest::addColumn<QString>("messagePart");

    QTest::newRow("unknown parent") << "Q51" << "Q99" << QuestionType::Satisfaction4 << "Q99";
    QTest::newRow("type change of a question that has answers")
        << "Q01" << QString() << QuestionType::YesNo << "Q01";
}

void TestStoreCodebook::saveQuestionsAllOrNone()
{
    QFETCH(QString, badCode);
    QFETCH(QString, badParent);
    QFETCH(QuestionType, badType);
    QFETCH(QString, messagePart);

    createStore(sampleWave());
    Store store;
    QVERIFY2(store.open(storePath()), qPrintable(store.error().message));
    const Codebook before = store.codebook();
    Question good = *before.find(QStringLiteral("Q03"));
    good.labelFr = QStringLiteral("changed before the bad question");
    Question added;
    added.code = QStringLiteral("Q70");
    added.theme = QStringLiteral("logement");
    added.labelFr = QStringLiteral("Nouvelle question");
    Question bad;
    bad.code = badCode;
    bad.theme = QStringLiteral("logement");
    bad.labelFr = QStringLiteral("Question refusée");
    bad.type = badType;
    bad.parent = badParent;
    QVERIFY(!store.saveQuestions(Codebook({good, added, bad})));
    QVERIFY2(store.error().message.contains(messagePart), qPrintable(store.error().message));
    const Codebook after = store.codebook();
    QCOMPARE(after.size(), before.size());
    QVERIFY(!after.find(QStringLiteral("Q70")));
    QCOMPARE(after.find(QStringLiteral("Q03"))->labelFr, before.find(QStringLiteral("Q03"))->labelFr);
    QCOMPARE(int(after.find(QStringLiteral("Q01"))->type), int(QuestionType::Satisfaction4));
}

QTEST_GUILESS_MAIN(TestStoreCodebook)
#include "tst_storecodebook.moc"
