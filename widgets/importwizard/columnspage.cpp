#include "columnspage.h"

#include "columnmapping.h"
#include "identifiercolumns.h"
#include "importsession.h"
#include "importwizard.h"
#include "statusmessage.h"
#include "tableview.h"
#include "wizardlook.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSet>
#include <QStandardItemModel>
#include <QVBoxLayout>

#include <algorithm>

namespace {

using Role = ColumnMapping::Role;

} // namespace

ColumnsPage::ColumnsPage(ImportSession &session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_summary(new QLabel(this))
    , m_design(new QComboBox(this))
    , m_problems(new StatusMessage(this))
    , m_model(new QStandardItemModel(this))
    , m_table(new TableView(this))
{
    setObjectName(QStringLiteral("columnsPage"));
    setTitle(tr("Columns"));
    setSubTitle(tr("What each column of the file holds, recognised from its name. Columns that are "
                   "neither a known field nor a question are kept as segments for the filters."));

    m_summary->setObjectName(QStringLiteral("columnsSummary"));
    m_summary->setWordWrap(true);
    m_problems->label()->setObjectName(QStringLiteral("columnsProblems"));

    m_table->setObjectName(QStringLiteral("columnsTable"));
    m_table->setModel(m_model);
    m_table->setSortingEnabled(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    compactRows(m_table);

    m_design->setObjectName(QStringLiteral("sampleDesign"));
    m_design->setToolTip(tr("A regional survey draws each landlord's sample separately: the landlord is then a "
                            "stratum, and the margins of error take it into account."));
    connect(m_design, &QComboBox::currentIndexChanged, this,
            [this] { m_session.strata = m_design->currentData().toString(); });
    auto *design = new QFormLayout;
    design->addRow(tr("Sample design:"), m_design);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_problems);
    layout->addWidget(m_summary);
    layout->addLayout(design);
    layout->addWidget(m_table, 1);
}

bool ColumnsPage::isComplete() const
{
    return m_errors.empty();
}

void ColumnsPage::initializePage()
{
    const auto roleName = [this](Role role) {
        switch (role) {
        case Role::Id: return tr("Respondent id");
        case Role::Year: return tr("Wave year");
        case Role::Landlord: return tr("Landlord");
        case Role::Qpv: return tr("QPV");
        case Role::Weight: return tr("Weight");
        case Role::Question: return tr("Question");
        case Role::Segment: return tr("Segment");
        case Role::Dropped: return tr("Dropped");
        }
        return QString();
    };

    m_errors.clear();
    const ColumnMapping mapping = ColumnMapping::map(m_session.header, m_session.codebook, m_session.year.has_value(),
                                                     m_session.fileName(), &m_errors);
    m_model->clear();
    m_model->setHorizontalHeaderLabels({tr("#"), tr("Column"), tr("Role"), tr("Details")});
    const QColor red = ImportWizard::errorColor();

    const auto addRow = [this](const QStringList &cells, const QColor &colour) {
        QList<QStandardItem *> row;
        for (const QString &text : cells) {
            auto *item = new QStandardItem(text);
            if (colour.isValid())
                item->setForeground(colour);
            row << item;
        }
        m_model->appendRow(row);
    };

    // The required columns the file lacks come first, so that they are seen.
    // A year given on the first page makes the year column optional.
    const int yearPosition = m_session.year ? 0 : mapping.year;
    const std::pair<int, Role> required[] = {{mapping.id, Role::Id},
                                             {yearPosition, Role::Year},
                                             {mapping.landlord, Role::Landlord},
                                             {mapping.qpv, Role::Qpv}};
    for (const auto &[position, role] : required) {
        if (position >= 0)
            continue;
        const QStringList names = ColumnMapping::namesOf(role);
        addRow({QString(), names.front(), roleName(role),
                tr("Required column missing (also accepted: %1)").arg(names.mid(1).join(QLatin1String(", ")))},
               red);
    }

    // Columns named in an error (a duplicate, an empty name) are red too.
    QSet<int> wrongColumns;
    for (const ReadError &e : m_errors)
        if (e.column > 0)
            wrongColumns.insert(e.column - 1);
    for (const ColumnMapping::Column &c : mapping.columns) {
        QString detail;
        switch (c.role) {
        case Role::Question: {
            const Question &q = m_session.codebook.questions()[c.question];
            detail = q.code + QStringLiteral(" — ") + q.labelFr;
            break;
        }
        case Role::Segment:
            detail = isIdentifierHeader(c.header) ? tr("identifies tenants: dropped unless you keep it (next page)")
                                                  : tr("kept for the filters");
            break;
        case Role::Year:
            if (m_session.year)
                detail = tr("checked against the year given, %1").arg(*m_session.year);
            break;
        case Role::Weight:
            detail = tr("weights > 0");
            break;
        default:
            break;
        }
        addRow({QString::number(c.index + 1), c.header, roleName(c.role), detail},
               wrongColumns.contains(c.index) ? red : QColor());
    }
    if (mapping.weight < 0)
        addRow({QString(), ColumnMapping::namesOf(Role::Weight).front(), roleName(Role::Weight),
                tr("absent: every respondent weighs 1")},
               QColor());
    m_table->resizeColumnsToContents();

    const QStringList questions = mapping.questionHeaders();
    QStringList problems;
    if (questions.isEmpty())
        problems << tr("Your file follows another questionnaire than the one chosen: none of its %Ln column(s) "
                       "is one of its questions. Go back to the step Questionnaire and choose the questions "
                       "dictionary delivered with the file.",
                       nullptr, int(mapping.columns.size()));
    for (const ReadError &e : m_errors)
        problems << QStringLiteral("• ") + e.message;
    m_problems->setMessage(StatusMessage::Kind::Problem,
                           problems.isEmpty() ? QString()
                                              : tr("The file cannot be imported as it is:") + QLatin1Char('\n')
                                                    + problems.join(QLatin1Char('\n')));

    // The questions expected: the dictionary's when one came with the file.
    const Codebook &expected = m_session.fileCodebook ? *m_session.fileCodebook : m_session.codebook;
    QStringList absent;
    for (const Question &q : expected.questions())
        if (!std::any_of(mapping.columns.begin(), mapping.columns.end(), [&](const ColumnMapping::Column &c) {
                return c.role == Role::Question && m_session.codebook.questions()[c.question].code == q.code;
            }))
            absent << q.code;
    QString summary = tr("%n question(s) recognised", nullptr, int(questions.size())) + QLatin1String(", ")
                      + tr("%n segment column(s).", nullptr, int(mapping.segmentHeaders().size()));
    if (!absent.isEmpty() && !questions.isEmpty())
        summary += QLatin1Char(' ') + tr("Questions of the questionnaire not in the file: %1.")
                                          .arg(absent.join(QLatin1String(", ")));
    m_summary->setText(summary);

    // The design choice: no strata, the landlord, or any segment column.
    const QString chosen = m_session.strata;
    m_design->clear();
    m_design->addItem(tr("Simple (no strata)"), QString());
    if (mapping.landlord >= 0)
        m_design->addItem(tr("Stratified by landlord"), ColumnMapping::namesOf(Role::Landlord).front());
    for (const QString &segment : mapping.segmentHeaders())
        m_design->addItem(tr("Stratified by %1").arg(segment), segment);
    m_design->setCurrentIndex(std::max(0, m_design->findData(chosen)));
    m_session.strata = m_design->currentData().toString();
    emit completeChanged();
}
