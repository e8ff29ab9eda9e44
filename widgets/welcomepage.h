#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

/// Shown while the store holds no survey: what the store is and what to do
/// next (import a survey, or load the demo data).
class WelcomePage : public QWidget
{
    Q_OBJECT

public:
    explicit WelcomePage(QWidget *parent = nullptr);

    void setStoreSummary(const QString &storePath, int waveCount);
    /// The buttons work only with a store open.
    void setActionsEnabled(bool enabled);

signals:
    void importRequested();
    void demoRequested();
    void importCodebookRequested();
    void importPublishedRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_title;
    QLabel *m_text;
    QPushButton *m_import;
    QPushButton *m_demo;
    QLabel *m_otherText;
    QPushButton *m_codebook;
    QPushButton *m_published;
    QString m_storePath;
    int m_waveCount = 0;
};
