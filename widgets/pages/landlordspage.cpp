#include "landlordspage.h"

#include "appsettings.h"

#include "figureroles.h"
#include "questionlist.h"
#include "tableview.h"
#include "rankingmodel.h"

#include <QComboBox>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QSettings>

namespace {

const char QuestionKey[] = "landlords/question";

} // namespace

LandlordsPage::LandlordsPage(RankingModel *model, QWidget *parent)
    : ChartPage(QStringLiteral("landlords"), QT_TRANSLATE_NOOP("ChartPage", "Landlords"), ChartKind::Ranking, model,
                Qt::Horizontal, parent)
    , m_ranking(model)
    , m_questionLabel(new QLabel(this))
    , m_question(new QComboBox(this))
{
    m_question->setObjectName(QStringLiteral("rankingQuestion"));
    m_question->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_question->setMaxVisibleItems(20);
    m_questionLabel->setBuddy(m_question);
    addControl(m_questionLabel);
    addControl(m_question);
    connect(m_question, &QComboBox::currentIndexChanged, this, [this] {
        if (m_filling)
            return;
        const QString code = m_question->currentData().toString();
        appSettings().setValue(QLatin1String(QuestionKey), code);
        m_ranking->setQuestionCode(code);
    });
    // The selected landlord stands out in the table too.
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        table()->clearSelection();
        for (int row = 0; row < m_ranking->rowCount(); ++row)
            if (m_ranking->index(row, 0).data(+FigureRole::Selected).toBool())
                table()->selectRow(proxy()->mapFromSource(m_ranking->index(row, 0)).row());
    });
    retranslate();
    reloadQuestions();
}

void LandlordsPage::reloadQuestions()
{
    m_filling = true;
    const QString current = m_question->count() > 0 ? m_question->currentData().toString()
                                                    : appSettings().value(QLatin1String(QuestionKey)).toString();
    m_question->clear();
    for (const QuestionChoice &q : satisfactionQuestions(model()->engine(), model()->selection()->language()))
        m_question->addItem(q.text, q.code);
    int index = m_question->findData(current);
    if (index < 0)
        index = m_question->findData(globalQuestionCode(model()->engine()));
    m_question->setCurrentIndex(std::max(index, 0));
    m_filling = false;
    m_ranking->setQuestionCode(m_question->currentData().toString());
}

QString LandlordsPage::smallBaseNote(int count) const
{
    return tr("%n landlord(s) with fewer than 30 valid answers: not shown in the chart, listed in the table.",
              nullptr, count);
}

void LandlordsPage::retranslate()
{
    ChartPage::retranslate();
    m_questionLabel->setText(tr("&Question:"));
    if (m_question->count() > 0)
        reloadQuestions();
}
