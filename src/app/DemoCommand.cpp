// scrutineer demo --db FILE [--scale YEARS] [--seed N] [--force]
#include "CliSupport.h"
#include "Commands.h"
#include "store/DemoData.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

int runDemo(const QStringList& args)
{
    QCommandLineParser parser;
    Cli::addDbOption(parser);
    parser.addOption(QCommandLineOption(
        QStringLiteral("scale"),
        QCoreApplication::translate("Cli", "Create a synthetic database of YEARS years instead."),
        QStringLiteral("YEARS")));
    parser.addOption(
        QCommandLineOption(QStringLiteral("seed"),
                           QCoreApplication::translate("Cli", "Seed of the synthetic database (default 1)."),
                           QStringLiteral("N"), QStringLiteral("1")));
    parser.addOption(QCommandLineOption(
        QStringLiteral("force"), QCoreApplication::translate("Cli", "Replace an existing database file.")));
    if (!Cli::parse(parser, QStringLiteral("demo"), args))
        return 2;
    const QString path = parser.value(QStringLiteral("db"));
    if (path.isEmpty()) {
        Cli::err() << QCoreApplication::translate(
                          "Cli", "Say where to create the database: scrutineer demo --db FILE")
                   << Qt::endl;
        return 2;
    }
    bool ok = true;
    const int years =
        parser.isSet(QStringLiteral("scale")) ? parser.value(QStringLiteral("scale")).toInt(&ok) : 0;
    if (!ok || years < 0 || years > 50) {
        Cli::err() << QCoreApplication::translate("Cli", "--scale takes a number of years from 1 to 50.")
                   << Qt::endl;
        return 2;
    }
    const quint32 seed = parser.value(QStringLiteral("seed")).toUInt(&ok);
    if (!ok) {
        Cli::err() << QCoreApplication::translate("Cli", "--seed takes a whole number.") << Qt::endl;
        return 2;
    }
    if (QFileInfo::exists(path) && QFileInfo(path).size() > 0) {
        if (!parser.isSet(QStringLiteral("force"))) {
            Cli::err() << QCoreApplication::translate(
                              "Cli", "%1 already exists. Choose another file, or add --force to "
                                     "replace it.")
                              .arg(path)
                       << Qt::endl;
            return 1;
        }
        // Nothing lost: the file that was there is moved aside, whole (with its -wal and -shm), as a
        // backup, whether it was a database full of figures or something else.
        const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        QString kept = path + QStringLiteral(".replaced-%1.backup").arg(stamp);
        for (int n = 2; QFileInfo::exists(kept); ++n)
            kept = path + QStringLiteral(".replaced-%1-%2.backup").arg(stamp).arg(n);
        for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
            if (QFileInfo::exists(path + suffix) && !QFile::rename(path + suffix, kept + suffix)) {
                Cli::err() << QCoreApplication::translate("Cli",
                                                          "Could not move %1 aside to %2: the folder may be "
                                                          "read-only. Nothing was replaced; choose another "
                                                          "file.")
                                  .arg(path + suffix, kept + suffix)
                           << Qt::endl;
                return 1;
            }
        }
        Cli::err() << QCoreApplication::translate("Cli", "The database that was at %1 is kept as %2.")
                          .arg(path, kept)
                   << Qt::endl;
    }
    try {
        auto db = Database::open(path);
        QElapsedTimer timer;
        timer.start();
        if (years > 0) {
            const auto counts = DemoData::createScaled(*db, years, seed);
            Cli::out() << QCoreApplication::translate(
                              "Cli", "Created %1: %2 meetings, %3 items, %4 actions, %5 milestones, "
                                     "%6 figures, %7 MB of minutes text in %8 s.")
                              .arg(path)
                              .arg(counts.meetings)
                              .arg(counts.items)
                              .arg(counts.actions)
                              .arg(counts.milestones)
                              .arg(counts.figures)
                              .arg(double(counts.textBytes) / 1e6, 0, 'f', 1)
                              .arg(double(timer.elapsed()) / 1000, 0, 'f', 1)
                       << Qt::endl;
        } else {
            DemoData::create(*db);
            Cli::out() << QCoreApplication::translate("Cli", "Created the demo database %1.").arg(path)
                       << Qt::endl;
        }
        return 0;
    } catch (const StoreError& e) {
        Cli::err() << e.message() << Qt::endl;
        return 1;
    }
}
