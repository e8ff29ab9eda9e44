#include "leverspage.h"

#include "driversmodel.h"

#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

#include <algorithm>

LeversPage::LeversPage(DriversModel *model, QWidget *parent)
    : ChartPage(QStringLiteral("levers"), QT_TRANSLATE_NOOP("ChartPage", "Improvement levers"), ChartKind::Drivers,
                model, Qt::Vertical, parent)
    , m_drivers(model)
    , m_leversTitle(new QLabel(this))
    , m_levers(new QListWidget(this))
{
    auto *side = new QWidget(this);
    auto *layout = new QVBoxLayout(side);
    layout->setContentsMargins(0, 0, 0, 0);
    QFont bold = m_leversTitle->font();
    bold.setBold(true);
    m_leversTitle->setFont(bold);
    m_leversTitle->setWordWrap(true);
    m_levers->setObjectName(QStringLiteral("priorityLevers"));
    m_levers->setWordWrap(true);
    m_levers->setSpacing(3);
    m_levers->setAlternatingRowColors(true);
    m_levers->setMinimumWidth(240);
    layout->addWidget(m_leversTitle);
    layout->addWidget(m_levers, 1);
    setSideWidget(side, true);
    connect(model, &QAbstractItemModel::modelReset, this, &LeversPage::updateLevers);
    retranslate();
}

void LeversPage::updateLevers()
{
    // The model's own order and texts: nothing is computed here.
    m_levers->clear();
    int rank = 0;
    for (const int row : m_drivers->analysis().priorityLevers) {
        const auto text = [this, row](int column) { return m_drivers->index(row, column).data().toString(); };
        auto *item = new QListWidgetItem(tr("%1. %2 (%3)\nimportance %4 · score %5")
                                             .arg(++rank)
                                             .arg(text(DriversModel::Question), text(DriversModel::Code),
                                                  text(DriversModel::Importance), text(DriversModel::Score)),
                                         m_levers);
        item->setToolTip(m_drivers->index(row, DriversModel::Question).data(Qt::ToolTipRole).toString());
    }
    if (rank > 0)
        return;
    // No lever because the selection is too small is not "no lever".
    const std::vector<DriverFigure> &drivers = m_drivers->analysis().drivers;
    const bool classified = std::any_of(drivers.begin(), drivers.end(),
                                        [](const DriverFigure &d) { return d.quadrant != Quadrant::Unclassified; });
    new QListWidgetItem(classified ? tr("No priority lever: every important question scores above the median.")
                                   : tr("Too few respondents in this selection (fewer than 30 answers per question): "
                                        "no driver analysis."),
                        m_levers);
}

void LeversPage::retranslate()
{
    ChartPage::retranslate();
    m_leversTitle->setText(tr("Priority levers: important to overall satisfaction and scored below the median"));
    updateLevers();
}
