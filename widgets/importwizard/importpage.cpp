#include "importpage.h"

#include "importdialogs.h"
#include "importsession.h"
#include "importwizard.h"
#include "respondentimporter.h"
#include "statusmessage.h"
#include "store.h"

#include <QCoreApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace {

constexpr int ProgressSteps = 1000;

} // namespace

ImportPage::ImportPage(ImportSession &session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_status(new StatusMessage(this))
    , m_progress(new QProgressBar(this))
    , m_retry(new QPushButton(tr("&Try again"), this))
{
    setObjectName(QStringLiteral("importPage"));
    setTitle(tr("Import"));
    setSubTitle(tr("The wave is written in one step: if the import stops, the store is left as it was."));

    m_status->label()->setObjectName(QStringLiteral("importStatus"));
    // Committed: the summary has nothing to go back to.
    setCommitPage(true);
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_progress->setRange(0, ProgressSteps);
    m_progress->setFormat(tr("%p%"));
    m_retry->setObjectName(QStringLiteral("retryImportButton"));
    m_retry->hide();

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_retry);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_progress);
    layout->addLayout(buttons);
    layout->addStretch(1);

    connect(m_retry, &QPushButton::clicked, this, [this] { run(false); });
}

void ImportPage::initializePage()
{
    m_imported = false;
    m_session.result = ImportResult();
    m_session.replaced = false;
    // Started once the page is on screen, so that the progress shows.
    QTimer::singleShot(0, this, [this] { run(false); });
}

bool ImportPage::isComplete() const
{
    return m_imported;
}

void ImportPage::cancel()
{
    if (m_busy)
        m_cancelRequested = true;
}

bool ImportPage::progress(double fraction)
{
    m_progress->setValue(qRound(fraction * ProgressSteps));
    // The only moment the GUI thread is free during the import: lets the
    // progress bar paint and the Stop button be clicked.
    QCoreApplication::processEvents();
    return !m_cancelRequested;
}

void ImportPage::run(bool replace)
{
    if (m_busy || m_imported)
        return;
    m_busy = true;
    m_cancelRequested = false;
    m_retry->hide();
    // One way to stop: the wizard's own Cancel button, named for what it
    // does while the import runs (ImportWizard::reject() stops it).
    const QString cancelText = wizard() ? wizard()->buttonText(QWizard::CancelButton) : QString();
    if (wizard())
        wizard()->setButtonText(QWizard::CancelButton, tr("&Stop the import"));
    m_progress->setValue(0);
    m_progress->show();
    m_status->setMessage(StatusMessage::Kind::Plain, replace
                                                         ? tr("Replacing the wave with %1…").arg(m_session.fileName())
                                                         : tr("Importing %1…").arg(m_session.fileName()));

    RespondentImporter importer(*m_session.store);
    importer.setProgressCallback([this](double fraction) { return progress(fraction); });
    ImportResult result = importer.run(m_session.path, m_session.importOptions(replace));
    m_busy = false;
    if (wizard())
        wizard()->setButtonText(QWizard::CancelButton, cancelText);

    switch (result.status) {
    case ImportResult::Status::Imported:
        m_session.result = std::move(result);
        m_session.replaced = replace;
        m_imported = true;
        m_progress->setValue(ProgressSteps);
        m_status->setMessage(StatusMessage::Kind::Success, tr("Imported."));
        emit completeChanged();
        // The summary says all there is to say: no need for a click.
        QTimer::singleShot(0, wizard(), &QWizard::next);
        return;
    case ImportResult::Status::NeedsReplacement: {
        const WaveInfo existing = result.existing.value_or(WaveInfo());
        QMessageBox box(QMessageBox::Question, tr("Replace the wave"),
                        tr("Replace the wave %1 %2 (file %3, %Ln respondent(s))?", nullptr, existing.respondentCount)
                            .arg(existing.year)
                            .arg(existing.scope, existing.sourceFile),
                        QMessageBox::Yes | QMessageBox::No, this);
        box.setObjectName(QStringLiteral("replaceWaveBox"));
        box.setInformativeText(tr("Its answers and figures will be replaced by those of %1. If you answer No, "
                                  "nothing changes.")
                                   .arg(m_session.fileName()));
        box.setDefaultButton(QMessageBox::No);
        if (box.exec() == QMessageBox::Yes) {
            run(true);
            return;
        }
        m_status->setMessage(StatusMessage::Kind::Information,
                             tr("Nothing was imported: the wave %1 %2 was kept.").arg(existing.year).arg(existing.scope));
        break;
    }
    case ImportResult::Status::AlreadyImported: {
        const WaveInfo existing = result.existing.value_or(WaveInfo());
        m_status->setMessage(
            StatusMessage::Kind::Information,
            tr("%1 was already imported on %2, as the wave %3 %4. Nothing was imported.")
                .arg(m_session.fileName(), QLocale().toString(existing.importedAt.toLocalTime(), QLocale::ShortFormat))
                .arg(existing.year)
                .arg(existing.scope));
        break;
    }
    case ImportResult::Status::Cancelled:
        m_status->setMessage(StatusMessage::Kind::Information, tr("Import cancelled: nothing was written."));
        m_retry->show();
        break;
    case ImportResult::Status::StoreFailed:
        m_status->setMessage(StatusMessage::Kind::Problem,
                             tr("The store could not be written, nothing was imported: %1").arg(result.message));
        m_retry->show();
        break;
    case ImportResult::Status::InvalidFile:
        // The file changed since it was checked.
        m_status->setMessage(StatusMessage::Kind::Problem,
                             tr("The file has problems (did it change since it was checked?). Nothing was imported."));
        m_retry->show();
        showReadErrors(this, tr("Import a survey"), m_status->text(), result.errors, result.moreErrors);
        break;
    }
    m_progress->hide();
    emit completeChanged();
}
