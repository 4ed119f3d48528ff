#include "ItemStructure.h"

#include "HeaderReader.h"
#include "core/BritishDate.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <algorithm>
#include <array>
#include <optional>

// How the items of a document are found: every line that could open an item (a number at the
// start of a line and a title that looks like a heading, "Item N" / "Minute N", a title above
// "(Item N)", a heading above a numbered paragraph) is a candidate; the document's own numbering
// scheme is then the run of candidates that rises through it, in one form, at one indent, with
// the most heading-like titles. Numbered paragraphs (3.1 under item 3, "1)" restarting in every
// item), an agenda index (titles without bodies) and stray numbers (a stamp "Item 153b" at the
// top right) fall out of that run by themselves.

namespace MinutesReading {

namespace {

// The context of this file's strings, the same for tr() at run time and for lupdate.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(MinutesParser)
};

// The number of an item as a key that rises through the document: 5 < 5.1 < 5.2 < 6 < 6a.
struct Key
{
    std::array<int, 3> parts{0, 0, 0};
    int letter = 0; // 'a' for "12a"
    bool operator<(const Key& o) const
    {
        if (parts != o.parts)
            return parts < o.parts;
        return letter < o.letter;
    }
    // `next` is the very next number after this one (6 after 5, 5.2 after 5.1, 12a after 12).
    bool followedBy(const Key& n) const
    {
        if (n.parts[0] == parts[0] + 1 && n.parts[1] <= 1 && n.parts[2] <= 1)
            return true;
        if (n.parts[0] == parts[0] && n.parts[1] == parts[1] + 1 && n.parts[2] <= 1)
            return true;
        if (n.parts[0] == parts[0] && n.parts[1] == parts[1] && n.parts[2] == parts[2] + 1)
            return true;
        return n.parts == parts && n.letter == (letter == 0 ? 'a' : letter + 1);
    }
    bool first() const { return parts[0] <= 1 && parts[1] <= 1 && parts[2] <= 1 && letter <= 'a'; }
};

struct Candidate
{
    ItemStart start;
    Key key;
    QString form;     // the shape of the number: "n.", "n", "n)", "d.d", "n/y", "pfx", "item", "(item)", …
    double x = 0;     // where the number (or title) stands
    int strength = 0; // 3 a styled heading (bold, capitals), 2 title case, 1 a short sentence-case line
    bool bold = false, caps = false;
    bool hasBody = true;
    bool fromPdf = false;
};

// Leading numbers as councils print them, longest forms first: "CS12/18", "10612/10/19", "65/08",
// "19.03.4", "21.44", "56a"; a word before it ("Item 7", "Minute 12", "Eitem 3").
const RX& numberRx()
{
    static const RX r(QStringLiteral(
        "^(?:(Item|Minute|Agenda\\s+item|Eitem|Cofnod|ITEM|MINUTE)(?:\\s+|-(?=\\d))(?:No\\.?\\s*)?)?"
        "([A-Z]{2,5}\\s\\d{1,4}/\\d{2,4}|[A-Z]{1,5}[/.]?\\d{1,4}[a-z]?(?:/\\d{2,4})?|\\d{1,5}/\\d{1,2}/"
        "\\d{2,4}|\\d{1,5}/\\d{1,4}|"
        "\\d{1,4}\\.\\d{1,3}\\.\\d{1,3}|\\d{1,4}\\.\\d{1,3}(?![.\\d])|\\d{1,3}\\([a-z]\\)|\\d{1,4}[a-z]?(?!["
        "\\d/.]\\d)|"
        // Roman numerals in capitals ("IV  YOUTH STRATEGY", the articles of Scottish minutes).
        "(?=[IVXLC])C{0,3}(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})(?=[.)]?\\s))"
        "([.):])?(?:\\s+[-–—:]?\\s*(.*))?$"));
    return r;
}

// The key and form of a printed number.
std::optional<std::pair<Key, QString>> keyOf(const QString& number)
{
    static const RX prefixed(QStringLiteral("^[A-Z]{1,5}[/. ]?(\\d{1,4})([a-z]?)(?:/\\d{2,4})?$"));
    static const RX slashed(QStringLiteral("^(\\d{1,5})/(?:\\d{1,2}|(?:19|20)\\d\\d)(?:/\\d{2,4})?$"));
    // The year first and the number after it: "24/031", "2024/015" (a "24/9" is decided by the
    // document: see yearFirst).
    static const RX yearFirst(QStringLiteral("^(?:(?:19|20)\\d\\d|\\d\\d)/(\\d{1,4})$"));
    static const RX dotted(QStringLiteral("^(\\d{1,4})\\.(\\d{1,3})(?:\\.(\\d{1,3}))?$"));
    static const RX plain(QStringLiteral("^(\\d{1,4})([a-z]?)$"));
    static const RX roman(QStringLiteral("^[IVXLC]{1,8}$"));
    // "4(a)", "4(b)": the parts of item 4, as items of their own.
    static const RX bracketed(QStringLiteral("^(\\d{1,3})\\(([a-z])\\)$"));
    Key k;
    if (const auto m = bracketed.match(number); m.hasMatch()) {
        k.parts[0] = m.captured(1).toInt();
        k.letter = m.captured(2).at(0).unicode();
        return std::pair{k, QStringLiteral("n(a)")};
    }
    if (roman.match(number).hasMatch()) {
        int value = 0, previous = 0;
        for (qsizetype c = number.size() - 1; c >= 0; --c) {
            const QChar d = number.at(c);
            const int v = d == QLatin1Char('I')   ? 1
                          : d == QLatin1Char('V') ? 5
                          : d == QLatin1Char('X') ? 10
                          : d == QLatin1Char('L') ? 50
                                                  : 100;
            value += v < previous ? -v : v;
            previous = qMax(previous, v);
        }
        k.parts[0] = value;
        return std::pair{k, QStringLiteral("roman")};
    }
    if (const auto m = prefixed.match(number); m.hasMatch()) {
        k.parts[0] = m.captured(1).toInt();
        k.letter = m.captured(2).isEmpty() ? 0 : m.captured(2).at(0).unicode();
        return std::pair{k, QStringLiteral("pfx")};
    }
    // "45/2023" is the number and then the year.
    static const RX yearAfter(QStringLiteral("^\\d{1,3}/(?:19|20)\\d\\d$"));
    if (const auto m = yearFirst.match(number);
        m.hasMatch() && !yearAfter.match(number).hasMatch() &&
        (number.indexOf(QLatin1Char('/')) == 4 || m.captured(1).size() >= 3)) {
        k.parts[0] = m.captured(1).toInt();
        return std::pair{k, QStringLiteral("y/n")};
    }
    if (const auto m = slashed.match(number); m.hasMatch()) {
        k.parts[0] = m.captured(1).toInt();
        return std::pair{k, number.count(QLatin1Char('/')) == 2 ? QStringLiteral("n/m/y")
                                                                : QStringLiteral("n/y")};
    }
    if (const auto m = dotted.match(number); m.hasMatch()) {
        k.parts = {m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt()};
        return std::pair{k, m.captured(3).isEmpty() ? QStringLiteral("d.d") : QStringLiteral("d.d.d")};
    }
    if (const auto m = plain.match(number); m.hasMatch()) {
        k.parts[0] = m.captured(1).toInt();
        k.letter = m.captured(2).isEmpty() ? 0 : m.captured(2).at(0).unicode();
        if (k.parts[0] == 0)
            return std::nullopt;
        return std::pair{k, QStringLiteral("n")};
    }
    return std::nullopt;
}

bool isBoldLine(const Line& l)
{
    return l.source && l.source->isBold();
}

// How much a title looks like a heading: 3 in capitals or in bold, 2 in title case, 1 a short
// line in sentence case on its own; 0 a sentence (the start of a numbered paragraph).
int headingStrength(const QList<Line>& lines, int i, const QString& rawTitle, bool bold)
{
    const QString title = stripWebFurniture(rawTitle);
    if (title.isEmpty() || title.size() > 150 || !title.at(0).isLetter() || isResolvedStart(title) ||
        isActionLine(title))
        return 0;
    // A date or a time alone is not a title ("28 Mar 18" under a stamp, "2.30 pm"); a title with a
    // date in it is ("Cabinet – 14 May 2024").
    QString span;
    if (BritishDate::find(title, &span).isValid()) {
        static const RX dayWords(
            QStringLiteral("\\b(?:on|held|the|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\\b|[^\\w]|\\d"),
            CI);
        if (QString(title).remove(span).remove(dayWords).size() < 3)
            return 0;
    }
    static const RX meridiem(QStringLiteral("^[ap]\\.?m\\b"), CI);
    if (meridiem.match(title).hasMatch())
        return 0;
    const bool caps = upperShare(title) >= 0.8;
    static const RX sentence(
        QStringLiteral("^(That|The|It|This|Members|Councillor|Cllr|Mr|Mrs|Ms)\\b|[.;,]$"));
    if (!caps && sentence.match(title).hasMatch())
        return 0;
    if (caps || bold)
        return 3;
    if (title.size() > 90)
        return 0;
    static const RX small(
        QStringLiteral("^(a|an|and|of|the|to|for|in|on|at|by|with|from|or|&|-|–|y|a'r|ac|o|i|yn)$"), CI);
    int words = 0, capitals = 0;
    for (const QString& w : title.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (small.match(w).hasMatch())
            continue;
        ++words;
        capitals += w.at(0).isUpper() || w.at(0).isDigit() ? 1 : 0;
    }
    // A line that runs on into the next ("1.1 Members asked about" / "the new scheme …"), as the
    // lines of narrow columns do, is the start of a numbered paragraph.
    if (i + 1 < lines.size() && !lines.at(i + 1).para && lines.at(i + 1).page == lines.at(i).page &&
        !lines.at(i + 1).text.isEmpty() && lines.at(i + 1).text.at(0).isLower())
        return 0;
    if (words >= 1 && words <= 12 && capitals * 10 >= words * 8 && title.at(0).isUpper())
        return 2;
    // Sentence case ("Declarations of interest"): short, a paragraph of its own, and not a numbered
    // part of a list that a line ending in a colon or a RESOLVED opened.
    const QString before = i > 0 ? lines.at(i - 1).text : QString();
    const auto opening = decisionOpening(before);
    const bool inList =
        before.endsWith(QLatin1Char(':')) || (opening && !opening->whole && opening->rest.size() <= 5);
    if (lines.at(i).para && !inList && words >= 1 && words <= 8 && title.size() <= 70 &&
        title.at(0).isUpper())
        return 1;
    return 0;
}

// The title with the lines that continue it: capitals that run on (over a page break too), bold
// lines under a bold title, up to "(Item N)" or "(Agenda item N)".
// The right edge of a line's words; 0 when not known.
double rightEdge(const Line& l)
{
    return l.source && !l.source->words.isEmpty() ? l.source->words.last().right : 0;
}

// The right margin of the text on each page: the furthest right edge.
QHash<int, double> rightMargins(const QList<Line>& lines)
{
    QHash<int, double> out;
    for (const Line& l : lines)
        out[l.page] = qMax(out.value(l.page), rightEdge(l));
    return out;
}

QString extendTitle(const QList<Line>& lines, int from, QString title, int& next,
                    const QHash<int, double>& margins)
{
    next = from;
    // A line runs on to the next only when it is full: a short bold title stops where it ends
    // (the bold sub-heading under it is the item's text).
    auto full = [&](const Line& l) {
        const double right = rightEdge(l), margin = margins.value(l.page);
        return right <= 0 || margin <= 0 || right >= margin * 0.75;
    };
    static const RX agendaRef(QStringLiteral("\\((?:Agenda\\s+)?item\\s+\\d+[a-z]?\\)\\s*$"), CI);
    if (upperShare(title) < 0.8) {
        while (next < lines.size() && next > 0 && isBoldLine(lines.at(next - 1)) &&
               full(lines.at(next - 1)) && isBoldLine(lines.at(next)) && !lines.at(next).para &&
               lines.at(next).text.size() < 120 && !isResolvedStart(lines.at(next).text) &&
               !isSectionMarker(lines.at(next).text)) {
            title += QLatin1Char(' ') + lines.at(next).text;
            ++next;
        }
        return title;
    }
    while (next < lines.size() && !agendaRef.match(title).hasMatch()) {
        const Line& l = lines.at(next);
        const bool pageBreak = next > 0 && lines.at(next - 1).page != l.page;
        // The size unit of a document link, wrapped on its own ("… PDF 357" / "KB").
        static const RX unit(QStringLiteral("^[KMG]B$"));
        static const RX sizeEnd(QStringLiteral("\\bPDF\\s+[\\d.,]+$"));
        if (unit.match(l.text).hasMatch() && sizeEnd.match(title).hasMatch()) {
            title += QLatin1Char(' ') + l.text;
            ++next;
            continue;
        }
        // "DECISION" under the title is the item's section marker, not more of its title.
        if ((l.para && !pageBreak) || upperShare(stripWebFurniture(l.text)) < 0.8 ||
            isSectionMarker(l.text) || isMotionLabel(l.text) || l.text.startsWith(QLatin1Char('(')) ||
            isResolvedStart(l.text) || isActionLine(l.text) || l.text.size() >= 120 ||
            numberRx().match(l.text).captured(4).size() > 0)
            break;
        title += QLatin1Char(' ') + l.text;
        ++next;
    }
    return title;
}

// "(Item 3)" or "(Agenda item 3)" alone on a line: the agenda number under a title.
const RX& agendaRefLine()
{
    static const RX r(QStringLiteral("^\\((?:Agenda\\s+)?item\\s+(\\d{1,3}[a-z]?)\\)$"), CI);
    return r;
}

std::optional<Candidate> candidateAt(const QList<Line>& lines, int i, bool pdf,
                                     const QHash<int, double>& margins)
{
    const Line& line = lines.at(i);
    const QString t = line.text;
    Candidate c;
    c.fromPdf = pdf;
    c.x = line.source ? line.source->x : 0;
    // A date at the start ("24 SEPTEMBER 2009") is not a minute number and its title.
    QString dateSpan;
    if (BritishDate::find(t, &dateSpan).isValid() && t.startsWith(dateSpan))
        return std::nullopt;
    if (const auto m = numberRx().match(t); m.hasMatch()) {
        const QString number = m.captured(2);
        const auto key = keyOf(number);
        if (!key)
            return std::nullopt;
        const bool word = !m.captured(1).isEmpty();
        c.key = key->first;
        c.form = word ? QStringLiteral("item") : key->second + m.captured(3);
        QString title = m.captured(4).trimmed();
        int next = i + 1;
        bool bold = isBoldLine(line);
        if (title.isEmpty()) {
            // The number alone, its title on the next line.
            if (i + 1 >= lines.size() || (!word && lines.at(i + 1).page != line.page && !c.fromPdf))
                return std::nullopt;
            title = lines.at(i + 1).text;
            bold = isBoldLine(lines.at(i + 1));
            next = i + 2;
            c.form += QStringLiteral("|alone");
            // A number alone needs a title that is a heading in its own right.
            if (!word && upperShare(stripWebFurniture(title)) < 0.75 && !bold)
                return std::nullopt;
        }
        // "3. Minutes: The minutes of 6 January were approved …": a title run in before the text, up
        // to a colon, on the line the text starts (parish minutes, a word processor's list).
        int runIn = 0;
        if (next == i + 1 && headingStrength(lines, i, title, bold) == 0) {
            static const RX runInTitle(QStringLiteral("^([^:]{2,60}?)\\s*:\\s+(\\S.*)$"));
            if (const auto r = runInTitle.match(title); r.hasMatch()) {
                const QString head = r.captured(1).trimmed();
                // Its words in bold, where the line's are known.
                bool headBold = false;
                if (line.source && !line.source->words.isEmpty()) {
                    int letters = 0, boldLetters = 0;
                    for (const SourceWord& w : line.source->words) {
                        letters += int(w.text.size());
                        boldLetters += w.bold ? int(w.text.size()) : 0;
                        if (w.text.contains(QLatin1Char(':')))
                            break;
                    }
                    headBold = letters > 0 && boldLetters * 10 >= letters * 7;
                }
                static const RX clock(QStringLiteral("\\d$"));
                if (head.split(QLatin1Char(' ')).size() <= 8 && !clock.match(head).hasMatch() &&
                    headingStrength(lines, i, head, headBold) >= 1) {
                    runIn = int(t.indexOf(r.captured(2), m.capturedStart(4)));
                    title = head;
                    bold = headBold;
                }
            }
        }
        // Plain numbers above 4 digits are sums or years, not minutes.
        if (c.form.startsWith(QLatin1Char('n')) && !c.form.startsWith(QLatin1String("n/")) &&
            c.key.parts[0] > 9999)
            return std::nullopt;
        c.strength = word ? qMax(3, headingStrength(lines, next - 1, title, bold))
                          : headingStrength(lines, i, title, bold);
        // A Roman numeral only before a heading in capitals or bold ("I" may be the pronoun).
        if (c.strength == 0 || (key->second == QLatin1String("roman") && c.strength < 3))
            return std::nullopt;
        // "TB24/103  Item 3  PERFORMANCE REPORT": the agenda's number after the minute's is not the title.
        static const RX agendaNumber(
            QStringLiteral("^(?:Item|ITEM|Agenda\\s+item)\\s+\\d{1,3}[a-z]?\\s+(?=\\S)"));
        if (!word)
            if (const auto a = agendaNumber.match(title);
                a.hasMatch() && title.size() > a.capturedLength() + 2)
                title = title.mid(a.capturedLength());
        c.bold = bold;
        c.caps = upperShare(stripWebFurniture(title)) >= 0.8;
        if (runIn > 0) {
            // The text goes on from the colon, on the heading's own line.
            c.start = ItemStart{i, i, number, title, {}};
            c.start.numberPrefix = runIn;
            c.form += QStringLiteral("|run-in");
            return c;
        }
        title = extendTitle(lines, next, title, next, margins);
        c.start = ItemStart{i, next, number, title, {}};
        return c;
    }
    // A title above "(Item 3)", where the document prints no minute number of its own.
    if (i + 1 < lines.size() && line.para && !lines.at(i + 1).para)
        if (const auto m = agendaRefLine().match(lines.at(i + 1).text); m.hasMatch()) {
            const auto key = keyOf(m.captured(1));
            if (!key || numberRx().match(t).hasMatch())
                return std::nullopt;
            c.key = key->first;
            c.form = QStringLiteral("(item)");
            c.bold = isBoldLine(line);
            c.caps = upperShare(t) >= 0.8;
            c.strength = qMax(2, headingStrength(lines, i, t, c.bold));
            c.start = ItemStart{i, i + 2, m.captured(1), t, {}};
            return c;
        }
    // A heading above a paragraph that starts with the minute number ("NOTICE OF RECORDING" /
    // "2803 The Chair advised …", "Apologies for Absence" / "24/031 Apologies were received …"):
    // the heading may run over two or three lines in its own style.
    if (line.para && t.size() <= 100 && !numberRx().match(t).hasMatch()) {
        const bool caps = upperShare(t) >= 0.8, bold = isBoldLine(line);
        const int strength = headingStrength(lines, i, t, bold);
        int j = i + 1;
        QString title = t;
        while (strength >= 2 && j < lines.size() && j <= i + 3 && !lines.at(j).para &&
               lines.at(j).text.size() <= 100 && (upperShare(lines.at(j).text) >= 0.8) == caps &&
               isBoldLine(lines.at(j)) == bold && !numberRx().match(lines.at(j).text).hasMatch()) {
            title += QLatin1Char(' ') + lines.at(j).text;
            ++j;
        }
        if (strength >= 2 && j < lines.size() && lines.at(j).page - line.page <= 1) {
            const auto m = numberRx().match(lines.at(j).text);
            const auto key = m.hasMatch() && m.captured(1).isEmpty() && !m.captured(4).isEmpty()
                                 ? keyOf(m.captured(2))
                                 : std::nullopt;
            QString dateSpan;
            const bool dated = BritishDate::find(lines.at(j).text, &dateSpan).isValid() &&
                               lines.at(j).text.startsWith(dateSpan);
            if (key && !dated && headingStrength(lines, j, m.captured(4), false) == 0 &&
                (key->first.parts[0] >= 10 || key->second != QLatin1String("n") ||
                 !m.captured(3).isEmpty())) {
                c.key = key->first;
                c.form = QStringLiteral("heading");
                c.bold = bold;
                c.caps = caps;
                c.strength = strength;
                c.start = ItemStart{i, j, m.captured(2), title, {}};
                c.start.numberPrefix = int(m.capturedStart(4));
                return c;
            }
        }
    }
    return std::nullopt;
}

// The weight a candidate adds to a run, and whether it may follow `prev` in one.
double weight(const Candidate& c)
{
    return c.strength + (c.hasBody ? 0.5 : -1.5);
}

std::optional<double> transition(const Candidate& prev, const Candidate& c)
{
    if (c.start.line < prev.start.bodyStart || !(prev.key < c.key))
        return std::nullopt;
    // A title in sentence or title case only counts as the very next number.
    if (c.strength < 3 && !prev.key.followedBy(c.key))
        return std::nullopt;
    double penalty = 0;
    if (c.form != prev.form)
        penalty += 0.5;
    if (c.fromPdf && prev.fromPdf && qAbs(c.x - prev.x) > 12)
        penalty += 1.5;
    if (c.key.parts[0] - prev.key.parts[0] > 20)
        penalty += 1;
    return penalty;
}

// Minutes whose items carry no number: the headings in the document's own style open the items —
// capitals, bold, a size larger than the text's, or (where nothing else marks them) short lines
// in title case. Each is a paragraph of its own (a line or two or three in the same style), short,
// with text under it; attendance headings, decisions and section markers are not items.
QList<ItemStart> unnumberedHeadings(const QList<Line>& lines, const QHash<int, double>& margins)
{
    static const RX attendance(
        QStringLiteral("^(?:Present|Members present|Councillors present|Also present|"
                       "In attendance|Sederunt|Yn bresennol|Presennol|Hefyd yn bresennol|"
                       "Wrth law|Officers|Apologies\\s*:)\\b"),
        CI);
    // The header ends with the first line that carries a date, and with the attendance under it.
    int from = 0;
    for (int i = 0; i < qMin(int(lines.size()), 40); ++i)
        if (BritishDate::find(lines.at(i).text).isValid()) {
            from = i + 1;
            break;
        }
    for (int i = 0; i < qMin(int(lines.size()), 60); ++i)
        if (attendance.match(lines.at(i).text).hasMatch()) {
            from = i + 1;
            break;
        }
    // The size of the text: the size of most letters.
    QHash<int, int> sizes;
    for (const Line& l : lines)
        if (l.source && l.source->fontSize() > 0)
            sizes[qRound(l.source->fontSize() * 2)] += int(l.text.size());
    int body = 0;
    for (auto it = sizes.cbegin(); it != sizes.cend(); ++it)
        if (body == 0 || it.value() > sizes.value(body))
            body = it.key();
    const double bodySize = body / 2.0;
    enum Style
    {
        Caps,
        Bold,
        Large,
        TitleCase,
        Styles
    };
    auto styles = [&](const Line& l) {
        const QString t = stripWebFurniture(l.text);
        std::array<bool, Styles> s{};
        s[Caps] = upperShare(t) >= 0.8;
        s[Bold] = isBoldLine(l);
        s[Large] = bodySize > 0 && l.source && l.source->fontSize() >= bodySize * 1.15;
        return s;
    };
    std::array<QList<ItemStart>, Styles> found;
    for (int i = from; i + 1 < lines.size(); ++i) {
        const Line& l = lines.at(i);
        const QString t = stripWebFurniture(l.text);
        if (!l.para || t.size() < 4 || t.size() > 90 || attendance.match(t).hasMatch() ||
            isSectionMarker(t) || isResolvedStart(t) || isActionLine(t) ||
            (BritishDate::find(t).isValid() && headingStrength(lines, i, t, isBoldLine(l)) == 0) ||
            t.endsWith(QLatin1Char('.')) || t.endsWith(QLatin1Char(',')) || numberRx().match(t).hasMatch())
            continue;
        const auto style = styles(l);
        for (int k = 0; k < Styles; ++k) {
            if (k == TitleCase ? headingStrength(lines, i, t, false) < 2 : !style[k])
                continue;
            if (k != Caps && headingStrength(lines, i, t, k == Bold) == 0)
                continue;
            // The lines that continue the title in its style, then text under it that is not a heading.
            QString title = t;
            int next = i + 1;
            while (k != TitleCase && next < lines.size() && next <= i + 3 && !lines.at(next).para &&
                   styles(lines.at(next))[k] && lines.at(next).text.size() <= 90 &&
                   rightEdge(lines.at(next - 1)) >= margins.value(lines.at(next - 1).page) * 0.6) {
                title += QLatin1Char(' ') + stripWebFurniture(lines.at(next).text);
                ++next;
            }
            if (next >= lines.size())
                continue;
            const Line& under = lines.at(next);
            const auto underStyle = styles(under);
            if (underStyle[Caps] || (k != TitleCase && underStyle[k]) ||
                (k == TitleCase && headingStrength(lines, next, under.text, false) >= 2 && under.para))
                continue;
            found[k] << ItemStart{i, next, QString(), title,
                                  Certainty{0.6, Text::tr("an unnumbered heading")}};
        }
    }
    // The style with the most headings; title case only where no other style marks two.
    int chosen = -1;
    for (int k = 0; k < TitleCase; ++k)
        if (found.at(k).size() >= 2 && (chosen < 0 || found.at(k).size() > found.at(chosen).size()))
            chosen = k;
    if (chosen < 0)
        chosen = TitleCase;
    // The headings of one style share its size: a smaller line in that style is a sub-heading
    // inside an item ("Questions from Members" in bold under a larger bold title).
    {
        QList<double> headingSizes;
        for (const ItemStart& h : found.at(chosen))
            if (lines.at(h.line).source && lines.at(h.line).source->fontSize() > 0)
                headingSizes << lines.at(h.line).source->fontSize();
        if (headingSizes.size() >= 3) {
            std::sort(headingSizes.begin(), headingSizes.end());
            const double usual = headingSizes.at(headingSizes.size() / 2);
            found[chosen].removeIf([&](const ItemStart& h) {
                const SourceLine* s = lines.at(h.line).source;
                return s && s->fontSize() > 0 && s->fontSize() < usual * 0.92;
            });
        }
    }
    // One heading in capitals above all the others is the title of a single item, the others its
    // sub-headings (a report's "Recommended", the witnesses of a session).
    if (chosen != Caps && found.at(Caps).size() == 1 && !found.at(chosen).isEmpty() &&
        found.at(Caps).first().line <= found.at(chosen).first().line)
        return {};
    return found.at(chosen);
}

// In an agenda pack the minutes are one part among others: the agenda of the coming meeting before
// them (whose entries may have a line of description each) and reports after them. The minutes
// start at their own heading ("Minutes of the meeting of …", "DRAFT MINUTES") with the attendance
// under it, and end where the meeting closed ("The meeting ended at 7.40 pm") when what follows
// starts on another page.
void keepTheMinutesOnly(const QList<Line>& lines, QList<Candidate>& candidates)
{
    if (candidates.isEmpty())
        return;
    static const RX heading(
        QStringLiteral("^(?:(?:draft|unconfirmed|confirmed|unapproved)\\s+)?minutes(?:\\s+of\\b.*)?$"), CI);
    static const RX attendance(
        QStringLiteral("^(?:Present|Members present|Councillors present|Sederunt|Yn bresennol|Presennol|"
                       "Attendance|Attendees|Members)\\b"),
        CI);
    QSet<int> starts;
    for (const Candidate& c : candidates)
        starts.insert(c.start.line);
    for (int i = candidates.first().start.line + 1; i < lines.size(); ++i) {
        const QString t = lines.at(i).text;
        // At the top of a page, or among its first lines (under an "Agenda Item 3" stamp and the
        // council's name).
        bool topOfPage = false;
        for (int k = i; k >= qMax(1, i - 4) && !topOfPage; --k)
            topOfPage = lines.at(k - 1).page != lines.at(k).page;
        if (!(lines.at(i).para || topOfPage) || starts.contains(i) || t.size() > 150 ||
            t.endsWith(QLatin1Char('.')) || isSectionMarker(t) || !heading.match(t).hasMatch())
            continue;
        int next = int(std::find_if(candidates.cbegin(), candidates.cend(),
                                    [i](const Candidate& c) { return c.start.line > i; }) -
                       candidates.cbegin());
        if (next + 2 > candidates.size())
            break;
        const int until = qMin(candidates.at(next).start.line, i + 12);
        bool attended = false;
        for (int k = i + 1; k < until && !attended; ++k)
            attended = attendance.match(lines.at(k).text).hasMatch();
        if (attended) {
            candidates.remove(0, next);
            break;
        }
    }
    static const RX closed(
        QStringLiteral("^(?:The\\s+)?meeting\\s+(?:ended|closed|finished|concluded|terminated)\\s+at\\b|"
                       "^(?:The\\s+)?meeting\\s+(?:ended|closed)\\.?$"),
        CI);
    for (int i = candidates.first().start.line + 1; i < lines.size(); ++i) {
        if (!closed.match(lines.at(i).text).hasMatch())
            continue;
        const auto after = std::find_if(candidates.begin(), candidates.end(),
                                        [i](const Candidate& c) { return c.start.line > i; });
        if (after != candidates.end() && lines.at(after->start.line).page > lines.at(i).page)
            candidates.erase(after, candidates.end());
        break;
    }
}

} // namespace

QList<ItemStart> findItems(const QList<Line>& lines, bool pdf, QStringList& warnings)
{
    QList<Candidate> candidates;
    const QHash<int, double> margins = rightMargins(lines);
    for (int i = 0; i < lines.size(); ++i)
        if (auto c = candidateAt(lines, i, pdf, margins))
            candidates.append(*c);
    keepTheMinutesOnly(lines, candidates);
    // "24/9, 24/10, 24/11" and "CYP/24/31, CYP/24/32": where the numbers over a year share their
    // first part, the year comes first and the second part is the one that rises.
    {
        static const RX parts(QStringLiteral("^(?:[A-Z]{1,5}[/ ]?)?(\\d{1,4})/(\\d{1,4})$"));
        auto slashedForm = [](const Candidate& c) {
            return c.form.startsWith(QLatin1String("n/y")) || c.form.startsWith(QLatin1String("pfx"));
        };
        QHash<int, int> firsts;
        int slashed = 0;
        for (const Candidate& c : candidates)
            if (slashedForm(c))
                if (const auto m = parts.match(c.start.number); m.hasMatch()) {
                    ++firsts[m.captured(1).toInt()];
                    ++slashed;
                }
        int year = -1;
        for (auto it = firsts.cbegin(); it != firsts.cend(); ++it)
            if (year < 0 || it.value() > firsts.value(year))
                year = it.key();
        if (slashed >= 2 && firsts.value(year) >= 2 && firsts.value(year) * 10 >= slashed * 6)
            for (Candidate& c : candidates)
                if (const auto m = parts.match(c.start.number);
                    m.hasMatch() && slashedForm(c) && m.captured(1).toInt() == year) {
                    c.key = Key{};
                    c.key.parts[0] = m.captured(2).toInt();
                    if (c.form.startsWith(QLatin1String("n/y")))
                        c.form.replace(0, 3, QStringLiteral("y/n"));
                }
    }
    // An index of titles without bodies (an agenda pack's contents) is not the minutes' items.
    for (int k = 0; k + 1 < candidates.size(); ++k)
        candidates[k].hasBody = candidates.at(k + 1).start.line > candidates.at(k).start.bodyStart;
    // The best rising run: for each candidate, the best run that ends with it. Runs only look back
    // a bounded number of candidates, so that this stays linear in long documents.
    const int n = int(candidates.size());
    const int lookBack = 400;
    QList<double> best(n, 0);
    QList<int> previous(n, -1);
    for (int j = 0; j < n; ++j) {
        const Candidate& c = candidates.at(j);
        // A run opens with a heading, or with the first number; a run of title-case lines that opens
        // elsewhere (64/08, 65/08, 66/08) pays for its first member, so that one alone is no run.
        best[j] = (c.strength >= 3 || c.key.first()) ? weight(c) : weight(c) - 2.5;
        for (int k = qMax(0, j - lookBack); k < j; ++k) {
            if (const auto penalty = transition(candidates.at(k), c)) {
                const double w = best.at(k) + weight(c) - *penalty;
                if (w > best.at(j)) {
                    best[j] = w;
                    previous[j] = k;
                }
            }
        }
    }
    int end = -1;
    for (int j = 0; j < n; ++j)
        if (best.at(j) > 0 && (end < 0 || best.at(j) > best.at(end)))
            end = j;
    QList<int> run;
    for (int j = end; j >= 0; j = previous.at(j))
        run.prepend(j);

    QList<ItemStart> starts;
    if (!run.isEmpty()) {
        // The scheme: the run's usual form, indent and style. A candidate out of sequence (a
        // clerk's typo, "6" between 55 and 57) that matches all three is an item too.
        QHash<QString, int> forms;
        int bold = 0, caps = 0;
        QList<double> xs;
        for (int j : run) {
            ++forms[candidates.at(j).form];
            bold += candidates.at(j).bold ? 1 : 0;
            caps += candidates.at(j).caps ? 1 : 0;
            xs << candidates.at(j).x;
        }
        std::sort(xs.begin(), xs.end());
        const double x = xs.at(xs.size() / 2);
        QString form;
        for (auto it = forms.cbegin(); it != forms.cend(); ++it)
            if (form.isEmpty() || it.value() > forms.value(form))
                form = it.key();
        const bool runBold = bold * 10 >= int(run.size()) * 8, runCaps = caps * 10 >= int(run.size()) * 8;
        QList<int> chosen;
        int r = 0;
        for (int j = 0; j < n; ++j) {
            if (r < run.size() && run.at(r) == j) {
                chosen << j;
                ++r;
                continue;
            }
            const Candidate& c = candidates.at(j);
            const bool between = r > 0 && r < run.size() &&
                                 c.start.line >= candidates.at(chosen.last()).start.bodyStart &&
                                 c.start.bodyStart <= candidates.at(run.at(r)).start.line;
            if (between && run.size() >= 3 && c.strength >= 3 && c.form == form && c.hasBody &&
                (!c.fromPdf || qAbs(c.x - x) <= 3) && (!runBold || c.bold) && (!runCaps || c.caps)) {
                Candidate accepted = c;
                accepted.start.certainty = {0.55,
                                            Text::tr("numbered out of sequence, but set out like the other "
                                                     "item headings")};
                candidates[j] = accepted;
                chosen << j;
            }
        }
        for (int j : chosen) {
            ItemStart s = candidates.at(j).start;
            if (s.certainty.why.isEmpty()) {
                const int strength = candidates.at(j).strength;
                s.certainty =
                    strength >= 3 ? Certainty{0.95, Text::tr("a numbered heading, in sequence")}
                    : strength == 2
                        ? Certainty{0.85, Text::tr("a numbered title in title case, in sequence")}
                        : Certainty{0.7, Text::tr("a short numbered line taken as a title, in sequence")};
            }
            starts << s;
        }
    }
    if (starts.isEmpty())
        if (QList<ItemStart> headings = unnumberedHeadings(lines, margins); headings.size() >= 2)
            starts = headings;
    if (starts.isEmpty()) {
        // A single agenda-item page: its title is the first upper-case line after "Agenda item" (and
        // after the heading's date, and not the council's name), else the first upper-case line.
        static const RX councilName(QStringLiteral("\\b(?:COUNCIL|CYNGOR|COMHAIRLE)$"));
        int from = 0;
        for (int i = 0; i < qMin(int(lines.size()), 40); ++i)
            if (BritishDate::find(lines.at(i).text).isValid()) {
                from = i + 1;
                break;
            }
        auto titleLine = [&](int start) {
            for (int i = start; i < lines.size(); ++i) {
                const QString t = lines.at(i).text;
                if (upperShare(t) >= 0.8 && t.size() > 8 && !councilName.match(t).hasMatch() &&
                    !isAttendanceLabel(t) &&
                    !t.startsWith(QLatin1String("Agenda item"), Qt::CaseInsensitive) && !isResolvedStart(t))
                    return i;
            }
            return -1;
        };
        const int i = titleLine(from) >= 0 ? titleLine(from) : titleLine(0);
        if (i >= 0) {
            int next = i + 1;
            QString title = lines.at(i).text;
            while (next < lines.size() && upperShare(lines.at(next).text) >= 0.8 && !lines.at(next).para &&
                   !isResolvedStart(lines.at(next).text) &&
                   !lines.at(next).text.startsWith(QLatin1Char('('))) {
                title += QLatin1Char(' ') + lines.at(next).text;
                ++next;
            }
            starts.append(
                {i, next, QString(), title,
                 Certainty{0.3, Text::tr("no numbered items: the first heading taken as the only item")}});
        }
        // Nothing set out as a heading at all: the text after the heading is one item, untitled.
        if (starts.isEmpty() && !lines.isEmpty())
            starts.append({qMin(from, int(lines.size()) - 1), qMin(from, int(lines.size()) - 1), QString(),
                           QString(),
                           Certainty{0.2, Text::tr("no headings: the whole text taken as one item")}});
        warnings << Text::tr("No numbered agenda items were found; the document was read as a single item.");
    }
    return starts;
}

} // namespace MinutesReading
