// Saving imported minutes: one transaction, the same file recognised, pages kept.
#include "TestStore.h"
#include "store/Database.h"
#include "store/MinutesImport.h"
#include "store/StoreSql.h"

#include <QTest>

namespace {

QString s(const char* text)
{
    return QString::fromUtf8(text);
}

ParsedMinutes invented()
{
    ParsedMinutes m;
    m.council = s("Harbourside Town Council");
    m.committee = s("Leisure Committee");
    m.date = QDate(2025, 7, 9);
    m.time = QTime(18, 30);
    m.present = {s("Councillor Ada Marsh (Chair)"), s("Councillor Tom Reed")};
    m.apologies = {s("Councillor Ivy Hale")};
    ParsedItem pool;
    pool.number = s("4");
    pool.title = s("Swimming Pool Refurbishment");
    pool.page = 1;
    pool.resolutions = {s("the second option be taken forward")};
    pool.actions = {ParsedAction{
        s("the second option be taken forward"), s("Leisure Manager"), QDate(2025, 9, 1), 2, {}}};
    ParsedItem parks;
    parks.number = s("5a");
    parks.title = s("Parks Strategy");
    parks.page = 3;
    m.items = {pool, parks};
    return m;
}

int count(const Database& db, const char* table)
{
    return StoreSql::scalar(db, s("SELECT COUNT(*) FROM %1").arg(QString::fromLatin1(table))).toInt();
}

} // namespace

class TestMinutesImport : public QObject
{
    Q_OBJECT
private slots:
    void savesPagesAndKeepsTheFile()
    {
        auto db = TestStore::open(s("admin"));
        const QByteArray bytes("%PDF-1.4 invented minutes");
        const auto saved = MinutesImport::save(*db, invented(), s("leisure.pdf"), bytes, 3);
        QVERIFY(saved.meetingId > 0);
        QVERIFY(!saved.alreadyImported);
        QCOMPARE(count(*db, "meetings"), 1);
        QCOMPARE(count(*db, "agenda_items"), 2);
        QCOMPARE(StoreSql::scalar(*db, s("SELECT source_page FROM agenda_items WHERE minute_number = '5a'"))
                     .toInt(),
                 3);
        QCOMPARE(StoreSql::scalar(*db, s("SELECT source_page FROM actions")).toInt(), 2);
        QCOMPARE(StoreSql::scalar(*db, s("SELECT due_date FROM actions")).toString(), s("2025-09-01"));
        QVERIFY(StoreSql::scalar(*db, s("SELECT resolution_id FROM actions")).toLongLong() > 0);
        QCOMPARE(StoreSql::scalar(*db, s("SELECT bytes FROM documents")).toByteArray(), bytes);
        QCOMPARE(
            StoreSql::scalar(*db, s("SELECT COUNT(*) FROM attendance WHERE status = 'apologies'")).toInt(),
            1);
    }

    void theSameFileTwiceLeavesOneMeeting()
    {
        auto db = TestStore::open(s("admin"));
        const QByteArray bytes("%PDF-1.4 the same bytes");
        const auto first = MinutesImport::save(*db, invented(), s("a.pdf"), bytes, 3);
        const auto again = MinutesImport::save(*db, invented(), s("copy-of-a.pdf"), bytes, 3);
        QVERIFY(again.alreadyImported);
        QCOMPARE(again.meetingId, first.meetingId);
        QVERIFY(again.message.contains(s("already imported")));
        QCOMPARE(count(*db, "meetings"), 1);
        const auto replaced = MinutesImport::save(*db, invented(), s("a.pdf"), bytes, 3, true);
        QVERIFY(!replaced.alreadyImported);
        QCOMPARE(count(*db, "meetings"), 1);
        QCOMPARE(count(*db, "documents"), 1);
        // Another document for the same committee and date is saved, with a warning.
        const auto second =
            MinutesImport::save(*db, invented(), s("b.pdf"), QByteArray("%PDF-1.4 other bytes"), 3);
        QVERIFY(second.message.contains(s("already had a meeting")));
    }

    // Draft minutes (a draft, or the previous meeting's minutes in an agenda pack) are kept as the
    // document says: the meeting was held, its minutes are not approved.
    void draftMinutesAreNotSavedAsApproved()
    {
        auto db = Database::open(s(":memory:"), s("admin"));
        ParsedMinutes draft = invented();
        draft.draft = true;
        const auto saved = MinutesImport::save(*db, draft, s("draft.pdf"), QByteArray("%PDF-1.4 draft"), 3);
        QCOMPARE(saved.status, s("held"));
        QCOMPARE(StoreSql::scalar(*db, s("SELECT status FROM meetings WHERE id = ?"), {saved.meetingId})
                     .toString(),
                 s("held"));
        QVERIFY2(saved.message.contains(s("draft")), qPrintable(saved.message));
        ParsedMinutes approved = invented();
        approved.date = QDate(2025, 8, 6);
        const auto other =
            MinutesImport::save(*db, approved, s("final.pdf"), QByteArray("%PDF-1.4 final"), 3);
        QCOMPARE(StoreSql::scalar(*db, s("SELECT status FROM meetings WHERE id = ?"), {other.meetingId})
                     .toString(),
                 s("approved"));
    }

    // The committee a document names is matched to the one already known, however the document
    // writes it, rather than made anew.
    void theCommitteeIsMatchedToAKnownOne()
    {
        auto db = Database::open(s(":memory:"), s("admin"));
        const qint64 audit = db->insert(s("committees"), {{s("name"), s("Audit Committee")}});
        const qint64 pds =
            db->insert(s("committees"), {{s("name"), s("Children's Policy Development and Scrutiny "
                                                       "Committee")},
                                         {s("short_name"), s("Children's PDS")}});
        QCOMPARE(MinutesImport::matchCommittee(*db, s("AUDIT COMMITTEE")), s("Audit Committee"));
        QCOMPARE(MinutesImport::matchCommittee(*db, s("The Audit Cttee")), s("Audit Committee"));
        QCOMPARE(MinutesImport::matchCommittee(*db, s("CHILDREN\u2019S PDS COMMITTEE")),
                 s("Children's Policy Development and Scrutiny Committee"));
        QCOMPARE(MinutesImport::matchCommittee(*db, s("Children's PDS")),
                 s("Children's Policy Development and Scrutiny Committee"));
        QVERIFY(MinutesImport::matchCommittee(*db, s("Audit and Governance Committee")).isEmpty());
        ParsedMinutes m = invented();
        m.committee = s("AUDIT COMMITTEE");
        const auto saved = MinutesImport::save(*db, m, s("audit.pdf"), QByteArray("%PDF-1.4 audit"), 3);
        QCOMPARE(saved.committeeId, audit);
        QCOMPARE(count(*db, "committees"), 2);
        QVERIFY2(saved.message.contains(s("Audit Committee")), qPrintable(saved.message));
        Q_UNUSED(pds);
    }

    // A second document for a meeting already recorded (the same committee and date): kept beside
    // it, put in its place, or merged into it (only what it lacks is added), as the clerk chooses.
    void theSameMeetingIsMergedReplacedOrKeptTwice()
    {
        auto db = Database::open(s(":memory:"), s("admin"));
        const auto first = MinutesImport::save(*db, invented(), s("a.pdf"), QByteArray("%PDF-1.4 a"), 3);
        QCOMPARE(first.items, 2);
        QCOMPARE(first.resolutions, 1);
        QCOMPARE(first.actions, 1);
        QCOMPARE(first.people, 3);
        QVERIFY2(first.message.contains(s("2 items, 1 resolution, 1 action, 3 people")),
                 qPrintable(first.message));
        ParsedMinutes again = invented();
        again.committee = s("the leisure committee"); // as the clerk typed it in the review
        again.present << s("Councillor Uma Fenn");
        ParsedItem extra;
        extra.number = s("6");
        extra.title = s("Allotments");
        extra.resolutions = {s("the waiting list be reviewed")};
        again.items << extra;
        const auto same = MinutesImport::findSameMeeting(*db, again.committee, again.date);
        QCOMPARE(same.id, first.meetingId);
        QCOMPARE(same.items, 2);
        QVERIFY(MinutesImport::findSameMeeting(*db, again.committee, QDate(2025, 7, 10)).id == 0);

        MinutesImport::SaveOptions merge;
        merge.sameMeeting = MinutesImport::SameMeeting::Merge;
        const auto merged = MinutesImport::save(*db, again, s("b.pdf"), QByteArray("%PDF-1.4 b"), 3, merge);
        QCOMPARE(merged.meetingId, first.meetingId);
        QCOMPARE(count(*db, "meetings"), 1);
        QCOMPARE(count(*db, "agenda_items"), 3);
        QCOMPARE(count(*db, "resolutions"), 2);
        QCOMPARE(count(*db, "actions"), 1);
        QCOMPARE(count(*db, "attendance"), 4);
        QCOMPARE(merged.items, 1);
        QCOMPARE(merged.people, 1);
        QCOMPARE(count(*db, "documents"), 2);

        MinutesImport::SaveOptions replace;
        replace.sameMeeting = MinutesImport::SameMeeting::Replace;
        ParsedMinutes corrected = invented();
        corrected.items.removeLast();
        const auto replaced =
            MinutesImport::save(*db, corrected, s("c.pdf"), QByteArray("%PDF-1.4 c"), 3, replace);
        QCOMPARE(count(*db, "meetings"), 1);
        QCOMPARE(count(*db, "agenda_items"), 1);
        QCOMPARE(StoreSql::scalar(*db, s("SELECT title FROM agenda_items WHERE meeting_id = ?"),
                                  {replaced.meetingId})
                     .toString(),
                 s("Swimming Pool Refurbishment"));
        QCOMPARE(count(*db, "attendance"), 3); // the merged-in member went with the meeting replaced

        const auto both = MinutesImport::save(*db, invented(), s("d.pdf"), QByteArray("%PDF-1.4 d"), 3,
                                              MinutesImport::SaveOptions{});
        QCOMPARE(count(*db, "meetings"), 2);
        QVERIFY(both.message.contains(s("both are kept")));
    }

    // Declarations: the member matched to the person attendance made (or made new), the item
    // found by its number, the type from the kind as written, in the same transaction.
    void savesDeclarations()
    {
        auto db = TestStore::open(s("admin"));
        ParsedMinutes m = invented();
        m.declarations = {
            ParsedDeclaration{s("Councillor Tom Reed"),
                              s("personal"),
                              s("as a member of the swimming club"),
                              s("4"),
                              1,
                              {}},
            ParsedDeclaration{
                s("Mr Olu Baker"), s("disclosable pecuniary"), s("as a contractor"), s("9"), 2, {}}};
        MinutesImport::save(*db, m, s("leisure.pdf"), QByteArray("%PDF-1.4 declarations"), 3);
        QCOMPARE(count(*db, "declarations"), 2);
        QCOMPARE(StoreSql::scalar(*db, s("SELECT COUNT(*) FROM people WHERE name = 'Councillor Tom Reed'"))
                     .toInt(),
                 1);
        const auto rows = StoreSql::rows(
            *db,
            s("SELECT p.name, d.interest_type, d.nature, i.minute_number FROM declarations d JOIN people p "
              "ON p.id = d.person_id LEFT JOIN agenda_items i ON i.id = d.item_id ORDER BY d.id"));
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0).value(s("interest_type")).toString(), s("personal"));
        QCOMPARE(rows.at(0).value(s("nature")).toString(), s("as a member of the swimming club"));
        QCOMPARE(rows.at(0).value(s("minute_number")).toString(), s("4"));
        QCOMPARE(rows.at(1).value(s("name")).toString(), s("Mr Olu Baker"));
        QCOMPARE(rows.at(1).value(s("interest_type")).toString(), s("pecuniary"));
        QCOMPARE(rows.at(1).value(s("nature")).toString(),
                 s("disclosable pecuniary interest: as a contractor"));
        QVERIFY(rows.at(1).value(s("minute_number")).isNull()); // no item 9 in these minutes

        // A failure later in the import leaves no declaration behind.
        auto other = TestStore::open(s("admin"));
        TestStore::refuseInserts(*other, s("documents"));
        QVERIFY_THROWS_EXCEPTION(StoreError,
                                 MinutesImport::save(*other, m, s("a.pdf"), QByteArray("%PDF-1.4 x"), 3));
        QCOMPARE(count(*other, "declarations"), 0);
        QCOMPARE(count(*other, "people"), 0);
    }

    void aFailureHalfWayLeavesNoTrace()
    {
        auto db = TestStore::open(s("admin"));
        // The last write of an import (its document) fails, after the items were written.
        TestStore::refuseInserts(*db, s("documents"));
        bool threw = false;
        try {
            MinutesImport::save(*db, invented(), s("a.pdf"), QByteArray("%PDF-1.4 x"), 3);
        } catch (const StoreError&) {
            threw = true;
        }
        QVERIFY(threw);
        QCOMPARE(count(*db, "meetings"), 0);
        QCOMPARE(count(*db, "agenda_items"), 0);
        QCOMPARE(count(*db, "actions"), 0);
    }

    // A file in which nothing of a meeting was found (a text file named .pdf, a letter) is refused
    // with what to do, rather than saved as an "approved" meeting dated today with no items.
    void aFileWithNothingOfAMeetingIsNotSaved()
    {
        auto db = TestStore::open(s("admin"));
        ParsedMinutes nothing;
        nothing.warnings = {
            s("No numbered agenda items were found; the document was read as a single item.")};
        QString message;
        try {
            MinutesImport::save(*db, nothing, s("x.pdf"), QByteArray("hello\n"), 1);
        } catch (const StoreError& e) {
            message = e.message();
        }
        QVERIFY2(message.contains(s("x.pdf")) && message.contains(s("minutes")), qPrintable(message));
        QCOMPARE(count(*db, "meetings"), 0);
        QCOMPARE(count(*db, "committees"), 0);
        QCOMPARE(count(*db, "documents"), 0);
        // Something of a meeting (here its date alone) is still saved, for the clerk to complete.
        ParsedMinutes dated;
        dated.date = QDate(2025, 7, 9);
        QVERIFY(MinutesImport::save(*db, dated, s("y.pdf"), QByteArray("%PDF-1.4 y"), 1).meetingId > 0);
    }
};

QTEST_GUILESS_MAIN(TestMinutesImport)
#include "TestMinutesImport.moc"
