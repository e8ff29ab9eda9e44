#include "validationpage.h"

#include "identifierlist.h"
#include "importsession.h"
#include "importwizard.h"
#include "respondentimporter.h"
#include "respondentparser.h"
#include "statusmessage.h"
#include "store.h"
#include "tableview.h"

#include <QApplication>
#include <QClipboard>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardItemModel>
#include <QThread>
#include <QVBoxLayout>

namespace {

constexpr int ProgressSteps = 1000;

QStandardItem *numberItem(qint64 value)
{
    auto *item = new QStandardItem;
    // 0 means "the whole file" or "no particular column": shown empty.
    if (value > 0)
        item->setData(value, Qt::DisplayRole);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

// Past this many problems, the file most likely follows another
// questionnaire than the one its columns were checked against.
constexpr qint64 ManyProblems = 50;

QString questionnaireHint(const ImportSession &session)
{
    if (session.fileCodebook)
        return ValidationPage::tr("So many problems often mean that the file's columns follow another "
                                  "questionnaire than the dictionary %1: check that it is the one delivered "
                                  "with this file (step Questionnaire).")
            .arg(QFileInfo(session.codebookPath).fileName());
    return ValidationPage::tr("So many problems often mean that your file follows another questionnaire than "
                              "the one in Satisfecit: go back to the step Questionnaire and choose the questions "
                              "dictionary (codebook) your provider delivered with the file.");
}

} // namespace

ValidationPage::ValidationPage(ImportSession &session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_status(new StatusMessage(this))
    , m_progress(new QProgressBar(this))
    , m_model(new QStandardItemModel(this))
    , m_table(new TableView(this))
    , m_copy(new QPushButton(tr("&Copy the errors"), this))
    , m_identifiers(new IdentifierList(this))
{
    setObjectName(QStringLiteral("validationPage"));
    setTitle(tr("Validation"));
    setSubTitle(tr("Every row and every answer is checked before anything is written."));
    // Past this page the wave is written: Back would mean nothing.
    setCommitPage(true);

    m_status->label()->setObjectName(QStringLiteral("validationStatus"));
    m_progress->setObjectName(QStringLiteral("validationProgress"));
    m_progress->setRange(0, ProgressSteps);
    m_progress->setFormat(tr("%p%"));
    m_progress->setTextVisible(false);
    m_table->setObjectName(QStringLiteral("errorsTable"));
    m_table->setModel(m_model);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Messages name the accepted values: wrapped, each shows in full.
    m_table->setWordWrap(true);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_copy->setObjectName(QStringLiteral("copyErrorsButton"));
    m_copy->setToolTip(tr("Copies every error as tab-separated text, to paste into a spreadsheet or an e-mail"));

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_copy);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_progress);
    layout->addWidget(m_identifiers);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    layout->addStretch(0); // takes the room while the table is hidden

    connect(m_copy, &QPushButton::clicked, this, &ValidationPage::copyErrors);
    m_identifiers->hide();
    connect(m_identifiers, &IdentifierList::choiceChanged, this, [this] {
        m_session.dropColumns = m_identifiers->droppedColumns();
        m_session.keepColumns = m_identifiers->keptColumns();
    });
}

ValidationPage::~ValidationPage()
{
    stop();
}

void ValidationPage::initializePage()
{
    start();
}

void ValidationPage::cleanupPage()
{
    stop();
    QWizardPage::cleanupPage();
}

bool ValidationPage::isComplete() const
{
    return !m_running && m_valid;
}

void ValidationPage::stop()
{
    if (!m_worker)
        return;
    m_cancel = true;
    m_worker->wait();
    m_worker.reset();
    ++m_generation;
    m_running = false;
}

void ValidationPage::start()
{
    stop();
    m_cancel = false;
    m_running = true;
    m_valid = false;
    m_errors.clear();
    m_model->clear();
    m_table->hide();
    m_copy->hide();
    m_identifiers->setColumns({});
    m_session.dropColumns.clear();
    m_session.keepColumns.clear();
    m_progress->setValue(0);
    m_progress->show();
    m_status->setMessage(StatusMessage::Kind::Plain, tr("Checking %1…").arg(m_session.fileName()));
    emit completeChanged();

    // The worker gets copies: the session belongs to the GUI thread. Parsing
    // touches no store, and the worker has its own reader.
    const int generation = ++m_generation;
    const QString path = m_session.path;
    const ReadOptions read = m_session.read;
    const Codebook codebook = m_session.codebook;
    ParseOptions options;
    options.year = m_session.year;
    m_worker.reset(QThread::create([this, generation, path, read, codebook, options] {
        auto outcome = std::make_shared<Outcome>();
        ParsedRespondents &parsed = outcome->parsed;
        ReadError error;
        std::unique_ptr<TableReader> reader = createTableReader(path, read, &error);
        if (reader && !reader->open())
            error = reader->error();
        if (!error.isNull()) {
            parsed.errors.push_back(error);
        } else {
            parsed = parseRespondents(*reader, codebook, options, [this, generation](double fraction) {
                QMetaObject::invokeMethod(
                    this,
                    [this, generation, fraction] {
                        if (generation == m_generation)
                            m_progress->setValue(qRound(fraction * ProgressSteps));
                    },
                    Qt::QueuedConnection);
                return !m_cancel.load();
            });
        }
        // The fingerprint that tells an already imported file: reading the
        // whole file again belongs here rather than in the GUI thread.
        if (parsed.errors.empty() && !parsed.cancelled && !parsed.stopped)
            outcome->sha256 = RespondentImporter::fileSha256(path);
        QMetaObject::invokeMethod(
            this,
            [this, generation, outcome] {
                if (generation == m_generation)
                    finish(*outcome);
            },
            Qt::QueuedConnection);
    }));
    m_worker->start();
}

void ValidationPage::finish(const Outcome &outcome)
{
    const ParsedRespondents &parsed = outcome.parsed;
    m_worker->wait();
    m_worker.reset();
    m_running = false;
    m_progress->hide();
    m_errors = parsed.errors;
    // Columns that identify tenants are settled here, in the list: dropped
    // unless unchecked.
    m_valid = parsed.errors.empty() && !parsed.cancelled && !parsed.stopped;
    m_identifiers->setColumns(parsed.identifiers);
    m_session.dropColumns = m_identifiers->droppedColumns();
    m_session.keepColumns = m_identifiers->keptColumns();

    const std::optional<WaveInfo> same =
        outcome.sha256.isEmpty() ? std::nullopt : m_session.store->waveBySha256(outcome.sha256);
    if (parsed.cancelled) {
        m_status->setMessage(StatusMessage::Kind::Problem, tr("The check was interrupted."));
    } else if (m_valid && same) {
        // The importer would refuse it: say so now rather than after a click.
        m_valid = false;
        m_status->setMessage(
            StatusMessage::Kind::Information,
            tr("%1 was already imported on %2, as the wave %3 %4: there is nothing to import.")
                .arg(m_session.fileName(), QLocale().toString(same->importedAt.toLocalTime(), QLocale::ShortFormat))
                .arg(same->year)
                .arg(same->scope));
    } else if (m_valid) {
        const WaveData &data = parsed.data;
        QString text = tr("No problem found: %1, %2, %3.")
                           .arg(tr("%Ln respondent(s)", nullptr, data.respondentCount()),
                                tr("%Ln question(s)", nullptr, int(parsed.mapping.questionHeaders().size())),
                                tr("%Ln segment column(s)", nullptr, int(parsed.mapping.segmentHeaders().size())));
        text += QLatin1Char('\n') + tr("Import will add the wave %1 %2.").arg(data.year).arg(m_session.scope);
        if (const auto existing = m_session.store->waveByYearAndScope(data.year, m_session.scope))
            text += QLatin1Char(' ')
                    + tr("The store already has this wave (%1, %Ln respondent(s)): you will be asked before it is "
                         "replaced.",
                         nullptr, existing->respondentCount)
                          .arg(existing->sourceFile);
        m_status->setMessage(StatusMessage::Kind::Success, text);
    } else {
        const qint64 total = std::max(parsed.errorCount, qint64(m_errors.size()));
        QString text = tr("%1 found in %2. Nothing can be imported until the file is corrected.")
                           .arg(tr("%Ln problem(s)", nullptr, int(std::min<qint64>(total, INT_MAX))),
                                m_session.fileName());
        if (total > qint64(m_errors.size()))
            text += QLatin1Char(' ') + tr("Only the first %Ln are listed.", nullptr, int(m_errors.size()));
        if (total >= ManyProblems)
            text += QLatin1Char('\n') + questionnaireHint(m_session);
        m_status->setMessage(StatusMessage::Kind::Problem, text);
        m_model->setHorizontalHeaderLabels({tr("Line"), tr("Column"), tr("Problem")});
        for (const ReadError &e : m_errors)
            m_model->appendRow({numberItem(e.line), numberItem(e.column), new QStandardItem(e.message)});
        m_table->resizeColumnToContents(0);
        m_table->resizeColumnToContents(1);
        m_table->show();
        m_copy->show();
    }
    emit completeChanged();
}

QString ValidationPage::errorsAsText() const
{
    QStringList lines;
    lines << QStringList{tr("Line"), tr("Column"), tr("Problem")}.join(QLatin1Char('\t'));
    for (const ReadError &e : m_errors) {
        QString message = e.message;
        message.replace(QLatin1Char('\t'), QLatin1Char(' ')).replace(QLatin1Char('\n'), QLatin1Char(' '));
        lines << (e.line > 0 ? QString::number(e.line) : QString()) + QLatin1Char('\t')
                     + (e.column > 0 ? QString::number(e.column) : QString()) + QLatin1Char('\t') + message;
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

void ValidationPage::copyErrors()
{
    QApplication::clipboard()->setText(errorsAsText());
}
