// scrutineer search --db FILE [--json] [--confidential] [--committee ID] [--from DATE] [--to DATE]
//                   [--limit N] [--] QUERY
#include "CliSupport.h"
#include "Commands.h"
#include "core/BritishDate.h"
#include "store/SearchRepository.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace {

// The context of this file's strings, the same for tr() at run time and for lupdate.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

bool readDate(const QCommandLineParser& parser, const QString& name, QDate* date)
{
    if (!parser.isSet(name))
        return true;
    *date = BritishDate::parse(parser.value(name));
    if (date->isValid())
        return true;
    Cli::err() << Text::tr(
                      "--%1 \"%2\" is not a date. Write it as 6 December 2016, 06/12/2016 or 2016-12-06.")
                      .arg(name, parser.value(name))
               << Qt::endl;
    return false;
}

} // namespace

int runSearch(const QStringList& args)
{
    QCommandLineParser parser;
    Cli::addDbOption(parser);
    parser.addOption(QCommandLineOption(
        QStringLiteral("json"),
        Text::tr("Print a JSON array of hits, best first; matched words are marked **like this** "
                 "in heading and snippet.")));
    parser.addOption(QCommandLineOption(QStringLiteral("committee"),
                                        Text::tr("Only this committee (its id)."), QStringLiteral("ID")));
    parser.addOption(QCommandLineOption(
        QStringLiteral("from"), Text::tr("Only meetings on or after this date."), QStringLiteral("DATE")));
    parser.addOption(QCommandLineOption(
        QStringLiteral("to"), Text::tr("Only meetings on or before this date."), QStringLiteral("DATE")));
    parser.addOption(QCommandLineOption(QStringLiteral("limit"),
                                        Text::tr("At most this many hits (default 100)."),
                                        QStringLiteral("N"), QStringLiteral("100")));
    parser.addPositionalArgument(
        QStringLiteral("query"),
        Text::tr("Words to find: \"a phrase\", prefix*, AND, OR, NOT (or -word), (brackets)."));
    parser.addOption(
        QCommandLineOption(QStringLiteral("confidential"),
                           Text::tr("Include exempt (Part 2) items and what was raised under them; "
                                    "without it they are left out, as the output may be shared.")));
    const QStringList withValue = {QStringLiteral("db"), QStringLiteral("committee"), QStringLiteral("from"),
                                   QStringLiteral("to"), QStringLiteral("limit")};
    const QStringList flags = {QStringLiteral("json"), QStringLiteral("confidential")};
    if (!Cli::parse(parser, QStringLiteral("search"), Cli::textAfterOptions(args, withValue, flags)))
        return 2;
    const QString query = parser.positionalArguments().join(QLatin1Char(' '));
    if (query.trimmed().isEmpty()) {
        Cli::err()
            << Text::tr(
                   "Say what to search for, for example: scrutineer search --db FILE \"caseload promise\"")
            << Qt::endl;
        return 2;
    }
    SearchFilter filter;
    filter.withExempt = parser.isSet(QStringLiteral("confidential"));
    if (parser.isSet(QStringLiteral("committee"))) {
        bool ok = false;
        filter.committeeId = parser.value(QStringLiteral("committee")).toLongLong(&ok);
        if (!ok || filter.committeeId <= 0) {
            Cli::err() << Text::tr(
                              "--committee takes a committee's id (a number); see: scrutineer list meetings "
                              "--db FILE")
                       << Qt::endl;
            return 2;
        }
    }
    if (!readDate(parser, QStringLiteral("from"), &filter.from) ||
        !readDate(parser, QStringLiteral("to"), &filter.to))
        return 2;
    bool limitOk = false;
    filter.limit = parser.value(QStringLiteral("limit")).toInt(&limitOk);
    if (!limitOk || filter.limit <= 0) {
        Cli::err() << Text::tr("--limit takes a positive number.") << Qt::endl;
        return 2;
    }

    auto db = Cli::openDatabase(parser);
    if (!db)
        return 1;
    const SearchResult result = SearchRepository(*db).search(query, filter);
    if (!result.ok()) {
        Cli::err() << result.problem << Qt::endl;
        return 2;
    }
    if (!result.notice.isEmpty())
        Cli::err() << result.notice << Qt::endl;

    const QString bold = QStringLiteral("**");
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const SearchHit& h : result.hits) {
            QJsonObject o;
            o.insert(QStringLiteral("kind"), h.kindCode());
            o.insert(QStringLiteral("id"), h.id);
            o.insert(QStringLiteral("meeting_id"), h.meetingId ? QJsonValue(h.meetingId) : QJsonValue());
            o.insert(QStringLiteral("meeting_date"), h.meetingId && h.date.isValid()
                                                         ? QJsonValue(h.date.toString(Qt::ISODate))
                                                         : QJsonValue());
            if (h.kind == SearchHit::Kind::Milestone)
                o.insert(QStringLiteral("due_date"),
                         h.date.isValid() ? QJsonValue(h.date.toString(Qt::ISODate)) : QJsonValue());
            o.insert(QStringLiteral("committee_id"),
                     h.committeeId ? QJsonValue(h.committeeId) : QJsonValue());
            o.insert(QStringLiteral("committee"),
                     h.committee.isEmpty() ? QJsonValue() : QJsonValue(h.committee));
            o.insert(QStringLiteral("item_id"), h.itemId ? QJsonValue(h.itemId) : QJsonValue());
            o.insert(QStringLiteral("reference"), h.minuteNumber);
            if (h.kind == SearchHit::Kind::Resolution)
                o.insert(QStringLiteral("resolution_number"), h.resolutionNumber);
            o.insert(QStringLiteral("exempt"), h.exempt);
            o.insert(QStringLiteral("heading"), SearchHit::marked(h.heading, bold, bold));
            o.insert(QStringLiteral("snippet"), SearchHit::marked(h.snippet, bold, bold));
            o.insert(QStringLiteral("score"), h.score);
            array.append(o);
        }
        Cli::printJson(QJsonDocument(array));
        return 0;
    }

    for (const SearchHit& h : result.hits) {
        QStringList where;
        QString ref = h.minuteNumber;
        if (h.kind == SearchHit::Kind::Resolution && h.resolutionNumber > 0)
            ref = QStringLiteral("%1/%2").arg(ref).arg(h.resolutionNumber);
        where << (ref.isEmpty() ? SearchHit::kindName(h.kind)
                                : Text::tr("%1 %2").arg(SearchHit::kindName(h.kind), ref));
        if (h.date.isValid())
            where << (h.kind == SearchHit::Kind::Milestone
                          ? Text::tr("due %1").arg(BritishDate::longDate(h.date))
                          : BritishDate::longDate(h.date));
        if (!h.committee.isEmpty())
            where << h.committee;
        if (h.exempt)
            where << Text::tr("exempt (Part 2)");
        Cli::out() << where.join(QStringLiteral(" · ")) << '\n';
        const QString heading = SearchHit::marked(h.heading, bold, bold).simplified();
        if (!heading.isEmpty())
            Cli::out() << "  " << heading << '\n';
        Cli::out() << "  " << SearchHit::marked(h.snippet, bold, bold).simplified() << "\n\n";
    }
    if (result.total > result.hits.size())
        Cli::out() << Text::tr("%1 hits; the best %2 are shown (use --limit to see more).")
                          .arg(result.total)
                          .arg(result.hits.size())
                   << '\n';
    else
        Cli::out() << (result.total == 1 ? Text::tr("1 hit.") : Text::tr("%1 hits.").arg(result.total))
                   << '\n';
    Cli::out().flush();
    return 0;
}
