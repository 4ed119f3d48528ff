// scrutineer import-plan: a column the file does not have leaves its field alone; --dry-run
// prints what would change, field by field, and saves nothing.
#include "CliRun.h"
#include "store/Database.h"
#include "store/StoreSql.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

namespace {
QString s(const char* text)
{
    return QString::fromUtf8(text);
}
QString write(const QTemporaryDir& dir, const char* name, const QByteArray& text)
{
    QFile f(dir.filePath(s(name)));
    f.open(QIODevice::WriteOnly);
    f.write(text);
    return f.fileName();
}
int count(const QString& db, const char* sql)
{
    return StoreSql::scalar(*Database::open(db, s("checker")), s(sql)).toInt();
}
} // namespace

class TestImportPlanCommand : public QObject
{
    Q_OBJECT
private slots:
    // The report's case: the plan exported, trimmed to Priority, Code and Milestone, imported.
    void aTrimmedExportEmptiesNothing()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(s("demo.sqlite"));
        QCOMPARE(runScrutineer({s("demo"), s("--db"), db}).exitCode, 0);
        const QString plan = dir.filePath(s("plan.csv"));
        QCOMPARE(runScrutineer({s("export"), s("plan"), s("--db"), db, s("--out"), plan}).exitCode, 0);
        const int owners =
            count(db, "SELECT COUNT(*) FROM milestones WHERE owner IS NOT NULL AND owner <> ''");
        const int evidence =
            count(db, "SELECT COUNT(*) FROM milestones WHERE evidence IS NOT NULL AND evidence <> ''");
        QVERIFY(owners > 0 && evidence > 0);
        // Keep the first three columns (Priority, Code, Milestone).
        QFile f(plan);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QByteArray trimmed;
        for (const QByteArray& line : f.readAll().split('\n')) {
            QList<QByteArray> cells;
            bool quoted = false;
            QByteArray cell;
            for (const char c : line) { // enough for the export's own quoting
                if (c == '"')
                    quoted = !quoted;
                if (c == ',' && !quoted) {
                    cells << cell;
                    cell.clear();
                } else {
                    cell += c;
                }
            }
            cells << cell;
            if (cells.size() >= 3)
                trimmed += cells.at(0) + ',' + cells.at(1) + ',' + cells.at(2) + "\r\n";
        }
        const QString file = write(dir, "trimmed.csv", trimmed);
        const CliRun r = runScrutineer({s("import-plan"), s("--db"), db, file});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains(" 0 updated"), r.out.constData());
        QCOMPARE(count(db, "SELECT COUNT(*) FROM milestones WHERE owner IS NOT NULL AND owner <> ''"),
                 owners);
        QCOMPARE(count(db, "SELECT COUNT(*) FROM milestones WHERE evidence IS NOT NULL AND evidence <> ''"),
                 evidence);
    }

    void dryRunPrintsTheChangesAndSavesNothing()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(s("demo.sqlite"));
        QCOMPARE(runScrutineer({s("demo"), s("--db"), db}).exitCode, 0);
        const QString title = StoreSql::scalar(*Database::open(db, s("checker")),
                                               s("SELECT title FROM milestones WHERE code = '2.1'"))
                                  .toString();
        const QString file =
            write(dir, "owners.csv",
                  QStringLiteral("Priority,Code,Milestone,Owner\n2,2.1,\"%1\",\n").arg(title).toUtf8());
        const int audited = count(db, "SELECT COUNT(*) FROM audit_log");
        CliRun r = runScrutineer({s("import-plan"), s("--db"), db, s("--dry-run"), file});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains("Line 2: changes 2.1") && r.out.contains("→ empty"), r.out.constData());
        QVERIFY2(r.out.contains("Nothing has been saved"), r.out.constData());
        QCOMPARE(count(db, "SELECT COUNT(*) FROM audit_log"), audited);
        QVERIFY(count(db, "SELECT COUNT(*) FROM milestones WHERE code = '2.1' AND owner IS NOT NULL") == 1);
        r = runScrutineer({s("import-plan"), s("--db"), db, s("--dry-run"), s("--json"), file});
        QVERIFY(r.out.contains("\"action\": \"update\""));
        QVERIFY(r.out.contains("\"field\": \"owner\""));
    }
};

QTEST_GUILESS_MAIN(TestImportPlanCommand)
#include "TestImportPlanCommand.moc"
