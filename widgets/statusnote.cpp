#include "statusnote.h"

#include <QDeadlineTimer>
#include <QEvent>
#include <QMainWindow>
#include <QStatusBar>

namespace {

// One per status bar, its child: a language change reaches every child of
// the window's widgets.
class Retranslator : public QObject
{
    Q_OBJECT

public:
    explicit Retranslator(QStatusBar *bar)
        : QObject(bar)
        , m_bar(bar)
    {
        setObjectName(QStringLiteral("statusNote"));
        connect(bar, &QStatusBar::messageChanged, this, &Retranslator::messageChanged);
    }

    void show(std::function<QString()> text, int timeoutMs)
    {
        m_text = std::move(text);
        m_deadline = timeoutMs > 0 ? QDeadlineTimer(timeoutMs) : QDeadlineTimer(QDeadlineTimer::Forever);
        display(timeoutMs);
    }

protected:
    bool event(QEvent *event) override
    {
        if (event->type() == QEvent::LanguageChange && m_text) {
            if (m_deadline.isForever())
                display(0);
            else if (const qint64 left = m_deadline.remainingTime(); left > 0)
                display(int(left));
        }
        return QObject::event(event);
    }

private:
    void display(int timeoutMs)
    {
        m_shown = m_text();
        m_bar->showMessage(m_shown, timeoutMs);
    }
    void messageChanged(const QString &message)
    {
        if (message != m_shown)
            m_text = nullptr;
    }

    QStatusBar *m_bar;
    std::function<QString()> m_text;
    QString m_shown;
    QDeadlineTimer m_deadline;
};

} // namespace

void StatusNote::show(QWidget *widget, std::function<QString()> text, int timeoutMs)
{
    auto *window = widget ? qobject_cast<QMainWindow *>(widget->window()) : nullptr;
    if (!window || !text)
        return;
    QStatusBar *bar = window->statusBar();
    auto *retranslator = bar->findChild<Retranslator *>(QStringLiteral("statusNote"), Qt::FindDirectChildrenOnly);
    if (!retranslator)
        retranslator = new Retranslator(bar);
    retranslator->show(std::move(text), timeoutMs);
}

#include "statusnote.moc"
