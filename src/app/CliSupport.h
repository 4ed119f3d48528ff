#pragma once

#include "store/Database.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QString>
#include <QTextStream>
#include <functional>
#include <memory>

// Small helpers shared by the command-line verbs.
namespace Cli {

// The command line is split between two executables: `scrutineer`, the command a person types,
// which needs only QtCore and QtSql (minutes are read by its child scrutineer-extract, the one
// program with Poppler); and `scrutineer-gui` (the window, PDF reports, Excel workbooks). main()
// keeps its arguments so that a verb can hand over to the executable that does it.
void keepArguments(int argc, char* argv[]);
// A verb of the command line: "search", or "export" with its sub-verb "plan".
struct Verb
{
    const char* name;
    const char* sub;
    std::function<int(const QStringList&)> run;
};
// The verb that argv names (and its arguments, after the verb), or null.
const Verb* findVerb(const QList<Verb>& verbs, int argc, char* argv[], QStringList* args);
// Prints what the command line takes (to stderr) and returns 2; to stdout and 0 when asked (--help).
int usage(bool asked = false);

// The executable `name` beside this one (or in ../libexec/scrutineer/); empty when missing.
QString programBeside(const QString& name);
// Replaces this process with `name`, given the same arguments. Returns (1, after a message) only
// when it cannot.
int handOver(const QString& name);

QTextStream& out();
QTextStream& err();

// Adds --db FILE to a parser.
void addDbOption(QCommandLineParser& parser);

// Parses `args` (the verb's arguments, without program name and verb) for `verb`.
// Prints the error and returns false on bad usage (exit status 2).
bool parse(QCommandLineParser& parser, const QString& verb, const QStringList& args);

// For verbs whose positional arguments are free text (search): `args` with every argument that
// starts with a dash but is none of the verb's options (`withValue` take a value, `flags` do not;
// names without dashes) moved after a "--", so that "search -care" and "search -1" search rather
// than fail as unknown options. A "--" the user typed ends the options as usual.
QStringList textAfterOptions(const QStringList& args, const QStringList& withValue, const QStringList& flags);

// The database named by --db, or the user's default database; prints a message and returns
// null when it cannot be opened.
std::unique_ptr<Database> openDatabase(const QCommandLineParser& parser, bool mustExist = true);

// The default database in the user's data folder.
QString defaultDatabasePath();

void printJson(const QJsonDocument& doc, bool compact = false);

// Prints `shown` (the first errors of a file) to stderr, then how many more there are when `total`
// is larger: a file with a million bad rows gets a hundred lines and a count, not a million lines.
void printErrors(const QStringList& shown, int total);

// The PDF of one meeting (its minutes, its briefing pack): options --db, --meeting ID, --out FILE,
// --confidential; `what` names the document in messages ("the minutes"), `example` the --out
// example ("minutes.pdf"). Returns the exit status. (In scrutineer-gui: BriefingCommand.cpp.)
using MeetingPdfWriter = bool (*)(const Database& db, qint64 meetingId, bool confidential,
                                  const QString& path, QString* error);
int exportMeetingPdf(const QStringList& args, const QString& verb, const QString& what,
                     const QString& example, const QString& confidentialHelp, MeetingPdfWriter write);

} // namespace Cli
