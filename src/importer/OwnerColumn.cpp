#include "OwnerColumn.h"

#include "core/BritishDate.h"

#include <QHash>
#include <QStringList>
#include <algorithm>

namespace MinutesReading {

namespace {

struct Tail
{
    int line;
    int firstWord; // where the tail starts among the line's words
    double x;
    QString text;
    double centre = 0; // the middle of the tail: owners may be centred in their column
};

// The last cell of a line, after a wide gap, with at most four words; none when the line is a
// single cell or a row of three cells or more (a table).
std::optional<Tail> tailOf(const QList<Line>& lines, int i, bool pdf)
{
    const SourceLine* s = lines.at(i).source;
    if (!s || s->words.size() < 2)
        return std::nullopt;
    const double gap = pdf ? qMax(12.0, s->height * 1.2) : 9.0;
    QList<int> breaks;
    for (int w = 1; w < s->words.size(); ++w)
        if (s->words.at(w).x - s->words.at(w - 1).right > gap)
            breaks << w;
    // Two cells (the text, the owner), or three where the first is the paragraph's number.
    // (or the minute's number in a first column: "FC/24/096", "25.031").
    static const RX paragraphNumber(
        QStringLiteral("^\\(?(?:[A-Z]{1,5}[/.]?)?\\d{1,4}(?:[./]\\d{1,4})*[.)]?$"));
    if (breaks.isEmpty() || breaks.size() > 2 ||
        (breaks.size() == 2 &&
         (breaks.first() != 1 || !paragraphNumber.match(s->words.first().text).hasMatch())))
        return std::nullopt;
    const int first = breaks.last();
    if (s->words.size() - first > 6)
        return std::nullopt;
    QStringList words;
    for (int w = first; w < s->words.size(); ++w)
        words << s->words.at(w).text;
    return Tail{i, first, s->words.at(first).x, clean(words.join(QLatin1Char(' '))),
                (s->words.at(first).x + s->words.last().right) / 2};
}

bool looksLikeOwner(const QString& t)
{
    if (t.size() < 2 || t.size() > 50 || t.endsWith(QLatin1Char('.')) || BritishDate::find(t).isValid())
        return false;
    // Initials, a titled name, or a post ("Head of Service, Placements", "Director of", wrapping).
    static const RX owner(
        QStringLiteral("^(?:[A-Z]{2,4}(?:\\s*[,/"
                       "&]\\s*[A-Z]{2,4})*|(?:Cllrs?\\.?|Councillor|Cyng\\.?|Cynghorydd|Mr|Mrs|Ms|Miss|Dr)"
                       "\\s+\\S.*|Clerk|Clerc|Chair|Chairman|Cadeirydd|All|RFO|"
                       "[A-Z][\\w'’-]+,?(?:\\s+(?:of|for|and|&|the|[A-Z][\\w'’-]*),?){0,5})$"));
    static const RX notOwner(
        QStringLiteral("^(?:Approved|Rejected|Noted|Agreed|Deferred|Yes|No|None|Total|Page)\\b"), CI);
    return owner.match(t).hasMatch() && !notOwner.match(t).hasMatch();
}

} // namespace

void findOwnerColumn(QList<Line>& lines, bool pdf)
{
    QHash<int, double> margins;
    for (const Line& l : lines)
        if (l.source && !l.source->words.isEmpty())
            margins[l.page] = qMax(margins.value(l.page), l.source->words.last().right);
    QList<Tail> tails;
    QList<double> headings;
    static const RX heading(QStringLiteral("^(?:Actions?|Action by|Owner|Who|By whom|Gweithredu|Pwy)$"), CI);
    for (int i = 0; i < lines.size(); ++i) {
        const auto t = tailOf(lines, i, pdf);
        if (!t || t->x < margins.value(lines.at(i).page) * 0.7)
            continue;
        if (heading.match(t->text).hasMatch())
            headings << t->x;
        else if (looksLikeOwner(t->text))
            tails << *t;
    }
    // An "Action" heading alone on its line (over the column).
    for (const Line& l : lines)
        if (l.source && heading.match(l.text).hasMatch() && l.source->x >= margins.value(l.page) * 0.6)
            headings << l.source->x;
    if (tails.isEmpty())
        return;
    QList<double> xs, centres;
    for (const Tail& t : tails) {
        xs << t.x;
        centres << t.centre;
    }
    std::sort(xs.begin(), xs.end());
    std::sort(centres.begin(), centres.end());
    double column = xs.at(xs.size() / 2);
    const double tolerance = pdf ? 10 : 10;
    // Owners left-aligned in their column share its left edge; centred ones (initials under a
    // centred "Action by") share its middle.
    int leftAligned = 0, centred = 0;
    const double middle = centres.at(centres.size() / 2);
    for (const Tail& t : tails) {
        leftAligned += qAbs(t.x - column) <= tolerance ? 1 : 0;
        centred += qAbs(t.centre - middle) <= 4 ? 1 : 0;
    }
    const bool byCentre = pdf && centred > leftAligned;
    auto inColumn = [&](double x, double centre) {
        return byCentre ? qAbs(centre - middle) <= 4 : qAbs(x - column) <= tolerance;
    };
    if (byCentre)
        column = std::min_element(tails.begin(), tails.end(), [](const Tail& a, const Tail& b) {
                     return a.x < b.x;
                 })->x;
    const int near = byCentre ? centred : leftAligned;
    const bool underHeading = std::any_of(headings.begin(), headings.end(),
                                          [&](double h) { return qAbs(h - column) <= 3 * tolerance; });
    if (!(underHeading && near >= 1) && near < 3)
        return;
    // The column holds owners and nothing else: in a table, the same place holds other cells
    // ("£600", "Meets the criteria", "Approved.").
    int others = 0;
    for (int i = 0; i < lines.size(); ++i) {
        const SourceLine* s = lines.at(i).source;
        // A line alone in the column (its heading, a post wrapping) is not another table's cell.
        if (!s || s->x >= column - tolerance)
            continue;
        for (const SourceWord& w : s->words)
            if (inColumn(w.x, (w.x + w.right) / 2)) {
                const auto t = tailOf(lines, i, pdf);
                others += t && inColumn(t->x, t->centre) && looksLikeOwner(t->text) ? 0 : 1;
                break;
            }
    }
    if (others * 2 > near)
        return;
    QList<int> wrapped; // lines that hold only the rest of the owner above them
    static const RX unfinished(QStringLiteral("(?:[,&/–-]|\\b(?:and|of|for|the))$"), CI);
    for (const Tail& t : tails) {
        if (!inColumn(t.x, t.centre))
            continue;
        Line& l = lines[t.line];
        QStringList before;
        for (int w = 0; w < t.firstWord; ++w)
            before << l.source->words.at(w).text;
        l.text = clean(before.join(QLatin1Char(' ')));
        l.marginOwner = t.text;
        // A post that wraps onto the next line or two, alone in the column.
        for (int next = t.line + 1; next < lines.size() && next <= t.line + 2; ++next) {
            const SourceLine* n = lines.at(next).source;
            if (!n || n->words.isEmpty() || lines.at(next).page != l.page ||
                !inColumn(n->x, (n->x + n->words.last().right) / 2) ||
                !lines.at(next).marginOwner.isEmpty() || lines.at(next).text.size() > 40 ||
                (!unfinished.match(l.marginOwner).hasMatch() && !lines.at(next).text.front().isLower() &&
                 n->y - l.source->y > l.source->height * 1.6))
                break;
            l.marginOwner = clean(l.marginOwner + QLatin1Char(' ') + lines.at(next).text);
            wrapped << next;
        }
    }
    for (auto it = wrapped.crbegin(); it != wrapped.crend(); ++it)
        lines.removeAt(*it);
}

namespace {

// A line's words in cells: runs of words with no wide gap between them.
QList<QList<SourceWord>> cellsOf(const SourceLine& l)
{
    QList<QList<SourceWord>> cells;
    const double gap = qMax(12.0, l.height * 1.2);
    for (qsizetype w = 0; w < l.words.size(); ++w) {
        if (w == 0 || l.words.at(w).x - l.words.at(w - 1).right > gap)
            cells.append(QList<SourceWord>());
        cells.last() << l.words.at(w);
    }
    return cells;
}

QString textOf(const QList<SourceWord>& words, double height)
{
    QString t;
    for (qsizetype w = 0; w < words.size(); ++w) {
        if (w > 0)
            t += words.at(w).x - words.at(w - 1).right > height * 1.2 ? QStringLiteral("  ")
                                                                      : QStringLiteral(" ");
        t += words.at(w).text;
    }
    return t;
}

} // namespace

bool splitActionColumns(QList<SourceLine>& lines, QHash<int, ColumnAction>& actions)
{
    static const RX actionHead(
        QStringLiteral("^(?:Actions?(?:\\s+agreed)?|Agreed\\s+actions?|Action\\s+points?)$"), CI);
    static const RX ownerHead(
        QStringLiteral("^(?:By\\s+whom|Who|Owner|Lead|Responsible(?:\\s+(?:officer|person))?|Action\\s+by)$"),
        CI);
    static const RX dueHead(
        QStringLiteral(
            "^(?:By\\s+when|When|Due(?:\\s+date)?|Deadline|Target(?:\\s+date)?|Timescale|Date\\s+due)$"),
        CI);
    for (int h = 0; h < lines.size(); ++h) {
        // The header's last words name the columns (cells may stand close: "Action  Owner Due").
        const QList<SourceWord>& ws = lines.at(h).words;
        if (ws.size() < 3 || ws.size() > 14)
            continue;
        auto phraseAt = [&](int w, const RX& rx) {
            if (w + 1 < ws.size() &&
                rx.match(ws.at(w).text + QLatin1Char(' ') + ws.at(w + 1).text).hasMatch())
                return 2;
            return w < ws.size() && rx.match(ws.at(w).text).hasMatch() ? 1 : 0;
        };
        int action = -1, owner = -1, due = -1, end = -1;
        // Or the decision in a column of its own: "Min No  Item  Resolution".
        static const RX decisionHead(
            QStringLiteral("^(?:Resolutions?|Decisions?(?:\\s+made)?|Resolved|Outcomes?|Agreed)$"), CI);
        bool decisionColumn = false;
        for (int w = 1; w < ws.size() && action < 0; ++w)
            if (const int n = phraseAt(w, decisionHead); n > 0 && w + n == ws.size()) {
                action = w;
                owner = ws.size();
                end = ws.size();
                decisionColumn = true;
            }
        for (int w = 1; w < ws.size() && action < 0; ++w)
            if (const int n = phraseAt(w, actionHead)) {
                if (const int o = phraseAt(w + n, ownerHead)) {
                    action = w;
                    owner = w + n;
                    end = owner + o;
                    if (const int d = phraseAt(end, dueHead)) {
                        due = end;
                        end += d;
                    }
                }
            }
        if (action < 0 || end != ws.size())
            continue;
        // The action's columns stand to the right of a discussion at least as wide as they are.
        const double left = ws.first().x, actionX = ws.at(action).x, right = ws.last().right;
        if (actionX - left < (right - left) * 0.35)
            continue;
        const double ownerX = owner < ws.size() ? ws.at(owner).x : 1e9, dueX = due >= 0 ? ws.at(due).x : 1e9;
        const QList<QList<SourceWord>> head = cellsOf(lines.at(h));
        const double firstColumnEnd = head.first().last().right;
        QList<int> gone{h};
        int open = -1; // the line whose row's action is being read
        for (int k = h + 1; k < lines.size(); ++k) {
            SourceLine& l = lines[k];
            if (l.page != lines.at(h).page && l.page != lines.at(k - 1).page)
                break;
            // A line across the columns ends the table.
            if (std::any_of(l.words.begin(), l.words.end(),
                            [&](const SourceWord& w) { return w.x < actionX - 3 && w.right > actionX + 3; }))
                break;
            QList<SourceWord> keep, act, who, when;
            for (const SourceWord& w : l.words)
                (w.x < actionX - 3 ? keep : w.x < ownerX - 3 ? act : w.x < dueX - 3 ? who : when) << w;
            // A new row: a number (or a title) in the first column, or an owner after one was read.
            const bool rowStart = !keep.isEmpty() && keep.first().x <= left + 6 &&
                                  (keep.size() == 1 || keep.at(1).x > firstColumnEnd);
            if (rowStart)
                open = -1;
            if (!act.isEmpty() || !who.isEmpty() || !when.isEmpty()) {
                if (!decisionColumn && open >= 0 && !who.isEmpty() && !actions.value(open).owner.isEmpty())
                    open = -1;
                if (open < 0) {
                    open = k;
                    actions.insert(k, {});
                }
                ColumnAction& a = actions[open];
                if (decisionColumn) {
                    a.decision = clean(a.decision + QLatin1Char(' ') + textOf(act, l.height));
                }
                if (!decisionColumn)
                    a.text = clean(a.text + QLatin1Char(' ') + textOf(act, l.height));
                a.owner = clean(a.owner + QLatin1Char(' ') + textOf(who, l.height));
                a.due = clean(a.due + QLatin1Char(' ') + textOf(when, l.height));
            }
            l.words = keep;
            l.text = textOf(keep, l.height);
            if (keep.isEmpty())
                gone << k;
        }
        if (actions.isEmpty())
            return false;
        // The first row starts a paragraph of its own (the header above it goes).
        if (h + 1 < lines.size())
            lines[h + 1].paragraphStart = true;
        // Lines left empty go; an action that started on one goes with the line above it.
        for (auto it = gone.crbegin(); it != gone.crend(); ++it) {
            const int k = *it;
            if (actions.contains(k)) {
                const ColumnAction a = actions.take(k);
                if (k > 0 && !actions.contains(k - 1))
                    actions.insert(k - 1, a);
            }
            lines.removeAt(k);
            QHash<int, ColumnAction> shifted;
            for (auto a = actions.cbegin(); a != actions.cend(); ++a)
                shifted.insert(a.key() > k ? a.key() - 1 : a.key(), a.value());
            actions = shifted;
        }
        return true;
    }
    return false;
}

} // namespace MinutesReading
