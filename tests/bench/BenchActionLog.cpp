// Opens and filters the action log on a large database and prints the times.
// Usage: BenchActionLog [FILE]  (default /tmp/ten.sqlite; make it with
//        scrutineer demo --db /tmp/ten.sqlite --scale 10). Works on a copy, so the file is untouched.
#include "gui/ActionLogModel.h"
#include "store/ActionRepository.h"
#include "store/Database.h"
#include "store/StoreSql.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QString source = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("/tmp/ten.sqlite");
    if (!QFile::exists(source)) {
        out << "No database at " << source << ": make one with scrutineer demo --db " << source
            << " --scale 10\n";
        return 1;
    }
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("bench.sqlite"));
    QFile::copy(source, copy);
    auto db = Database::open(copy, QStringLiteral("admin"));
    const QDate today(2026, 11, 23);
    out << "actions in the database: "
        << StoreSql::scalar(*db, QStringLiteral("SELECT COUNT(*) FROM actions")).toInt() << "\n";

    auto time = [&](const char* what, ActionRepository::Filter f) {
        f.today = today;
        ActionLogModel model(*db);
        QElapsedTimer t;
        t.start();
        model.setFilter(f); // count + first page: what the person waits for
        const double first = t.nsecsElapsed() / 1e6;
        while (model.canFetchMore({}))
            model.fetchMore({});
        const double all = t.nsecsElapsed() / 1e6;
        out << QStringLiteral("%1: %2 rows, first page %3 ms, every row %4 ms\n")
                   .arg(QString::fromLatin1(what))
                   .arg(model.totalCount())
                   .arg(first, 0, 'f', 1)
                   .arg(all, 0, 'f', 1);
        out.flush();
    };
    const qint64 committee =
        StoreSql::scalar(*db, QStringLiteral("SELECT MIN(id) FROM committees")).toLongLong();
    const QString owner = ActionRepository(*db).owners(committee).value(0);
    ActionRepository::Filter f;
    time("open (everything)", f);
    f.committeeId = committee;
    time("committee", f);
    f.owner = owner;
    time("committee + owner", f);
    f = {};
    f.overdueOnly = true;
    time("overdue", f);
    f = {};
    f.dueSoonOnly = true;
    time("due within 14 days", f);
    f = {};
    f.status = QStringLiteral("outstanding");
    f.order = ActionRepository::Filter::Order::Due;
    f.descending = false;
    time("outstanding sorted by due date", f);
    QElapsedTimer t;
    t.start();
    const auto groups = ActionRepository(*db).chaseList(0, today);
    out << QStringLiteral("chase list: %1 owners, %2 ms\n")
               .arg(groups.size())
               .arg(t.nsecsElapsed() / 1e6, 0, 'f', 1);
    return 0;
}
