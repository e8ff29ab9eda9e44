// Walks the import wizard as a user would: valid file to the summary, bad
// files stopped at the column check or the validation report with nothing
// written, already-imported and replaced waves, Cancel during the import, and
// the codebook and published-figures dialogs.
#include "importwizard/columnspage.h"
#include "importwizard/importdialogs.h"
#include "importwizard/importpage.h"
#include "importwizard/importwizard.h"
#include "importwizard/questionnairepage.h"
#include "teststore.h"
#include "importwizard/validationpage.h"
#include "store.h"

#include <QAbstractButton>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>
#include <memory>

namespace {

const QByteArray Header = "id;annee;bailleur;qpv;poids;departement;Q01;Q02;Q03;Q04;Q31\n";

QByteArray rows(int count, int year = 2020)
{
    QByteArray data = Header;
    for (int i = 1; i <= count; ++i)
        data += QByteArray::number(i) + ';' + QByteArray::number(year) + ";B0" + QByteArray::number(i % 3 + 1) + ';'
                + QByteArray::number(i % 2) + ";1,25;" + (i % 2 ? "59" : "62") + ';' + QByteArray::number(i % 4 + 1)
                + ";2;3;;" + (i % 2 ? "oui" : "2") + '\n';
    return data;
}

QtMessageHandler defaultHandler = nullptr;

// The offscreen platform warns on every window that it ignores size hints.
void quietHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (message.contains(QLatin1String("does not support propagateSizeHints")))
        return;
    defaultHandler(type, context, message);
}

// Calls action with the next modal dialog (message box, error list) once it
// is shown: the wizard and the dialogs run their own event loop.
void onNextModal(std::function<void(QWidget *)> action)
{
    auto *timer = new QTimer;
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, [timer, action] {
        if (QWidget *modal = QApplication::activeModalWidget()) {
            timer->stop();
            timer->deleteLater();
            action(modal);
        }
    });
    timer->start();
}

void answer(QWidget *modal, QMessageBox::StandardButton button)
{
    auto *box = qobject_cast<QMessageBox *>(modal);
    QVERIFY(box);
    box->button(button)->click();
}

} // namespace

class TestImportWizard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void importsValidFile();
    void yearFromTheDialog();
    void invalidAnswerStopsAtValidation();
    void missingColumnStopsAtColumns();
    void alreadyImportedIsRefused();
    void alreadyImportedMeanwhile();
    void replacesWaveWhenConfirmed();
    void keepsWaveWhenReplacementDeclined();
    void stopDuringImportWritesNothing();
    void backOrCloseDuringValidation();
    void publishedFiguresDialog();
    void codebookErrorsWriteNothing();

private:
    QString writeFile(const QString &name, const QByteArray &content);
    // Shows the wizard on path and clicks Next until page stop (or a page that
    // does not let the user go on). Returns the wizard.
    std::unique_ptr<ImportWizard> walk(const QString &path, int stop, int year = 0);
    bool nextEnabled(ImportWizard &wizard) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
};

void TestImportWizard::initTestCase()
{
    defaultHandler = qInstallMessageHandler(quietHandler);
    // No catalogue is loaded: plural forms read as in the source, "%n respondent(s)".
}

void TestImportWizard::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = std::make_unique<Store>();
    QVERIFY2(m_store->open(testStoreLocation(m_dir->filePath(QStringLiteral("store.sqlite")))), qPrintable(m_store->error().message));
}

void TestImportWizard::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

QString TestImportWizard::writeFile(const QString &name, const QByteArray &content)
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return QString();
    file.write(content);
    return path;
}

bool TestImportWizard::nextEnabled(ImportWizard &wizard) const
{
    const QWizard::WizardButton which = wizard.currentPage()->isCommitPage() ? QWizard::CommitButton
                                                                             : QWizard::NextButton;
    return wizard.button(which)->isVisible() && wizard.button(which)->isEnabled();
}

std::unique_ptr<ImportWizard> TestImportWizard::walk(const QString &path, int stop, int year)
{
    auto wizard = std::make_unique<ImportWizard>(m_store.get());
    wizard->show();
    if (!QTest::qWaitForWindowExposed(wizard.get()))
        return wizard;
    // As a user: type the path and the year into the first page's fields.
    wizard->findChild<QLineEdit *>(QStringLiteral("pathEdit"))->setText(path);
    if (year != 0)
        wizard->findChild<QSpinBox *>(QStringLiteral("yearSpin"))->setValue(year);
    auto *validation = wizard->findChild<ValidationPage *>();
    while (wizard->currentId() < stop && nextEnabled(*wizard)) {
        wizard->next();
        if (wizard->currentId() == ImportWizard::Validation) {
            // The check runs in a worker thread.
            if (!QTest::qWaitFor([&] { return !validation->isRunning(); }, 10000))
                return wizard;
        }
    }
    return wizard;
}

void TestImportWizard::importsValidFile()
{
    const QString path = writeFile(QStringLiteral("enquete 2020.csv"), rows(12));
    auto wizard = walk(path, ImportWizard::Preview);
    QCOMPARE(wizard->currentId(), int(ImportWizard::Preview));
    auto *preview = wizard->findChild<QTableView *>(QStringLiteral("previewTable"));
    QCOMPARE(preview->model()->rowCount(), 12);
    QCOMPARE(preview->model()->columnCount(), 11);
    QCOMPARE(preview->model()->headerData(6, Qt::Horizontal).toString(), QStringLiteral("Q01"));
    QCOMPARE(wizard->findChild<QComboBox *>(QStringLiteral("delimiterCombo"))->currentData().toString(),
             QStringLiteral(";"));
    QCOMPARE(wizard->findChild<QComboBox *>(QStringLiteral("encodingCombo"))->currentData().toString(),
             QStringLiteral("utf-8"));

    wizard->next();
    // No dictionary beside the file: the store's questionnaire, which the
    // file follows.
    QCOMPARE(wizard->currentId(), int(ImportWizard::Questionnaire));
    QVERIFY(!wizard->findChild<QuestionnairePage *>()->usesFileCodebook());
    wizard->next();
    QCOMPARE(wizard->currentId(), int(ImportWizard::Columns));
    QVERIFY(nextEnabled(*wizard));
    auto *columns = wizard->findChild<QTableView *>(QStringLiteral("columnsTable"));
    QVERIFY(columns->model()->match(columns->model()->index(0, 1), Qt::DisplayRole, QStringLiteral("departement"))
                .size() == 1);
    QVERIFY(!wizard->findChild<QLabel *>(QStringLiteral("columnsProblems"))->isVisible());
    // The sample design: no strata, the landlord, or the segment column.
    auto *design = wizard->findChild<QComboBox *>(QStringLiteral("sampleDesign"));
    QCOMPARE(design->count(), 3);
    QCOMPARE(design->itemData(2).toString(), QStringLiteral("departement"));
    design->setCurrentIndex(design->findData(QStringLiteral("bailleur")));
    if (qEnvironmentVariableIsSet("SATISFECIT_GRAB"))
        wizard->grab().save(qEnvironmentVariable("SATISFECIT_GRAB"));

    wizard->next();
    QCOMPARE(wizard->currentId(), int(ImportWizard::Validation));
    auto *validation = wizard->findChild<ValidationPage *>();
    QTRY_VERIFY_WITH_TIMEOUT(!validation->isRunning(), 10000);
    QVERIFY(validation->isComplete());
    const QString status = wizard->findChild<QLabel *>(QStringLiteral("validationStatus"))->text();
    QVERIFY2(status.contains(QLatin1String("No problem found: 12 respondent(s), 5 question(s), 1 segment column(s)")),
             qPrintable(status));
    QVERIFY(m_store->waves().isEmpty());

    QSignalSpy imported(wizard.get(), &ImportWizard::waveImported);
    wizard->next(); // the commit button: Import
    QTRY_COMPARE(wizard->currentId(), int(ImportWizard::Summary));
    const QList<WaveInfo> waves = m_store->waves();
    QCOMPARE(waves.size(), 1);
    QCOMPARE(waves.front().year, 2020);
    QCOMPARE(waves.front().scope, QStringLiteral("Hauts-de-France"));
    QCOMPARE(waves.front().respondentCount, 12);
    QCOMPARE(waves.front().strata, QStringLiteral("bailleur"));
    QCOMPARE(wizard->findChild<QLabel *>(QStringLiteral("summaryRespondents"))->text(), QStringLiteral("12"));
    QCOMPARE(wizard->findChild<QLabel *>(QStringLiteral("summaryWave"))->text(),
             QStringLiteral("2020 Hauts-de-France"));
    QVERIFY(wizard->findChild<QLabel *>(QStringLiteral("summarySegments"))->text().contains(QLatin1String("departement")));
    QVERIFY(!wizard->button(QWizard::CancelButton)->isVisible());

    QCOMPARE(imported.count(), 0);
    wizard->button(QWizard::FinishButton)->click();
    QCOMPARE(imported.count(), 1);
    QCOMPARE(imported.front().front().toLongLong(), waves.front().id);
    QCOMPARE(wizard->importedWaveId(), waves.front().id);
    QCOMPARE(wizard->result(), int(QDialog::Accepted));
}

void TestImportWizard::yearFromTheDialog()
{
    // No year column: the year typed on the first page is used, scope edited.
    QByteArray data = "id;bailleur;qpv;Q01\n1;B01;oui;1\n2;B02;non;Tout à fait satisfait\n";
    const QString path = writeFile(QStringLiteral("sans annee.csv"), data);
    auto wizard = std::make_unique<ImportWizard>(m_store.get(), path);
    wizard->show();
    QVERIFY(QTest::qWaitForWindowExposed(wizard.get()));
    QCOMPARE(wizard->findChild<QLineEdit *>(QStringLiteral("pathEdit"))->text(), QDir::toNativeSeparators(path));
    wizard->findChild<QComboBox *>(QStringLiteral("scopeCombo"))->setEditText(QStringLiteral("Picardie"));
    wizard->next();
    wizard->next();
    wizard->next();
    // Without a year the column check stops…
    QCOMPARE(wizard->currentId(), int(ImportWizard::Columns));
    QVERIFY(!nextEnabled(*wizard));
    // …and with one it goes through.
    wizard->back();
    wizard->back();
    wizard->back();
    wizard->findChild<QSpinBox *>(QStringLiteral("yearSpin"))->setValue(2017);
    wizard->next();
    wizard->next();
    wizard->next();
    QVERIFY(nextEnabled(*wizard));
    wizard->next();
    QTRY_VERIFY(wizard->findChild<ValidationPage *>()->isComplete());
    wizard->next();
    QTRY_COMPARE(wizard->currentId(), int(ImportWizard::Summary));
    QCOMPARE(m_store->waves().size(), 1);
    QCOMPARE(m_store->waves().front().year, 2017);
    QCOMPARE(m_store->waves().front().scope, QStringLiteral("Picardie"));
    QCOMPARE(m_store->waves().front().respondentCount, 2);
}

void TestImportWizard::invalidAnswerStopsAtValidation()
{
    QByteArray data = rows(4);
    // Line 3 of the file is the second respondent; Q01 is column 7, Q02 column 8.
    QList<QByteArray> lines = data.split('\n');
    QList<QByteArray> fields = lines[2].split(';');
    fields[7] = "5";
    lines[2] = fields.join(';');
    data = lines.join('\n');
    const QString path = writeFile(QStringLiteral("invalid.csv"), data);

    auto wizard = walk(path, ImportWizard::Import);
    QCOMPARE(wizard->currentId(), int(ImportWizard::Validation));
    auto *validation = wizard->findChild<ValidationPage *>();
    QVERIFY(!validation->isComplete());
    QVERIFY(!nextEnabled(*wizard));
    QCOMPARE(int(validation->errors().size()), 1);
    QCOMPARE(validation->errors().front().line, 3);
    QCOMPARE(validation->errors().front().column, 8);

    auto *table = wizard->findChild<QTableView *>(QStringLiteral("errorsTable"));
    QVERIFY(table->isVisible());
    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(table->model()->index(0, 0).data().toInt(), 3);
    QCOMPARE(table->model()->index(0, 1).data().toInt(), 8);
    QVERIFY(table->model()->index(0, 2).data().toString().contains(QLatin1String("\"5\"")));
    QVERIFY(wizard->findChild<QLabel *>(QStringLiteral("validationStatus"))->text().contains(QLatin1String("1 problem")));

    QApplication::clipboard()->clear();
    wizard->findChild<QPushButton *>(QStringLiteral("copyErrorsButton"))->click();
    const QString copied = QApplication::clipboard()->text();
    QCOMPARE(copied, validation->errorsAsText());
    QVERIFY2(copied.startsWith(QLatin1String("Line\tColumn\tProblem\n3\t8\t")), qPrintable(copied));
    QVERIFY(m_store->waves().isEmpty());
}

void TestImportWizard::missingColumnStopsAtColumns()
{
    QByteArray data = rows(3);
    data.replace("qpv", "zone");
    const QString path = writeFile(QStringLiteral("sans qpv.csv"), data);
    auto wizard = walk(path, ImportWizard::Import);
    QCOMPARE(wizard->currentId(), int(ImportWizard::Columns));
    QVERIFY(!wizard->currentPage()->isComplete());
    QVERIFY(!nextEnabled(*wizard));

    auto *problems = wizard->findChild<QLabel *>(QStringLiteral("columnsProblems"));
    QVERIFY(problems->isVisible());
    QVERIFY2(problems->text().contains(QLatin1String("\"qpv\" is missing")), qPrintable(problems->text()));
    // The missing column is listed first, in red.
    auto *table = wizard->findChild<QTableView *>(QStringLiteral("columnsTable"));
    const QModelIndex missing = table->model()->index(0, 1);
    QCOMPARE(missing.data().toString(), QStringLiteral("qpv"));
    QCOMPARE(missing.data(Qt::ForegroundRole).value<QBrush>().color(), ImportWizard::errorColor());
    // "zone" is then an ordinary segment column.
    QCOMPARE(table->model()->match(table->model()->index(0, 1), Qt::DisplayRole, QStringLiteral("zone")).size(), 1);
    QVERIFY(m_store->waves().isEmpty());
}

void TestImportWizard::alreadyImportedIsRefused()
{
    const QString path = writeFile(QStringLiteral("a.csv"), rows(5));
    {
        auto wizard = walk(path, ImportWizard::Summary);
        QTRY_COMPARE(wizard->currentId(), int(ImportWizard::Summary));
    }
    // The validation report already says so, and Import stays disabled.
    auto wizard = walk(path, ImportWizard::Summary);
    QCOMPARE(wizard->currentId(), int(ImportWizard::Validation));
    QVERIFY(!nextEnabled(*wizard));
    const QString status = wizard->findChild<QLabel *>(QStringLiteral("validationStatus"))->text();
    QVERIFY2(status.contains(QLatin1String("a.csv was already imported")), qPrintable(status));
    QCOMPARE(m_store->waves().size(), 1);
    QSignalSpy imported(wizard.get(), &ImportWizard::waveImported);
    wizard->reject();
    QCOMPARE(imported.count(), 0);
}

void TestImportWizard::alreadyImportedMeanwhile()
{
    // Checked in one wizard, imported by another before the first one imports.
    const QString path = writeFile(QStringLiteral("a.csv"), rows(5));
    auto late = walk(path, ImportWizard::Validation);
    QCOMPARE(late->currentId(), int(ImportWizard::Validation));
    {
        auto first = walk(path, ImportWizard::Summary);
        QTRY_COMPARE(first->currentId(), int(ImportWizard::Summary));
    }
    late->next();
    QCOMPARE(late->currentId(), int(ImportWizard::Import));
    auto *status = late->findChild<QLabel *>(QStringLiteral("importStatus"));
    QTRY_VERIFY(status->text().contains(QLatin1String("a.csv was already imported")));
    QVERIFY(!nextEnabled(*late));
    QCOMPARE(m_store->waves().size(), 1);
}

void TestImportWizard::replacesWaveWhenConfirmed()
{
    const QString first = writeFile(QStringLiteral("first.csv"), rows(5));
    const QString second = writeFile(QStringLiteral("second.csv"), rows(7));
    {
        auto wizard = walk(first, ImportWizard::Summary);
        QTRY_COMPARE(wizard->currentId(), int(ImportWizard::Summary));
    }
    QString question;
    onNextModal([&question](QWidget *modal) {
        question = qobject_cast<QMessageBox *>(modal)->text();
        answer(modal, QMessageBox::Yes);
    });
    auto wizard = walk(second, ImportWizard::Summary);
    QTRY_COMPARE(wizard->currentId(), int(ImportWizard::Summary));
    QCOMPARE(question, QStringLiteral("Replace the wave 2020 Hauts-de-France (file first.csv, 5 respondent(s))?"));
    QCOMPARE(m_store->waves().size(), 1);
    QCOMPARE(m_store->waves().front().respondentCount, 7);
    QCOMPARE(m_store->waves().front().sourceFile, QStringLiteral("second.csv"));
    QVERIFY(wizard->findChild<QLabel *>(QStringLiteral("summaryNote"))->isVisible());
}

void TestImportWizard::keepsWaveWhenReplacementDeclined()
{
    const QString first = writeFile(QStringLiteral("first.csv"), rows(5));
    const QString second = writeFile(QStringLiteral("second.csv"), rows(7));
    {
        auto wizard = walk(first, ImportWizard::Summary);
        QTRY_COMPARE(wizard->currentId(), int(ImportWizard::Summary));
    }
    onNextModal([](QWidget *modal) { answer(modal, QMessageBox::No); });
    auto wizard = walk(second, ImportWizard::Summary);
    auto *status = wizard->findChild<QLabel *>(QStringLiteral("importStatus"));
    QTRY_VERIFY(status->text().contains(QLatin1String("was kept")));
    QCOMPARE(wizard->currentId(), int(ImportWizard::Import));
    QCOMPARE(m_store->waves().size(), 1);
    QCOMPARE(m_store->waves().front().respondentCount, 5);
}

void TestImportWizard::stopDuringImportWritesNothing()
{
    // Large enough for the importer to report progress several times.
    const QString path = writeFile(QStringLiteral("large.csv"), rows(9000));
    auto wizard = walk(path, ImportWizard::Validation);
    QVERIFY(wizard->findChild<ValidationPage *>()->isComplete());
    auto *progress = wizard->findChild<QProgressBar *>(QStringLiteral("importProgress"));
    // The wizard's only cancel button stops the import while it runs.
    QAbstractButton *stop = wizard->button(QWizard::CancelButton);
    bool clicked = false;
    // Clicked from within the import, when the bar first moves.
    connect(progress, &QProgressBar::valueChanged, this, [&](int value) {
        if (value > 0 && !clicked) {
            clicked = true;
            QVERIFY(stop->isVisible());
            stop->click();
        }
    });
    wizard->next();
    auto *status = wizard->findChild<QLabel *>(QStringLiteral("importStatus"));
    QTRY_VERIFY(status->text().contains(QLatin1String("cancelled")));
    QVERIFY(clicked);
    QVERIFY(!wizard->findChild<ImportPage *>()->isBusy());
    QVERIFY(wizard->findChild<QPushButton *>(QStringLiteral("retryImportButton"))->isVisible());
    QVERIFY(m_store->waves().isEmpty());

    // Trying again imports it.
    wizard->findChild<QPushButton *>(QStringLiteral("retryImportButton"))->click();
    QTRY_COMPARE(wizard->currentId(), int(ImportWizard::Summary));
    QCOMPARE(m_store->waves().size(), 1);
    QCOMPARE(m_store->waves().front().respondentCount, 9000);
}

void TestImportWizard::backOrCloseDuringValidation()
{
    const QString path = writeFile(QStringLiteral("large.csv"), rows(60000));
    auto wizard = std::make_unique<ImportWizard>(m_store.get(), path);
    wizard->show();
    QVERIFY(QTest::qWaitForWindowExposed(wizard.get()));
    auto *validation = wizard->findChild<ValidationPage *>();
    wizard->next();
    wizard->next();
    wizard->next();
    wizard->next();
    QCOMPARE(wizard->currentId(), int(ImportWizard::Validation));
    QVERIFY(validation->isRunning());
    // Back stops the worker; its late results must not show.
    wizard->back();
    QVERIFY(!validation->isRunning());
    QTest::qWait(50);
    QCOMPARE(wizard->currentId(), int(ImportWizard::Columns));
    wizard->next();
    QTRY_VERIFY_WITH_TIMEOUT(validation->isComplete(), 20000);
    // Closing the wizard while a check runs waits for the worker to stop.
    wizard->back();
    wizard->next();
    QVERIFY(validation->isRunning());
    wizard->reject();
    wizard.reset();
    QVERIFY(m_store->waves().isEmpty());
}

void TestImportWizard::publishedFiguresDialog()
{
    const QString good = writeFile(QStringLiteral("published.csv"),
                                   "annee;perimetre;code;segment;note\n"
                                   "2017;Hauts-de-France;Q01;ensemble;7,9\n"
                                   "2017;Hauts-de-France;Q02;qpv;6.8\n");
    QString message;
    onNextModal([&message](QWidget *modal) {
        message = qobject_cast<QMessageBox *>(modal)->text();
        answer(modal, QMessageBox::Ok);
    });
    QVERIFY(importPublishedFile(m_store.get(), good, nullptr));
    QCOMPARE(message, QStringLiteral("Saved 2 published figure(s) from published.csv."));
    QCOMPARE(m_store->publishedFigures(QStringLiteral("Q01")).size(), 1);

    const QString bad = writeFile(QStringLiteral("bad.csv"),
                                  "annee;perimetre;code;segment;note\n"
                                  "2014;Hauts-de-France;Q01;ensemble;7,9\n"
                                  "2014;Hauts-de-France;Q02;ensemble;12\n");
    QString listed;
    onNextModal([&listed](QWidget *modal) {
        QCOMPARE(modal->objectName(), QStringLiteral("readErrorsDialog"));
        listed = modal->findChild<QPlainTextEdit *>(QStringLiteral("errorsText"))->toPlainText();
        modal->findChild<QPushButton *>(QStringLiteral("copyErrorsButton"))->click();
        qobject_cast<QDialog *>(modal)->reject();
    });
    QVERIFY(!importPublishedFile(m_store.get(), bad, nullptr));
    QVERIFY2(listed.startsWith(QLatin1String("bad.csv:3:5: ")), qPrintable(listed));
    QCOMPARE(QApplication::clipboard()->text(), listed + QLatin1Char('\n'));
    for (const PublishedFigure &f : m_store->publishedFigures())
        QVERIFY(f.year != 2014);
}

void TestImportWizard::codebookErrorsWriteNothing()
{
    const int before = m_store->codebook().size();
    const QString bad = writeFile(QStringLiteral("codebook.csv"),
                                  "code;theme;label_fr;label_en;type;options;parent;global\n"
                                  "Q90;logement;Ascenseur;Lift;satisfaction4;;;\n"
                                  "Q91;logement;Parking;Parking;sometimes;;;\n");
    QString listed;
    onNextModal([&listed](QWidget *modal) {
        listed = modal->findChild<QPlainTextEdit *>(QStringLiteral("errorsText"))->toPlainText();
        qobject_cast<QDialog *>(modal)->reject();
    });
    QVERIFY(!importCodebookFile(m_store.get(), bad, nullptr));
    QVERIFY2(listed.startsWith(QLatin1String("codebook.csv:3:5: ")), qPrintable(listed));
    QCOMPARE(m_store->codebook().size(), before);
    QCOMPARE(m_store->codebook().indexOf(QStringLiteral("Q90")), -1);
}

QTEST_MAIN(TestImportWizard)
#include "tst_importwizard.moc"
