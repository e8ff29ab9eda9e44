#pragma once

#include <QWizardPage>

struct ImportSession;
class QFormLayout;
class QLabel;

/// Last page: what was imported. Finish closes the wizard, which then
/// announces the new wave (ImportWizard::waveImported).
class SummaryPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit SummaryPage(ImportSession &session, QWidget *parent = nullptr);

    void initializePage() override;

private:
    ImportSession &m_session;
    QLabel *m_file;
    QLabel *m_wave;
    QLabel *m_respondents;
    QLabel *m_questions;
    QLabel *m_segments;
    QLabel *m_reading;
    QLabel *m_note;
};
