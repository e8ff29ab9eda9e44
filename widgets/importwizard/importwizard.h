#pragma once

#include <QColor>
#include <QWizard>

#include <memory>

class ChooseFilePage;
class ColumnsPage;
class ImportPage;
struct ImportSession;
class PreviewPage;
class QuestionnairePage;
class Store;
class SummaryPage;
class ValidationPage;

/// File → Import a survey…: choose the file → preview (encoding, delimiter,
/// sheet) → questionnaire (the codebook beside the file) → column check → validation report → import with progress and
/// Cancel → summary. The store changes only on the import page, in one
/// transaction.
///
/// Run it modally (exec()); on a dropped file pass its path as initialPath.
class ImportWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { ChooseFile, Preview, Questionnaire, Columns, Validation, Import, Summary };

    /// store must stay open while the wizard exists.
    explicit ImportWizard(Store *store, const QString &initialPath = {}, QWidget *parent = nullptr);
    ~ImportWizard() override;

    /// The id of the wave written by this wizard, or 0.
    qint64 importedWaveId() const;

    /// The file dialog filter for respondent files.
    static QString fileFilter();
    /// True when path has an extension the readers handle (for drag and drop).
    static bool isSupportedFile(const QString &path);
    /// The colour of error texts.
    static QColor errorColor();

    void reject() override;
    void done(int result) override;

signals:
    /// Emitted once when the wizard closes after a wave was written (also when
    /// closed with Escape on the summary): every view must reload the store.
    void waveImported(qint64 waveId);

private:
    std::unique_ptr<ImportSession> m_session;
    ChooseFilePage *m_chooseFile;
    PreviewPage *m_preview;
    QuestionnairePage *m_questionnaire;
    ColumnsPage *m_columns;
    ValidationPage *m_validation;
    ImportPage *m_import;
    SummaryPage *m_summary;
    bool m_announced = false;
};
