#pragma once

#include <QDate>
#include <QList>
#include <QPair>
#include <QString>

class Database;

// One thing that matched a search: an agenda item, a resolution, an action or a milestone.
struct SearchHit
{
    enum class Kind
    {
        Item = 1,
        Resolution = 2,
        Action = 3,
        Milestone = 4
    };

    Kind kind = Kind::Item;
    qint64 id = 0;          // row id in its own table (agenda_items, resolutions, actions, milestones)
    qint64 itemId = 0;      // the agenda item it belongs to (0 for milestones, and actions without one)
    qint64 meetingId = 0;   // the meeting it was minuted at (0 for milestones)
    qint64 committeeId = 0; // the meeting's committee, or the plan's for milestones (0 when none)
    QString committee;
    QString committeeShort; // the committee's short name ("Care Services PDS"), else its name
    QDate date;             // the meeting's date; a milestone's due date
    QString minuteNumber;   // "56a"; an action's own reference ("56a/1"); a milestone's code ("P2.3")
    QString heading;        // the item's or milestone's title, matched words marked (empty for others)
    QString snippet;        // a few words around the best match, matched words marked
    int resolutionNumber = 0;
    bool exempt = false; // part of an exempt (Part 2) item
    double score = 0;    // bm25: lower is better

    // Matched words are enclosed by these two characters in `heading` and `snippet`.
    static constexpr QChar MarkStart = QChar(0x02);
    static constexpr QChar MarkEnd = QChar(0x03);

    // "item", "resolution", "action", "milestone"
    static QString kindCode(Kind kind);
    QString kindCode() const { return kindCode(kind); }
    // "Item", "Resolution", … translated, for people.
    static QString kindName(Kind kind);

    // The text with the marks replaced by `open` and `close` (e.g. "**" for scripts).
    static QString marked(const QString& text, const QString& open, const QString& close);
    // The text without marks.
    static QString plain(const QString& text) { return marked(text, QString(), QString()); }
    // HTML-escaped, matched words in <b>…</b>.
    static QString html(const QString& text);
};

struct SearchFilter
{
    qint64 committeeId = 0; // 0: every committee
    QDate from;             // inclusive; invalid: no lower bound
    QDate to;               // inclusive; invalid: no upper bound
    int limit = 200;        // the best `limit` hits are returned
    // Only these kinds: a set of bits (1 << int(SearchHit::Kind)); 0: every kind.
    int kinds = 0;
    // Exempt (Part 2) items, their resolutions and the actions raised under them: found only when
    // asked for (the application's own Search page, "search --confidential"); what is printed or
    // shared leaves them out.
    bool withExempt = false;
    static int kindBit(SearchHit::Kind kind) { return 1 << int(kind); }
};

struct SearchResult
{
    QList<SearchHit> hits; // best first
    int total = 0;         // every hit, of which `hits` are the best
    QString ftsQuery;      // the query as passed to FTS5 (for tests and logs)
    // When set, the query could not be run: what went wrong and how to write it (never thrown).
    QString problem;
    // When set, the query was run after a small repair, and this says which (e.g. a missing quote).
    QString notice;

    bool ok() const { return problem.isEmpty(); }
};

// Full-text search over minutes text, item titles, resolutions, actions and milestones
// (SQLite FTS5, migration 002). What a person types:
//   caseload promise          both words, anywhere (AND is implied)
//   "caseload promise"        the phrase
//   foster*                   words starting with "foster"
//   fostering OR adoption     either
//   caseload NOT agency       caseload, leaving out anything that mentions agency (also: -agency)
//   (fostering OR adoption) sufficiency
// Words are stemmed ("caseloads" finds "caseload"); case and accents are ignored. Punctuation is
// taken as part of the text, never as syntax, so anything typed can be searched.
class SearchRepository
{
public:
    explicit SearchRepository(const Database& db) : m_db(db) {}

    // The first and last meeting dates (invalid when there are none): the natural date range.
    QPair<QDate, QDate> meetingDates() const;

    // Never throws: a query that cannot be run (or a database error) is reported in `problem`.
    SearchResult search(const QString& text, const SearchFilter& filter = {}) const;

    // Turns what a person typed into an FTS5 query. Returns an empty string and sets `problem`
    // when there is nothing to search for; sets `notice` when something had to be repaired.
    static QString toFtsQuery(const QString& text, QString* problem = nullptr, QString* notice = nullptr);

private:
    const Database& m_db;
};

// For big loads (the demo generator, bulk imports): stops the search index's triggers and rebuilds
// the whole index in one go at finish(), about twice as fast as indexing row by row. Use it inside
// a Database::Transaction, so that a failed load leaves the index as it was:
//
//   Database::Transaction t(db);
//   SearchIndexPause pause(db);
//   … thousands of inserts …
//   pause.finish();
//   t.commit();
//
// Nested pauses are harmless: only the outermost rebuilds. SQLite-specific (FTS5).
class SearchIndexPause
{
public:
    explicit SearchIndexPause(Database& db);
    ~SearchIndexPause(); // finishes when finish() was not called, unless an exception is on its way
    SearchIndexPause(const SearchIndexPause&) = delete;
    SearchIndexPause& operator=(const SearchIndexPause&) = delete;

    void finish(); // throws StoreError

    // Fills the index afresh from the tables (also a repair).
    static void rebuild(Database& db);

private:
    Database& m_db;
    bool m_outer = false;
    bool m_done = false;
};
