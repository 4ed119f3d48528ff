// scrutineer list meetings|items|actions|milestones|indicators|figures --db FILE [--json] [--confidential]
#include "CliSupport.h"
#include "Commands.h"
#include "store/ListQueries.h"

#include <QJsonArray>
#include <QJsonObject>

int runList(const QStringList& args)
{
    QCommandLineParser parser;
    Cli::addDbOption(parser);
    parser.addOption(
        QCommandLineOption(QStringLiteral("json"),
                           QCoreApplication::translate("Cli", "Print a JSON array, one object per row.")));
    parser.addOption(
        QCommandLineOption(QStringLiteral("confidential"),
                           QCoreApplication::translate(
                               "Cli", "Include exempt (Part 2) items and the actions raised under them.")));
    parser.addPositionalArgument(QStringLiteral("kind"), ListQueries::kinds().join(QLatin1Char('|')));
    if (!Cli::parse(parser, QStringLiteral("list"), args))
        return 2;
    if (parser.positionalArguments().size() != 1 ||
        !ListQueries::kinds().contains(parser.positionalArguments().first())) {
        Cli::err() << QCoreApplication::translate("Cli", "Say what to list: %1.")
                          .arg(ListQueries::kinds().join(QStringLiteral(", ")))
                   << Qt::endl;
        return 2;
    }
    const QString kind = parser.positionalArguments().first();
    auto db = Cli::openDatabase(parser);
    if (!db)
        return 1;
    try {
        const auto rows = ListQueries::rows(*db, kind, parser.isSet(QStringLiteral("confidential")));
        if (parser.isSet(QStringLiteral("json"))) {
            QJsonArray array;
            for (const QVariantMap& row : rows)
                array.append(QJsonObject::fromVariantMap(row));
            Cli::printJson(QJsonDocument(array));
            return 0;
        }
        const QStringList columns = ListQueries::columns(kind);
        Cli::out() << columns.join(QLatin1Char('\t')) << '\n';
        for (const QVariantMap& row : rows) {
            QStringList cells;
            for (const QString& c : columns)
                cells << row.value(c)
                             .toString()
                             .replace(QLatin1Char('\t'), QLatin1Char(' '))
                             .replace(QLatin1Char('\n'), QLatin1Char(' '));
            Cli::out() << cells.join(QLatin1Char('\t')) << '\n';
        }
        Cli::out().flush();
        return 0;
    } catch (const StoreError& e) {
        Cli::err() << e.message() << Qt::endl;
        return 1;
    }
}
