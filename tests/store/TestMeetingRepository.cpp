#include "TestStore.h"
#include "core/MinuteNumber.h"
#include "store/Database.h"
#include "store/MeetingRepository.h"

#include <QtTest>

// What the published minutes and the calendar read: meetings newest first per committee, items in
// natural minute-number order whatever order they were typed in, resolutions by number, actions
// under their item, and exempt business left out of the public minutes entirely.
class TestMeetingRepository : public QObject
{
    Q_OBJECT

    std::unique_ptr<Database> m_db;
    qint64 m_care = 0, m_board = 0, m_december = 0;

private slots:
    void initTestCase()
    {
        m_db = TestStore::open(QStringLiteral("clerk.test"));
        Database& db = *m_db;
        m_care = db.insert(QStringLiteral("committees"),
                           {{"name", "Care Services PDS"}, {"council", "London Borough of Bromley"}});
        m_board = db.insert(QStringLiteral("committees"), {{"name", "Health and Wellbeing Board"}});
        db.insert(QStringLiteral("meetings"), {{"committee_id", m_care}, {"starts_at", "2016-09-14T19:00"}});
        m_december =
            db.insert(QStringLiteral("meetings"),
                      {{"committee_id", m_care}, {"starts_at", "2016-12-06T19:00"}, {"venue", "Room 1"}});
        db.insert(QStringLiteral("meetings"), {{"committee_id", m_board}, {"starts_at", "2016-11-10T13:30"}});
        // Typed in the order 56a, 10, 9, 56, 56b: minutes print 9, 10, 56, 56a, 56b.
        QMap<QString, qint64> ids;
        int position = 0;
        for (const QString& n : {QStringLiteral("56a"), QStringLiteral("10"), QStringLiteral("9"),
                                 QStringLiteral("56"), QStringLiteral("56b")})
            ids[n] =
                db.insert(QStringLiteral("agenda_items"), {{"meeting_id", m_december},
                                                           {"minute_number", n},
                                                           {"sort_key", MinuteNumber::sortKey(n)},
                                                           {"position", ++position},
                                                           {"title", QStringLiteral("Item %1").arg(n)},
                                                           {"exempt", n == QLatin1String("56b") ? 1 : 0}});
        db.insert(QStringLiteral("resolutions"),
                  {{"item_id", ids["56a"]}, {"number", 2}, {"text", "second"}});
        const qint64 first = db.insert(QStringLiteral("resolutions"),
                                       {{"item_id", ids["56a"]}, {"number", 1}, {"text", "first"}});
        db.insert(QStringLiteral("actions"), {{"meeting_id", m_december},
                                              {"item_id", ids["56a"]},
                                              {"resolution_id", first},
                                              {"text", "Report back"},
                                              {"owner", "Director"},
                                              {"due_date", "2017-01-24"}});
        db.insert(
            QStringLiteral("actions"),
            {{"meeting_id", m_december}, {"item_id", ids["56b"]}, {"text", "Secret"}, {"owner", "Lawyer"}});
        const qint64 person = db.insert(QStringLiteral("people"), {{"name", "Councillor A"}});
        db.insert(
            QStringLiteral("declarations"),
            {{"meeting_id", m_december}, {"item_id", ids["56b"]}, {"person_id", person}, {"nature", "x"}});
        db.insert(QStringLiteral("attendance"),
                  {{"meeting_id", m_december}, {"person_id", person}, {"status", "present"}});
    }

    void meetingsNewestFirstPerCommittee()
    {
        const MeetingRepository repo(*m_db);
        const auto care = repo.meetings(m_care);
        QCOMPARE(care.size(), 2);
        QCOMPARE(care.first().id, m_december);
        QCOMPARE(care.first().startsAt, QDateTime(QDate(2016, 12, 6), QTime(19, 0)));
        QCOMPARE(care.first().venue, QStringLiteral("Room 1"));
        QCOMPARE(repo.meetings().size(), 3);
        QCOMPARE(repo.meeting(9999).id, 0);
    }

    void minutesInNaturalOrderWithoutExemptBusiness()
    {
        const MeetingRepository repo(*m_db);
        const auto pub = repo.minutes(m_december, false);
        QStringList numbers;
        for (const auto& i : pub.items)
            numbers << i.number;
        QCOMPARE(numbers, (QStringList{"9", "10", "56", "56a"}));
        const auto& item = pub.items.at(3);
        QCOMPARE(item.resolutions.size(), 2);
        QCOMPARE(item.resolutions.first().text, QStringLiteral("first"));
        QCOMPARE(item.actions.size(), 1);
        QCOMPARE(item.actions.first().resolutionId, item.resolutions.first().id);
        QCOMPARE(item.actions.first().due, QDate(2017, 1, 24));
        QVERIFY(pub.declarations.isEmpty()); // made on the exempt item only
        QCOMPARE(pub.attendance.size(), 1);

        const auto all = repo.minutes(m_december, true);
        QCOMPARE(all.items.size(), 5);
        QCOMPARE(all.items.last().number, QStringLiteral("56b"));
        QVERIFY(all.items.last().exempt);
        QCOMPARE(all.items.last().actions.size(), 1);
        QCOMPARE(all.declarations.size(), 1);
    }

    void partsReadOnTheirOwnAgreeWithTheMinutes()
    {
        const MeetingRepository repo(*m_db);
        const auto all = repo.minutes(m_december, true);
        // Agenda order is the order the items were typed in; the minutes keep natural order.
        QStringList agenda;
        for (const auto& i : repo.items(m_december, true, MeetingRepository::ItemOrder::Agenda))
            agenda << i.number;
        QCOMPARE(agenda, (QStringList{"56a", "10", "9", "56", "56b"}));
        QCOMPARE(repo.items(m_december, false).size(), 4);
        const auto declarations = repo.declarations(m_december);
        QCOMPARE(declarations.size(), 1);
        QCOMPARE(declarations.first().person, QStringLiteral("Councillor A"));
        QCOMPARE(declarations.first().type, QStringLiteral("personal")); // the schema's default
        QCOMPARE(declarations.first().nature, QStringLiteral("x"));
        QCOMPARE(declarations.first().id, all.declarations.first().id);
        QVERIFY(declarations.first().personId > 0);
        const auto attendance = repo.attendance(m_december);
        QCOMPARE(attendance.size(), 1);
        QCOMPARE(attendance.first().status, QStringLiteral("present"));
        QCOMPARE(attendance.first().personId, declarations.first().personId);
        QVERIFY(repo.minutes(9999, true).items.isEmpty());
    }
};

QTEST_MAIN(TestMeetingRepository)
#include "TestMeetingRepository.moc"
