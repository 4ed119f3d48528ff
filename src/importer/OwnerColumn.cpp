#include "OwnerColumn.h"

#include "core/BritishDate.h"

#include <QHash>
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

} // namespace MinutesReading
