#include "importwizard.h"

#include "choosefilepage.h"
#include "columnspage.h"
#include "importpage.h"
#include "importsession.h"
#include "previewpage.h"
#include "questionnairepage.h"
#include "store.h"
#include "summarypage.h"
#include "validationpage.h"

#include <QFileInfo>

ImportWizard::ImportWizard(Store *store, const QString &initialPath, QWidget *parent)
    : QWizard(parent)
    , m_session(std::make_unique<ImportSession>())
{
    setObjectName(QStringLiteral("importWizard"));
    setWindowTitle(tr("Import a survey"));
    m_session->store = store;
    m_session->storeCodebook = store->codebook();
    m_session->codebook = m_session->storeCodebook;

    m_chooseFile = new ChooseFilePage(*m_session, this);
    m_preview = new PreviewPage(*m_session, this);
    m_questionnaire = new QuestionnairePage(*m_session, this);
    m_columns = new ColumnsPage(*m_session, this);
    m_validation = new ValidationPage(*m_session, this);
    m_import = new ImportPage(*m_session, this);
    m_summary = new SummaryPage(*m_session, this);
    setPage(ChooseFile, m_chooseFile);
    setPage(Preview, m_preview);
    setPage(Questionnaire, m_questionnaire);
    setPage(Columns, m_columns);
    setPage(Validation, m_validation);
    setPage(Import, m_import);
    setPage(Summary, m_summary);
    setStartId(ChooseFile);

    // The same look on every platform: a header with title and subtitle.
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    // Once the wave is written there is nothing left to cancel.
    setOption(QWizard::NoCancelButtonOnLastPage);
    setButtonText(QWizard::CommitButton, tr("&Import"));
    resize(900, 640);

    if (!initialPath.isEmpty())
        m_chooseFile->setPath(initialPath);
}

ImportWizard::~ImportWizard() = default;

qint64 ImportWizard::importedWaveId() const
{
    return m_session->result.status == ImportResult::Status::Imported ? m_session->result.wave.id : 0;
}

QString ImportWizard::fileFilter()
{
    return tr("Survey files (*.csv *.tsv *.txt *.xlsx *.sav *.zsav);;All files (*)");
}

bool ImportWizard::isSupportedFile(const QString &path)
{
    static const QStringList suffixes = {QStringLiteral("csv"), QStringLiteral("tsv"), QStringLiteral("txt"),
                                         QStringLiteral("xlsx"), QStringLiteral("sav"),
                                         QStringLiteral("zsav")};
    return !path.isEmpty() && suffixes.contains(QFileInfo(path).suffix().toLower());
}

QColor ImportWizard::errorColor()
{
    return QColor(0xb7, 0x1c, 0x1c);
}

// Cancel, Escape and the window's close button all come here: while the
// import runs they stop it (the store stays unchanged) rather than close the
// wizard under the running import.
void ImportWizard::reject()
{
    if (m_import->isBusy()) {
        m_import->cancel();
        return;
    }
    QWizard::reject();
}

void ImportWizard::done(int result)
{
    if (m_import->isBusy())
        return;
    QWizard::done(result);
    if (const qint64 id = importedWaveId(); id != 0 && !m_announced) {
        m_announced = true;
        emit waveImported(id);
    }
}
