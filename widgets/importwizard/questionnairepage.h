#pragma once

#include "codebook.h"

#include <QWizardPage>

#include <optional>

class QLabel;
class QPushButton;
class QRadioButton;
class QStandardItemModel;
class StatusMessage;
class TableView;
struct ImportSession;

/// The questionnaire the file follows: the one already in the store, or the
/// questions dictionary (codebook) delivered with the file, found beside it
/// or chosen. Shows which questions it brings and how many of the file's
/// columns it explains, so that a file following another questionnaire is
/// said to be one here, in words, rather than as thousands of answer errors.
class QuestionnairePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit QuestionnairePage(ImportSession &session, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    /// A codebook CSV in the folder of path ("codebook", "dictionnaire",
    /// "questionnaire" or "questions" in its name), or an empty string.
    static QString findCodebookBeside(const QString &path);

    /// Reads a codebook file; false with a located message on any problem.
    bool loadCodebook(const QString &path);
    bool usesFileCodebook() const;
    void setUseFileCodebook(bool use);

private:
    void browse();
    void refresh();
    Codebook chosenCodebook() const;
    int matchedColumns(const Codebook &codebook) const;

    ImportSession &m_session;
    Codebook m_storeCodebook;
    std::optional<Codebook> m_fileCodebook;
    QString m_codebookPath;
    QString m_codebookError;
    QString m_initialisedFor;       ///< the respondent file the page was set up for
    QRadioButton *m_storeChoice;
    QRadioButton *m_fileChoice;
    QLabel *m_fileLabel;
    QPushButton *m_browse;
    StatusMessage *m_status;
    QStandardItemModel *m_model;
    TableView *m_table;
};
