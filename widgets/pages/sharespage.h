#pragma once

#include "chartpage.h"

class ShareModel;
class QListWidget;

/// Information et usages: the shares of the options of the yes/no and
/// single-choice questions (information medium, smartphone, internet,
/// recommendation), one question at a time or all of them, chosen in the
/// list (remembered).
class SharesPage : public ChartPage
{
    Q_OBJECT

public:
    explicit SharesPage(ShareModel *model, QWidget *parent = nullptr);

    /// Refills the question list from the store's codebook.
    void reloadQuestions();
    QListWidget *questionList() const { return m_questions; }

protected:
    void retranslate() override;
    QString smallBaseNote(int count) const override;

private:
    void applyChoice();

    ShareModel *m_shares;
    QListWidget *m_questions;
    bool m_filling = false;
};
