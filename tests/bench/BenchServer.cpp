// Benchmark: a committee's team on one PostgreSQL server, and the same reads on the file engine.
//
//   BenchServer [SECONDS] [CLIENTS]          (60 s, 20 clients by default)
//
// Uses the server at SCRUTINEER_TEST_PG_URL (a superuser's postgresql://… URL), or starts a
// private one with tests/store/pg-test-server. The ten-year database (scrutineer demo --scale 10)
// is made as a file, copied to a new database on the server, and then CLIENTS connections work
// at once for SECONDS: members read the dashboard and search, officers enter figures, clerks
// edit minutes, each write a versioned save that may meet a colleague's (a conflict, reported
// and tried again). Prints operations per second, the p50/p95 latency of the dashboard and of
// search, the conflicts, and a final count that proves no update was lost; then the dashboard
// and search timings on the file itself.
#include "store/DashboardRepository.h"
#include "store/Database.h"
#include "store/DemoData.h"
#include "store/SearchRepository.h"
#include "store/StoreCopy.h"
#include "store/StoreSql.h"

#ifndef SCRUTINEER_SOURCE_DIR
#define SCRUTINEER_SOURCE_DIR "."
#endif

#include <QCoreApplication>
#include <QDate>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>
#include <atomic>
#include <functional>
#include <mutex>
#include <thread>

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

const QStringList kQueries = {s("caseload"),
                              s("\"social workers\""),
                              s("recruit*"),
                              s("fostering OR adoption"),
                              s("caseload NOT agency"),
                              s("placement sufficiency"),
                              s("ofsted monitoring"),
                              s("permanent staff")};

struct Samples
{
    std::mutex lock;
    QList<double> dashboard, search, figures, minutes;
    void add(QList<double>& list, double ms)
    {
        std::lock_guard<std::mutex> g(lock);
        list << ms;
    }
};

double percentile(QList<double> v, double p)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    return v.at(qMin(v.size() - 1, qsizetype(p * (v.size() - 1) + 0.5)));
}

struct Fixture
{
    qint64 committee = 0;
    qint64 plan = 0;
    QDate asAt;
};

Fixture fixtureOf(const Database& db)
{
    Fixture f;
    f.committee = StoreSql::scalar(db, s("SELECT MIN(id) FROM committees")).toLongLong();
    f.plan = StoreSql::scalar(db, s("SELECT MIN(id) FROM improvement_plans")).toLongLong();
    f.asAt = QDate::fromString(
        StoreSql::scalar(db,
                         s("SELECT MAX(substr(starts_at, 1, 10)) FROM meetings WHERE status = 'approved'"))
            .toString(),
        Qt::ISODate);
    return f;
}

// What the dashboard reads when a member opens it.
void readDashboard(const Database& db, const Fixture& f)
{
    DashboardRepository d(db);
    d.moves(f.plan, f.asAt.addMonths(-3), f.asAt);
    d.actionsCompleted(f.committee, f.asAt.addMonths(-3), f.asAt);
    d.openActions(f.committee, f.asAt);
    d.keyFigures();
    d.ratingsOverTime(f.plan, f.committee);
}

double timed(const std::function<void()>& work)
{
    QElapsedTimer t;
    t.start();
    work();
    return double(t.nsecsElapsed()) / 1e6;
}

void fileTimings(const QString& path)
{
    auto db = Database::open(path, s("bench"));
    const Fixture f = fixtureOf(*db);
    QList<double> dash, search;
    for (int i = 0; i < 30; ++i)
        dash << timed([&] { readDashboard(*db, f); });
    SearchRepository repo(*db);
    for (int i = 0; i < 30; ++i)
        search << timed([&] { repo.search(kQueries.at(i % kQueries.size())); });
    out() << s("File engine (%1), one person: dashboard p50 %2 ms, p95 %3 ms; search p50 %4 ms, p95 %5 ms\n")
                 .arg(path)
                 .arg(percentile(dash, 0.5), 0, 'f', 1)
                 .arg(percentile(dash, 0.95), 0, 'f', 1)
                 .arg(percentile(search, 0.5), 0, 'f', 1)
                 .arg(percentile(search, 0.95), 0, 'f', 1);
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const int seconds = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 60;
    const int clients = argc > 2 ? QString::fromLocal8Bit(argv[2]).toInt() : 20;
    QTemporaryDir work;

    // The server.
    QString url = qEnvironmentVariable("SCRUTINEER_TEST_PG_URL");
    const QString serverDir = work.filePath(s("server"));
    const QString script = s(SCRUTINEER_SOURCE_DIR "/tests/store/pg-test-server");
    if (url.isEmpty()) {
        QProcess p;
        p.start(script, {s("start"), serverDir});
        p.waitForFinished(120000);
        url = QString::fromUtf8(p.readAllStandardOutput()).trimmed();
        if (p.exitCode() != 0 || url.isEmpty()) {
            out()
                << s("Could not start a test server: %1\n").arg(QString::fromUtf8(p.readAllStandardError()));
            return 1;
        }
    }
    const ServerAddress super = *ServerAddress::parse(url);

    // The ten-year database, as a file, then on the server.
    const QString file = work.filePath(s("ten.sqlite"));
    QElapsedTimer timer;
    timer.start();
    {
        auto db = Database::open(file, s("admin"));
        DemoData::createScaled(*db, 10, 42);
    }
    out() << s("Made the ten-year file in %1 s\n").arg(double(timer.restart()) / 1000, 0, 'f', 1);
    const QString name = s("bench_%1").arg(QCoreApplication::applicationPid());
    {
        QProcess psql;
        psql.start(s("psql"), {s("-X"), s("-q"), s("-d"), url, s("-c"), s("CREATE DATABASE %1").arg(name)});
        psql.waitForFinished();
    }
    const QString serverUrl = super.withDatabase(name).url(true);
    {
        auto from = Database::open(file, s("admin"));
        auto to = Database::open(serverUrl, s("admin"));
        const auto report = StoreCopy::copy(*from, *to);
        out() << s("Copied %1 rows to the server in %2 s (%3)\n")
                     .arg(report.rows)
                     .arg(double(timer.restart()) / 1000, 0, 'f', 1)
                     .arg(report.equal() ? s("equal row for row") : report.differences.join(s("; ")));
        // And back, before anyone works on it: the snapshot a member takes on a train, compared row for
        // row with the file it all came from (the audit trail's chain checked on both).
        const QString snapshotFile = work.filePath(s("snapshot.sqlite"));
        {
            auto snapshot = Database::open(snapshotFile, s("admin"));
            const auto back = StoreCopy::copy(*to, *snapshot);
            const double seconds = double(timer.restart()) / 1000;
            const auto same = StoreCopy::compare(*from, *snapshot);
            out() << s("Copied %1 rows back to a file in %2 s (%3); the snapshot against the original file: "
                       "%4 rows in %5 tables, %6; audit trail %7 on the server, %8 in the snapshot\n")
                         .arg(back.rows)
                         .arg(seconds, 0, 'f', 1)
                         .arg(back.equal() ? s("equal row for row") : back.differences.join(s("; ")))
                         .arg(same.rows)
                         .arg(same.tables.size())
                         .arg(same.equal() ? s("equal row for row") : same.differences.join(s("; ")))
                         .arg(to->verifyAuditTrail().intact ? s("intact") : s("BROKEN"))
                         .arg(snapshot->verifyAuditTrail().intact ? s("intact") : s("BROKEN"));
        }
        for (int i = 0; i < clients; ++i) {
            const QString role = i % 2 == 0 ? s("member") : i % 4 == 1 ? s("officer") : s("clerk");
            StoreSql::exec(*to, s("INSERT INTO users (login, role, created_at) VALUES (?, ?, '2026-01-01')"),
                           {s("bench.%1.%2").arg(role).arg(i), role});
        }
    }

    // What officers and clerks all change: one figure, one item's minutes.
    qint64 valueId = 0, itemId = 0;
    double startValue = 0;
    {
        auto db = Database::open(serverUrl, s("admin"));
        valueId = StoreSql::scalar(*db, s("SELECT MIN(id) FROM indicator_values")).toLongLong();
        startValue =
            StoreSql::scalar(*db, s("SELECT value FROM indicator_values WHERE id = ?"), {valueId}).toDouble();
        itemId = StoreSql::scalar(*db, s("SELECT MIN(id) FROM agenda_items")).toLongLong();
        StoreSql::exec(*db, s("UPDATE agenda_items SET minutes_text = '' WHERE id = ?"), {itemId});
    }

    Samples samples;
    std::atomic<int> figureSaves{0}, minuteSaves{0}, conflicts{0}, failures{0}, ops{0};
    std::atomic<bool> stop{false};
    QList<std::thread*> threads;
    for (int i = 0; i < clients; ++i) {
        threads << new std::thread([&, i] {
            const QString role = i % 2 == 0 ? s("member") : i % 4 == 1 ? s("officer") : s("clerk");
            std::unique_ptr<Database> db;
            try {
                db = Database::open(serverUrl, s("bench.%1.%2").arg(role).arg(i));
            } catch (const StoreError& e) {
                out() << e.message() << '\n';
                ++failures;
                return;
            }
            const Fixture f = fixtureOf(*db);
            QRandomGenerator rng(quint32(i + 1));
            SearchRepository search(*db);
            while (!stop) {
                try {
                    if (role == QLatin1String("member")) {
                        if (rng.bounded(2) == 0)
                            samples.add(samples.dashboard, timed([&] { readDashboard(*db, f); }));
                        else
                            samples.add(samples.search, timed([&] {
                                            search.search(kQueries.at(rng.bounded(int(kQueries.size()))));
                                        }));
                    } else if (role == QLatin1String("officer")) {
                        const auto row = StoreSql::rows(
                            *db, s("SELECT value, version FROM indicator_values WHERE id = ?"), {valueId});
                        const double ms = timed([&] {
                            db->update(s("indicator_values"), valueId,
                                       {{s("value"), row.first().value(s("value")).toDouble() + 1}},
                                       row.first().value(s("version")).toInt());
                        });
                        samples.add(samples.figures, ms);
                        ++figureSaves;
                    } else {
                        const auto row = StoreSql::rows(
                            *db, s("SELECT minutes_text, version FROM agenda_items WHERE id = ?"), {itemId});
                        const double ms = timed([&] {
                            db->update(s("agenda_items"), itemId,
                                       {{s("minutes_text"),
                                         QString(row.first().value(s("minutes_text")).toString() + s("|"))}},
                                       row.first().value(s("version")).toInt());
                        });
                        samples.add(samples.minutes, ms);
                        ++minuteSaves;
                    }
                    ++ops;
                } catch (const StoreError& e) {
                    if (e.kind() == StoreError::Kind::Conflict)
                        ++conflicts;
                    else
                        ++failures;
                    ++ops;
                }
            }
        });
    }
    timer.restart();
    std::this_thread::sleep_for(std::chrono::seconds(seconds));
    stop = true;
    for (std::thread* t : threads) {
        t->join();
        delete t;
    }
    const double elapsed = double(timer.elapsed()) / 1000;

    auto db = Database::open(serverUrl, s("admin"));
    const double endValue =
        StoreSql::scalar(*db, s("SELECT value FROM indicator_values WHERE id = ?"), {valueId}).toDouble();
    const int marks =
        int(StoreSql::scalar(*db, s("SELECT minutes_text FROM agenda_items WHERE id = ?"), {itemId})
                .toString()
                .size());
    out() << s("PostgreSQL, %1 clients for %2 s: %3 operations per second\n")
                 .arg(clients)
                 .arg(elapsed, 0, 'f', 0)
                 .arg(double(ops) / elapsed, 0, 'f', 0);
    out() << s("  dashboard p50 %1 ms, p95 %2 ms (%3 reads)\n")
                 .arg(percentile(samples.dashboard, 0.5), 0, 'f', 1)
                 .arg(percentile(samples.dashboard, 0.95), 0, 'f', 1)
                 .arg(samples.dashboard.size());
    out() << s("  search    p50 %1 ms, p95 %2 ms (%3 searches)\n")
                 .arg(percentile(samples.search, 0.5), 0, 'f', 1)
                 .arg(percentile(samples.search, 0.95), 0, 'f', 1)
                 .arg(samples.search.size());
    out() << s("  saves: %1 figures (p50 %2 ms), %3 minutes (p50 %4 ms); %5 conflicts reported, %6 other "
               "failures\n")
                 .arg(int(figureSaves))
                 .arg(percentile(samples.figures, 0.5), 0, 'f', 1)
                 .arg(int(minuteSaves))
                 .arg(percentile(samples.minutes, 0.5), 0, 'f', 1)
                 .arg(int(conflicts))
                 .arg(int(failures));
    out() << s("  no update lost: the figure rose by %1 for %2 saves; the minutes hold %3 marks for %4 "
               "saves: %5\n")
                 .arg(endValue - startValue, 0, 'f', 0)
                 .arg(int(figureSaves))
                 .arg(marks)
                 .arg(int(minuteSaves))
                 .arg(qFuzzyCompare(endValue - startValue + 1, double(figureSaves) + 1) &&
                              marks == minuteSaves
                          ? s("yes")
                          : s("NO, UPDATES WERE LOST"));
    out().flush();
    db.reset();
    fileTimings(file);
    if (qEnvironmentVariableIsEmpty("SCRUTINEER_TEST_PG_URL"))
        QProcess::execute(script, {s("stop"), serverDir});
    return 0;
}
