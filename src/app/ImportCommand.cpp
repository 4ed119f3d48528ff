// scrutineer import [--db FILE] [--dry-run] [--json] [--password P] FILE...
// The files are read by the child scrutineer-extract (src/importer/ExtractChild.h).
#include "CliSupport.h"
#include "Commands.h"
#include "importer/MinutesParser.h"
#include "importer/MinutesSource.h"
#include "store/MinutesImport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QThreadPool>
#include <QtConcurrent>

namespace {

struct FileResult
{
    QString path;
    SourceDocument source;
    ParsedMinutes minutes;
    QByteArray sha256;
};

// Reads `paths` (in one child process) and parses them. Only a file that was read is hashed: one
// that is refused (not a PDF, too large) is not read beyond its first bytes.
QList<FileResult> readSome(const QStringList& paths, const QString& password)
{
    const QList<SourceDocument> sources =
        MinutesSource::readMany(paths, password, MinutesSource::extractProgram());
    QList<FileResult> out;
    for (int i = 0; i < paths.size(); ++i) {
        FileResult r;
        r.path = paths.at(i);
        r.source = sources.at(i);
        if (r.source.ok()) {
            r.minutes = MinutesParser::parse(r.source);
            r.sha256 = QCryptographicHash::hash(r.source.bytes, QCryptographicHash::Sha256).toHex();
        }
        out << r;
    }
    return out;
}

QJsonObject toJson(const FileResult& r)
{
    if (!r.source.ok())
        return r.source.errorJson();
    QJsonObject o = MinutesParser::toJson(r.minutes);
    o.insert(QStringLiteral("source"), QJsonObject{{QStringLiteral("file"), QFileInfo(r.path).fileName()},
                                                   {QStringLiteral("sha256"), QString::fromLatin1(r.sha256)},
                                                   {QStringLiteral("pages"), r.source.pages},
                                                   {QStringLiteral("layout"), r.source.kind}});
    return o;
}

} // namespace

int runImport(const QStringList& args)
{
    QCommandLineParser parser;
    Cli::addDbOption(parser);
    parser.addOption(QCommandLineOption(QStringLiteral("dry-run"),
                                        QCoreApplication::translate("Cli", "Read and show; save nothing.")));
    parser.addOption(QCommandLineOption(
        QStringLiteral("json"), QCoreApplication::translate("Cli", "Print JSON (one object per file).")));
    parser.addOption(QCommandLineOption(QStringLiteral("password"),
                                        QCoreApplication::translate("Cli", "Password of encrypted PDFs."),
                                        QStringLiteral("P")));
    parser.addOption(QCommandLineOption(
        QStringLiteral("replace"),
        QCoreApplication::translate("Cli", "Replace minutes already imported from the same file.")));
    parser.addPositionalArgument(QStringLiteral("files"),
                                 QCoreApplication::translate("Cli", "Minutes: PDF or plain text."),
                                 QStringLiteral("FILE..."));
    if (!Cli::parse(parser, QStringLiteral("import"), args))
        return 2;
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty()) {
        Cli::err() << QCoreApplication::translate(
                          "Cli", "Name the minutes to import: scrutineer import [--dry-run] [--json] FILE...")
                   << Qt::endl;
        return 2;
    }
    const bool json = parser.isSet(QStringLiteral("json"));
    const bool dryRun = parser.isSet(QStringLiteral("dry-run"));
    const QString password = parser.value(QStringLiteral("password"));

    std::unique_ptr<Database> db;
    if (!dryRun) {
        db = Cli::openDatabase(parser, false);
        if (!db)
            return 1;
    }
    // Read with both cores: the PDF work runs in two child processes, each given every other file.
    QThreadPool pool;
    pool.setMaxThreadCount(2);
    QStringList halves[2];
    for (int k = 0; k < files.size(); ++k)
        halves[k % 2] << files.at(k);
    QList<QFuture<QList<FileResult>>> futures;
    for (const QStringList& half : halves)
        if (!half.isEmpty())
            futures << QtConcurrent::run(&pool, readSome, half, password);
    // While one child reads, the parser gets its patterns ready on the pool's other thread (with
    // two children both cores are busy already).
    // Not for a file refused from its first bytes: its answer would wait for the patterns.
    QFuture<void> prepared;
    char kind = 0;
    if (futures.size() == 1 && !MinutesSource::sniff(files.first(), ReadLimits(), &kind, nullptr))
        prepared = QtConcurrent::run(&pool, MinutesParser::prepare);
    QList<QList<FileResult>> read;
    for (auto& f : futures)
        read << f.result();
    int status = 0;
    for (int k = 0; k < files.size(); ++k) {
        const FileResult r = read.at(k % 2).at(k / 2);
        if (!r.source.ok())
            status = 3;
        QJsonObject out = toJson(r);
        if (!dryRun && r.source.ok()) {
            try {
                const auto saved =
                    MinutesImport::save(*db, r.minutes, QFileInfo(r.path).fileName(), r.source.bytes,
                                        r.source.pages, parser.isSet(QStringLiteral("replace")));
                out.insert(QStringLiteral("saved"),
                           QJsonObject{{QStringLiteral("meeting_id"), saved.meetingId},
                                       {QStringLiteral("status"), saved.status},
                                       {QStringLiteral("items"), saved.items},
                                       {QStringLiteral("resolutions"), saved.resolutions},
                                       {QStringLiteral("actions"), saved.actions},
                                       {QStringLiteral("people"), saved.people},
                                       {QStringLiteral("message"), saved.message}});
                if (!json)
                    Cli::out() << saved.message << '\n';
            } catch (const StoreError& e) {
                status = status ? status : 1;
                if (!json)
                    Cli::err() << r.path << ": " << e.message() << '\n';
                out.insert(QStringLiteral("saved"), QJsonObject{{QStringLiteral("error"), e.message()}});
            }
        }
        if (json) {
            Cli::printJson(QJsonDocument(out), files.size() > 1);
        } else if (!r.source.ok()) {
            Cli::err() << r.path << ": " << r.source.message << '\n';
        } else if (dryRun) {
            Cli::out() << QCoreApplication::translate(
                              "Cli", "%1: %2 items, %3 present, %4 apologies, %5 declarations of interest")
                              .arg(r.path)
                              .arg(r.minutes.items.size())
                              .arg(r.minutes.present.size())
                              .arg(r.minutes.apologies.size())
                              .arg(r.minutes.declarations.size())
                       << '\n';
        }
    }
    Cli::out().flush();
    Cli::err().flush();
    return status;
}
