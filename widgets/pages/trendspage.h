#pragma once

#include "chartpage.h"

class TrendModel;
class QListWidget;
class QListWidgetItem;

/// Trends: the history of the questions ticked in the list (remembered),
/// since 2004.
class TrendsPage : public ChartPage
{
    Q_OBJECT

public:
    explicit TrendsPage(TrendModel *model, QWidget *parent = nullptr);

    /// Refills the question list from the store's codebook.
    void reloadQuestions();
    QListWidget *questionList() const { return m_questions; }

protected:
    void retranslate() override;

private:
    void applyChoice();

    TrendModel *m_trend;
    QListWidget *m_questions;
    bool m_filling = false;
};
