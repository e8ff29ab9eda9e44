#include "statusmessage.h"

#include "importwizard.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>

StatusMessage::StatusMessage(QWidget *parent)
    : QWidget(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
{
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_icon->setAlignment(Qt::AlignTop);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_icon);
    layout->addWidget(m_text, 1);
    // Never taller than its text: the pages put their tables below.
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    clear();
}

void StatusMessage::setMessage(Kind kind, const QString &text)
{
    m_kind = kind;
    m_text->setText(text);
    QStyle::StandardPixmap icon = QStyle::SP_CustomBase;
    switch (kind) {
    case Kind::Plain: break;
    case Kind::Success: icon = QStyle::SP_DialogApplyButton; break;
    case Kind::Information: icon = QStyle::SP_MessageBoxInformation; break;
    case Kind::Problem: icon = QStyle::SP_MessageBoxWarning; break;
    }
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this) * 2;
    m_icon->setPixmap(icon == QStyle::SP_CustomBase ? QPixmap() : style()->standardIcon(icon).pixmap(size, size));
    m_icon->setVisible(icon != QStyle::SP_CustomBase);
    QPalette colours = palette();
    if (kind == Kind::Problem)
        colours.setColor(QPalette::WindowText, ImportWizard::errorColor());
    m_text->setPalette(colours);
    setVisible(!text.isEmpty());
}

QString StatusMessage::text() const
{
    return m_text->text();
}
