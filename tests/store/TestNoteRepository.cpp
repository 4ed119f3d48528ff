#include "TestStore.h"
#include "store/Database.h"
#include "store/NoteRepository.h"
#include "store/StoreSql.h"
#include "store/UserRepository.h"

#include <QTest>

namespace {
QString s(const char* text)
{
    return QString::fromUtf8(text);
}
} // namespace

class TestNoteRepository : public QObject
{
    Q_OBJECT
private slots:
    void notesArePrivateToTheirAuthor()
    {
        auto db = TestStore::open(s("admin"));
        UserRepository users(*db);
        users.add(s("cllr.alice"), Role::Member, 0);
        users.add(s("cllr.bob"), Role::Member, 0);
        const qint64 c = db->insert(s("committees"), {{s("name"), s("Care")}});
        const qint64 m =
            db->insert(s("meetings"), {{s("committee_id"), c}, {s("starts_at"), s("2016-12-06T19:00")}});
        const qint64 item =
            db->insert(s("agenda_items"), {{s("meeting_id"), m}, {s("title"), s("Improvement plan")}});

        db->signIn(s("cllr.alice"));
        NoteRepository notes(*db);
        const Note mine =
            notes.add(Note::Target::Item, item, s("  Ask why P2.3 is Green when it is overdue.  "));
        QCOMPARE(mine.text, s("Ask why P2.3 is Green when it is overdue."));
        notes.add(Note::Target::Meeting, m, s("Send apologies if the train is late."));
        QCOMPARE(notes.notesFor(Note::Target::Item, item).size(), 1);
        QCOMPARE(notes.countFor(Note::Target::Meeting, m), 1);
        QCOMPARE(notes.myNotes().size(), 2);

        // Bob sees none of Alice's notes, and cannot change or delete them.
        db->signIn(s("cllr.bob"));
        QVERIFY(notes.notesFor(Note::Target::Item, item).isEmpty());
        QCOMPARE(notes.countFor(Note::Target::Item, item), 0);
        QVERIFY(notes.myNotes().isEmpty());
        try {
            notes.change(mine, s("Bob was here"));
            QFAIL("another member changed a private note");
        } catch (const StoreError& e) {
            QCOMPARE(e.kind(), StoreError::Kind::NotAllowed);
        }
        QVERIFY_THROWS_EXCEPTION(StoreError, notes.remove(mine));
        const Note his = notes.add(Note::Target::Item, item, s("Bob's own note"));
        QCOMPARE(notes.notesFor(Note::Target::Item, item).size(), 1);
        QCOMPARE(notes.notesFor(Note::Target::Item, item).first().id, his.id);

        // Alice's note is as she left it; she can edit and delete it.
        db->signIn(s("cllr.alice"));
        auto list = notes.notesFor(Note::Target::Item, item);
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().text, mine.text);
        notes.change(list.first(), s("Asked: officers to report back in March."));
        list = notes.notesFor(Note::Target::Item, item);
        QCOMPARE(list.first().text, s("Asked: officers to report back in March."));
        // A stale copy is refused rather than overwriting the newer text.
        QVERIFY_THROWS_EXCEPTION(StoreError, notes.change(mine, s("stale")));
        notes.remove(list.first());
        QVERIFY(notes.notesFor(Note::Target::Item, item).isEmpty());
    }

    void emptyNotesAndMissingTargetsAreRefused()
    {
        auto db = TestStore::open(s("admin"));
        NoteRepository notes(*db);
        try {
            notes.add(Note::Target::Milestone, 999, s("On nothing"));
            QFAIL("a note on a missing milestone was saved");
        } catch (const StoreError& e) {
            QCOMPARE(e.kind(), StoreError::Kind::NotFound);
        }
        const qint64 c = db->insert(s("committees"), {{s("name"), s("Care")}});
        const qint64 m =
            db->insert(s("meetings"), {{s("committee_id"), c}, {s("starts_at"), s("2016-12-06T19:00")}});
        try {
            notes.add(Note::Target::Meeting, m, s("   "));
            QFAIL("an empty note was saved");
        } catch (const StoreError& e) {
            QCOMPARE(e.kind(), StoreError::Kind::Invalid);
            QVERIFY(e.message().contains(s("needs some text")));
        }
        QCOMPARE(StoreSql::scalar(*db, s("SELECT COUNT(*) FROM notes")).toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(TestNoteRepository)
#include "TestNoteRepository.moc"
