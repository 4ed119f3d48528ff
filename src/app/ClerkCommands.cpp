// Placeholder: replaced by its owner.
#include "CliSupport.h"
#include "Commands.h"

int runExportMinutes(const QStringList&)
{
    Cli::err() << "This command is not available yet." << Qt::endl;
    return 2;
}

int runExportActions(const QStringList&)
{
    Cli::err() << "This command is not available yet." << Qt::endl;
    return 2;
}

int runExportCalendar(const QStringList&)
{
    Cli::err() << "This command is not available yet." << Qt::endl;
    return 2;
}

