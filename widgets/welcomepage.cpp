#include "welcomepage.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_text(new QLabel(this))
{
    setObjectName(QStringLiteral("WelcomePage"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.8);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setAlignment(Qt::AlignCenter);
    m_text->setAlignment(Qt::AlignCenter);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(m_title);
    layout->addSpacing(12);
    layout->addWidget(m_text);
    layout->addStretch(3);
    retranslate();
}

void WelcomePage::setStoreSummary(const QString &storePath, int waveCount)
{
    m_storePath = storePath;
    m_waveCount = waveCount;
    retranslate();
}

void WelcomePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void WelcomePage::retranslate()
{
    m_title->setText(tr("Satisfecit"));
    QString text = tr("Tenant-satisfaction surveys: scores /10, QPV comparisons, trends since 2004.");
    if (!m_storePath.isEmpty())
        text += QLatin1String("\n\n")
                + tr("Store: %1 — %n wave(s)", nullptr, m_waveCount).arg(m_storePath);
    m_text->setText(text);
}
