#pragma once

#include "readers/readerror.h"
#include "respondentparser.h"

#include <QWizardPage>

#include <atomic>
#include <memory>
#include <vector>

class IdentifierList;
struct ImportSession;
class QProgressBar;
class QPushButton;
class QStandardItemModel;
class QThread;
class StatusMessage;
class TableView;

/// Fourth page: reads and checks every row in a worker thread, then shows
/// either the counts or every error with its line and column (copyable as
/// tab-separated text). Next ("Import") stays disabled while there are errors.
class ValidationPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ValidationPage(ImportSession &session, QWidget *parent = nullptr);
    ~ValidationPage() override;

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

    bool isRunning() const { return m_running; }
    IdentifierList *identifierList() const { return m_identifiers; }
    const std::vector<ReadError> &errors() const { return m_errors; }
    /// Every error as "line<TAB>column<TAB>message" lines, after a header line.
    QString errorsAsText() const;

private:
    // What the worker hands back.
    struct Outcome
    {
        ParsedRespondents parsed;
        QString sha256;   ///< of a valid file
    };

    void start();
    void stop();
    void finish(const Outcome &outcome);
    void copyErrors();

    ImportSession &m_session;
    StatusMessage *m_status;
    QProgressBar *m_progress;
    QStandardItemModel *m_model;
    TableView *m_table;
    QPushButton *m_copy;
    IdentifierList *m_identifiers;

    std::unique_ptr<QThread> m_worker;
    std::atomic<bool> m_cancel = false;
    int m_generation = 0;   // results of an abandoned run are ignored
    bool m_running = false;
    bool m_valid = false;
    std::vector<ReadError> m_errors;
};
