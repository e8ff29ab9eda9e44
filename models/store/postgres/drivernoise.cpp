#include "drivernoise.h"

#include <QString>
#include <QtGlobal>

#include <atomic>
#include <mutex>

namespace {

std::atomic<bool> lost{false};
QtMessageHandler previous = nullptr;

void filter(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtWarningMsg && lost.load(std::memory_order_relaxed)
        && message.startsWith(QLatin1String("Unable to free statement:")))
        return;
    if (previous)
        previous(type, context, message);
}

} // namespace

void DriverNoise::install()
{
    static std::once_flag once;
    std::call_once(once, [] { previous = qInstallMessageHandler(filter); });
}

void DriverNoise::connectionLost()
{
    lost.store(true, std::memory_order_relaxed);
}
