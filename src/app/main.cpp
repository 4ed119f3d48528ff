// scrutineer: the command a person types. It needs QtCore and QtSql only, so that the verbs that
// need no window (search, list, demo, the CSV and calendar exports, the imports of CSV files,
// --help, --version, and reading minutes: import, whose PDFs are read by the child scrutineer-extract)
// start at once and run without a display. For the window, the PDF reports and Excel workbooks it
// hands over (exec, same process) to scrutineer-gui.
#include "CliSupport.h"
#include "Commands.h"
#include "core/Identity.h"

#include <QCoreApplication>

namespace {

bool isAny(const QString& arg, std::initializer_list<const char*> names)
{
    for (const char* n : names)
        if (arg == QLatin1String(n))
            return true;
    return false;
}

} // namespace

int main(int argc, char* argv[])
{
    Cli::keepArguments(argc, argv);
    const QList<Cli::Verb> verbs{
        {"demo", nullptr, runDemo},
        {"import", nullptr, runImport},
        {"list", nullptr, runList},
        {"search", nullptr, runSearch},
        {"import-plan", nullptr, runImportPlan},
        {"import-figures", nullptr, runImportFigures},
        {"server-init", nullptr, runServerInit},
        {"copy", nullptr, runCopy},
        {"verify", nullptr, runVerify},
        {"export", "plan", runExportPlan},
        {"export", "actions", runExportActions},
        {"export", "calendar", runExportCalendar},
    };
    QStringList args;
    if (const Cli::Verb* verb = Cli::findVerb(verbs, argc, argv, &args)) {
        QCoreApplication app(argc, argv);
        Identity::set();
        return verb->run(args);
    }
    const QString first = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    const QString second = argc > 2 ? QString::fromLocal8Bit(argv[2]) : QString();
    if (first == QLatin1String("export"))
        return isAny(second, {"briefing", "minutes"}) ? Cli::handOver(QStringLiteral("scrutineer-gui"))
                                                      : Cli::usage();
    if (!first.isEmpty() && !first.startsWith(QLatin1Char('-')))
        return Cli::usage();
    // The window: its options (--db FILE, --screenshots DIR), or --help and --version, said here.
    for (int i = 1; i < argc; ++i) {
        const QString arg = QString::fromLocal8Bit(argv[i]);
        if (isAny(arg, {"--help", "-h", "-?", "--help-all"}))
            return Cli::usage(true);
        if (isAny(arg, {"--version", "-v"})) {
            QTextStream(stdout) << "scrutineer " << SCRUTINEER_VERSION << '\n';
            return 0;
        }
    }
#ifdef Q_OS_LINUX
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") &&
        qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        QCoreApplication app(argc, argv);
        QTextStream(stderr) << QCoreApplication::translate(
                                   "Cli",
                                   "Scrutineer's window needs a display, and there is none here (DISPLAY "
                                   "and WAYLAND_DISPLAY are not set). Run it on the desktop, or use a "
                                   "verb that needs no window: scrutineer --help lists them.")
                            << Qt::endl;
        return 1;
    }
#endif
    return Cli::handOver(QStringLiteral("scrutineer-gui"));
}
