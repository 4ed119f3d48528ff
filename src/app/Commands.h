#pragma once

#include <QStringList>

// The command-line verbs. Each takes the arguments after the verb and returns the exit status:
// 0 done, 2 bad usage, 3 a file could not be read, 1 any other failure (with a message on stderr).
// Each verb lives in its own file: ImportCommand.cpp, DemoCommand.cpp, ListCommand.cpp,
// SearchCommand.cpp, BriefingCommand.cpp, PlanCommands.cpp (export plan, import-plan),
// ClerkCommands.cpp (export minutes|actions|calendar), FiguresCommands.cpp (import-figures).
int runImport(const QStringList& args);
int runDemo(const QStringList& args);
int runList(const QStringList& args);
int runSearch(const QStringList& args);
int runExportBriefing(const QStringList& args);
int runExportPlan(const QStringList& args);
int runImportPlan(const QStringList& args);
int runExportMinutes(const QStringList& args);
int runExportActions(const QStringList& args);
int runExportCalendar(const QStringList& args);
int runImportFigures(const QStringList& args);
// ServerCommands.cpp: setting up a server database, and copying between a file and a server.
int runServerInit(const QStringList& args);
int runCopy(const QStringList& args);
int runVerify(const QStringList& args); // VerifyCommand.cpp
