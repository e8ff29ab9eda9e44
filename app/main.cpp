#include "cli.h"
#include "language.h"
#include "mainwindow.h"

#include <QApplication>
#include <QSettings>

#include <cstdio>
#include <cstdlib>

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace {

// A command runs once and exits: the large buffers of an import (the file
// read, its columns, the rows sent to a server) are taken again from the
// heap once freed, not mapped and unmapped each time (a 40,000-respondent
// server import: about 2,000 page faults and 4-6 ms of CPU fewer,
// docs/performance.md). Buffers over 32 MB are still mapped apart.
void keepFreedMemoryForReuse()
{
#ifdef __GLIBC__
    mallopt(M_MMAP_THRESHOLD, 32 << 20);
    mallopt(M_TRIM_THRESHOLD, 128 << 20);
    mallopt(M_TOP_PAD, 16 << 20);
#endif
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication::setOrganizationName(QStringLiteral("Satisfecit"));
    QCoreApplication::setApplicationName(QStringLiteral("satisfecit"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SATISFECIT_VERSION));

    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    if (isHeadlessInvocation(arguments)) {
        keepFreedMemoryForReuse();
        if (commandNeedsGui(arguments)) {
            // Charts and reports are drawn, but a command never needs a display.
            if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
                && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
                qputenv("QT_QPA_PLATFORM", "offscreen");
            QApplication app(argc, argv);
            return runCommandLine(arguments);
        }
        QCoreApplication app(argc, argv);
        const int status = runCommandLine(arguments);
        // All a command does is done by now: its store closed, its files
        // written, its output flushed here. It ends without the libraries'
        // own teardown (Qt's plugins, libpq, OpenSSL…), which took about
        // 2.5 ms of every command, a server import's included
        // (docs/performance.md).
        std::fflush(nullptr);
        std::_Exit(status);
    }

    QApplication app(argc, argv);
    app.setWindowIcon(QIcon(QStringLiteral(":/satisfecit/icon.svg")));
    QSettings settings;
    // --lang in window mode is the language chosen from now on, as from the menu.
    const QString language = globalOptionValue(arguments, QStringLiteral("lang"));
    if (language == QLatin1String("fr") || language == QLatin1String("en"))
        settings.setValue(QStringLiteral("language"), language);
    installTranslations(chooseLanguage(settings.value(QStringLiteral("language")).toString()));
    MainWindow window;
    window.openStartupStore(globalOptionValue(arguments, QStringLiteral("db")));
    window.show();
    if (const QString survey = surveyFileArgument(arguments); !survey.isEmpty())
        QMetaObject::invokeMethod(&window, [&window, survey] { window.importSurvey(survey); }, Qt::QueuedConnection);
    return app.exec();
}
