#include "trendspage.h"

#include "appsettings.h"

#include "questionlist.h"
#include "trendmodel.h"

#include <QListWidget>
#include <QSettings>

namespace {

const char QuestionsKey[] = "trends/questions";

} // namespace

TrendsPage::TrendsPage(TrendModel *model, QWidget *parent)
    : ChartPage(QStringLiteral("trends"), QT_TRANSLATE_NOOP("ChartPage", "Trends since 2004"), ChartKind::Trend,
                model, Qt::Vertical, parent)
    , m_trend(model)
    , m_questions(new QListWidget(this))
{
    m_questions->setObjectName(QStringLiteral("trendQuestions"));
    m_questions->setMinimumWidth(220);
    m_questions->setUniformItemSizes(true);
    setSideWidget(m_questions);
    connect(m_questions, &QListWidget::itemChanged, this, [this] {
        if (!m_filling)
            applyChoice();
    });
    retranslate();
    reloadQuestions();
}

void TrendsPage::reloadQuestions()
{
    m_filling = true;
    m_questions->clear();
    const QString language = model()->selection()->language();
    QStringList chosen = appSettings().value(QLatin1String(QuestionsKey)).toStringList();
    if (chosen.isEmpty())
        chosen << globalQuestionCode(model()->engine());
    for (const QuestionChoice &q : satisfactionQuestions(model()->engine(), language)) {
        auto *item = new QListWidgetItem(q.text, m_questions);
        item->setData(Qt::UserRole, q.code);
        item->setToolTip(q.text);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(chosen.contains(q.code) ? Qt::Checked : Qt::Unchecked);
    }
    m_filling = false;
    applyChoice();
}

void TrendsPage::applyChoice()
{
    QStringList codes;
    for (int i = 0; i < m_questions->count(); ++i)
        if (m_questions->item(i)->checkState() == Qt::Checked)
            codes << m_questions->item(i)->data(Qt::UserRole).toString();
    if (m_questions->count() > 0)
        appSettings().setValue(QLatin1String(QuestionsKey), codes);
    // Nothing ticked: the model falls back to the overall question.
    m_trend->setQuestionCodes(codes);
}

void TrendsPage::retranslate()
{
    ChartPage::retranslate();
    m_questions->setToolTip(tr("Tick the questions to draw"));
    // Question labels follow the language: refill, keeping the ticks.
    if (m_questions->count() > 0)
        reloadQuestions();
}
