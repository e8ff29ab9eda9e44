#pragma once

#include <QWidget>

class QLabel;

/// Shown while the store holds no survey: what the store is and what to do next.
class WelcomePage : public QWidget
{
    Q_OBJECT

public:
    explicit WelcomePage(QWidget *parent = nullptr);

    void setStoreSummary(const QString &storePath, int waveCount);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_title;
    QLabel *m_text;
    QString m_storePath;
    int m_waveCount = 0;
};
