#include "welcomepage.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_text(new QLabel(this))
    , m_import(new QPushButton(this))
    , m_demo(new QPushButton(this))
    , m_otherText(new QLabel(this))
    , m_codebook(new QPushButton(this))
    , m_published(new QPushButton(this))
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
    m_import->setDefault(true);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_import);
    buttons->addWidget(m_demo);
    buttons->addStretch(1);
    // Before a first import: the provider's questions dictionary, or the
    // published figures of earlier waves. Always within reach here, since
    // the Data page is not shown while the store is empty.
    m_otherText->setAlignment(Qt::AlignCenter);
    m_otherText->setWordWrap(true);
    m_codebook->setObjectName(QStringLiteral("welcomeCodebook"));
    m_published->setObjectName(QStringLiteral("welcomePublished"));
    for (QPushButton *button : {m_codebook, m_published})
        button->setFlat(true);
    auto *others = new QHBoxLayout;
    others->addStretch(1);
    others->addWidget(m_codebook);
    others->addWidget(m_published);
    others->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(m_title);
    layout->addSpacing(12);
    layout->addWidget(m_text);
    layout->addSpacing(16);
    layout->addLayout(buttons);
    layout->addSpacing(28);
    layout->addWidget(m_otherText);
    layout->addLayout(others);
    layout->addStretch(3);
    connect(m_import, &QPushButton::clicked, this, &WelcomePage::importRequested);
    connect(m_demo, &QPushButton::clicked, this, &WelcomePage::demoRequested);
    connect(m_codebook, &QPushButton::clicked, this, &WelcomePage::importCodebookRequested);
    connect(m_published, &QPushButton::clicked, this, &WelcomePage::importPublishedRequested);
    retranslate();
}

void WelcomePage::setStoreSummary(const QString &storePath, int waveCount)
{
    m_storePath = storePath;
    m_waveCount = waveCount;
    retranslate();
}

void WelcomePage::setActionsEnabled(bool enabled)
{
    for (QPushButton *button : {m_import, m_demo, m_codebook, m_published})
        button->setEnabled(enabled);
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
    m_import->setText(tr("&Import a survey…"));
    m_demo->setText(tr("Load the &demo data"));
    m_demo->setToolTip(tr("A generated 2020 wave and the published figures since 2004, all marked as demo "
                          "data and removable from the Data page"));
    m_otherText->setText(tr("Your provider sent a questions dictionary (codebook) with the file? The import "
                            "finds it beside the file, or you can add it now. Figures published before the "
                            "answers were kept (2004–2017) come as a table of published results."));
    m_codebook->setText(tr("Import a &questions dictionary…"));
    m_published->setText(tr("Import &published results…"));
}
