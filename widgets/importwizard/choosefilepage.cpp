#include "choosefilepage.h"

#include "importdialogs.h"
#include "importsession.h"
#include "importwizard.h"

#include <QComboBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QSpinBox>

namespace {

// The local file of a drag, when it is exactly one file.
QString droppedFile(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls() || mime->urls().size() != 1 || !mime->urls().front().isLocalFile())
        return QString();
    return mime->urls().front().toLocalFile();
}

} // namespace

ChooseFilePage::ChooseFilePage(ImportSession &session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_path(new QLineEdit(this))
    , m_browse(new QPushButton(tr("B&rowse…"), this))
    , m_year(new QSpinBox(this))
    , m_scope(new QComboBox(this))
    , m_hint(new QLabel(this))
{
    setObjectName(QStringLiteral("chooseFilePage"));
    setTitle(tr("Choose the survey file"));
    setSubTitle(tr("The respondent file delivered by the survey provider: CSV or text, Excel (.xlsx) or "
                   "SPSS (.sav, .zsav). Nothing is written to the store before the last step."));
    setAcceptDrops(true);

    m_path->setObjectName(QStringLiteral("pathEdit"));
    m_path->setPlaceholderText(tr("Choose a file or drop it here"));
    m_path->setClearButtonEnabled(true);
    // A file dropped on the field goes to the page, which takes its path
    // rather than inserting its URL as text.
    m_path->setAcceptDrops(false);
    m_browse->setObjectName(QStringLiteral("browseButton"));

    // The lowest value stands for "no year given": most files have a year column.
    m_year->setObjectName(QStringLiteral("yearSpin"));
    m_year->setRange(YearFromFile, 2100);
    m_year->setSpecialValueText(tr("From the file"));
    m_year->setValue(YearFromFile);
    m_year->setGroupSeparatorShown(false);

    m_scope->setObjectName(QStringLiteral("scopeCombo"));
    m_scope->setEditable(true);
    m_scope->addItems({QStringLiteral("Hauts-de-France"), QStringLiteral("Nord-Pas-de-Calais"),
                       QStringLiteral("Picardie")});
    m_scope->setCurrentIndex(0);
    m_scope->setInsertPolicy(QComboBox::NoInsert);
    m_scope->setMinimumContentsLength(24);

    m_hint->setObjectName(QStringLiteral("fileHint"));
    m_hint->setWordWrap(true);
    QPalette warning = m_hint->palette();
    warning.setColor(QPalette::WindowText, ImportWizard::errorColor());
    m_hint->setPalette(warning);

    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(m_browse);

    auto *yearNote = new QLabel(tr("Only needed when the file has no year column (annee, year or vague)."), this);
    yearNote->setWordWrap(true);
    yearNote->setEnabled(false); // greyed: a note, not a field

    auto *form = new QFormLayout(this);
    // Only the path grows; the year and scope keep a size fit for their values.
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    auto *pathLabel = new QLabel(tr("&File:"), this);
    pathLabel->setBuddy(m_path);
    form->addRow(pathLabel, pathRow);
    form->addRow(QString(), m_hint);
    form->addItem(new QSpacerItem(0, 12));
    auto *yearLabel = new QLabel(tr("Wave &year:"), this);
    yearLabel->setBuddy(m_year);
    form->addRow(yearLabel, m_year);
    form->addRow(QString(), yearNote);
    auto *scopeLabel = new QLabel(tr("&Scope:"), this);
    scopeLabel->setBuddy(m_scope);
    form->addRow(scopeLabel, m_scope);

    setTabOrder(m_path, m_browse);
    setTabOrder(m_browse, m_year);
    setTabOrder(m_year, m_scope);

    connect(m_browse, &QPushButton::clicked, this, &ChooseFilePage::browse);
    connect(m_path, &QLineEdit::textChanged, this, &ChooseFilePage::updateHint);
    connect(m_scope, &QComboBox::currentTextChanged, this, &ChooseFilePage::completeChanged);
    updateHint();
}

void ChooseFilePage::setPath(const QString &path)
{
    m_path->setText(QDir::toNativeSeparators(path));
}

QString ChooseFilePage::problem() const
{
    const QString path = m_path->text().trimmed();
    if (path.isEmpty())
        return QString();
    const QFileInfo info(QDir::fromNativeSeparators(path));
    if (!info.exists())
        return tr("This file does not exist.");
    if (!info.isFile())
        return tr("This is a folder: choose a file.");
    if (!ImportWizard::isSupportedFile(info.filePath()))
        return tr("Unsupported file type: choose a .csv, .tsv, .txt, .xlsx, .sav or .zsav file.");
    return QString();
}

void ChooseFilePage::updateHint()
{
    const QString text = problem();
    m_hint->setText(text);
    m_hint->setVisible(!text.isEmpty());
    emit completeChanged();
}

bool ChooseFilePage::isComplete() const
{
    return !m_path->text().trimmed().isEmpty() && problem().isEmpty()
           && !m_scope->currentText().trimmed().isEmpty();
}

bool ChooseFilePage::validatePage()
{
    m_session.path = QFileInfo(QDir::fromNativeSeparators(m_path->text().trimmed())).absoluteFilePath();
    m_session.year = m_year->value() == YearFromFile ? std::nullopt : std::optional<int>(m_year->value());
    m_session.scope = m_scope->currentText().trimmed();
    return true;
}

void ChooseFilePage::browse()
{
    const QString path = chooseImportFile(this, tr("Import a survey"), ImportWizard::fileFilter());
    if (!path.isEmpty())
        setPath(path);
}

void ChooseFilePage::dragEnterEvent(QDragEnterEvent *event)
{
    if (ImportWizard::isSupportedFile(droppedFile(event->mimeData())))
        event->acceptProposedAction();
}

void ChooseFilePage::dropEvent(QDropEvent *event)
{
    const QString path = droppedFile(event->mimeData());
    if (!ImportWizard::isSupportedFile(path))
        return;
    setPath(path);
    event->acceptProposedAction();
}
