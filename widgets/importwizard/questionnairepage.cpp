#include "questionnairepage.h"

#include "columnmapping.h"
#include "importdialogs.h"
#include "importsession.h"
#include "readers/tablereader.h"
#include "statusmessage.h"
#include "store.h"
#include "tableview.h"
#include "textkey.h"
#include "wizardlook.h"

#include <QButtonGroup>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSet>
#include <QStandardItemModel>
#include <QVBoxLayout>

QuestionnairePage::QuestionnairePage(ImportSession &session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_storeChoice(new QRadioButton(this))
    , m_fileChoice(new QRadioButton(this))
    , m_fileLabel(new QLabel(this))
    , m_browse(new QPushButton(tr("Choose a &questions dictionary…"), this))
    , m_status(new StatusMessage(this))
    , m_model(new QStandardItemModel(this))
    , m_table(new TableView(this))
{
    setObjectName(QStringLiteral("questionnairePage"));
    setTitle(tr("Questionnaire"));
    setSubTitle(tr("Which questions the columns of your file answer: the questionnaire already known to "
                   "Satisfecit, or the questions dictionary (codebook) your provider delivered with the file."));
    m_storeChoice->setObjectName(QStringLiteral("storeQuestionnaire"));
    m_fileChoice->setObjectName(QStringLiteral("fileQuestionnaire"));
    m_browse->setObjectName(QStringLiteral("chooseCodebook"));
    m_status->label()->setObjectName(QStringLiteral("questionnaireStatus"));
    m_fileLabel->setWordWrap(true);
    m_fileLabel->setIndent(24);
    auto *group = new QButtonGroup(this);
    group->addButton(m_storeChoice);
    group->addButton(m_fileChoice);

    m_table->setObjectName(QStringLiteral("questionnaireTable"));
    m_table->setModel(m_model);
    m_table->setSortingEnabled(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    compactRows(m_table);

    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_fileChoice, 1);
    fileRow->addWidget(m_browse);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_storeChoice);
    layout->addLayout(fileRow);
    layout->addWidget(m_fileLabel);
    layout->addWidget(m_status);
    layout->addWidget(m_table, 1);

    connect(m_storeChoice, &QRadioButton::toggled, this, &QuestionnairePage::refresh);
    connect(m_browse, &QPushButton::clicked, this, &QuestionnairePage::browse);
}

QString QuestionnairePage::findCodebookBeside(const QString &path)
{
    const QFileInfo file(path);
    static const QStringList words = {QStringLiteral("codebook"), QStringLiteral("dictionnaire"),
                                      QStringLiteral("dictionary"), QStringLiteral("questionnaire"),
                                      QStringLiteral("questions")};
    const QFileInfoList candidates =
        file.dir().entryInfoList({QStringLiteral("*.csv"), QStringLiteral("*.CSV")}, QDir::Files, QDir::Name);
    for (const QFileInfo &candidate : candidates) {
        if (candidate.canonicalFilePath() == file.canonicalFilePath())
            continue;
        const QString name = candidate.completeBaseName().toLower();
        for (const QString &word : words)
            if (name.contains(word))
                return candidate.filePath();
    }
    return QString();
}

bool QuestionnairePage::loadCodebook(const QString &path)
{
    m_codebookPath = path;
    m_codebookError.clear();
    m_fileCodebook.reset();
    ReadError openError;
    std::unique_ptr<TableReader> reader = createTableReader(path, {}, &openError);
    if (reader && !reader->open())
        openError = reader->error();
    if (!openError.isNull()) {
        m_codebookError = openError.toString();
    } else {
        std::vector<ReadError> errors;
        Codebook codebook = Codebook::read(*reader, &errors);
        if (!errors.empty())
            m_codebookError = tr("%1 is not a questions dictionary Satisfecit can read: %2")
                                  .arg(QFileInfo(path).fileName(), errors.front().toString());
        else if (codebook.isEmpty())
            m_codebookError = tr("%1 holds no question.").arg(QFileInfo(path).fileName());
        else
            m_fileCodebook = std::move(codebook);
    }
    refresh();
    emit completeChanged();
    return m_fileCodebook.has_value();
}

bool QuestionnairePage::usesFileCodebook() const
{
    return m_fileChoice->isChecked();
}

void QuestionnairePage::setUseFileCodebook(bool use)
{
    (use ? m_fileChoice : m_storeChoice)->setChecked(true);
}

void QuestionnairePage::initializePage()
{
    m_storeCodebook = m_session.storeCodebook;
    if (m_initialisedFor != m_session.path) {
        // A new respondent file: look again for the dictionary beside it.
        m_initialisedFor = m_session.path;
        m_fileCodebook.reset();
        m_codebookError.clear();
        m_codebookPath = findCodebookBeside(m_session.path);
        if (!m_codebookPath.isEmpty())
            loadCodebook(m_codebookPath);
        const bool fileExplainsMore =
            m_fileCodebook
            && matchedColumns(m_storeCodebook.withQuestions(*m_fileCodebook)) > matchedColumns(m_storeCodebook);
        setUseFileCodebook(fileExplainsMore);
    }
    refresh();
}

Codebook QuestionnairePage::chosenCodebook() const
{
    if (usesFileCodebook() && m_fileCodebook)
        return m_storeCodebook.withQuestions(*m_fileCodebook);
    return m_storeCodebook;
}

int QuestionnairePage::matchedColumns(const Codebook &codebook) const
{
    std::vector<ReadError> ignored;
    const ColumnMapping mapping =
        ColumnMapping::map(m_session.header, codebook, true, m_session.fileName(), &ignored);
    return int(mapping.questionHeaders().size());
}

void QuestionnairePage::refresh()
{
    m_storeChoice->setText(tr("The questionnaire already in Satisfecit (%Ln question(s))", nullptr,
                              m_storeCodebook.size()));
    m_fileChoice->setText(tr("The questions dictionary delivered with the file"));
    if (m_codebookPath.isEmpty())
        m_fileLabel->setText(tr("No dictionary was found beside %1: choose one if your provider sent it.")
                                 .arg(m_session.fileName()));
    else if (m_fileCodebook)
        m_fileLabel->setText(tr("%1 · %Ln question(s)", nullptr, m_fileCodebook->size())
                                 .arg(QDir::toNativeSeparators(m_codebookPath)));
    else
        m_fileLabel->setText(m_codebookError);
    m_fileChoice->setEnabled(m_fileCodebook.has_value());

    const Codebook codebook = chosenCodebook();
    std::vector<ReadError> ignored;
    const ColumnMapping mapping =
        ColumnMapping::map(m_session.header, codebook, true, m_session.fileName(), &ignored);
    const QStringList questions = mapping.questionHeaders();
    const QStringList others = mapping.segmentHeaders();
    if (usesFileCodebook() && !m_fileCodebook) {
        m_status->setMessage(StatusMessage::Kind::Problem, tr("Choose a questions dictionary that can be read."));
    } else if (questions.isEmpty()) {
        m_status->setMessage(
            StatusMessage::Kind::Problem,
            tr("Your file follows another questionnaire than this one: none of its %Ln column(s) is one of its "
               "questions. Choose the questions dictionary (codebook) your provider delivered with the file.",
               nullptr, int(m_session.header.size())));
    } else {
        QString text = tr("%Ln column(s) of your file answer questions of this questionnaire.", nullptr,
                          int(questions.size()));
        if (!others.isEmpty())
            text += QLatin1Char(' ')
                    + tr("The other columns are kept to filter the results: %1.")
                          .arg(others.join(QLatin1String(", ")));
        m_status->setMessage(StatusMessage::Kind::Success, text);
    }

    // The questions the choice brings: the dictionary's, or those of the
    // store that the file answers.
    QSet<QString> answered;
    for (const QString &header : questions)
        answered.insert(headerKey(header));
    m_model->clear();
    m_model->setHorizontalHeaderLabels({tr("Code"), tr("Question"), tr("Kind of question"), tr("In your file"),
                                        tr("In Satisfecit")});
    const bool fromFile = usesFileCodebook() && m_fileCodebook;
    const std::vector<Question> &shown = fromFile ? m_fileCodebook->questions() : m_storeCodebook.questions();
    for (const Question &q : shown) {
        const bool inFile = answered.contains(headerKey(q.code));
        if (!fromFile && !inFile)
            continue;
        const Question *known = m_storeCodebook.find(q.code);
        const QString status = !fromFile ? tr("known")
                               : !known  ? tr("new question")
                               : known->type != q.type ? tr("known, kind changes")
                                                       : tr("known, updated");
        m_model->appendRow({new QStandardItem(q.code), new QStandardItem(q.labelFr), new QStandardItem(questionTypeText(q.type)),
                            new QStandardItem(inFile ? tr("yes") : tr("no")), new QStandardItem(status)});
    }
    m_table->resizeColumnsToContents();
    m_table->setColumnWidth(1, std::min(m_table->columnWidth(1), 380));
    emit completeChanged();
}

void QuestionnairePage::browse()
{
    const QString path = chooseImportFile(this, tr("Choose a questions dictionary"),
                                          tr("Questions dictionary (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    if (loadCodebook(path))
        setUseFileCodebook(true);
}

bool QuestionnairePage::isComplete() const
{
    return !usesFileCodebook() || m_fileCodebook.has_value();
}

bool QuestionnairePage::validatePage()
{
    const bool fromFile = usesFileCodebook() && m_fileCodebook;
    m_session.fileCodebook = fromFile ? m_fileCodebook : std::nullopt;
    m_session.codebookPath = fromFile ? m_codebookPath : QString();
    m_session.codebook = chosenCodebook();
    return true;
}
