// How import-plan's time grows with the file: 2,000, 5,000, 10,000 and 20,000 milestones imported
// into a file database, then imported again (every line an update), and the preview alone. The
// time per row should stay flat (it grew with the plan before: 2k rows 2.1 s, 20k rows 57 s).
// Usage: BenchPlanImport [ROWS...]
#include "store/Database.h"
#include "store/PlanSpreadsheet.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <cstdio>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QList<int> sizes = {2000, 5000, 10000, 20000};
    if (argc > 1) {
        sizes.clear();
        for (int i = 1; i < argc; ++i)
            sizes << QByteArray(argv[i]).toInt();
    }
    for (const int n : sizes) {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("plan.sqlite")), QStringLiteral("officer"));
        QByteArray csv = "Priority,Code,Milestone,Owner,Due date,Rating,Evidence\n";
        QByteArray again = csv;
        for (int i = 0; i < n; ++i) {
            csv += QStringLiteral("%1,M%2,Milestone number %2,Officer %3,31/03/2017,%4,Evidence for %2\n")
                       .arg(1 + i % 10)
                       .arg(i)
                       .arg(i % 40)
                       .arg(QLatin1Char("GAR"[i % 3]))
                       .toUtf8();
            again += QStringLiteral("%1,M%2,Milestone number %2,Officer %3,30/06/2017,%4,New evidence %2\n")
                         .arg(1 + i % 10)
                         .arg(i)
                         .arg(i % 41)
                         .arg(QLatin1Char("AGR"[i % 3]))
                         .toUtf8();
        }
        PlanSpreadsheet sheet(*db);
        QElapsedTimer t;
        t.start();
        const auto added = sheet.importCsv(csv, QStringLiteral("plan.csv"));
        const qint64 addMs = t.restart();
        const auto preview = sheet.preview(again, QStringLiteral("again.csv"));
        const qint64 previewMs = t.restart();
        const auto updated = sheet.importCsv(again, QStringLiteral("again.csv"));
        const qint64 updateMs = t.restart();
        std::printf("%6d rows: add %6lld ms (%.3f ms/row, %d added)  preview %5lld ms  update %6lld ms "
                    "(%.3f ms/row, %d updated)%s\n",
                    n, addMs, double(addMs) / n, added.added, previewMs, updateMs, double(updateMs) / n,
                    updated.updated, added.ok() && preview.ok() && updated.ok() ? "" : "  ERRORS");
    }
    return 0;
}
