#pragma once

#include <QStringList>

// The child end of the extract protocol (ExtractProtocol.h): `scrutineer extract [--open-ms N]
// [--page-ms N] [--max-ms N] [--memory-mb N]` reads the files its parent sends on standard input, one after
// another, and answers each on standard output. It runs under the limits its parent set when it
// started it (MinutesReader: dies with the parent, bounded address space), and it also stops
// itself (SIGALRM) a little after the time budget the parent enforces, should the parent fail to.
// `extract render` draws the pages of one PDF on request instead (PageRenderer).
namespace ExtractChild {

int run(const QStringList& args);

} // namespace ExtractChild
