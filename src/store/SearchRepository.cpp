#include "SearchRepository.h"

#include "Database.h"
#include "ServerSearch.h"
#include "StoreSql.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>
#include <exception>

namespace {

// The context of this file's strings, the same for Text::tr() at run time and for lupdate.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SearchRepository)
};

struct Token
{
    enum Type
    {
        Term,
        And,
        Or,
        Not,
        Open,
        Close
    } type = Term;
    QString text; // the words of a term or phrase
    bool prefix = false;
    bool phrase = false;  // in quotation marks: the words exactly as typed
    bool exclude = false; // "-word"
};

bool hasWordCharacter(const QString& s)
{
    for (const QChar c : s)
        if (c.isLetterOrNumber())
            return true;
    return false;
}

// The singular and plural of an English word, so that "caseloads" finds "caseload" and
// "vacancy" finds "vacancies" (the index keeps words as written, so that prefixes stay exact).
QStringList inflections(const QString& word)
{
    QStringList out = {word};
    const QString w = word.toLower();
    const auto vowel = [](QChar c) { return QStringLiteral("aeiou").contains(c); };
    if (w.size() < 3)
        return out;
    if (w.endsWith(QLatin1String("ies")) && w.size() > 4) {
        out << w.left(w.size() - 3) + QLatin1Char('y');
    } else if (w.endsWith(QLatin1String("ses")) || w.endsWith(QLatin1String("xes")) ||
               w.endsWith(QLatin1String("zes")) || w.endsWith(QLatin1String("ches")) ||
               w.endsWith(QLatin1String("shes"))) {
        out << w.left(w.size() - 2) << w.left(w.size() - 1);
    } else if (w.endsWith(u's') && !w.endsWith(QLatin1String("ss")) && !w.endsWith(QLatin1String("us")) &&
               !w.endsWith(QLatin1String("is"))) {
        out << w.left(w.size() - 1);
    } else if (w.endsWith(u'y') && !vowel(w.at(w.size() - 2))) {
        out << w.left(w.size() - 1) + QStringLiteral("ies");
    } else if (w.endsWith(u's') || w.endsWith(u'x') || w.endsWith(u'z') || w.endsWith(QLatin1String("ch")) ||
               w.endsWith(QLatin1String("sh"))) {
        out << w + QStringLiteral("es");
    } else {
        out << w + QLatin1Char('s');
    }
    return out;
}

bool isPlainWord(const QString& text)
{
    for (const QChar c : text)
        if (!c.isLetter())
            return false;
    return !text.isEmpty();
}

QString quoted(const Token& t)
{
    const auto quote = [](const QString& text) -> QString {
        return QLatin1Char('"') + QString(text).replace(QLatin1Char('"'), QStringLiteral("\"\"")) +
               QLatin1Char('"');
    };
    if (t.prefix)
        return quote(t.text) + QStringLiteral(" *");
    if (!t.phrase && isPlainWord(t.text)) {
        const QStringList forms = inflections(t.text);
        if (forms.size() > 1) {
            QStringList quotedForms;
            for (const QString& f : forms)
                quotedForms << quote(f);
            return QStringLiteral("(%1)").arg(quotedForms.join(QStringLiteral(" OR ")));
        }
    }
    return quote(t.text);
}

QList<Token> lex(const QString& text, QStringList& notices)
{
    QList<Token> tokens;
    const int n = int(text.size());
    int i = 0;
    while (i < n) {
        const QChar c = text.at(i);
        if (c.isSpace()) {
            ++i;
            continue;
        }
        // Curly quotes pasted from a document count as quotation marks.
        const auto isQuote = [](QChar q) { return q == u'"' || q == u'\u201C' || q == u'\u201D'; };
        if (isQuote(c) || (c == u'-' && i + 1 < n && isQuote(text.at(i + 1)))) {
            Token t;
            t.phrase = true;
            t.exclude = c == u'-';
            i += t.exclude ? 2 : 1;
            const int start = i;
            while (i < n && !isQuote(text.at(i)))
                ++i;
            t.text = text.mid(start, i - start).simplified();
            if (i >= n)
                notices << Text::tr(
                    "The closing quotation mark was missing, so the words after the opening one "
                    "were searched for as a phrase.");
            else
                ++i;
            if (i < n && text.at(i) == u'*') {
                t.prefix = true;
                while (i < n && text.at(i) == u'*')
                    ++i;
            }
            if (hasWordCharacter(t.text))
                tokens.append(t);
            continue;
        }
        if (c == u'(' || c == u')') {
            Token t;
            t.type = c == u'(' ? Token::Open : Token::Close;
            tokens.append(t);
            ++i;
            continue;
        }
        const int start = i;
        while (i < n && !text.at(i).isSpace() && !isQuote(text.at(i)) && text.at(i) != u'(' &&
               text.at(i) != u')')
            ++i;
        QString word = text.mid(start, i - start);
        Token t;
        if (word == QLatin1String("AND")) {
            t.type = Token::And;
        } else if (word == QLatin1String("OR")) {
            t.type = Token::Or;
        } else if (word == QLatin1String("NOT")) {
            t.type = Token::Not;
        } else {
            if (word.startsWith(u'-') && word.size() > 1) {
                t.exclude = true;
                word.remove(0, 1);
            }
            while (word.endsWith(u'*')) {
                t.prefix = true;
                word.chop(1);
            }
            word.replace(u'*', u' ');
            if (!hasWordCharacter(word))
                continue; // "-", "&", "–": nothing to look for
            t.text = word;
        }
        tokens.append(t);
    }
    return tokens;
}

// A phrase, a word with its plural in brackets, or the end of a group.
bool isOperand(const QString& s)
{
    return !s.isEmpty() &&
           (s.startsWith(u'"') || s == QLatin1String(")") || (s.size() > 1 && s.startsWith(u'(')));
}
bool isOperator(const QString& s)
{
    return s == QLatin1String("AND") || s == QLatin1String("OR") || s == QLatin1String("NOT");
}

} // namespace

QString SearchHit::kindCode(Kind kind)
{
    switch (kind) {
    case Kind::Item:
        return QStringLiteral("item");
    case Kind::Resolution:
        return QStringLiteral("resolution");
    case Kind::Action:
        return QStringLiteral("action");
    case Kind::Milestone:
        return QStringLiteral("milestone");
    }
    return QString();
}

QString SearchHit::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Item:
        return Text::tr("Item");
    case Kind::Resolution:
        return Text::tr("Resolution");
    case Kind::Action:
        return Text::tr("Action");
    case Kind::Milestone:
        return Text::tr("Milestone");
    }
    return QString();
}

QString SearchHit::marked(const QString& text, const QString& open, const QString& close)
{
    QString out;
    out.reserve(text.size() + 16);
    for (const QChar c : text) {
        if (c == MarkStart)
            out += open;
        else if (c == MarkEnd)
            out += close;
        else
            out += c;
    }
    return out;
}

QString SearchHit::html(const QString& text)
{
    return marked(text.toHtmlEscaped(), QStringLiteral("<b>"), QStringLiteral("</b>"));
}

QString SearchRepository::toFtsQuery(const QString& text, QString* problem, QString* notice)
{
    QStringList notices;
    const QList<Token> tokens = lex(text, notices);
    QStringList out;        // the positive part
    QStringList exclusions; // leave out anything matching these
    int depth = 0;
    bool droppedOperator = false;
    bool droppedParen = false;
    bool lostNot = false;

    // FTS5 implies AND only between two phrases, so it is always written out.
    const auto pushOperand = [&](const QString& operand) {
        if (!out.isEmpty() && isOperand(out.last()))
            out << QStringLiteral("AND");
        out << operand;
    };
    const auto popDangling = [&]() {
        while (!out.isEmpty() && isOperator(out.last())) {
            out.removeLast();
            droppedOperator = true;
        }
    };

    for (int i = 0; i < tokens.size(); ++i) {
        const Token& t = tokens.at(i);
        switch (t.type) {
        case Token::Term:
            if (t.exclude && depth == 0) {
                exclusions << quoted(t);
            } else if (t.exclude) {
                if (!out.isEmpty() && isOperand(out.last()))
                    out << QStringLiteral("NOT") << quoted(t);
                else
                    lostNot = true;
            } else {
                pushOperand(quoted(t));
            }
            break;
        case Token::And:
        case Token::Or:
            if (!out.isEmpty() && isOperand(out.last()))
                out << (t.type == Token::And ? QStringLiteral("AND") : QStringLiteral("OR"));
            else
                droppedOperator = true;
            break;
        case Token::Not: {
            // At the top level NOT leaves a word out of everything found, as people expect of
            // "fostering OR adoption NOT agency"; inside brackets it is FTS5's own NOT.
            const bool simpleNext = i + 1 < tokens.size() && tokens.at(i + 1).type == Token::Term;
            if (depth == 0 && simpleNext) {
                Token next = tokens.at(++i);
                next.exclude = false;
                exclusions << quoted(next);
            } else if (!out.isEmpty() && isOperand(out.last())) {
                out << QStringLiteral("NOT");
            } else {
                lostNot = true;
            }
            break;
        }
        case Token::Open:
            pushOperand(QStringLiteral("("));
            ++depth;
            break;
        case Token::Close:
            if (depth == 0) {
                droppedParen = true;
                break;
            }
            popDangling();
            --depth;
            if (!out.isEmpty() && out.last() == QLatin1String("(")) {
                out.removeLast(); // "()" holds nothing
                popDangling();
            } else {
                out << QStringLiteral(")");
            }
            break;
        }
    }
    popDangling();
    while (depth > 0) {
        droppedParen = true;
        --depth;
        if (!out.isEmpty() && out.last() == QLatin1String("(")) {
            out.removeLast();
            popDangling();
        } else {
            out << QStringLiteral(")");
        }
    }
    if (!out.isEmpty() && out.first() == QLatin1String("NOT"))
        out.removeFirst();

    if (droppedOperator)
        notices << Text::tr(
            "AND and OR need a word on each side (for example: fostering OR adoption); the one "
            "without was left out.");
    if (droppedParen)
        notices << Text::tr("The brackets did not pair up, so they were matched as well as could be.");
    if (lostNot)
        notices << Text::tr("NOT needs a word after it (for example: caseload NOT agency); it was left out.");

    if (!out.isEmpty() && exclusions.isEmpty() && notice)
        *notice = notices.join(QLatin1Char(' '));
    if (out.isEmpty()) {
        if (problem) {
            if (!exclusions.isEmpty())
                *problem = Text::tr("Say what to look for as well as what to leave out: for example, "
                                    "caseload NOT agency.");
            else
                *problem = Text::tr("Type a word or a phrase to search for.");
        }
        return QString();
    }
    if (notice)
        *notice = notices.join(QLatin1Char(' '));
    const QString positive = out.join(QLatin1Char(' '));
    if (exclusions.isEmpty())
        return positive;
    return QStringLiteral("(%1) NOT (%2)").arg(positive, exclusions.join(QStringLiteral(" OR ")));
}

QPair<QDate, QDate> SearchRepository::meetingDates() const
{
    const auto rows = StoreSql::rows(
        m_db,
        QStringLiteral("SELECT MIN(substr(starts_at, 1, 10)) AS first, MAX(substr(starts_at, 1, 10)) AS last "
                       "FROM meetings"));
    if (rows.isEmpty())
        return {};
    return {QDate::fromString(rows.first().value(QStringLiteral("first")).toString(), Qt::ISODate),
            QDate::fromString(rows.first().value(QStringLiteral("last")).toString(), Qt::ISODate)};
}

SearchResult SearchRepository::search(const QString& text, const SearchFilter& filter) const
{
    SearchResult result;
    result.ftsQuery = toFtsQuery(text, &result.problem, &result.notice);
    if (result.ftsQuery.isEmpty())
        return result;

    // SQLite-specific (FTS5, json_each): the rowid is id * 8 + kind (see migration 002). Titles
    // weigh more than body text, owners less. The details (meeting, committee) are read for the
    // best `limit` rows only.
    static const QString joins =
        QStringLiteral(" LEFT JOIN agenda_items ai ON ai.id = CASE h.rid % 8 WHEN 1 THEN h.rid / 8 END"
                       " LEFT JOIN resolutions r ON r.id = CASE h.rid % 8 WHEN 2 THEN h.rid / 8 END"
                       " LEFT JOIN actions a ON a.id = CASE h.rid % 8 WHEN 3 THEN h.rid / 8 END"
                       " LEFT JOIN milestones ms ON ms.id = CASE h.rid % 8 WHEN 4 THEN h.rid / 8 END"
                       " LEFT JOIN agenda_items it ON it.id = COALESCE(ai.id, r.item_id, a.item_id)"
                       " LEFT JOIN meetings m ON m.id = COALESCE(it.meeting_id, a.meeting_id)"
                       " LEFT JOIN priorities p ON p.id = ms.priority_id"
                       " LEFT JOIN improvement_plans pl ON pl.id = p.plan_id"
                       " LEFT JOIN committees c ON c.id = COALESCE(m.committee_id, pl.committee_id)");
    // Rows allowed by the committee and dates (meeting date; a milestone's due date). Meetings
    // come first so that items, resolutions and actions are found through their indexes without
    // reading their text.
    static const QString meetingOk =
        QStringLiteral("(? = 0 OR m.committee_id = ?) AND (? IS NULL OR substr(m.starts_at, 1, 10) >= ?)"
                       " AND (? IS NULL OR substr(m.starts_at, 1, 10) <= ?)");
    static const QString itemsOf = QStringLiteral(
        "SELECT ai.id FROM meetings m CROSS JOIN agenda_items ai ON ai.meeting_id = m.id WHERE ");
    static const QString allowed =
        QStringLiteral(" AND +rowid IN (SELECT ai.id * 8 + 1 FROM meetings m CROSS JOIN agenda_items ai ON "
                       "ai.meeting_id = m.id WHERE ") +
        meetingOk +
        QStringLiteral(" UNION ALL SELECT r.id * 8 + 2 FROM meetings m CROSS JOIN agenda_items ai ON "
                       "ai.meeting_id = m.id"
                       " CROSS JOIN resolutions r ON r.item_id = ai.id WHERE ") +
        meetingOk +
        QStringLiteral(" UNION ALL SELECT a.id * 8 + 3 FROM meetings m CROSS JOIN actions a ON a.meeting_id "
                       "= m.id WHERE ") +
        meetingOk +
        QStringLiteral(
            " UNION ALL SELECT a.id * 8 + 3 FROM actions a WHERE a.meeting_id IS NULL AND a.item_id IN (") +
        itemsOf + meetingOk +
        QStringLiteral(
            ") UNION ALL SELECT ms.id * 8 + 4 FROM improvement_plans pl CROSS JOIN priorities p ON p.plan_id "
            "= pl.id"
            " CROSS JOIN milestones ms ON ms.priority_id = p.id"
            " WHERE (? = 0 OR pl.committee_id = ?) AND (? IS NULL OR ms.due_date >= ?) AND (? IS NULL OR "
            "ms.due_date <= ?))");
    const QVariant fromDate =
        filter.from.isValid() ? QVariant(filter.from.toString(Qt::ISODate)) : QVariant();
    const QVariant toDate = filter.to.isValid() ? QVariant(filter.to.toString(Qt::ISODate)) : QVariant();
    const bool restricted = filter.committeeId || filter.from.isValid() || filter.to.isValid();
    const int limit = qMax(1, filter.limit);

    // FTS5 sorts by rank itself ("ORDER BY rank" alone) and stops at the limit, so snippets are
    // made for the rows shown only. The unary + keeps the IN list out of FTS5's own planning.
    // Engine-specific: FTS5's MATCH and rank, or a server's tsvector (see ServerSearch).
    const bool server = m_db.isServer();
    QList<ServerSearch::Phrase> phrases;
    QString tsQuery;
    if (server) {
        tsQuery = ServerSearch::toTsQuery(result.ftsQuery, &phrases, &result.problem);
        if (tsQuery.isEmpty())
            return result;
    }
    QString where = server ? QStringLiteral(" FROM search_index WHERE document @@ CAST(? AS tsquery)")
                           : QStringLiteral(" FROM search_index WHERE search_index MATCH ? AND rank MATCH "
                                            "'bm25(4.0, 1.0, 0.5)'");
    where += QStringLiteral(" AND (? = 0 OR ((1 << CAST(rowid % 8 AS INTEGER)) & ?) <> 0)");
    QVariantList binds = {server ? tsQuery : result.ftsQuery, filter.kinds, filter.kinds};
    if (!filter.withExempt) {
        // Exempt (Part 2) items, and their resolutions and actions, by index (008_exempt_index.sql).
        // SQLite's "+rowid" keeps the rowid out of FTS5's own planning; a plain column to PostgreSQL.
        where +=
            QStringLiteral(
                " AND %1 NOT IN (SELECT ai.id * 8 + 1 FROM agenda_items ai WHERE ai.exempt = 1"
                " UNION ALL SELECT r.id * 8 + 2 FROM resolutions r JOIN agenda_items ai ON ai.id = r.item_id"
                " WHERE ai.exempt = 1"
                " UNION ALL SELECT a.id * 8 + 3 FROM actions a JOIN agenda_items ai ON ai.id = a.item_id"
                " WHERE ai.exempt = 1)")
                .arg(server ? QStringLiteral("rowid") : QStringLiteral("+rowid"));
    }
    if (restricted) {
        // SQLite's planner hints (CROSS JOIN keeps the order, + keeps rowid out of FTS5's own
        // planning) are plain joins to PostgreSQL.
        where += server ? QString(allowed)
                              .replace(QLatin1String("CROSS JOIN"), QLatin1String("JOIN"))
                              .replace(QLatin1String("+rowid"), QLatin1String("rowid"))
                        : allowed;
        for (int i = 0; i < 5; ++i)
            binds << filter.committeeId << filter.committeeId << fromDate << fromDate << toDate << toDate;
    }

    try {
        QVariantList rankBinds = binds;
        rankBinds << limit;
        QList<QVariantMap> ranked;
        if (server) {
            // Titles weigh most, owners least (as bm25(4.0, 1.0, 0.5)); lower is better, as bm25.
            rankBinds.prepend(tsQuery);
            ranked = StoreSql::rows(
                m_db,
                QStringLiteral("SELECT rowid AS rid, -ts_rank('{0.0625, 0.125, 0.25, 1.0}', "
                               "document, CAST(? AS tsquery), 1) AS score, title, body, owner") +
                    where + QStringLiteral(" ORDER BY score, rowid LIMIT ?"),
                rankBinds);
            for (QVariantMap& row : ranked) {
                const QStringList columns = {row.value(QStringLiteral("title")).toString(),
                                             row.value(QStringLiteral("body")).toString(),
                                             row.value(QStringLiteral("owner")).toString()};
                const QChar open = SearchHit::MarkStart, close = SearchHit::MarkEnd;
                const QString ellipsis = QStringLiteral("…");
                row.insert(QStringLiteral("heading"),
                           ServerSearch::highlight(columns.at(0), phrases, open, close));
                row.insert(QStringLiteral("body"),
                           ServerSearch::snippet(columns, 1, phrases, open, close, ellipsis, 24));
                row.insert(QStringLiteral("best"),
                           ServerSearch::snippet(columns, -1, phrases, open, close, ellipsis, 24));
            }
        } else {
            ranked = StoreSql::rows(
                m_db,
                QStringLiteral("SELECT rowid AS rid, rank AS score,"
                               " highlight(search_index, 0, char(2), char(3)) AS heading,"
                               " snippet(search_index, 1, char(2), char(3), '…', 24) AS body,"
                               " snippet(search_index, -1, char(2), char(3), '…', 24) AS best") +
                    where + QStringLiteral(" ORDER BY rank LIMIT ?"),
                rankBinds);
        }
        result.total = int(ranked.size());
        if (ranked.size() >= limit)
            result.total = StoreSql::scalar(m_db, QStringLiteral("SELECT COUNT(*)") + where, binds).toInt();

        // Where each of the best rows belongs: one query over their rowids.
        QStringList ids;
        for (const QVariantMap& row : ranked)
            ids << QString::number(row.value(QStringLiteral("rid")).toLongLong());
        QHash<qint64, QVariantMap> details;
        if (!ids.isEmpty()) {
            const auto found = StoreSql::rows(
                m_db,
                QStringLiteral(
                    "SELECT h.rid, it.id AS item_id, it.minute_number, it.exempt, m.id AS meeting_id,"
                    " substr(m.starts_at, 1, 10) AS meeting_date, c.id AS committee_id, c.name AS committee,"
                    " c.short_name AS committee_short, ms.code AS milestone_code, ms.due_date, r.number AS "
                    "resolution_number") +
                    (server ? QStringLiteral(" FROM (SELECT unnest(CAST(? AS BIGINT[])) AS rid) h")
                            : QStringLiteral(" FROM (SELECT value AS rid FROM json_each(?)) h")) +
                    joins,
                {(server ? QStringLiteral("{%1}") : QStringLiteral("[%1]")).arg(ids.join(QLatin1Char(',')))});
            for (const QVariantMap& d : found)
                details.insert(d.value(QStringLiteral("rid")).toLongLong(), d);
        }
        QList<QVariantMap> rows;
        for (const QVariantMap& r : ranked) {
            QVariantMap row = details.value(r.value(QStringLiteral("rid")).toLongLong());
            for (auto it = r.constBegin(); it != r.constEnd(); ++it)
                row.insert(it.key(), it.value());
            rows.append(row);
        }

        for (const QVariantMap& row : rows) {
            SearchHit hit;
            const qint64 rid = row.value(QStringLiteral("rid")).toLongLong();
            hit.kind = SearchHit::Kind(rid % 8);
            hit.id = rid / 8;
            hit.score = row.value(QStringLiteral("score")).toDouble();
            hit.itemId = row.value(QStringLiteral("item_id")).toLongLong();
            hit.meetingId = row.value(QStringLiteral("meeting_id")).toLongLong();
            hit.committeeId = row.value(QStringLiteral("committee_id")).toLongLong();
            hit.committee = row.value(QStringLiteral("committee")).toString();
            hit.committeeShort = row.value(QStringLiteral("committee_short")).toString();
            if (hit.committeeShort.isEmpty())
                hit.committeeShort = hit.committee;
            hit.exempt = row.value(QStringLiteral("exempt")).toInt() == 1;
            hit.resolutionNumber = row.value(QStringLiteral("resolution_number")).toInt();
            if (hit.kind == SearchHit::Kind::Milestone) {
                hit.minuteNumber = row.value(QStringLiteral("milestone_code")).toString();
                hit.date = QDate::fromString(row.value(QStringLiteral("due_date")).toString(), Qt::ISODate);
            } else {
                hit.minuteNumber = row.value(QStringLiteral("minute_number")).toString();
                hit.date =
                    QDate::fromString(row.value(QStringLiteral("meeting_date")).toString(), Qt::ISODate);
            }

            {
                const QVariantMap& m = row;
                hit.heading = m.value(QStringLiteral("heading")).toString();
                // The body around its best match; when only the heading matched, the body's opening for
                // context; when neither did (an owner), the best of what matched.
                const QString body = m.value(QStringLiteral("body")).toString();
                if (body.contains(SearchHit::MarkStart) || hit.heading.contains(SearchHit::MarkStart))
                    hit.snippet = body;
                else
                    hit.snippet = m.value(QStringLiteral("best")).toString();
            }
            if (hit.kind == SearchHit::Kind::Action) {
                // An action's heading is its own reference ("56a/1"): it stands in for the minute number.
                const QString reference = SearchHit::plain(hit.heading).trimmed();
                if (!reference.isEmpty())
                    hit.minuteNumber = reference;
                hit.heading.clear();
            }
            if (hit.kind == SearchHit::Kind::Milestone) {
                // The heading is "code title": the code is shown apart.
                const QString code = hit.minuteNumber + QLatin1Char(' ');
                if (SearchHit::plain(hit.heading).startsWith(code)) {
                    int skip = 0, seen = 0;
                    while (skip < hit.heading.size() && seen < code.size()) {
                        const QChar ch = hit.heading.at(skip++);
                        if (ch != SearchHit::MarkStart && ch != SearchHit::MarkEnd)
                            ++seen;
                    }
                    QString rest = hit.heading.mid(skip);
                    // Keep the marks balanced if the code itself was matched.
                    const int opens = int(hit.heading.left(skip).count(SearchHit::MarkStart));
                    const int closes = int(hit.heading.left(skip).count(SearchHit::MarkEnd));
                    if (opens > closes)
                        rest.prepend(SearchHit::MarkStart);
                    hit.heading = rest;
                }
            }
            result.hits.append(hit);
        }
    } catch (const StoreError& e) {
        result.hits.clear();
        result.total = 0;
        if (e.detail().contains(QLatin1String("fts5"), Qt::CaseInsensitive) ||
            e.detail().contains(QLatin1String("syntax"), Qt::CaseInsensitive) ||
            e.detail().contains(QLatin1String("tsquery"), Qt::CaseInsensitive))
            result.problem =
                Text::tr("The search could not be understood. Put phrases in quotation marks, "
                         "write AND, OR and NOT in capitals between words, and pair every bracket.");
        else if (e.detail().contains(QLatin1String("no such table: search_index")))
            result.problem =
                Text::tr("This database has no search index yet. Open it once with this version of "
                         "Scrutineer to build it.");
        else
            result.problem = e.message();
    }
    return result;
}

SearchIndexPause::SearchIndexPause(Database& db) : m_db(db)
{
    m_outer = !StoreSql::scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM search_paused")).toInt();
    if (m_outer)
        StoreSql::exec(m_db, QStringLiteral("INSERT INTO search_paused (id) VALUES (1)"));
}

SearchIndexPause::~SearchIndexPause()
{
    if (m_done || std::uncaught_exceptions() > 0)
        return;
    try {
        finish();
    } catch (const StoreError&) {
        // The surrounding transaction will fail to commit or roll back; nothing more to do here.
    }
}

void SearchIndexPause::finish()
{
    if (m_done)
        return;
    m_done = true;
    if (!m_outer)
        return;
    StoreSql::exec(m_db, QStringLiteral("DELETE FROM search_paused"));
    rebuild(m_db);
}

// SQLite-specific (FTS5); the same rows as the triggers of migration 002 write. On a server the
// owner's function does it (nobody writes a server's index directly: 002_search.postgres.sql).
void SearchIndexPause::rebuild(Database& db)
{
    if (db.isServer()) {
        StoreSql::exec(db, QStringLiteral("SELECT scrutineer_search_rebuild()"));
        return;
    }
    Database::Transaction t(db);
    StoreSql::exec(db, QStringLiteral("DELETE FROM search_index"));
    StoreSql::exec(db, QStringLiteral("INSERT INTO search_index (rowid, title, body, owner) "
                                      "SELECT id * 8 + 1, title, minutes_text, NULL FROM agenda_items"));
    StoreSql::exec(
        db, QStringLiteral("INSERT INTO search_index (rowid, title, body, owner) SELECT id * 8 + 2, NULL, "
                           "text, NULL FROM resolutions"));
    StoreSql::exec(db,
                   QStringLiteral("INSERT INTO search_index (rowid, title, body, owner) SELECT id * 8 + 3, "
                                  "reference, text, owner FROM actions"));
    StoreSql::exec(
        db,
        QStringLiteral(
            "INSERT INTO search_index (rowid, title, body, owner) SELECT id * 8 + 4, code || ' ' || title, "
            "trim(coalesce(definition_of_done, '') || char(10) || coalesce(evidence, '')), owner FROM "
            "milestones"));
    t.commit();
}
