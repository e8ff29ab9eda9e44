// The import wizard and columns that identify tenants (issue 18): listed
// on the validation page with a check box each, dropped unless unchecked;
// an unchecked one is kept and recorded in the wave's notes.
#include "importwizard/identifierlist.h"
#include "importwizard/importwizard.h"
#include "teststore.h"
#include "importwizard/validationpage.h"
#include "store.h"

#include <QAbstractButton>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

// 25 tenants with their name and phone number beside the answers.
QByteArray identifyingFile(bool badAnswer = false)
{
    QByteArray data = "id;annee;bailleur;qpv;Q01;Nom;Téléphone;residence\n";
    for (int i = 0; i < 25; ++i) {
        const QByteArray n = QByteArray::number(i).rightJustified(2, '0');
        data += "TENANT-QX" + n + ";2021;B01;" + QByteArray::number(i % 2) + ';'
                + (badAnswer && i == 3 ? QByteArray("abc") : QByteArray::number(1 + i % 4)) + ";Okafor" + n
                + ";06 12 34 56 " + n + ';' + (i % 2 ? "Les Tilleuls" : "Le Beffroi") + '\n';
    }
    return data;
}

QtMessageHandler defaultHandler = nullptr;

void quietHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (message.contains(QLatin1String("does not support propagateSizeHints")))
        return;
    defaultHandler(type, context, message);
}

} // namespace

class TestImportWizardPrivacy : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void checkedColumnsAreDropped();
    void uncheckedColumnIsKeptAndRecorded();
    void otherProblemsStillStop();

private:
    std::unique_ptr<ImportWizard> walkToValidation(const QByteArray &content);
    QByteArray storeBytes() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
};

void TestImportWizardPrivacy::initTestCase()
{
    defaultHandler = qInstallMessageHandler(quietHandler);
}

void TestImportWizardPrivacy::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = std::make_unique<Store>();
    QVERIFY2(m_store->open(testStoreLocation(m_dir->filePath(QStringLiteral("store.sqlite")))), qPrintable(m_store->error().message));
}

void TestImportWizardPrivacy::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

QByteArray TestImportWizardPrivacy::storeBytes() const
{
    return storedBytes(testStoreLocation(m_dir->filePath(QStringLiteral("store.sqlite"))));
}

std::unique_ptr<ImportWizard> TestImportWizardPrivacy::walkToValidation(const QByteArray &content)
{
    const QString path = m_dir->filePath(QStringLiteral("enquete.csv"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(path));
    file.close();
    auto wizard = std::make_unique<ImportWizard>(m_store.get());
    wizard->show();
    if (!QTest::qWaitForWindowExposed(wizard.get()))
        return wizard;
    wizard->findChild<QLineEdit *>(QStringLiteral("pathEdit"))->setText(path);
    wizard->next(); // preview
    wizard->next(); // questionnaire
    wizard->next(); // columns
    if (wizard->currentId() != ImportWizard::Columns)
        return wizard;
    // The column check already says which columns identify tenants.
    auto *columns = wizard->findChild<QTableView *>(QStringLiteral("columnsTable"));
    const QModelIndexList nom = columns->model()->match(columns->model()->index(0, 1), Qt::DisplayRole, QStringLiteral("Nom"));
    if (nom.size() == 1) {
        const QString detail = columns->model()->index(nom.front().row(), 3).data().toString();
        if (!detail.contains(QLatin1String("identifies tenants")))
            qWarning("columns page detail for Nom: %s", qPrintable(detail));
    }
    wizard->next();
    auto *validation = wizard->findChild<ValidationPage *>();
    if (!QTest::qWaitFor([&] { return !validation->isRunning(); }, 10000))
        qWarning("the validation did not finish");
    return wizard;
}

void TestImportWizardPrivacy::checkedColumnsAreDropped()
{
    auto wizard = walkToValidation(identifyingFile());
    QCOMPARE(wizard->currentId(), int(ImportWizard::Validation));
    auto *validation = wizard->findChild<ValidationPage *>();
    QVERIFY(validation->isComplete());
    IdentifierList *identifiers = validation->identifierList();
    QVERIFY(identifiers->isVisible());
    QListWidget *list = identifiers->list();
    QCOMPARE(list->count(), 2);
    QCOMPARE(list->item(0)->text(), QStringLiteral("\"Nom\" (its name)"));
    QCOMPARE(list->item(1)->text(), QStringLiteral("\"Téléphone\" (its name)"));
    for (int i = 0; i < 2; ++i) {
        QCOMPARE(list->item(i)->checkState(), Qt::Checked);
        QVERIFY(list->item(i)->flags() & Qt::ItemIsUserCheckable);
    }
    QVERIFY(!wizard->findChild<QLabel *>(QStringLiteral("identifierWarning"))->isVisible());
    QCOMPARE(identifiers->droppedColumns(), (QStringList{"Nom", "Téléphone"}));
    QVERIFY(identifiers->keptColumns().isEmpty());

    wizard->next();
    QTRY_COMPARE(wizard->currentId(), int(ImportWizard::Summary));
    const QList<WaveInfo> waves = m_store->waves();
    QCOMPARE(waves.size(), 1);
    QCOMPARE(waves.front().respondentCount, 25);
    QVERIFY(waves.front().notes.isEmpty());
    const std::optional<WaveData> data = m_store->loadWave(waves.front().id);
    QVERIFY(data);
    QCOMPARE(int(data->segments.size()), 1);
    QCOMPARE(data->segments[0].name, QStringLiteral("residence"));
    wizard.reset();
    m_store->close();
    const QByteArray bytes = storeBytes();
    QVERIFY(bytes.contains("Les Tilleuls"));
    for (const char *needle : {"TENANT-QX", "Okafor", "06 12 34 56"})
        QVERIFY2(!bytes.contains(needle), needle);
}

void TestImportWizardPrivacy::uncheckedColumnIsKeptAndRecorded()
{
    auto wizard = walkToValidation(identifyingFile());
    auto *validation = wizard->findChild<ValidationPage *>();
    QVERIFY(validation->isComplete());
    QListWidget *list = validation->identifierList()->list();
    QCOMPARE(list->count(), 2);
    // Keeping one is a choice the user makes: unchecking it.
    list->item(1)->setCheckState(Qt::Unchecked);
    auto *warning = wizard->findChild<QLabel *>(QStringLiteral("identifierWarning"));
    QVERIFY(warning->isVisible());
    QVERIFY2(warning->text().contains(QStringLiteral("Téléphone")), qPrintable(warning->text()));
    QVERIFY(validation->isComplete());

    wizard->next();
    QTRY_COMPARE(wizard->currentId(), int(ImportWizard::Summary));
    const QList<WaveInfo> waves = m_store->waves();
    QCOMPARE(waves.size(), 1);
    QVERIFY2(waves.front().notes.contains(QStringLiteral("Téléphone")), qPrintable(waves.front().notes));
    QVERIFY(!waves.front().notes.contains(QStringLiteral("Nom")));
    const std::optional<WaveData> data = m_store->loadWave(waves.front().id);
    QVERIFY(data);
    QStringList names;
    for (const WaveData::SegmentColumn &s : data->segments)
        names << s.name;
    QCOMPARE(names, (QStringList{"Téléphone", "residence"}));
}

void TestImportWizardPrivacy::otherProblemsStillStop()
{
    auto wizard = walkToValidation(identifyingFile(true));
    auto *validation = wizard->findChild<ValidationPage *>();
    QVERIFY(!validation->isComplete());
    QCOMPARE(validation->identifierList()->list()->count(), 2);
    QCOMPARE(int(validation->errors().size()), 1);
    QVERIFY(validation->errors().front().message.contains(QLatin1String("answer \"abc\" to Q01")));
    QVERIFY(m_store->waves().isEmpty());
}

QTEST_MAIN(TestImportWizardPrivacy)
#include "tst_importwizard_privacy.moc"
