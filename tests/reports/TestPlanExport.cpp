#include "core/Csv.h"
#include "reports/PlanExport.h"
#include "store/Database.h"
#include "store/PlanSpreadsheet.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

QString s(const char* text)
{
    return QString::fromUtf8(text);
}

std::unique_ptr<Database> planDatabase()
{
    auto db = Database::open(s(":memory:"), s("officer"));
    const qint64 scheme = db->insert(s("rating_schemes"), {{s("name"), s("BRAG")}});
    int rank = 0;
    for (const auto& [code, letter, name, colour] :
         {std::tuple{"blue", "B", "Blue", "#1565c0"}, std::tuple{"green", "G", "Green", "#2e7d32"},
          std::tuple{"amber", "A", "Amber", "#ef8f00"}, std::tuple{"red", "R", "Red", "#c62828"}})
        db->insert(s("rating_statuses"), {{s("scheme_id"), scheme},
                                          {s("code"), s(code)},
                                          {s("letter"), s(letter)},
                                          {s("name"), s(name)},
                                          {s("colour"), s(colour)},
                                          {s("rank"), rank++}});
    db->insert(s("improvement_plans"), {{s("scheme_id"), scheme}, {s("title"), s("Improvement plan")}});
    const QByteArray csv = "Priority,Code,Milestone,Owner,Due date,Rating,Completion,Evidence\n"
                           "1. Leadership and governance,P1.1,Member training programme,Head of Democratic "
                           "Services,30/09/2016,B,complete,\"Attendance list, 12 members\"\n"
                           "2. Caseloads,P2.1,Children’s Caseload Promise: 11–15 cases,Head of "
                           "Service,31/03/2017,A,in progress,\n"
                           "2. Caseloads,P2.2,Recruit permanent social workers,HR,06/12/2016,R,in "
                           "progress,\"Quarterly \"\"deep dive\"\"\"\n"
                           "3. Fostering,P3.1,Fostering recruitment strategy,,,,not started,\n";
    const auto result = PlanSpreadsheet(*db).importCsv(csv, s("plan.csv"));
    if (!result.ok())
        qWarning() << result.errors;
    return db;
}

QList<QStringList> readCsv(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QList<QStringList> rows;
    for (const auto& r : Csv::parse(Csv::decode(f.readAll()).text).records)
        rows << r.cells;
    return rows;
}

} // namespace

class TestPlanExport : public QObject
{
    Q_OBJECT
private slots:
    void csvIsWrittenAndFailuresAreExplained()
    {
        auto db = planDatabase();
        QTemporaryDir dir;
        const QString path = dir.filePath(s("plan.csv"));
        QString error;
        QVERIFY2(PlanExport::writeCsv(*db, path, 0, &error), qPrintable(error));
        const auto rows = readCsv(path);
        QCOMPARE(rows.size(), 5);
        QCOMPARE(rows.at(3).at(7), s("Quarterly \"deep dive\""));
        // A folder that does not exist: a message, no exception, nothing written.
        QVERIFY(!PlanExport::writeXlsx(*db, dir.filePath(s("missing/plan.xlsx")), 0, &error));
        QVERIFY2(error.contains(s("could not be written")), qPrintable(error));
        QVERIFY(!PlanExport::writeCsv(*db, dir.filePath(s("missing/plan.csv")), 0, &error));
    }

    void xlsxOpensInLibreOfficeWithTheCsvRows()
    {
        const QString soffice = QStandardPaths::findExecutable(s("soffice"));
        if (soffice.isEmpty())
            QSKIP("LibreOffice (soffice) is not installed");
        auto db = planDatabase();
        QTemporaryDir dir;
        const QString xlsx = dir.filePath(s("plan.xlsx"));
        const QString csv = dir.filePath(s("ours.csv"));
        QString error;
        QVERIFY2(PlanExport::writeXlsx(*db, xlsx, 0, &error), qPrintable(error));
        QVERIFY(PlanExport::writeCsv(*db, csv, 0, &error));
        QVERIFY(!QFile::exists(xlsx + s(".part")));

        QDir().mkpath(dir.filePath(s("out")));
        QProcess p;
        p.start(soffice, {s("-env:UserInstallation=file://") + dir.filePath(s("profile")), s("--headless"),
                          s("--convert-to"), s("csv:Text - txt - csv (StarCalc):44,34,76,1"), s("--outdir"),
                          dir.filePath(s("out")), xlsx});
        QVERIFY(p.waitForFinished(180000));
        const auto theirs = readCsv(dir.filePath(s("out/plan.csv")));
        QVERIFY2(!theirs.isEmpty(), p.readAllStandardError().constData());
        QCOMPARE(theirs, readCsv(csv));
    }
};

QTEST_MAIN(TestPlanExport)
#include "TestPlanExport.moc"
