#include "TestStore.h"
#include "core/MinuteNumber.h"
#include "store/Database.h"
#include "store/MinutesRepository.h"
#include "store/StoreSql.h"

#include <QtTest>

// What the clerk's editor writes: attendance with substitutes, officers and guests; declarations
// of interest; the agenda's order; each undoable write restoring the very row it took away; and
// reads that agree with the published minutes because they are the same code.
class TestMinutesRepository : public QObject
{
    Q_OBJECT

    std::unique_ptr<Database> m_db;
    qint64 m_committee = 0, m_meeting = 0, m_chair = 0, m_member = 0, m_former = 0, m_officer = 0;

    int count(const char* table) const
    {
        return StoreSql::scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table)))
            .toInt();
    }

private slots:
    void init()
    {
        m_db = TestStore::open(QStringLiteral("clerk.test"));
        Database& db = *m_db;
        m_committee = db.insert(QStringLiteral("committees"), {{"name", "Care Services PDS"}});
        m_chair = db.insert(QStringLiteral("people"), {{"name", "Councillor Ian Dunn"}});
        m_member = db.insert(QStringLiteral("people"), {{"name", "Councillor Alexa Michael"}});
        m_former = db.insert(QStringLiteral("people"), {{"name", "Councillor Zena Former"}});
        m_officer = db.insert(QStringLiteral("people"), {{"name", "Janet Bailey"}, {"kind", "officer"}});
        db.insert(QStringLiteral("committee_members"),
                  {{"committee_id", m_committee}, {"person_id", m_chair}, {"from_date", "2016-05-01"}});
        db.insert(QStringLiteral("committee_members"),
                  {{"committee_id", m_committee}, {"person_id", m_member}});
        // Left the committee before the meeting: not on its attendance sheet.
        db.insert(QStringLiteral("committee_members"), {{"committee_id", m_committee},
                                                        {"person_id", m_former},
                                                        {"from_date", "2015-05-01"},
                                                        {"to_date", "2016-04-30"}});
        m_meeting = MinutesRepository(db).createMeeting(
            m_committee, QDateTime(QDate(2016, 12, 6), QTime(19, 0)), QStringLiteral("Room 1"));
    }

    void attendanceSheetIsTheCommitteeOnTheDayAndThoseRecorded()
    {
        MinutesRepository repo(*m_db);
        auto names = [&] {
            QStringList out;
            for (const auto& a : repo.attendanceSheet(m_meeting))
                out << a.name + QLatin1Char('|') + a.status;
            return out;
        };
        QCOMPARE(names(), (QStringList{"Councillor Alexa Michael|", "Councillor Ian Dunn|"}));
        repo.setAttendance(m_meeting, m_officer, QStringLiteral("in attendance"));
        repo.setAttendance(m_meeting, m_chair, QStringLiteral("present"));
        // Members first, then officers and guests, each by name.
        QCOMPARE(names(), (QStringList{"Councillor Alexa Michael|", "Councillor Ian Dunn|present",
                                       "Janet Bailey|in attendance"}));
        QCOMPARE(repo.committeePeople(m_meeting),
                 (QStringList{"Councillor Alexa Michael", "Councillor Ian Dunn", "Councillor Zena Former",
                              "Janet Bailey"}));
    }

    void substituteNamesTheMemberReplaced()
    {
        MinutesRepository repo(*m_db);
        const qint64 sub =
            repo.addPerson(QStringLiteral("Councillor Stephen Carr"), QStringLiteral("member"));
        const MinutesRepository::Presence presence{QStringLiteral("substitute"), m_member,
                                                   QStringLiteral("Substitute")};
        repo.setAttendance(m_meeting, sub, presence);
        QCOMPARE(repo.presence(m_meeting, sub), presence);
        // The published minutes read the same row: who substitutes for whom.
        const auto minutes = repo.minutes(m_meeting, false);
        QCOMPARE(minutes.attendance.size(), 1);
        QCOMPARE(minutes.attendance.first().name, QStringLiteral("Councillor Stephen Carr"));
        QCOMPARE(minutes.attendance.first().substituteFor, QStringLiteral("Councillor Alexa Michael"));
        QCOMPARE(minutes.attendance.first().substituteForId, m_member);
        // An empty status removes the record altogether.
        repo.setAttendance(m_meeting, sub, MinutesRepository::Presence());
        QCOMPARE(repo.presence(m_meeting, sub), MinutesRepository::Presence());
        QCOMPARE(count("attendance"), 0);
    }

    void peopleByNameAddedAndRemoved()
    {
        MinutesRepository repo(*m_db);
        QCOMPARE(repo.personNamed(QStringLiteral("  janet BAILEY ")), m_officer);
        QCOMPARE(repo.personNamed(QStringLiteral("Nobody")), 0);
        const qint64 guest = repo.addPerson(QStringLiteral("Dr Priya Shah"), QStringLiteral("guest"));
        QVERIFY(repo.knownPeople().contains(QStringLiteral("Dr Priya Shah")));
        repo.removePerson(guest);
        QCOMPARE(repo.personNamed(QStringLiteral("Dr Priya Shah")), 0);
        // Redo puts back the same row.
        QCOMPARE(repo.addPerson(QStringLiteral("Dr Priya Shah"), QStringLiteral("guest"), guest), guest);
        try {
            repo.addPerson(QStringLiteral("  "), QStringLiteral("guest"));
            QFAIL("a person without a name was added");
        } catch (const StoreError& e) {
            QCOMPARE(e.kind(), StoreError::Kind::Invalid);
            QVERIFY(e.message().contains(QStringLiteral("Type the person's name")));
        }
    }

    void declarationsRemovedAndRestoredWithTheSameRow()
    {
        MinutesRepository repo(*m_db);
        const qint64 item = repo.addItem(m_meeting, QStringLiteral("56"), QStringLiteral("FOSTERING"));
        MinutesRepository::Declaration d;
        d.itemId = item;
        d.personId = m_chair;
        d.type = QStringLiteral("pecuniary");
        d.nature = QStringLiteral("owns a property let to the Council");
        d.id = repo.addDeclaration(m_meeting, d);
        auto read = repo.declarations(m_meeting);
        QCOMPARE(read.size(), 1);
        QCOMPARE(read.first().id, d.id);
        QCOMPARE(read.first().person, QStringLiteral("Councillor Ian Dunn"));
        QCOMPARE(read.first().personId, m_chair);
        QCOMPARE(read.first().type, QStringLiteral("pecuniary"));
        QCOMPARE(read.first().nature, d.nature);
        repo.removeDeclaration(d.id);
        QVERIFY(repo.declarations(m_meeting).isEmpty());
        QCOMPARE(repo.addDeclaration(m_meeting, d), d.id);
        // Without a member it is refused, saying what to do.
        MinutesRepository::Declaration nobody;
        nobody.itemId = item;
        try {
            repo.addDeclaration(m_meeting, nobody);
            QFAIL("a declaration without a member was saved");
        } catch (const StoreError& e) {
            QVERIFY(e.message().contains(QStringLiteral("Choose the member")));
        }
        // A declaration on an exempt item is left out of the public minutes only.
        repo.updateItem(item, QStringLiteral("56"), QStringLiteral("FOSTERING"), QString(), true);
        QVERIFY(repo.minutes(m_meeting, false).declarations.isEmpty());
        QCOMPARE(repo.minutes(m_meeting, true).declarations.size(), 1);
    }

    void agendaOrderIsTheClerksAndNumbersStayAsTyped()
    {
        MinutesRepository repo(*m_db);
        const qint64 a = repo.addItem(m_meeting, QStringLiteral("56"), QStringLiteral("A"));
        const qint64 b = repo.addItem(m_meeting, QStringLiteral("57"), QStringLiteral("B"));
        const qint64 c = repo.addItem(m_meeting, QStringLiteral("56a"), QStringLiteral("C"));
        auto ids = [](const QList<MinutesRepository::Item>& items) {
            QList<qint64> out;
            for (const auto& i : items)
                out << i.id;
            return out;
        };
        QCOMPARE(ids(repo.items(m_meeting)), (QList<qint64>{a, b, c}));               // agenda: as added
        QCOMPARE(ids(repo.minutes(m_meeting, true).items), (QList<qint64>{a, c, b})); // minutes: 56, 56a, 57
        repo.setItemOrder(m_meeting, {c, a, b});
        QCOMPARE(ids(repo.items(m_meeting)), (QList<qint64>{c, a, b}));
        QCOMPARE(ids(repo.minutes(m_meeting, true).items), (QList<qint64>{a, c, b}));
        QStringList numbers;
        for (const auto& i : repo.items(m_meeting))
            numbers << i.number;
        QCOMPARE(numbers, (QStringList{"56a", "56", "57"}));
        QCOMPARE(repo.suggestNextNumber(m_meeting), QStringLiteral("58"));
        // Only the rows that moved are written.
        const int audited =
            StoreSql::scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE table_name = "
                                                   "'agenda_items' AND field = 'position'"))
                .toInt();
        repo.setItemOrder(m_meeting, {c, b, a});
        QCOMPARE(StoreSql::scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE table_name = "
                                                        "'agenda_items' AND field = 'position'"))
                     .toInt(),
                 audited + 2);
        // An order naming an item that is gone is refused and changes nothing.
        repo.removeItem(b);
        try {
            repo.setItemOrder(m_meeting, {a, b, c});
            QFAIL("an order with a removed item was saved");
        } catch (const StoreError& e) {
            QCOMPARE(e.kind(), StoreError::Kind::NotFound);
        }
        QCOMPARE(ids(repo.items(m_meeting)), (QList<qint64>{c, a}));
    }

    void editorAndMinutesReadTheSameItems()
    {
        MinutesRepository repo(*m_db);
        const qint64 item = repo.addItem(m_meeting, QStringLiteral("9"), QStringLiteral("PLAN"));
        repo.updateItem(item, QStringLiteral("9"), QStringLiteral("PLAN"), QStringLiteral("Noted."), false);
        const qint64 r1 = repo.addResolution(item, QStringLiteral("the update be noted"));
        repo.addResolution(item, QStringLiteral("caseloads be reported monthly"));
        repo.addAction(item, r1, QStringLiteral("the update be noted"), QStringLiteral("Janet Bailey"),
                       QDate(2017, 1, 24));
        const auto editor = repo.items(m_meeting);
        const auto minutes = repo.minutes(m_meeting, false).items;
        QCOMPARE(editor.size(), 1);
        QCOMPARE(minutes.size(), 1);
        QCOMPARE(editor.first().text, QStringLiteral("Noted."));
        QCOMPARE(editor.first().resolutions.size(), 2);
        QCOMPARE(editor.first().resolutions.at(1).number, 2);
        QCOMPARE(editor.first().actions.size(), 1);
        QCOMPARE(editor.first().actions.first().reference, QStringLiteral("9/1"));
        QCOMPARE(editor.first().actions.first().due, QDate(2017, 1, 24));
        QCOMPARE(minutes.first().actions.first().owner, editor.first().actions.first().owner);
        QCOMPARE(repo.meetingStart(m_meeting), QDateTime(QDate(2016, 12, 6), QTime(19, 0)));
    }
};

QTEST_MAIN(TestMinutesRepository)
#include "TestMinutesRepository.moc"
