#include "TestStore.h"
#include "core/Csv.h"
#include "store/Database.h"
#include "store/PlanSpreadsheet.h"
#include "store/StoreError.h"
#include "store/StoreSql.h"
#include "store/UserRepository.h"

#include <QTest>

namespace {

QString s(const char* text)
{
    return QString::fromUtf8(text);
}

// A database with the usual four-letter scheme and an empty plan.
std::unique_ptr<Database> planDatabase(const QString& login = s("officer"))
{
    auto db = TestStore::open(login);
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
    db->insert(s("improvement_plans"),
               {{s("scheme_id"), scheme}, {s("title"), s("Children's services improvement plan")}});
    return db;
}

int count(const Database& db, const char* table)
{
    return StoreSql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table))).toInt();
}

const char* planCsv =
    "Priority,Code,Milestone,Owner,Due date,Rating,Completion,Evidence\r\n"
    "1. Leadership and governance,P1.1,Member training programme,Head of Democratic "
    "Services,30/09/2016,B,complete,\"Attendance list, 12 members\"\r\n"
    "2. Caseloads,P2.1,Caseload Promise of 11-15 cases per social worker,Head of Service,31/03/2017,A,in "
    "progress,\r\n"
    "2. Caseloads,P2.2,\"Recruit permanent social workers\nto 95%\",HR Business Partner,6 December 2016,R,in "
    "progress,\r\n"
    "3. Fostering,P3.1,Fostering recruitment strategy,Head of Fostering,2016-09-30,G,not started,\r\n";

QList<QStringList> table(const QByteArray& csv)
{
    QList<QStringList> out;
    for (const auto& r : Csv::parse(Csv::decode(csv).text).records)
        out << r.cells;
    return out;
}

} // namespace

class TestPlanSpreadsheet : public QObject
{
    Q_OBJECT
private slots:
    void importsAPlanAndExportsTheSameRows()
    {
        auto db = planDatabase();
        PlanSpreadsheet sheet(*db);
        const auto result = sheet.importCsv(QByteArray(planCsv), s("plan.csv"));
        QVERIFY2(result.ok(), qPrintable(result.errors.join(QLatin1Char('\n'))));
        QCOMPARE(result.added, 4);
        QCOMPARE(count(*db, "priorities"), 3);
        QCOMPARE(count(*db, "milestones"), 4);
        // Each rating is in the history, with where it came from.
        QCOMPARE(StoreSql::scalar(
                     *db, s("SELECT COUNT(*) FROM rating_changes WHERE rationale = 'Imported from plan.csv'"))
                     .toInt(),
                 4);
        QCOMPARE(StoreSql::scalar(*db, s("SELECT due_date FROM milestones WHERE code = 'P2.2'")).toString(),
                 s("2016-12-06"));
        QCOMPARE(StoreSql::scalar(*db, s("SELECT title FROM milestones WHERE code = 'P2.2'")).toString(),
                 s("Recruit permanent social workers to 95%"));
        QCOMPARE(StoreSql::scalar(*db, s("SELECT title FROM priorities WHERE number = 2")).toString(),
                 s("Caseloads"));

        // The export holds the same rows (dates written one way).
        const QByteArray exported = sheet.toCsv();
        QVERIFY(exported.startsWith("\xEF\xBB\xBF"));
        const auto rows = table(exported);
        QCOMPARE(rows.size(), 5);
        QCOMPARE(rows.first(), PlanSpreadsheet::headers());
        QCOMPARE(rows.at(1),
                 (QStringList{s("1. Leadership and governance"), s("P1.1"), s("Member training programme"),
                              s("Head of Democratic Services"), s("30/09/2016"), s("B"), s("complete"),
                              s("Attendance list, 12 members")}));
        QCOMPARE(rows.at(3).at(4), s("06/12/2016"));
        QCOMPARE(rows.at(4).at(4), s("30/09/2016"));

        // Round trip: what was exported imports into an empty plan and exports byte for byte the same.
        auto copy = planDatabase();
        PlanSpreadsheet copySheet(*copy);
        const auto again = copySheet.importCsv(exported, s("export.csv"));
        QVERIFY2(again.ok(), qPrintable(again.errors.join(QLatin1Char('\n'))));
        QCOMPARE(copySheet.toCsv(), exported);
    }

    void formulasStayText()
    {
        auto db = planDatabase();
        PlanSpreadsheet sheet(*db);
        const QByteArray csv = "Priority,Milestone,Owner,Evidence\n1,\"=HYPERLINK(\"\"http://"
                               "x\"\",\"\"click\"\")\",@admin,-see minutes\n";
        QVERIFY(sheet.importCsv(csv, s("x.csv")).ok());
        QCOMPARE(StoreSql::scalar(*db, s("SELECT title FROM milestones")).toString(),
                 s("=HYPERLINK(\"http://x\",\"click\")"));
        const QByteArray exported = sheet.toCsv();
        // Opened in Excel these are text, not formulas ...
        QVERIFY(exported.contains("\"'=HYPERLINK("));
        QVERIFY(exported.contains(",'@admin,"));
        QVERIFY(exported.contains(",'-see minutes"));
        // ... and they come back as they were.
        auto copy = planDatabase();
        QVERIFY(PlanSpreadsheet(*copy).importCsv(exported, s("x.csv")).ok());
        QCOMPARE(StoreSql::scalar(*copy, s("SELECT owner FROM milestones")).toString(), s("@admin"));
        QCOMPARE(StoreSql::scalar(*copy, s("SELECT evidence FROM milestones")).toString(), s("-see minutes"));
        QCOMPARE(PlanSpreadsheet(*copy).toCsv(), exported);
    }

    void badLinesAreNamedAndNothingIsSaved()
    {
        auto db = planDatabase();
        PlanSpreadsheet sheet(*db);
        const QByteArray csv = "Priority,Milestone,Owner,Due date,Rating\n"
                               "1,Member training,Head of Service,30/09/2016,G\n" // line 2: fine
                               "1,\"A title over\ntwo lines\",,31/13/2016,G\n"    // line 3: bad date
                               "2,Caseloads,,,Purple\n"                           // line 5: bad rating
                               "3,,Someone,,\n"                                   // line 6: no milestone
                               "Leadership,Board,,,\n"                            // line 7: no number
                               "\n"
                               "4,Fine line,,1 April 2017,amber\n"; // line 9: fine
        const auto result = sheet.importCsv(csv, s("bad.csv"));
        QVERIFY(!result.ok());
        const QString all = result.errors.join(QLatin1Char('\n'));
        QCOMPARE(result.errors.size(), 4);
        QVERIFY2(result.errors.at(0).startsWith(s("Line 3:")) &&
                     result.errors.at(0).contains(s("31/13/2016")),
                 qPrintable(all));
        QVERIFY2(result.errors.at(1).startsWith(s("Line 5:")) && result.errors.at(1).contains(s("Purple")) &&
                     result.errors.at(1).contains(s("B, G, A, R")),
                 qPrintable(all));
        QVERIFY2(result.errors.at(2).startsWith(s("Line 6:")) && result.errors.at(2).contains(s("milestone")),
                 qPrintable(all));
        QVERIFY2(result.errors.at(3).startsWith(s("Line 7:")) &&
                     result.errors.at(3).contains(s("Leadership")),
                 qPrintable(all));
        // All or nothing: not even the good lines were saved.
        QCOMPARE(count(*db, "milestones"), 0);
        QCOMPARE(count(*db, "priorities"), 0);
        QCOMPARE(count(*db, "rating_changes"), 0);

        // Missing columns, and duplicate codes.
        QVERIFY(sheet.importCsv("Owner,Due date\nA,01/01/2017\n", s("x.csv"))
                    .errors.first()
                    .contains(s("Priority and Milestone")));
        const auto dup = sheet.importCsv("Priority,Code,Milestone\n1,P1.1,One\n1,p1.1,Two\n", s("x.csv"));
        QCOMPARE(dup.errors.size(), 1);
        QVERIFY(dup.errors.first().startsWith(s("Line 3:")) && dup.errors.first().contains(s("line 2")));
        QVERIFY(!sheet.importCsv(QByteArray(), s("x.csv")).ok());
        QCOMPARE(count(*db, "milestones"), 0);
    }

    void reimportUpdatesAndRecordsRatingChanges()
    {
        auto db = planDatabase();
        PlanSpreadsheet sheet(*db);
        QVERIFY(sheet.importCsv(QByteArray(planCsv), s("september.csv")).ok());
        QByteArray next = QByteArray(planCsv).replace("Head of Fostering,2016-09-30,G",
                                                      "Head of Fostering,2016-09-30,Amber");
        const auto result = sheet.importCsv(next, s("december.csv"));
        QVERIFY(result.ok());
        QCOMPARE(result.added, 0);
        QCOMPARE(result.updated, 1);
        QCOMPARE(result.unchanged, 3);
        QCOMPARE(result.ratingsChanged, 1);
        const auto change = StoreSql::rows(
            *db,
            s("SELECT f.letter AS from_letter, t.letter AS to_letter, rc.rationale FROM rating_changes rc "
              "JOIN rating_statuses f ON f.id = rc.from_status_id JOIN rating_statuses t ON t.id = "
              "rc.to_status_id"));
        QCOMPARE(change.size(), 1);
        QCOMPARE(change.first().value(s("from_letter")).toString(), s("G"));
        QCOMPARE(change.first().value(s("to_letter")).toString(), s("A"));
        QCOMPARE(change.first().value(s("rationale")).toString(), s("Imported from december.csv"));
        QCOMPARE(count(*db, "milestones"), 4);
    }

    void readsExcelsWindowsCsv()
    {
        auto db = planDatabase();
        PlanSpreadsheet sheet(*db);
        // Semicolons, Windows-1252 (0x92 is a closing quote), no codes: made up from the priority.
        const QByteArray csv =
            "Priority;Milestone;RAG\r\nP1 Leadership;Children\x92s champion appointed;G\r\nP1;Second;\r\n";
        const auto result = sheet.importCsv(csv, s("excel.csv"));
        QVERIFY2(result.ok(), qPrintable(result.errors.join(QLatin1Char('\n'))));
        QCOMPARE(StoreSql::scalar(*db, s("SELECT title FROM milestones WHERE code = 'P1.1'")).toString(),
                 s("Children’s champion appointed"));
        QCOMPARE(StoreSql::scalar(*db, s("SELECT code FROM milestones WHERE title = 'Second'")).toString(),
                 s("P1.2"));
        QCOMPARE(StoreSql::scalar(*db, s("SELECT title FROM priorities WHERE number = 1")).toString(),
                 s("Leadership"));
    }

    void anEmptyDatabaseGetsAPlanAndTheUsualRatings()
    {
        auto db = TestStore::open(s("officer"));
        PlanSpreadsheet sheet(*db);
        const auto result = sheet.importCsv(QByteArray(planCsv), s("plan.csv"));
        QVERIFY2(result.ok(), qPrintable(result.errors.join(QLatin1Char('\n'))));
        QVERIFY(result.planId > 0);
        QVERIFY(result.notes.join(QLatin1Char(' ')).contains(s("Rating scheme")));
        QCOMPARE(count(*db, "rating_statuses"), 4);
        QCOMPARE(StoreSql::scalar(
                     *db, s("SELECT s.letter FROM milestones m JOIN rating_statuses s ON s.id = m.status_id "
                            "WHERE m.code = 'P2.2'"))
                     .toString(),
                 s("R"));
        QCOMPARE(table(sheet.toCsv()), table(QByteArray(planCsv)
                                                 .replace("6 December 2016", "06/12/2016")
                                                 .replace("2016-09-30", "30/09/2016")
                                                 .replace("\"Recruit permanent social workers\nto 95%\"",
                                                          "Recruit permanent social workers to 95%")));
    }

    // A plan exported by Scrutineer and trimmed to a few columns leaves every other field alone: the
    // report's case, where 35 owners and 14 evidence texts were emptied in silence.
    void columnsNotInTheFileLeaveTheirFieldsAlone()
    {
        auto db = planDatabase();
        PlanSpreadsheet sheet(*db);
        QVERIFY(sheet.importCsv(QByteArray(planCsv), s("plan.csv")).ok());
        const auto before = StoreSql::rows(
            *db, s("SELECT code, owner, evidence, due_date, completion FROM milestones ORDER BY code"));
        const auto result = sheet.importCsv("Priority,Code,Milestone\n"
                                            "1,P1.1,Member training programme\n"
                                            "2,P2.1,Caseload Promise of 11-15 cases per social worker\n",
                                            s("trimmed.csv"));
        QVERIFY2(result.ok(), qPrintable(result.errors.join(QLatin1Char('\n'))));
        QCOMPARE(result.updated, 0);
        QCOMPARE(result.unchanged, 2);
        QCOMPARE(
            StoreSql::rows(
                *db, s("SELECT code, owner, evidence, due_date, completion FROM milestones ORDER BY code")),
            before);

        // Ratings only: the ratings change, and nothing else.
        const auto ratings = sheet.importCsv(
            "Priority,Code,Milestone,Rating\n1,P1.1,Member training programme,G\n", s("ratings.csv"));
        QVERIFY2(ratings.ok(), qPrintable(ratings.errors.join(QLatin1Char('\n'))));
        QCOMPARE(ratings.updated, 1);
        QCOMPARE(ratings.ratingsChanged, 1);
        QCOMPARE(StoreSql::scalar(*db, s("SELECT owner FROM milestones WHERE code = 'P1.1'")).toString(),
                 s("Head of Democratic Services"));
        QCOMPARE(StoreSql::scalar(*db, s("SELECT evidence FROM milestones WHERE code = 'P1.1'")).toString(),
                 s("Attendance list, 12 members"));
        // A column that is there with an empty cell does empty its field: that is what the file says.
        QVERIFY(
            sheet.importCsv("Priority,Code,Milestone,Owner\n1,P1.1,Member training programme,\n", s("x.csv"))
                .ok());
        QVERIFY(StoreSql::scalar(*db, s("SELECT owner FROM milestones WHERE code = 'P1.1'")).isNull());
    }

    // The preview says what an import would change, field by field, and saves nothing.
    void previewShowsEveryChangeAndSavesNothing()
    {
        auto db = planDatabase();
        PlanSpreadsheet sheet(*db);
        QVERIFY(sheet.importCsv(QByteArray(planCsv), s("plan.csv")).ok());
        const int audited = count(*db, "audit_log");
        const QByteArray next = "Priority,Code,Milestone,Owner,Rating\n"
                                "1,P1.1,Member training programme,Monitoring Officer,B\n"
                                "2,P2.1,Caseload Promise of 11-15 cases per social worker,,A\n"
                                "4,,Edge of care service,Head of Early Help,\n";
        const auto preview = sheet.preview(next, s("next.csv"));
        QVERIFY2(preview.ok(), qPrintable(preview.errors.join(QLatin1Char('\n'))));
        QCOMPARE(count(*db, "audit_log"), audited);
        QCOMPARE(count(*db, "milestones"), 4);
        QCOMPARE(preview.added, 1);
        QCOMPARE(preview.updated, 2);
        QCOMPARE(preview.changes.size(), 3);
        const auto& owner = preview.changes.at(0).fields;
        QCOMPARE(owner.size(), 1);
        QCOMPARE(owner.first().field, s("owner"));
        QCOMPARE(owner.first().before, s("Head of Democratic Services"));
        QCOMPARE(owner.first().after, s("Monitoring Officer"));
        const auto& emptied = preview.changes.at(1).fields;
        QCOMPARE(emptied.first().after, QString()); // the owner would be emptied: shown as such
        QVERIFY(preview.changes.at(2).added);
        QCOMPARE(preview.changes.at(2).code, s("P4.1"));
        const QStringList lines = PlanSpreadsheet::describe(preview.changes);
        QVERIFY2(lines.at(0).contains(s("“Head of Democratic Services” → “Monitoring Officer”")),
                 qPrintable(lines.at(0)));
        QVERIFY2(lines.at(1).contains(s("→ empty")), qPrintable(lines.at(1)));
        // The import then does just that.
        const auto done = sheet.importCsv(next, s("next.csv"));
        QCOMPARE(done.changes.size(), preview.changes.size());
        QCOMPARE(count(*db, "milestones"), 5);
    }

    // Edit ▸ Undo of an import takes all of it back: fields, ratings and their history, new
    // milestones and priorities.
    void anImportIsTakenBackAsOneStep()
    {
        auto db = planDatabase();
        PlanSpreadsheet sheet(*db);
        QVERIFY(sheet.importCsv(QByteArray(planCsv), s("plan.csv")).ok());
        const QByteArray exported = sheet.toCsv();
        const int history = count(*db, "rating_changes");
        const auto result = sheet.importCsv("Priority,Code,Milestone,Owner,Rating\n"
                                            "1,P1.1,Member training programme,Monitoring Officer,R\n"
                                            "9. Early help,,Edge of care service,Head of Early Help,G\n",
                                            s("next.csv"));
        QVERIFY(result.ok());
        QVERIFY(!result.undo.isEmpty());
        QCOMPARE(count(*db, "priorities"), 4);
        sheet.undoImport(result.undo);
        QCOMPARE(sheet.toCsv(), exported);
        QCOMPARE(count(*db, "priorities"), 3);
        QCOMPARE(count(*db, "rating_changes"), history);
        // Someone changes a milestone after the import: undoing it would overwrite them, so it is refused.
        const auto again = sheet.importCsv(
            "Priority,Code,Milestone,Owner\n1,P1.1,Member training programme,A\n", s("again.csv"));
        const qint64 id =
            StoreSql::scalar(*db, s("SELECT id FROM milestones WHERE code = 'P1.1'")).toLongLong();
        db->update(s("milestones"), id, {{s("owner"), s("Someone else")}});
        QVERIFY_THROWS_EXCEPTION(StoreError, sheet.undoImport(again.undo));
        QCOMPARE(StoreSql::scalar(*db, s("SELECT owner FROM milestones WHERE id = ?"), {id}).toString(),
                 s("Someone else"));
    }

    // A file of many bad lines lists the first hundred and counts the rest.
    void manyBadLinesAreCountedNotAllListed()
    {
        auto db = planDatabase();
        QByteArray csv = "Priority,Milestone\n";
        for (int i = 0; i < 5000; ++i)
            csv += "none,Something\n";
        const auto result = PlanSpreadsheet(*db).importCsv(csv, s("bad.csv"));
        QVERIFY(!result.ok());
        QCOMPARE(result.errorCount, 5000);
        QCOMPARE(result.errors.size(), 100);
        QCOMPARE(result.unlisted(), 4900);
    }

    void membersMayNotImport()
    {
        auto db = planDatabase(s("admin"));
        UserRepository(*db).add(s("cllr.member"), Role::Member, 0);
        db->signIn(s("cllr.member"));
        const auto result = PlanSpreadsheet(*db).importCsv(QByteArray(planCsv), s("plan.csv"));
        QVERIFY(!result.ok());
        QVERIFY(result.errors.first().contains(s("clerk or an officer")));
        QCOMPARE(count(*db, "milestones"), 0);
    }
};

QTEST_GUILESS_MAIN(TestPlanSpreadsheet)
#include "TestPlanSpreadsheet.moc"
