// scrutineer-gui: the window, and every command-line verb (those that draw PDFs or write Excel
// workbooks are handed here by `scrutineer`, which does the others itself without the GUI
// libraries; see main.cpp).
#include "CliSupport.h"
#include "Commands.h"
#include "gui/Application.h"

#include <QApplication>
#include <QCoreApplication>

int main(int argc, char* argv[])
{
    Cli::keepArguments(argc, argv);
    // Command-line verbs need no display; the GUI is everything else.
    const QString first = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    const QList<Cli::Verb> verbs{
        {"import", nullptr, runImport},
        {"demo", nullptr, runDemo},
        {"list", nullptr, runList},
        {"search", nullptr, runSearch},
        {"import-plan", nullptr, runImportPlan},
        {"import-figures", nullptr, runImportFigures},
        {"export", "briefing", runExportBriefing},
        {"export", "plan", runExportPlan},
        {"export", "minutes", runExportMinutes},
        {"export", "actions", runExportActions},
        {"export", "calendar", runExportCalendar},
    };
    QStringList args;
    if (const Cli::Verb* v = Cli::findVerb(verbs, argc, argv, &args)) {
        // Reports draw with QPainter and fonts: they need a QGuiApplication, offscreen when there is no
        // display.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY") &&
            qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        if (first == QLatin1String("import") || first == QLatin1String("demo") ||
            first == QLatin1String("list") || first == QLatin1String("search") ||
            first.startsWith(QLatin1String("import-"))) {
            QCoreApplication app(argc, argv);
            Application::setIdentity();
            return v->run(args);
        }
        QApplication app(argc, argv);
        Application::setIdentity();
        return v->run(args);
    }
    if (first == QLatin1String("export"))
        return Cli::usage();
    if (!first.isEmpty() && !first.startsWith(QLatin1Char('-')))
        return Cli::usage();
    return Application::runGui(argc, argv);
}
