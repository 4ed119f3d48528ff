// Placeholder: replaced by its owner.
#include "CliSupport.h"
#include "Commands.h"

int runExportPlan(const QStringList&)
{
    Cli::err() << "This command is not available yet." << Qt::endl;
    return 2;
}

int runImportPlan(const QStringList&)
{
    Cli::err() << "This command is not available yet." << Qt::endl;
    return 2;
}
