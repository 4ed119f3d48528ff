// scrutineer-import: reading minutes, without the window's libraries; `scrutineer import` hands over
// to it. It does not link Poppler either: the files are read by the child, scrutineer-extract.
#include "CliSupport.h"
#include "Commands.h"
#include "core/Identity.h"

#include <QCoreApplication>

int main(int argc, char* argv[])
{
    Cli::keepArguments(argc, argv);
    const QList<Cli::Verb> verbs{
        {"import", nullptr, runImport},
    };
    QStringList args;
    const Cli::Verb* verb = Cli::findVerb(verbs, argc, argv, &args);
    if (!verb)
        return Cli::usage();
    QCoreApplication app(argc, argv);
    Identity::set();
    return verb->run(args);
}
