// scrutineer export briefing --db FILE --meeting ID --out FILE.pdf [--confidential]
#include "CliSupport.h"
#include "Commands.h"
#include "reports/BriefingPack.h"

#include <QCoreApplication>

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Cli", text);
}

} // namespace

int runExportBriefing(const QStringList& args)
{
    return Cli::exportMeetingPdf(args, QStringLiteral("export briefing"), tr("the pack"), QStringLiteral("pack.pdf"),
                                 tr("Include exempt (Part 2) items; every page is marked confidential."),
                                 &BriefingPack::writePdf);
}
