// scrutineer-import: reading minutes (Poppler), without the window's libraries. `scrutineer import`
// and `scrutineer extract` (the child that reads PDFs for an import) hand over to it.
#include "CliSupport.h"
#include "Commands.h"
#include "core/Identity.h"

#include <QCoreApplication>

int main(int argc, char* argv[])
{
    Cli::keepArguments(argc, argv);
    const QList<Cli::Verb> verbs{
        {"import", nullptr, runImport},
        {"extract", nullptr, runExtract},
    };
    QStringList args;
    const Cli::Verb* verb = Cli::findVerb(verbs, argc, argv, &args);
    if (!verb)
        return Cli::usage();
    QCoreApplication app(argc, argv);
    Identity::set();
    return verb->run(args);
}
