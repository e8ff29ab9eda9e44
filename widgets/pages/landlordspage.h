#pragma once

#include "chartpage.h"

class RankingModel;
class QComboBox;
class QLabel;

/// Landlords: the ranking on one question (remembered), the selected
/// landlord highlighted, small bases left out with a note.
class LandlordsPage : public ChartPage
{
    Q_OBJECT

public:
    explicit LandlordsPage(RankingModel *model, QWidget *parent = nullptr);

    void reloadQuestions();
    QComboBox *questionCombo() const { return m_question; }

protected:
    QString smallBaseNote(int count) const override;
    void retranslate() override;

private:
    RankingModel *m_ranking;
    QLabel *m_questionLabel;
    QComboBox *m_question;
    bool m_filling = false;
};
