#include "TestStore.h"
#include "store/Database.h"
#include "store/SearchRepository.h"
#include "store/StoreSql.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

namespace {

QString s(const char* text)
{
    return QString::fromUtf8(text);
}

struct Fixture
{
    std::unique_ptr<Database> db;
    qint64 care = 0, schools = 0;
    qint64 december = 0, september = 0, schoolsMeeting = 0;
    qint64 planItem = 0, workforceItem = 0, fosteringItem = 0, apologiesItem = 0, schoolsItem = 0;
    qint64 resolution = 0, action = 0, milestone = 0;

    qint64 item(qint64 meeting, const char* number, const char* title, const char* text, bool exempt = false)
    {
        return db->insert(s("agenda_items"), {{s("meeting_id"), meeting},
                                              {s("minute_number"), s(number)},
                                              {s("title"), s(title)},
                                              {s("minutes_text"), s(text)},
                                              {s("exempt"), exempt ? 1 : 0}});
    }

    Fixture()
    {
        db = TestStore::open(s("clerk"));
        care = db->insert(s("committees"), {{s("name"), s("Care Services PDS Committee")}});
        schools = db->insert(s("committees"), {{s("name"), s("Education Select Committee")}});
        september =
            db->insert(s("meetings"), {{s("committee_id"), care}, {s("starts_at"), s("2016-09-13T19:00")}});
        december =
            db->insert(s("meetings"), {{s("committee_id"), care}, {s("starts_at"), s("2016-12-06T19:00")}});
        schoolsMeeting = db->insert(s("meetings"),
                                    {{s("committee_id"), schools}, {s("starts_at"), s("2017-01-18T19:00")}});
        planItem =
            item(december, "56a", "Children's services improvement plan update",
                 "The Committee considered progress on the improvement plan. Members asked why milestones "
                 "were marked Green when they had not been delivered. The Caseload Promise of 11 to 15 "
                 "cases per social worker was discussed.");
        workforceItem =
            item(september, "40", "Workforce update",
                 "Recruitment of permanent social workers continued. The promise made to staff about "
                 "caseload levels would be kept under review. Agency staff remained high.");
        fosteringItem = item(september, "41", "Fostering and adoption",
                             "Fostering recruitment was below target; adoption timeliness improved.");
        apologiesItem = item(december, "53", "Apologies for absence",
                             "Apologies were received from two members. Agency workers were thanked.");
        schoolsItem = item(schoolsMeeting, "12", "School places",
                           "Fostering of partnerships with academies and a caseload of appeals was noted.");
        resolution = db->insert(s("resolutions"),
                                {{s("item_id"), planItem},
                                 {s("number"), 1},
                                 {s("text"), s("That the progress on the improvement plan be noted.")}});
        action =
            db->insert(s("actions"), {{s("meeting_id"), december},
                                      {s("item_id"), planItem},
                                      {s("resolution_id"), resolution},
                                      {s("reference"), s("56a/1")},
                                      {s("text"), s("Circulate the bid for additional social work funding.")},
                                      {s("owner"), s("Strategic Director")}});
        const qint64 scheme = db->insert(s("rating_schemes"), {{s("name"), s("BRAG")}});
        const qint64 plan = db->insert(
            s("improvement_plans"),
            {{s("committee_id"), care}, {s("scheme_id"), scheme}, {s("title"), s("Improvement plan")}});
        const qint64 priority = db->insert(
            s("priorities"), {{s("plan_id"), plan}, {s("number"), 2}, {s("title"), s("Caseloads")}});
        milestone = db->insert(s("milestones"),
                               {{s("priority_id"), priority},
                                {s("code"), s("P2.3")},
                                {s("title"), s("Reduce caseloads to the promised level")},
                                {s("definition_of_done"), s("Every social worker holds 15 cases or fewer.")},
                                {s("owner"), s("Head of Service")},
                                {s("due_date"), s("2017-03-31")}});
    }

    SearchResult find(const QString& query, const SearchFilter& filter = {}) const
    {
        return SearchRepository(*db).search(query, filter);
    }
};

QSet<qint64> items(const SearchResult& r)
{
    QSet<qint64> out;
    for (const SearchHit& h : r.hits)
        if (h.kind == SearchHit::Kind::Item)
            out.insert(h.id);
    return out;
}

} // namespace

class TestSearchRepository : public QObject
{
    Q_OBJECT
private slots:
    void wordsAreAllRequiredAndPluralsMatch()
    {
        Fixture f;
        // "caseloads" finds "caseload"; both words needed.
        const auto r = f.find(s("caseloads promise"));
        QVERIFY2(r.ok(), qPrintable(r.problem));
        QCOMPARE(items(r), (QSet<qint64>{f.planItem, f.workforceItem}));
    }

    // Exempt (Part 2) business, its resolutions and its actions, is found only when asked for, on
    // either engine (the server's search leaves it out by the same rule as FTS5's).
    void exemptBusinessIsLeftOutUnlessAskedFor()
    {
        Fixture f;
        const qint64 exempt =
            f.item(f.december, "57", "Residential placement contract (exempt)",
                   "The Committee considered the tender for the residential placements.", true);
        const qint64 resolution =
            f.db->insert(s("resolutions"), {{s("item_id"), exempt},
                                            {s("number"), 1},
                                            {s("text"), s("That the residential tender be awarded.")}});
        const qint64 action = f.db->insert(s("actions"), {{s("meeting_id"), f.december},
                                                          {s("item_id"), exempt},
                                                          {s("resolution_id"), resolution},
                                                          {s("text"), s("Sign the residential contract.")},
                                                          {s("owner"), s("Head of Commissioning")}});
        const auto everything = [](const SearchResult& r) {
            QSet<QPair<int, qint64>> out;
            for (const SearchHit& h : r.hits)
                out.insert({int(h.kind), h.id});
            return out;
        };
        const SearchResult open = f.find(s("residential"));
        QVERIFY2(open.ok(), qPrintable(open.problem));
        QVERIFY(open.hits.isEmpty());
        QCOMPARE(open.total, 0);
        SearchFilter confidential;
        confidential.withExempt = true;
        const SearchResult all = f.find(s("residential"), confidential);
        QCOMPARE(everything(all), (QSet<QPair<int, qint64>>{{int(SearchHit::Kind::Item), exempt},
                                                            {int(SearchHit::Kind::Resolution), resolution},
                                                            {int(SearchHit::Kind::Action), action}}));
        for (const SearchHit& h : all.hits)
            QVERIFY(h.exempt);
        // The rest of the record is searched as before.
        QCOMPARE(items(f.find(s("\"caseload promise\""))), QSet<qint64>{f.planItem});
    }

    void phraseNeedsTheWordsTogether()
    {
        Fixture f;
        const auto r = f.find(s("\"caseload promise\""));
        QVERIFY(r.ok());
        QCOMPARE(items(r), QSet<qint64>{f.planItem});
        // Curly quotes pasted from a document work too.
        QCOMPARE(items(f.find(s("“caseload promise”"))), QSet<qint64>{f.planItem});
    }

    void prefixFindsWordBeginnings()
    {
        Fixture f;
        const auto r = f.find(s("recruit*"));
        QCOMPARE(items(r), (QSet<qint64>{f.workforceItem, f.fosteringItem}));
        QVERIFY(items(f.find(s("recruitm"))).isEmpty()); // without the star only whole words match
        // Prefixes match the words as written (a stemmer would have cut "recruitment" to "recruit").
        QCOMPARE(items(f.find(s("recruitm*"))), (QSet<qint64>{f.workforceItem, f.fosteringItem}));
        QCOMPARE(items(f.find(s("timelin*"))), QSet<qint64>{f.fosteringItem});
        // Plurals both ways.
        QCOMPARE(items(f.find(s("academy"))), QSet<qint64>{f.schoolsItem});
        QCOMPARE(items(f.find(s("apology"))), QSet<qint64>{f.apologiesItem});
        QCOMPARE(items(f.find(s("workers"))), (QSet<qint64>{f.planItem, f.workforceItem, f.apologiesItem}));
    }

    void andOrNot()
    {
        Fixture f;
        QCOMPARE(items(f.find(s("fostering AND adoption"))), QSet<qint64>{f.fosteringItem});
        QCOMPARE(items(f.find(s("academies OR adoption"))), (QSet<qint64>{f.fosteringItem, f.schoolsItem}));
        QCOMPARE(items(f.find(s("agency NOT apologies"))), QSet<qint64>{f.workforceItem});
        QCOMPARE(items(f.find(s("agency -apologies"))), QSet<qint64>{f.workforceItem});
        // NOT applies to everything found, not only to the last word.
        QCOMPARE(items(f.find(s("academies OR adoption NOT appeals"))), QSet<qint64>{f.fosteringItem});
        QCOMPARE(items(f.find(s("(academies OR adoption) caseload"))), QSet<qint64>{f.schoolsItem});
        // Lower-case words are words, not operators.
        QVERIFY(items(f.find(s("fostering or adoption"))).isEmpty());
    }

    void findsResolutionsActionsAndMilestones()
    {
        Fixture f;
        auto r = f.find(s("\"social work funding\""));
        QCOMPARE(r.hits.size(), 1);
        QCOMPARE(r.hits.first().kind, SearchHit::Kind::Action);
        QCOMPARE(r.hits.first().id, f.action);
        QCOMPARE(r.hits.first().meetingId, f.december);
        QCOMPARE(r.hits.first().itemId, f.planItem);
        QCOMPARE(r.hits.first().date, QDate(2016, 12, 6));
        QCOMPARE(r.hits.first().committee, s("Care Services PDS Committee"));
        QCOMPARE(r.hits.first().minuteNumber, s("56a/1")); // the action's own reference

        r = f.find(s("\"progress on the improvement plan be noted\""));
        QCOMPARE(r.hits.size(), 1);
        QCOMPARE(r.hits.first().kind, SearchHit::Kind::Resolution);
        QCOMPARE(r.hits.first().resolutionNumber, 1);
        QCOMPARE(r.hits.first().minuteNumber, s("56a"));

        r = f.find(s("\"15 cases or fewer\""));
        QCOMPARE(r.hits.size(), 1);
        QCOMPARE(r.hits.first().kind, SearchHit::Kind::Milestone);
        QCOMPARE(r.hits.first().id, f.milestone);
        QCOMPARE(r.hits.first().minuteNumber, s("P2.3"));
        QCOMPARE(r.hits.first().committeeId, f.care);
        QCOMPARE(r.hits.first().date, QDate(2017, 3, 31));
        QCOMPARE(SearchHit::plain(r.hits.first().heading), s("Reduce caseloads to the promised level"));

        // Owners are searchable.
        r = f.find(s("\"strategic director\""));
        QCOMPARE(r.hits.size(), 1);
        QCOMPARE(r.hits.first().id, f.action);
    }

    void filtersByCommitteeAndDates()
    {
        Fixture f;
        SearchFilter filter;
        filter.committeeId = f.schools;
        QCOMPARE(items(f.find(s("fostering"), filter)), QSet<qint64>{f.schoolsItem});
        filter.committeeId = f.care;
        QCOMPARE(items(f.find(s("fostering"), filter)), QSet<qint64>{f.fosteringItem});

        // An action recorded against an item only (no meeting of its own) follows its item's meeting.
        const qint64 orphan =
            f.db->insert(s("actions"), {{s("item_id"), f.fosteringItem},
                                        {s("text"), s("Chase the placement sufficiency audit.")}});
        const auto chased = f.find(s("chase"), filter);
        QCOMPARE(chased.hits.size(), 1);
        QCOMPARE(chased.hits.first().id, orphan);
        QCOMPARE(chased.hits.first().meetingId, f.september);
        filter.committeeId = f.schools;
        QVERIFY(f.find(s("chase"), filter).hits.isEmpty());

        SearchFilter kinds;
        kinds.kinds = SearchFilter::kindBit(SearchHit::Kind::Milestone) |
                      SearchFilter::kindBit(SearchHit::Kind::Action);
        const auto plan = f.find(s("caseloads OR funding"), kinds);
        QCOMPARE(plan.hits.size(), 2);
        for (const auto& h : plan.hits)
            QVERIFY(h.kind == SearchHit::Kind::Milestone || h.kind == SearchHit::Kind::Action);

        SearchFilter dates;
        dates.from = QDate(2016, 12, 1);
        dates.to = QDate(2016, 12, 31);
        QCOMPARE(items(f.find(s("caseload"), dates)), QSet<qint64>{f.planItem});
        dates.from = QDate(2016, 12, 6); // inclusive on both ends
        dates.to = QDate(2016, 12, 6);
        QCOMPARE(items(f.find(s("caseload"), dates)), QSet<qint64>{f.planItem});
        dates.from = QDate(2016, 12, 7);
        dates.to = QDate();
        const auto later = f.find(s("caseload"), dates);
        QCOMPARE(items(later), QSet<qint64>{f.schoolsItem});
        // The milestone is due in 2017, so it is within "from 7 December 2016".
        bool milestone = false;
        for (const auto& h : later.hits)
            milestone |= h.kind == SearchHit::Kind::Milestone;
        QVERIFY(milestone);
    }

    void titlesRankAboveAPassingMention()
    {
        Fixture f;
        const auto r = f.find(s("fostering"));
        QVERIFY(r.hits.size() >= 2);
        // "Fostering and adoption" is about fostering; the schools item only mentions it.
        QCOMPARE(r.hits.first().id, f.fosteringItem);
        for (int i = 1; i < r.hits.size(); ++i)
            QVERIFY(r.hits.at(i - 1).score <= r.hits.at(i).score);
    }

    void snippetMarksTheMatchedWords()
    {
        Fixture f;
        const auto r = f.find(s("\"caseload promise\""));
        QCOMPARE(r.hits.size(), 1);
        const SearchHit& h = r.hits.first();
        QVERIFY2(h.snippet.contains(QString(SearchHit::MarkStart) + s("Caseload")), qPrintable(h.snippet));
        QCOMPARE(SearchHit::marked(h.snippet, s("["), s("]")).contains(s("[Caseload Promise]")), true);
        QVERIFY(SearchHit::html(h.snippet).contains(s("<b>Caseload Promise</b>")));
        QVERIFY(!SearchHit::plain(h.snippet).contains(SearchHit::MarkStart));
        // A match in the title is marked in the heading.
        const auto t = f.find(s("workforce"));
        QCOMPARE(t.hits.first().heading,
                 QString(SearchHit::MarkStart) + s("Workforce") + SearchHit::MarkEnd + s(" update"));
        // Text that looks like HTML stays text.
        f.db->update(s("agenda_items"), f.apologiesItem, {{s("minutes_text"), s("<b>Agency</b> & co")}});
        const auto a = f.find(s("agency co"));
        QCOMPARE(a.hits.size(), 1);
        QCOMPARE(SearchHit::html(a.hits.first().snippet),
                 s("&lt;b&gt;<b>Agency</b>&lt;/b&gt; &amp; <b>co</b>"));
    }

    void badSyntaxIsExplainedNotThrown()
    {
        Fixture f;
        // An unbalanced quote: searched as a phrase to the end, with a notice.
        auto r = f.find(s("\"caseload promise"));
        QVERIFY(r.ok());
        QVERIFY(!r.notice.isEmpty());
        QCOMPARE(items(r), QSet<qint64>{f.planItem});
        // Dangling operators and brackets are repaired.
        r = f.find(s("caseload AND"));
        QVERIFY(r.ok());
        QVERIFY(r.notice.contains(s("AND and OR")));
        r = f.find(s("OR (fostering"));
        QVERIFY(r.ok());
        QCOMPARE(items(r), (QSet<qint64>{f.fosteringItem, f.schoolsItem}));
        // Nothing to look for: a message, no hits.
        for (const char* q : {"", "   ", "\"", "AND", "NOT", "()", "-agency", "* - &"}) {
            r = f.find(s(q));
            QVERIFY2(!r.ok(), q);
            QVERIFY(r.hits.isEmpty());
        }
        QVERIFY(f.find(s("-agency")).problem.contains(s("leave out")));
        // FTS5's own syntax characters are only text.
        for (const char* q : {"P2.3", "children's", "£2.5m", "11-15", "title:plan", "NEAR(a b", "^start",
                              "{a b}", "a + b", "col:\"x", "\"\"\"", "a\"b\"c", "caseload*promise", "**"}) {
            r = f.find(s(q));
            QVERIFY2(r.ok() || r.problem.contains(s("Type a word")), q);
        }
        QCOMPARE(f.find(s("P2.3")).hits.size(), 1);
        // Random junk never throws.
        auto* random = QRandomGenerator::global();
        const QString alphabet = s("ab \"()*-:^+{}.,'AND OR NOT");
        for (int i = 0; i < 500; ++i) {
            QString q;
            const int n = random->bounded(12);
            for (int k = 0; k < n; ++k)
                q += alphabet.at(random->bounded(int(alphabet.size())));
            r = f.find(q);
            QVERIFY2(r.ok() || r.hits.isEmpty(), qPrintable(q));
            QVERIFY2(!r.problem.contains(s("could not be understood")),
                     qPrintable(q + s(" → ") + r.ftsQuery));
        }
    }

    void indexFollowsChangesAndDeletes()
    {
        Fixture f;
        f.db->update(s("agenda_items"), f.fosteringItem,
                     {{s("minutes_text"), s("Sufficiency of placements was reviewed.")}});
        QCOMPARE(items(f.find(s("sufficiency"))), QSet<qint64>{f.fosteringItem});
        QCOMPARE(items(f.find(s("timeliness"))), QSet<qint64>{});
        f.db->update(s("milestones"), f.milestone, {{s("evidence"), s("Audit of caseloads in March")}});
        QCOMPARE(f.find(s("audit")).hits.size(), 1);
        // Deleting a meeting takes its items, resolutions and actions out of the results.
        f.db->remove(s("actions"), f.action);
        f.db->remove(s("meetings"), f.december);
        QVERIFY(f.find(s("\"social work funding\"")).hits.isEmpty());
        QVERIFY(f.find(s("\"be noted\"")).hits.isEmpty());
        QCOMPARE(items(f.find(s("caseload"))), (QSet<qint64>{f.workforceItem, f.schoolsItem}));
        QCOMPARE(
            StoreSql::scalar(*f.db, s("SELECT COUNT(*) FROM search_index")).toInt(),
            StoreSql::scalar(
                *f.db, s("SELECT (SELECT COUNT(*) FROM agenda_items) + (SELECT COUNT(*) FROM resolutions) + "
                         "(SELECT COUNT(*) FROM actions) + (SELECT COUNT(*) FROM milestones)"))
                .toInt());
    }

    void aPausedIndexIsRebuiltAtTheEndOfABigLoad()
    {
        Fixture f;
        {
            Database::Transaction t(*f.db);
            SearchIndexPause pause(*f.db);
            SearchIndexPause inner(*f.db); // nested: only the outer one rebuilds
            f.db->update(s("agenda_items"), f.fosteringItem,
                         {{s("minutes_text"), s("Sufficiency of placements.")}});
            f.db->insert(s("agenda_items"),
                         {{s("meeting_id"), f.december}, {s("title"), s("Corporate parenting")}});
            inner.finish();
            QVERIFY(items(f.find(s("parenting"))).isEmpty()); // not yet indexed
            pause.finish();
            t.commit();
        }
        QCOMPARE(items(f.find(s("parenting"))).size(), 1);
        QCOMPARE(items(f.find(s("sufficiency"))), QSet<qint64>{f.fosteringItem});
        QVERIFY(items(f.find(s("timeliness"))).isEmpty());
        // The triggers work again.
        f.db->insert(s("agenda_items"), {{s("meeting_id"), f.december}, {s("title"), s("Youth offending")}});
        QCOMPARE(items(f.find(s("offending"))).size(), 1);
        // A load that fails leaves the index and the triggers as they were.
        try {
            Database::Transaction t(*f.db);
            SearchIndexPause pause(*f.db);
            f.db->insert(s("agenda_items"), {{s("meeting_id"), f.december}, {s("title"), s("Never saved")}});
            throw StoreError(StoreError::Kind::Failed, s("disk trouble"));
        } catch (const StoreError&) {
        }
        QVERIFY(items(f.find(s("never"))).isEmpty());
        f.db->insert(s("agenda_items"), {{s("meeting_id"), f.december}, {s("title"), s("Leaving care")}});
        QCOMPARE(items(f.find(s("leaving"))).size(), 1);
    }

    void upgradeIndexesWhatWasThere()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(s("old.sqlite"));
        {
            auto old = Database::openAtVersion(path, s("clerk"), 1);
            const qint64 c = old->insert(s("committees"), {{s("name"), s("Care")}});
            const qint64 m =
                old->insert(s("meetings"), {{s("committee_id"), c}, {s("starts_at"), s("2015-06-01T19:00")}});
            old->insert(s("agenda_items"),
                        {{s("meeting_id"), m}, {s("title"), s("Ofsted monitoring visit")}});
        }
        auto db = Database::open(path, s("clerk"));
        const auto r = SearchRepository(*db).search(s("monitoring"));
        QCOMPARE(r.hits.size(), 1);
        QCOMPARE(r.hits.first().date, QDate(2015, 6, 1));
    }

    void limitKeepsTheBestAndCountsTheRest()
    {
        Fixture f;
        SearchFilter filter;
        filter.limit = 1;
        const auto r = f.find(s("caseload"), filter);
        QCOMPARE(r.hits.size(), 1);
        QVERIFY(r.total >= 4);
    }
};

QTEST_GUILESS_MAIN(TestSearchRepository)
#include "TestSearchRepository.moc"
