// The import wizard's Questionnaire step: a provider's file that follows its
// own questionnaire, with its codebook beside it, imports through the window;
// without the codebook the wizard says in words what is wrong, with the real
// number of problems.
#include "importwizard/columnspage.h"
#include "importwizard/importwizard.h"
#include "importwizard/questionnairepage.h"
#include "importwizard/validationpage.h"
#include "store.h"

#include <QAbstractButton>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QStringConverter>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

const QStringList Labels = {QStringLiteral("Très satisfait"), QStringLiteral("Plutôt satisfait"),
                            QStringLiteral("Plutôt pas satisfait"), QStringLiteral("Pas du tout satisfait")};

// As providers deliver them: Windows-1252, ";", answers as text labels,
// question codes of their own.
QByteArray providerFile(int respondents)
{
    QString text = QStringLiteral("id;annee;bailleur;qpv;poids;département;SAT_GLOB;LOG_ETAT;SMARTPHONE\n");
    for (int i = 1; i <= respondents; ++i)
        text += QStringLiteral("R%1;2023;BL0%2;%3;1,1;Nord;%4;%5;%6\n")
                    .arg(i)
                    .arg(i % 3 + 1)
                    .arg(i % 2 ? QStringLiteral("oui") : QStringLiteral("non"))
                    .arg(Labels[i % 4], Labels[(i + 1) % 4])
                    .arg(i % 3 ? QStringLiteral("oui") : QStringLiteral("non"));
    auto encode = QStringEncoder(QStringConverter::Latin1);
    return encode(text);
}

const QByteArray ProviderCodebook =
    "code;theme;label_fr;label_en;type;options;parent;global\n"
    "SAT_GLOB;global;Satisfaction globale;Overall satisfaction;satisfaction4;;;1\n"
    "LOG_ETAT;logement;État du logement;Condition of the home;satisfaction4;;;\n"
    "SMARTPHONE;usages;Possède un smartphone;Owns a smartphone;yesno;;;\n";

} // namespace

class TestQuestionnaireStep : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void findsTheCodebookBesideTheFile_data();
    void findsTheCodebookBesideTheFile();
    void importsWithTheProvidersCodebook();
    void anotherQuestionnaireIsSaidInWords();
    void validationCountsEveryProblem();

private:
    QString writeFile(const QString &name, const QByteArray &content);
    std::unique_ptr<ImportWizard> openAt(const QString &path, int page);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
};

void TestQuestionnaireStep::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = std::make_unique<Store>();
    QVERIFY2(m_store->open(m_dir->filePath(QStringLiteral("store.sqlite"))), qPrintable(m_store->error().message));
}

void TestQuestionnaireStep::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

QString TestQuestionnaireStep::writeFile(const QString &name, const QByteArray &content)
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return QString();
    file.write(content);
    return path;
}

std::unique_ptr<ImportWizard> TestQuestionnaireStep::openAt(const QString &path, int page)
{
    auto wizard = std::make_unique<ImportWizard>(m_store.get(), path);
    wizard->show();
    if (!QTest::qWaitForWindowExposed(wizard.get()))
        return wizard;
    while (wizard->currentId() < page) {
        const int before = wizard->currentId();
        wizard->next();
        if (wizard->currentId() == before)
            break;
    }
    return wizard;
}

void TestQuestionnaireStep::findsTheCodebookBesideTheFile_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("found");
    QTest::newRow("codebook.csv") << QStringLiteral("codebook.csv") << true;
    QTest::newRow("French name, capitals") << QStringLiteral("Dictionnaire_des_questions.CSV") << true;
    QTest::newRow("questionnaire 2023") << QStringLiteral("questionnaire-2023.csv") << true;
    QTest::newRow("another survey file") << QStringLiteral("enquete_2020.csv") << false;
}

void TestQuestionnaireStep::findsTheCodebookBesideTheFile()
{
    QFETCH(QString, name);
    QFETCH(bool, found);
    const QString survey = writeFile(QStringLiteral("enquete.csv"), providerFile(40));
    const QString other = writeFile(name, ProviderCodebook);
    QCOMPARE(QuestionnairePage::findCodebookBeside(survey), found ? other : QString());
}

void TestQuestionnaireStep::importsWithTheProvidersCodebook()
{
    const QString survey = writeFile(QStringLiteral("enquete_bailleur_2023.csv"), providerFile(120));
    writeFile(QStringLiteral("codebook.csv"), ProviderCodebook);
    auto wizard = openAt(survey, ImportWizard::Questionnaire);
    QCOMPARE(wizard->currentId(), int(ImportWizard::Questionnaire));
    auto *page = wizard->findChild<QuestionnairePage *>();
    // Found beside the file and chosen, since it explains more columns.
    QVERIFY(page->usesFileCodebook());
    const QString status = wizard->findChild<QLabel *>(QStringLiteral("questionnaireStatus"))->text();
    QVERIFY2(status.contains(QLatin1String("3 column")), qPrintable(status));
    const QAbstractItemModel *questions = wizard->findChild<QTableView *>(QStringLiteral("questionnaireTable"))->model();
    QCOMPARE(questions->rowCount(), 3);
    QCOMPARE(questions->index(0, 0).data().toString(), QStringLiteral("SAT_GLOB"));
    QCOMPARE(questions->index(2, 3).data().toString(), QStringLiteral("yes"));

    wizard->next();
    QCOMPARE(wizard->currentId(), int(ImportWizard::Columns));
    QVERIFY(wizard->findChild<ColumnsPage *>()->isComplete());
    wizard->next();
    auto *validation = wizard->findChild<ValidationPage *>();
    QTRY_VERIFY_WITH_TIMEOUT(!validation->isRunning(), 20000);
    QVERIFY2(validation->isComplete(),
             qPrintable(wizard->findChild<QLabel *>(QStringLiteral("validationStatus"))->text()));
    wizard->next();
    QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(ImportWizard::Summary), 20000);
    QCOMPARE(m_store->waves().size(), 1);
    QCOMPARE(m_store->waves().front().respondentCount, 120);
    // The dictionary's questions came in with the wave, in one transaction.
    QVERIFY(m_store->codebook().find(QStringLiteral("SMARTPHONE")));
    QCOMPARE(m_store->codebook().globalQuestion()->code, QStringLiteral("SAT_GLOB"));
}

void TestQuestionnaireStep::anotherQuestionnaireIsSaidInWords()
{
    const QString survey = writeFile(QStringLiteral("enquete_bailleur_2023.csv"), providerFile(60));
    auto wizard = openAt(survey, ImportWizard::Questionnaire);
    auto *page = wizard->findChild<QuestionnairePage *>();
    QVERIFY(!page->usesFileCodebook());
    const QString status = wizard->findChild<QLabel *>(QStringLiteral("questionnaireStatus"))->text();
    QVERIFY2(status.contains(QLatin1String("another questionnaire")), qPrintable(status));
    QVERIFY2(status.contains(QLatin1String("9 column")), qPrintable(status));
    // Choosing the dictionary afterwards puts things right.
    const QString codebook = writeFile(QStringLiteral("dico.csv"), ProviderCodebook);
    QVERIFY(page->loadCodebook(codebook));
    page->setUseFileCodebook(true);
    QVERIFY(wizard->findChild<QLabel *>(QStringLiteral("questionnaireStatus"))->text().contains(QLatin1String("3 column")));
    // Going on without it, the columns page says the same, not a list of codes.
    page->setUseFileCodebook(false);
    wizard->next();
    QCOMPARE(wizard->currentId(), int(ImportWizard::Columns));
    QVERIFY(!wizard->findChild<ColumnsPage *>()->isComplete());
    QVERIFY(wizard->findChild<QLabel *>(QStringLiteral("columnsProblems"))->text().contains(
        QLatin1String("another questionnaire")));
}

void TestQuestionnaireStep::validationCountsEveryProblem()
{
    // 250 rows with a wrong answer each: more than the 100 listed.
    QByteArray data = "id;annee;bailleur;qpv;Q01\n";
    for (int i = 1; i <= 250; ++i)
        data += QByteArray::number(i) + ";2020;B01;1;7\n";
    const QString survey = writeFile(QStringLiteral("wrong.csv"), data);
    auto wizard = openAt(survey, ImportWizard::Validation);
    auto *validation = wizard->findChild<ValidationPage *>();
    QTRY_VERIFY_WITH_TIMEOUT(!validation->isRunning(), 20000);
    QVERIFY(!validation->isComplete());
    const QString text = wizard->findChild<QLabel *>(QStringLiteral("validationStatus"))->text();
    QVERIFY2(text.contains(QLatin1String("250 problem(s)")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("first 100")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("another questionnaire")), qPrintable(text));
}

QTEST_MAIN(TestQuestionnaireStep)
#include "tst_questionnairestep.moc"
