#include "sharespage.h"

#include "appsettings.h"

#include "figureengine.h"
#include "sharefigures.h"
#include "sharemodel.h"

#include <QListWidget>
#include <QSettings>

namespace {

const char QuestionKey[] = "shares/question";

} // namespace

SharesPage::SharesPage(ShareModel *model, QWidget *parent)
    : ChartPage(QStringLiteral("shares"), QT_TRANSLATE_NOOP("ChartPage", "Information and uses"), ChartKind::Shares,
                model, Qt::Vertical, parent)
    , m_shares(model)
    , m_questions(new QListWidget(this))
{
    m_questions->setObjectName(QStringLiteral("shareQuestions"));
    m_questions->setMinimumWidth(220);
    m_questions->setMaximumWidth(300);
    m_questions->setSelectionMode(QAbstractItemView::SingleSelection);
    setSideWidget(m_questions);
    connect(m_questions, &QListWidget::currentRowChanged, this, [this] {
        if (!m_filling)
            applyChoice();
    });
    retranslate();
    reloadQuestions();
}

void SharesPage::reloadQuestions()
{
    m_filling = true;
    const QString chosen = appSettings().value(QLatin1String(QuestionKey)).toString();
    m_questions->clear();
    auto *all = new QListWidgetItem(tr("All questions"), m_questions);
    all->setData(Qt::UserRole, QString());
    int current = 0;
    FigureEngine *engine = model()->engine();
    if (engine && engine->store()) {
        const QString language = model()->selection()->language();
        for (const Question &q : engine->codebook().questions()) {
            if (!isShareQuestion(q))
                continue;
            auto *item = new QListWidgetItem(QStringLiteral("%1 — %2").arg(q.code, q.label(language)), m_questions);
            item->setData(Qt::UserRole, q.code);
            item->setToolTip(item->text());
            if (q.code == chosen)
                current = m_questions->count() - 1;
        }
    }
    m_questions->setCurrentRow(current);
    m_filling = false;
    applyChoice();
}

void SharesPage::applyChoice()
{
    const QListWidgetItem *item = m_questions->currentItem();
    const QString code = item ? item->data(Qt::UserRole).toString() : QString();
    if (m_questions->count() > 1)
        appSettings().setValue(QLatin1String(QuestionKey), code);
    m_shares->setQuestionCode(code);
}

void SharesPage::retranslate()
{
    ChartPage::retranslate();
    m_questions->setToolTip(tr("The question to draw"));
    if (m_questions->count() > 0)
        reloadQuestions();
}

QString SharesPage::smallBaseNote(int count) const
{
    return tr("%n row(s) whose group has fewer than 30 valid answers: no bar, no share.", nullptr, count);
}
