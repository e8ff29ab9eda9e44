#include "summarypage.h"

#include "importsession.h"

#include <QFormLayout>
#include <QLabel>
#include <QLocale>

SummaryPage::SummaryPage(ImportSession &session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_file(new QLabel(this))
    , m_wave(new QLabel(this))
    , m_respondents(new QLabel(this))
    , m_questions(new QLabel(this))
    , m_segments(new QLabel(this))
    , m_reading(new QLabel(this))
    , m_note(new QLabel(this))
{
    setObjectName(QStringLiteral("summaryPage"));
    setTitle(tr("Survey imported"));
    setSubTitle(tr("The wave is in the store. Click Finish to see its figures."));
    setFinalPage(true);

    m_wave->setObjectName(QStringLiteral("summaryWave"));
    m_respondents->setObjectName(QStringLiteral("summaryRespondents"));
    m_questions->setObjectName(QStringLiteral("summaryQuestions"));
    m_segments->setObjectName(QStringLiteral("summarySegments"));
    m_note->setObjectName(QStringLiteral("summaryNote"));
    for (QLabel *label : {m_file, m_wave, m_respondents, m_questions, m_segments, m_reading, m_note}) {
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }

    auto *form = new QFormLayout(this);
    form->addRow(tr("File:"), m_file);
    form->addRow(tr("Wave:"), m_wave);
    form->addRow(tr("Respondents:"), m_respondents);
    form->addRow(tr("Questions:"), m_questions);
    form->addRow(tr("Segment columns:"), m_segments);
    form->addRow(tr("Read as:"), m_reading);
    form->addRow(QString(), m_note);
}

void SummaryPage::initializePage()
{
    const ImportResult &result = m_session.result;
    const WaveInfo &wave = result.wave;
    m_file->setText(wave.sourceFile);
    m_wave->setText(tr("%1 %2").arg(wave.year).arg(wave.scope));
    m_respondents->setText(QLocale().toString(wave.respondentCount));
    const QStringList questions = result.mapping.questionHeaders();
    m_questions->setText(tr("%Ln (%1)", nullptr, int(questions.size())).arg(questions.join(QLatin1String(", "))));
    const QStringList segments = result.mapping.segmentHeaders();
    m_segments->setText(segments.isEmpty()
                            ? tr("none")
                            : tr("%Ln (%1)", nullptr, int(segments.size())).arg(segments.join(QLatin1String(", "))));
    QStringList reading;
    if (!result.sheet.isEmpty())
        reading << tr("sheet %1").arg(result.sheet);
    else if (!result.delimiter.isEmpty())
        reading << tr("encoding %1").arg(result.encoding)
                << tr("delimiter %1").arg(result.delimiter == QLatin1String("\\t") ? tr("tab") : result.delimiter);
    m_reading->setText(reading.isEmpty() ? tr("SPSS value labels") : reading.join(QLatin1String(", ")));
    m_note->setText(m_session.replaced ? tr("The previous wave %1 %2 was replaced.").arg(wave.year).arg(wave.scope)
                                       : QString());
    m_note->setVisible(m_session.replaced);
}
