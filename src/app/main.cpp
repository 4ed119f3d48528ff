// Scrutineer: the GUI, and the command-line verbs that make it scriptable and testable.
#include "Commands.h"
#include "gui/Application.h"

#include <QApplication>
#include <QCoreApplication>
#include <QTextStream>
#include <functional>

namespace {

struct Verb
{
    const char* name;
    const char* sub; // for "export X" and "list"
    std::function<int(const QStringList&)> run;
};

int usage()
{
    QTextStream(stderr)
        << "usage:\n"
           "  scrutineer [--db FILE] [--screenshots DIR]      open the application\n"
           "  scrutineer demo --db FILE [--scale YEARS]       create the demo database\n"
           "  scrutineer import [--db FILE] [--dry-run] [--json] [--password P] FILE...\n"
           "  scrutineer list meetings|items|actions|milestones|indicators|figures --db FILE [--json]\n"
           "                  [--confidential]\n"
           "  scrutineer search --db FILE [--json] [--confidential] [--] QUERY\n"
           "  scrutineer export briefing|plan|minutes|actions|calendar ...\n"
           "  scrutineer import-plan --db FILE [--dry-run] FILE.csv\n"
           "  scrutineer import-figures --db FILE FILE.csv\n"
           "  scrutineer verify --db FILE                     check the audit trail\n";
    return 2;
}

} // namespace

int main(int argc, char* argv[])
{
    // Command-line verbs need no display; the GUI is everything else.
    const QString first = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    static const Verb verbs[] = {
        {"import", nullptr, runImport},
        {"extract", nullptr, runExtract},
        {"demo", nullptr, runDemo},
        {"list", nullptr, runList},
        {"search", nullptr, runSearch},
        {"import-plan", nullptr, runImportPlan},
        {"import-figures", nullptr, runImportFigures},
        {"verify", nullptr, runVerify},
        {"export", "briefing", runExportBriefing},
        {"export", "plan", runExportPlan},
        {"export", "minutes", runExportMinutes},
        {"export", "actions", runExportActions},
        {"export", "calendar", runExportCalendar},
    };
    for (const Verb& v : verbs) {
        if (first != QLatin1String(v.name))
            continue;
        // Reports draw with QPainter and fonts: they need a QGuiApplication, offscreen when there is no display.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY") &&
            qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QStringList args;
        for (int i = 2; i < argc; ++i)
            args << QString::fromLocal8Bit(argv[i]);
        if (v.sub) {
            if (args.isEmpty() || args.first() != QLatin1String(v.sub))
                continue;
            args.removeFirst();
        }
        if (first == QLatin1String("import") || first == QLatin1String("extract") ||
            first == QLatin1String("demo") || first == QLatin1String("list") ||
            first == QLatin1String("search") || first == QLatin1String("verify") ||
            first.startsWith(QLatin1String("import-"))) {
            QCoreApplication app(argc, argv);
            Application::setIdentity();
            return v.run(args);
        }
        QApplication app(argc, argv);
        Application::setIdentity();
        return v.run(args);
    }
    if (first == QLatin1String("export"))
        return usage();
    if (!first.isEmpty() && !first.startsWith(QLatin1Char('-')))
        return usage();
    return Application::runGui(argc, argv);
}
