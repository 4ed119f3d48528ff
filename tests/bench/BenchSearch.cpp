// Benchmark: full-text search on a ten-year database, and what the FTS5 triggers cost a generator.
//
//   BenchSearch [DB]
//
// DB defaults to /tmp/ten.sqlite. When it does not exist it is made with
// `scrutineer demo --db DB --scale 10`; if that command is not available, with this benchmark's
// own synthetic ten-year generator. Prints the median (and 90th percentile) time of typical
// queries, and the generator's time with and without the search triggers.
//
//   BenchSearch --cli [DB]
//
// only compares the `scrutineer search --json QUERY` command, as a whole process, with the sqlite3
// shell running the same ranked FTS5 statement (as the repository runs it, logged) on the same file,
// alternating, with hits and without (issue 12: at most 1.5 times the shell).
#include "store/Database.h"
#include "store/DemoData.h"
#include "store/QueryPlan.h"
#include "store/SearchRepository.h"
#include "store/StoreSql.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>

namespace {

QTextStream& out()
{
    static QTextStream s(stdout);
    return s;
}

QString s(const char* text)
{
    return QString::fromUtf8(text);
}

// Words of the trade, and ordinary words, for synthetic minutes (a Zipf-like mix).
const char* const kDomain[] = {
    "caseload",   "promise",      "social",      "worker",       "workers",     "agency",
    "permanent",  "recruitment",  "retention",   "vacancies",    "fostering",   "adoption",
    "placement",  "placements",   "sufficiency", "safeguarding", "board",       "partnership",
    "ofsted",     "monitoring",   "visit",       "inspection",   "improvement", "plan",
    "milestone",  "milestones",   "rating",      "green",        "amber",       "red",
    "blue",       "evidence",     "delivered",   "audit",        "audits",      "supervision",
    "quality",    "assurance",    "practice",    "referrals",    "assessment",  "assessments",
    "timeliness", "children",     "looked",      "after",        "leavers",     "care",
    "families",   "early",        "help",        "exploitation", "missing",     "education",
    "health",     "commissioner", "director",    "portfolio",    "holder",      "budget",
    "overspend",  "savings",      "training",    "members",      "scrutiny",    "committee",
    "report",     "update",       "performance", "indicators",   "targets",     "staffing",
    "turnover",   "stability",    "court",       "proceedings",  "review",      "reviews",
    "contact",    "front",        "door",        "mash",         "strategy",    "governance",
    "leadership", "management",   "culture",     "workforce",    "vacancy",     "rate",
    "sickness",   "absence",      "complaints",  "advocacy",     "voice",       "participation"};
const char* const kCommon[] = {"the",     "of",      "and",     "to",       "a",       "in",       "that",
                               "was",     "were",    "had",     "for",      "on",      "with",     "as",
                               "by",      "be",      "at",      "it",       "this",    "from",     "an",
                               "which",   "would",   "been",    "not",      "are",     "there",    "their",
                               "they",    "more",    "some",    "all",      "members", "noted",    "asked",
                               "whether", "further", "work",    "officers", "said",    "needed",   "progress",
                               "since",   "last",    "meeting", "council",  "service", "services", "year",
                               "month",   "months",  "number",  "cases",    "team",    "teams"};

QString words(QRandomGenerator& rng, int count)
{
    QStringList w;
    w.reserve(count);
    const int domain = int(std::size(kDomain));
    const int common = int(std::size(kCommon));
    for (int i = 0; i < count; ++i) {
        if (rng.bounded(100) < 28) {
            // Zipf-like: low indexes much more often.
            const double u = rng.generateDouble();
            w << QString::fromLatin1(kDomain[qMin(domain - 1, int(domain * u * u * u))]);
        } else {
            w << QString::fromLatin1(kCommon[rng.bounded(common)]);
        }
    }
    QString text = w.join(QLatin1Char(' '));
    text[0] = text[0].toUpper();
    return text + QLatin1Char('.');
}

// Ten years of four committees, ten meetings a year, fourteen items each with minutes,
// resolutions and actions, and a plan of 35 milestones a year.
void generate(Database& db, quint32 seed)
{
    QRandomGenerator rng(seed);
    Database::BulkLoad bulk(db);
    Database::Transaction t(db);
    const qint64 scheme = db.insert(s("rating_schemes"), {{s("name"), s("BRAG")}});
    QList<qint64> statuses;
    int rank = 0;
    for (const char* letter : {"B", "G", "A", "R"})
        statuses << db.insert(s("rating_statuses"), {{s("scheme_id"), scheme},
                                                     {s("code"), s(letter)},
                                                     {s("letter"), s(letter)},
                                                     {s("name"), s(letter)},
                                                     {s("colour"), s("#808080")},
                                                     {s("rank"), rank++}});
    QList<qint64> committees;
    for (const char* name :
         {"Care Services PDS", "Children's Select", "Education PDS", "Executive and Resources"})
        committees << db.insert(s("committees"), {{s("name"), s(name)}});
    const qint64 plan = db.insert(
        s("improvement_plans"),
        {{s("committee_id"), committees.first()}, {s("scheme_id"), scheme}, {s("title"), s("Plan")}});
    for (int year = 0; year < 10; ++year) {
        const qint64 priority = db.insert(
            s("priorities"), {{s("plan_id"), plan}, {s("number"), year + 1}, {s("title"), words(rng, 4)}});
        for (int m = 0; m < 35; ++m)
            db.insert(s("milestones"),
                      {{s("priority_id"), priority},
                       {s("code"), QStringLiteral("P%1.%2").arg(year + 1).arg(m + 1)},
                       {s("title"), words(rng, 7)},
                       {s("definition_of_done"), words(rng, 25)},
                       {s("evidence"), words(rng, 15)},
                       {s("owner"), words(rng, 2)},
                       {s("due_date"), QDate(2012 + year, 1 + m % 12, 28).toString(Qt::ISODate)},
                       {s("status_id"), statuses.at(rng.bounded(4))}});
        for (qint64 committee : committees) {
            for (int meeting = 0; meeting < 10; ++meeting) {
                const QDate date = QDate(2012 + year, 1 + meeting, 5 + rng.bounded(20));
                const qint64 m = db.insert(
                    s("meetings"), {{s("committee_id"), committee},
                                    {s("starts_at"), QString(date.toString(Qt::ISODate) + s("T19:00"))}});
                for (int item = 0; item < 14; ++item) {
                    const QString number = QString::number(year * 1000 + meeting * 20 + item);
                    const qint64 it = db.insert(s("agenda_items"),
                                                {{s("meeting_id"), m},
                                                 {s("minute_number"), number},
                                                 {s("position"), item},
                                                 {s("title"), words(rng, 5)},
                                                 {s("minutes_text"), words(rng, 120 + rng.bounded(300))}});
                    for (int r = 1; r <= 2; ++r) {
                        const qint64 res =
                            db.insert(s("resolutions"),
                                      {{s("item_id"), it}, {s("number"), r}, {s("text"), words(rng, 20)}});
                        if (rng.bounded(100) < 60)
                            db.insert(s("actions"),
                                      {{s("meeting_id"), m},
                                       {s("item_id"), it},
                                       {s("resolution_id"), res},
                                       {s("reference"), QStringLiteral("%1/%2").arg(number).arg(r)},
                                       {s("text"), words(rng, 14)},
                                       {s("owner"), words(rng, 2)}});
                    }
                }
            }
        }
    }
    t.commit();
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}

double percentile(QList<double> v, double p)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(qMin(int(v.size()) - 1, int(v.size() * p)));
}

// A value as the sqlite3 shell's .parameter set takes it.
QString shellLiteral(const QVariant& v)
{
    if (!v.isValid() || v.isNull())
        return s("NULL");
    if (v.typeId() == QMetaType::Int || v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Double)
        return v.toString();
    return QLatin1Char('\'') + v.toString().replace(QLatin1Char('\''), s("''")) + QLatin1Char('\'');
}

double runMs(const QString& program, const QStringList& args, const QByteArray& input = {})
{
    QProcess p;
    p.setStandardOutputFile(QProcess::nullDevice());
    p.setStandardErrorFile(QProcess::nullDevice());
    QElapsedTimer t;
    t.start();
    p.start(program, args);
    if (!input.isEmpty()) {
        p.write(input);
        p.closeWriteChannel();
    }
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return -1;
    return t.nsecsElapsed() / 1e6;
}

// scrutineer search against the sqlite3 shell, whole processes, alternating.
int commandAgainstShell(const QString& path)
{
    const QString scrutineer = QCoreApplication::applicationDirPath() + s("/../bin/scrutineer");
    const QString shell = QStandardPaths::findExecutable(s("sqlite3"));
    if (shell.isEmpty() || !QFileInfo::exists(path)) {
        out() << "needs the sqlite3 shell and " << path << "\n";
        return 2;
    }
    out() << "\nscrutineer search --json against the sqlite3 shell (the same ranked FTS5 statement), "
             "median of 21, on "
          << path << "\n";
    out() << QStringLiteral("%1 %2 %3 %4 %5\n")
                 .arg(s("query"), -12)
                 .arg(s("hits"), 6)
                 .arg(s("scrutineer ms"), 14)
                 .arg(s("sqlite3 ms"), 11)
                 .arg(s("ratio"), 6);
    for (const char* query : {"caseload", "xyzzy"}) {
        QString script = s(".bail on\n");
        int hits = 0;
        {
            auto db = Database::open(path, s("bench"));
            QueryPlan::Recorder recorder(*db);
            SearchFilter filter;
            filter.limit = 100; // the command's default
            hits = int(SearchRepository(*db).search(s(query), filter).hits.size());
            for (const Database::Statement& st : recorder.statements()) {
                if (!st.sql.contains(s("ORDER BY rank")))
                    continue;
                for (int i = 0; i < st.values.size(); ++i)
                    script += QStringLiteral(".parameter set ?%1 %2\n")
                                  .arg(i + 1)
                                  .arg(shellLiteral(st.values.at(i)));
                QString sql = st.sql;
                int n = 0;
                for (int i = 0; i < sql.size(); ++i)
                    if (sql.at(i) == QLatin1Char('?')) {
                        const QString numbered = QStringLiteral("?%1").arg(++n);
                        sql.replace(i, 1, numbered);
                        i += int(numbered.size()) - 1;
                    }
                script += sql + s(";\n");
                break;
            }
        }
        QList<double> command, sqlite;
        for (int i = 0; i < 21; ++i) {
            command << runMs(scrutineer, {s("search"), s("--db"), path, s("--json"), s(query)});
            sqlite << runMs(shell, {s("-batch"), path}, script.toUtf8());
        }
        const double c = median(command), q = median(sqlite);
        out() << QStringLiteral("%1 %2 %3 %4 %5\n")
                     .arg(s(query), -12)
                     .arg(hits, 6)
                     .arg(c, 14, 'f', 1)
                     .arg(q, 11, 'f', 1)
                     .arg(q > 0 ? c / q : 0.0, 6, 'f', 2);
        out().flush();
    }
    return 0;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    if (argc > 1 && QString::fromLocal8Bit(argv[1]) == s("--cli"))
        return commandAgainstShell(argc > 2 ? QString::fromLocal8Bit(argv[2]) : s("/tmp/ten.sqlite"));
    const QString path = argc > 1 ? QString::fromLocal8Bit(argv[1]) : s("/tmp/ten.sqlite");

    // What the triggers cost a generator: the same synthetic load with and without them.
    {
        QTemporaryDir dir;
        QElapsedTimer timer;
        auto with = Database::open(dir.filePath(s("with.sqlite")), s("bench"));
        timer.start();
        generate(*with, 42);
        const double withTriggers = timer.elapsed() / 1000.0;

        auto without = Database::open(dir.filePath(s("without.sqlite")), s("bench"));
        for (const char* kind : {"item", "resolution", "action", "milestone"})
            for (const char* op : {"insert", "update", "delete"})
                StoreSql::exec(
                    *without,
                    QStringLiteral("DROP TRIGGER search_%1_%2").arg(QLatin1String(kind), QLatin1String(op)));
        StoreSql::exec(*without, s("DELETE FROM search_index"));
        timer.restart();
        generate(*without, 42);
        const double withoutTriggers = timer.elapsed() / 1000.0;
        auto paused = Database::open(dir.filePath(s("paused.sqlite")), s("bench"));
        timer.restart();
        {
            Database::Transaction t(*paused);
            SearchIndexPause pause(*paused);
            generate(*paused, 42);
            pause.finish();
            t.commit();
        }
        const double withPause = timer.elapsed() / 1000.0;
        out() << "synthetic ten-year load: "
              << StoreSql::scalar(*with, s("SELECT COUNT(*) FROM search_index")).toInt()
              << " searchable rows, " << QFileInfo(dir.filePath(s("with.sqlite"))).size() / 1024 / 1024
              << " MB with the index\n";
        out() << QStringLiteral("generator with FTS triggers:    %1 s\n").arg(withTriggers, 0, 'f', 2);
        out() << QStringLiteral("generator without FTS triggers: %1 s (the index adds %2%)\n")
                     .arg(withoutTriggers, 0, 'f', 2)
                     .arg(withoutTriggers > 0 ? 100.0 * (withTriggers - withoutTriggers) / withoutTriggers
                                              : 0.0,
                          0, 'f', 0);
        out() << QStringLiteral("generator with SearchIndexPause (one rebuild at the end): %1 s\n")
                     .arg(withPause, 0, 'f', 2);
        out().flush();
    }

    // The same question for the project's own generator (scrutineer demo --scale 10).
    {
        QTemporaryDir dir;
        QElapsedTimer timer;
        auto with = Database::open(dir.filePath(s("demo-with.sqlite")), s("bench"));
        timer.start();
        DemoData::createScaled(*with, 10, 1);
        const double withTriggers = timer.elapsed() / 1000.0;
        auto without = Database::open(dir.filePath(s("demo-without.sqlite")), s("bench"));
        for (const char* kind : {"item", "resolution", "action", "milestone"})
            for (const char* op : {"insert", "update", "delete"})
                StoreSql::exec(
                    *without,
                    QStringLiteral("DROP TRIGGER search_%1_%2").arg(QLatin1String(kind), QLatin1String(op)));
        timer.restart();
        DemoData::createScaled(*without, 10, 1);
        const double withoutTriggers = timer.elapsed() / 1000.0;
        auto paused = Database::open(dir.filePath(s("demo-paused.sqlite")), s("bench"));
        timer.restart();
        {
            Database::Transaction t(*paused);
            SearchIndexPause pause(*paused);
            DemoData::createScaled(*paused, 10, 1);
            pause.finish();
            t.commit();
        }
        const double withPause = timer.elapsed() / 1000.0;
        out() << QStringLiteral("DemoData::createScaled(10 years): with FTS triggers %1 s, without %2 s, "
                                "with SearchIndexPause %3 s\n")
                     .arg(withTriggers, 0, 'f', 2)
                     .arg(withoutTriggers, 0, 'f', 2)
                     .arg(withPause, 0, 'f', 2);
        out().flush();
    }

    if (!QFileInfo::exists(path)) {
        const QString binary = QCoreApplication::applicationDirPath() + s("/../bin/scrutineer");
        QProcess demo;
        demo.start(binary, {s("demo"), s("--db"), path, s("--scale"), s("10")});
        QElapsedTimer timer;
        timer.start();
        const bool made = demo.waitForFinished(900000) && demo.exitCode() == 0 && QFileInfo::exists(path);
        if (made) {
            out() << QStringLiteral("made %1 with scrutineer demo --scale 10 in %2 s\n")
                         .arg(path)
                         .arg(timer.elapsed() / 1000.0, 0, 'f', 1);
        } else {
            QFile::remove(path);
            out() << "scrutineer demo --scale 10 is not available (" << demo.readAllStandardError().trimmed()
                  << "); using the synthetic generator\n";
            auto db = Database::open(path, s("bench"));
            generate(*db, 7);
        }
        out().flush();
    }

    auto db = Database::open(path, s("bench"));
    out() << "database: " << path << " (" << QFileInfo(path).size() / 1024 / 1024 << " MB, "
          << StoreSql::scalar(*db, s("SELECT COUNT(*) FROM search_index")).toInt() << " searchable rows, "
          << StoreSql::scalar(*db, s("SELECT COUNT(*) FROM meetings")).toInt() << " meetings)\n";
    const qint64 committee = StoreSql::scalar(*db, s("SELECT MIN(id) FROM committees")).toLongLong();
    const QString first =
        StoreSql::scalar(*db, s("SELECT MIN(substr(starts_at, 1, 10)) FROM meetings")).toString();
    const QDate from = QDate::fromString(first, Qt::ISODate).addYears(4);

    struct Case
    {
        const char* query;
        bool committee;
        bool dates;
    };
    // Words of real minutes (and of the demo's generator), common and rare, in every form.
    const Case cases[] = {
        {"caseload", false, false},
        {"\"caseload promise\"", false, false},
        {"recruit*", false, false},
        {"fostering OR adoption", false, false},
        {"agency NOT permanent", false, false},
        {"ofsted monitoring visit", false, false},
        {"safeguarding", true, false},
        {"social workers", true, true},
        {"\"improvement plan\" milestone", false, true},
        {"the", false, false},
        {"xyzzy", false, false},
        {"sufficien* placements", true, false},
        {"\"foster carers\"", false, false},
        {"\"placement stability\" children", false, false},
        {"caseloads NOT assessment", false, false},
        {"\"care leavers\" offer", true, true},
    };
    SearchRepository repo(*db);
    QList<double> all;
    out() << "\nquery                               hits   total    median ms   p90 ms\n";
    for (const Case& c : cases) {
        SearchFilter filter;
        filter.limit = 200; // what the Search page asks for
        if (c.committee)
            filter.committeeId = committee;
        if (c.dates) {
            filter.from = from;
            filter.to = from.addYears(2);
        }
        QList<double> times;
        SearchResult r;
        for (int i = 0; i < 15; ++i) {
            QElapsedTimer t;
            t.start();
            r = repo.search(s(c.query), filter);
            times << t.nsecsElapsed() / 1e6;
        }
        all << times;
        QString label = s(c.query);
        if (c.committee)
            label += s(" [committee]");
        if (c.dates)
            label += s(" [2 years]");
        out() << QStringLiteral("%1 %2 %3 %4 %5\n")
                     .arg(label, -34)
                     .arg(r.hits.size(), 5)
                     .arg(r.total, 7)
                     .arg(median(times), 11, 'f', 1)
                     .arg(percentile(times, 0.9), 8, 'f', 1);
        out().flush();
    }
    out() << QStringLiteral("\nmedian query time over all cases: %1 ms (90th percentile %2 ms)\n")
                 .arg(median(all), 0, 'f', 1)
                 .arg(percentile(all, 0.9), 0, 'f', 1);
    out().flush();
    db.reset();
    return commandAgainstShell(path);
}
