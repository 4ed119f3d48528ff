// Placeholder: replaced by its owner.
#include "CliSupport.h"
#include "Commands.h"

int runSearch(const QStringList&)
{
    Cli::err() << "This command is not available yet." << Qt::endl;
    return 2;
}
