#pragma once

#include "chartpage.h"

class DriversModel;
class QLabel;
class QListWidget;

/// Levers: importance × score with the quadrants, and the priority levers
/// listed in order beside the chart.
class LeversPage : public ChartPage
{
    Q_OBJECT

public:
    explicit LeversPage(DriversModel *model, QWidget *parent = nullptr);

    QListWidget *leverList() const { return m_levers; }

protected:
    void retranslate() override;

private:
    void updateLevers();

    DriversModel *m_drivers;
    QLabel *m_leversTitle;
    QListWidget *m_levers;
};
