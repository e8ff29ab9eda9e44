#pragma once

#include <QWizardPage>

struct ImportSession;
class QProgressBar;
class QPushButton;
class StatusMessage;

/// Fifth page: writes the wave with RespondentImporter, in the GUI thread
/// because the store's SQLite connection belongs to it. The progress callback
/// processes events so that Cancel works; a cancelled import writes nothing.
/// Asks before replacing a wave of the same year and scope.
class ImportPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportPage(ImportSession &session, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

    bool isBusy() const { return m_busy; }
    /// Stops a running import; the store stays unchanged.
    void cancel();

private:
    void run(bool replace);
    bool progress(double fraction);

    ImportSession &m_session;
    StatusMessage *m_status;
    QProgressBar *m_progress;
    QPushButton *m_retry;
    bool m_busy = false;
    bool m_cancelRequested = false;
    bool m_imported = false;
};
