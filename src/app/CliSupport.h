#pragma once

#include "store/Database.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QString>
#include <QTextStream>
#include <memory>

// Small helpers shared by the command-line verbs.
namespace Cli {

QTextStream& out();
QTextStream& err();

// Adds --db FILE to a parser.
void addDbOption(QCommandLineParser& parser);

// Parses `args` (the verb's arguments, without program name and verb) for `verb`.
// Prints the error and returns false on bad usage (exit status 2).
bool parse(QCommandLineParser& parser, const QString& verb, const QStringList& args);

// The database named by --db, or the user's default database; prints a message and returns
// null when it cannot be opened.
std::unique_ptr<Database> openDatabase(const QCommandLineParser& parser, bool mustExist = true);

// The default database in the user's data folder.
QString defaultDatabasePath();

void printJson(const QJsonDocument& doc, bool compact = false);

// The PDF of one meeting (its minutes, its briefing pack): options --db, --meeting ID, --out FILE,
// --confidential; `what` names the document in messages ("the minutes"), `example` the --out
// example ("minutes.pdf"). Returns the exit status.
using MeetingPdfWriter = bool (*)(const Database& db, qint64 meetingId, bool confidential, const QString& path,
                                  QString* error);
int exportMeetingPdf(const QStringList& args, const QString& verb, const QString& what, const QString& example,
                     const QString& confidentialHelp, MeetingPdfWriter write);

} // namespace Cli
