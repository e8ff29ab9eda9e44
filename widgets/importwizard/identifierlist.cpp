#include "identifierlist.h"

#include "importwizard.h"

#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

IdentifierList::IdentifierList(QWidget *parent)
    : QWidget(parent)
    , m_explanation(new QLabel(this))
    , m_list(new QListWidget(this))
    , m_warning(new QLabel(this))
{
    setObjectName(QStringLiteral("identifierList"));
    m_list->setObjectName(QStringLiteral("identifierColumns"));
    m_warning->setObjectName(QStringLiteral("identifierWarning"));
    m_explanation->setWordWrap(true);
    m_warning->setWordWrap(true);
    m_explanation->setText(tr("These columns identify tenants (personal data): Satisfecit does not keep them. "
                              "Checked columns are dropped without being read into the store. Uncheck one only "
                              "to keep it knowingly: the wave's notes will record it."));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_explanation);
    layout->addWidget(m_list);
    layout->addWidget(m_warning);
    connect(m_list, &QListWidget::itemChanged, this, [this] {
        updateWarning();
        emit choiceChanged();
    });
}

void IdentifierList::setColumns(const std::vector<IdentifierColumn> &columns)
{
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    for (const IdentifierColumn &c : columns) {
        auto *item = new QListWidgetItem(c.describe(), m_list);
        item->setData(Qt::UserRole, c.header);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
    }
    m_list->setMaximumHeight(m_list->sizeHintForRow(0) * qMin(int(columns.size()), 6) + 2 * m_list->frameWidth() + 4);
    setVisible(!columns.empty());
    updateWarning();
}

QStringList IdentifierList::droppedColumns() const
{
    QStringList names;
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->checkState() == Qt::Checked)
            names << m_list->item(i)->data(Qt::UserRole).toString();
    return names;
}

QStringList IdentifierList::keptColumns() const
{
    QStringList names;
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->checkState() != Qt::Checked)
            names << m_list->item(i)->data(Qt::UserRole).toString();
    return names;
}

void IdentifierList::updateWarning()
{
    const QStringList kept = keptColumns();
    m_warning->setVisible(!kept.isEmpty());
    m_warning->setText(tr("Kept knowingly, and recorded in the wave's notes: %1.").arg(kept.join(QLatin1String(", "))));
    QPalette palette = m_warning->palette();
    palette.setColor(QPalette::WindowText, ImportWizard::errorColor());
    m_warning->setPalette(palette);
}
