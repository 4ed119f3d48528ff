#include "MinutesParser.h"

#include "core/BritishDate.h"
#include "core/MinuteNumber.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <optional>

namespace {

using RX = QRegularExpression;
const auto CI = QRegularExpression::CaseInsensitiveOption;

double upperShare(const QString& s)
{
    int letters = 0, upper = 0;
    for (const QChar c : s)
        if (c.isLetter()) {
            ++letters;
            upper += c.isUpper() ? 1 : 0;
        }
    return letters < 3 ? 0.0 : double(upper) / letters;
}

QString clean(QString s)
{
    s.replace(QChar(0xa0), QLatin1Char(' '));
    return s.simplified();
}

QString stripAgendaReference(QString t)
{
    static const RX ref(QStringLiteral("\\s*\\((?:Agenda\\s+)?item\\s+\\d+[a-z]?\\)"), CI);
    return t.remove(ref);
}

QString stripWebFurniture(QString title)
{
    title = stripAgendaReference(title);
    // "pdf icon PDF 422 KB", also where the unit has wrapped to the next line.
    static const RX pdf(QStringLiteral("\\s*(pdf icon\\s*)?PDF\\s+[\\d.,]+(\\s*[KMG]B\\b|\\s*$)"), CI);
    static const RX more(
        QStringLiteral("\\s*(Additional documents:?|view the full (minutes|decision) text for item\\s*\\S+|"
                       "View the (reasons|background) to item\\s*\\S*)"),
        CI);
    title.replace(pdf, QString());
    title.replace(more, QString());
    title = clean(title);
    while (title.endsWith(QLatin1Char(':')) || title.endsWith(QLatin1Char('-')) ||
           title.endsWith(QChar(0x2013)))
        title = title.chopped(1).trimmed();
    return title;
}

// "56a" from "56a." / "56a)" ; the numeric part for ordering checks.
int numericPart(const QString& number)
{
    static const RX n(QStringLiteral("\\d+"));
    const auto m = n.match(number);
    return m.hasMatch() ? m.captured().toInt() : -1;
}

bool isResolvedStart(const QString& t)
{
    static const RX r(QStringLiteral("^(RESOLVED|Resolved|AGREED|Agreed|RESOLVED UNANIMOUSLY)\\b"));
    return r.match(t).hasMatch();
}

bool isActionLine(const QString& t)
{
    static const RX a(QStringLiteral("^ACTIONS?\\s*(:|-|–|—)"));
    return a.match(t).hasMatch();
}

bool isSectionMarker(const QString& t)
{
    static const RX m(QStringLiteral("^(Minutes|Decision|Decisions|Minute|Notes)\\s*:?$"), CI);
    return m.match(t).hasMatch();
}

// A numbered part of a resolution: (1), 1., 1), a), (b), i), (ii)
const RX& partMarker()
{
    static const RX p(QStringLiteral(
        "^(\\(\\s*(\\d{1,2}|[a-zA-Z]|[ivx]{1,4})\\s*\\)|(\\d{1,2})[.)]|([a-z]|[ivx]{1,4})\\))\\s+(.*)$"));
    return p;
}

QStringList splitNames(QString list)
{
    list = clean(list);
    while (list.endsWith(QLatin1Char('.')) || list.endsWith(QLatin1Char(';')))
        list.chop(1);
    static const RX commas(QStringLiteral("\\s*[,;]\\s*"));
    static const RX ands(QStringLiteral("\\s+and\\s+|\\s*&\\s*"));
    static const RX plural(QStringLiteral("^(Councillors|Cllrs)\\s+"), CI);
    QStringList out;
    for (QString group : list.split(commas, Qt::SkipEmptyParts)) {
        group = group.trimmed();
        if (group.startsWith(QLatin1String("and "), Qt::CaseInsensitive))
            group = group.mid(4);
        // "Councillors A and B" names two councillors.
        const bool councillors = plural.match(group).hasMatch();
        if (councillors)
            group.remove(plural);
        for (QString part : group.split(ands, Qt::SkipEmptyParts)) {
            part = part.trimmed();
            if (part.size() < 3)
                continue;
            out << (councillors ? QStringLiteral("Councillor ") + part : part);
        }
    }
    return out;
}

struct Line
{
    QString text;
    int page;
    bool para;
    const SourceLine* source;
};

// The box of lines [from, to] on the page of the first (points, from the top left); none for plain text.
SourceRegion regionOf(const QList<Line>& lines, int from, int to)
{
    SourceRegion r;
    if (from < 0 || from >= lines.size() || !lines.at(from).source)
        return r;
    r.page = lines.at(from).page;
    for (int i = from; i <= to && i < lines.size(); ++i) {
        const SourceLine* l = lines.at(i).source;
        if (!l || lines.at(i).page != r.page)
            continue;
        const double right =
            l->words.isEmpty() ? l->x + l->text.size() * l->height * 0.5 : l->words.last().right;
        r.box = r.box.united(QRectF(l->x, l->y, qMax(1.0, right - l->x), qMax(1.0, l->height)));
    }
    return r;
}

struct ItemStart
{
    int line;
    int bodyStart;
    QString number;
    QString title;
};

// A minute number as councils print them: 56, 56a, a prefixed or yearly number (CS12/18, A1,
// 12/18), or a decimal one (5.1). The longer forms first.
#define NUMBER                                                                                               \
    "[A-Z]{1,4}\\d{1,3}[a-z]?(?:/\\d{2,4})?|\\d{1,3}/\\d{2,4}|\\d{1,3}\\.\\d{1,2}(?![.\\d])|\\d{1,3}[a-z]?"

std::optional<ItemStart> itemAt(const QList<Line>& lines, int i, int lastNumber)
{
    const QString t = lines.at(i).text;
    static const RX item(QStringLiteral("^(?:Item|Minute|Agenda item)\\s+(?:No\\.?\\s*)?(" NUMBER
                                        ")\\b[.:)]?\\s*[-–—:]?\\s*(.*)$"),
                         CI);
    static const RX alone(QStringLiteral("^(" NUMBER ")[.)]?$"));
    static const RX numbered(QStringLiteral("^(" NUMBER ")[.)]?\\s+(.+)$"));
    // A date ("24 SEPTEMBER 2009") is not a minute number and its title.
    QString dateSpan;
    if (BritishDate::find(t, &dateSpan).isValid() && t.startsWith(dateSpan))
        return std::nullopt;
    auto okNumber = [lastNumber](const QString& n) { return lastNumber < 0 || numericPart(n) >= lastNumber; };
    // A title not in capitals: in bold, or in title case where the number follows the last one.
    auto boldOrTitleCase = [lastNumber, &lines, i](const Line& l, const QString& title,
                                                   const QString& number) {
        static const RX sentence(QStringLiteral("^(That|The|It|This|Members|Councillor)\\b|[.;,]$"));
        if (title.size() > 150 || sentence.match(title).hasMatch() || isResolvedStart(title) ||
            isActionLine(title))
            return false;
        if (l.source && l.source->isBold())
            return true;
        const bool next = lastNumber < 0
                              ? numericPart(number) <= 1
                              : numericPart(number) == lastNumber + 1 || numericPart(number) == lastNumber;
        if (!next || title.size() > 90)
            return false;
        static const RX small(QStringLiteral("^(a|an|and|of|the|to|for|in|on|at|by|with|from|or|&|-|–)$"),
                              CI);
        int words = 0, capitals = 0;
        for (const QString& w : title.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            if (small.match(w).hasMatch())
                continue;
            ++words;
            capitals += w.at(0).isUpper() || w.at(0).isDigit() ? 1 : 0;
        }
        if (words >= 1 && words <= 12 && capitals * 10 >= words * 8 && title.at(0).isUpper())
            return true;
        // Sentence case ("Declarations of interest"): short, a paragraph of its own, the very next
        // number (or the next part of a decimal one), and not a numbered part of a list that a
        // line ending in a colon or a RESOLVED opened.
        const bool following =
            lastNumber < 0 ? numericPart(number) <= 1
                           : numericPart(number) == lastNumber + 1 ||
                                 (number.contains(QLatin1Char('.')) && numericPart(number) == lastNumber);
        const QString before = i > 0 ? lines.at(i - 1).text : QString();
        const bool inList = before.endsWith(QLatin1Char(':')) || isResolvedStart(before);
        return following && l.para && !inList && words >= 1 && words <= 8 && title.size() <= 70 &&
               title.at(0).isUpper();
    };
    // Title lines that continue an upper-case title.
    auto extend = [&lines](int from, QString title, int& next) {
        next = from;
        if (upperShare(title) < 0.8) {
            // A bold title may wrap onto bold lines.
            while (next < lines.size() && next > 0 && lines.at(next - 1).source &&
                   lines.at(next - 1).source->isBold() && lines.at(next).source &&
                   lines.at(next).source->isBold() && !lines.at(next).para &&
                   lines.at(next).text.size() < 120 && !isResolvedStart(lines.at(next).text) &&
                   !isSectionMarker(lines.at(next).text)) {
                title += QLatin1Char(' ') + lines.at(next).text;
                ++next;
            }
            return title;
        }
        static const RX agendaRef(QStringLiteral("\\((?:Agenda\\s+)?item\\s+\\d+[a-z]?\\)\\s*$"), CI);
        while (next < lines.size() && !agendaRef.match(title).hasMatch()) {
            const Line& l = lines.at(next);
            // A title may run on over a page break, where the first line of the page starts a paragraph.
            const bool pageBreak = next > 0 && lines.at(next - 1).page != l.page;
            // The size unit of a document link, wrapped on its own ("… PDF 357" / "KB").
            static const RX unit(QStringLiteral("^[KMG]B$"));
            static const RX sizeEnd(QStringLiteral("\\bPDF\\s+[\\d.,]+$"));
            if (unit.match(l.text).hasMatch() && sizeEnd.match(title).hasMatch()) {
                title += QLatin1Char(' ') + l.text;
                ++next;
                continue;
            }
            if ((l.para && !pageBreak) || upperShare(stripWebFurniture(l.text)) < 0.8 ||
                l.text.startsWith(QLatin1Char('(')) || isResolvedStart(l.text) || isActionLine(l.text) ||
                l.text.size() >= 120)
                break;
            title += QLatin1Char(' ') + l.text;
            ++next;
        }
        return title;
    };
    if (const auto m = item.match(t); m.hasMatch() && okNumber(m.captured(1))) {
        int next = i + 1;
        QString title = m.captured(2);
        if (title.isEmpty() && i + 1 < lines.size()) {
            title = lines.at(i + 1).text;
            next = i + 2;
        }
        title = extend(next, title, next);
        return ItemStart{i, next, m.captured(1), title};
    }
    if (const auto m = alone.match(t); m.hasMatch() && okNumber(m.captured(1)) && i + 1 < lines.size()) {
        const QString nextText = lines.at(i + 1).text;
        if ((upperShare(stripWebFurniture(nextText)) >= 0.75 && !isResolvedStart(nextText)) ||
            (lines.at(i + 1).source && lines.at(i + 1).source->isBold() &&
             boldOrTitleCase(lines.at(i + 1), stripWebFurniture(nextText), m.captured(1)))) {
            int next = i + 2;
            const QString title = extend(next, nextText, next);
            return ItemStart{i, next, m.captured(1), title};
        }
    }
    if (const auto m = numbered.match(t); m.hasMatch() && okNumber(m.captured(1))) {
        const QString rest = m.captured(2).trimmed();
        if (((upperShare(stripWebFurniture(rest)) >= 0.8 && !isResolvedStart(rest) && !isActionLine(rest)) ||
             boldOrTitleCase(lines.at(i), stripWebFurniture(rest), m.captured(1))) &&
            numericPart(m.captured(1)) > 0) {
            int next = i + 1;
            const QString title = extend(next, rest, next);
            return ItemStart{i, next, m.captured(1), title};
        }
    }
    return std::nullopt;
}

struct Table
{
    QList<double> starts;
    int ref = -1, action = -1, owner = -1, due = -1, status = -1;
};

std::optional<Table> tableHeader(const Line& line)
{
    if (!line.source || !line.text.contains(QStringLiteral("  ")))
        return std::nullopt;
    const QStringList cells = line.text.split(QStringLiteral("  "), Qt::SkipEmptyParts);
    if (cells.size() < 2)
        return std::nullopt;
    Table t;
    // Column starts: the x of the first word of each cell.
    int w = 0;
    for (int c = 0; c < cells.size(); ++c) {
        const QString cell = cells.at(c).trimmed();
        if (w >= line.source->words.size())
            return std::nullopt;
        t.starts << line.source->words.at(w).x;
        w += int(cell.split(QLatin1Char(' '), Qt::SkipEmptyParts).size());
        const QString l = cell.toLower();
        if (t.action < 0 && (l == QLatin1String("action") || l == QLatin1String("actions") ||
                             l.startsWith(QLatin1String("action ")) || l == QLatin1String("description") ||
                             l == QLatin1String("task")))
            t.action = c;
        else if (t.owner < 0 &&
                 (l.contains(QLatin1String("responsib")) || l.contains(QLatin1String("owner")) ||
                  l == QLatin1String("lead") || l.contains(QLatin1String("officer")) ||
                  l == QLatin1String("who") || l.contains(QLatin1String("lead "))))
            t.owner = c;
        else if (t.due < 0 && (l.contains(QLatin1String("due")) || l.contains(QLatin1String("deadline")) ||
                               l.contains(QLatin1String("date")) || l == QLatin1String("by when") ||
                               l == QLatin1String("when") || l.contains(QLatin1String("target"))))
            t.due = c;
        else if (t.status < 0 && (l.contains(QLatin1String("status")) ||
                                  l.contains(QLatin1String("progress")) || l.contains(QLatin1String("rag"))))
            t.status = c;
        else if (t.ref < 0 && (l == QLatin1String("ref") || l == QLatin1String("ref.") ||
                               l == QLatin1String("no.") || l == QLatin1String("no") ||
                               l == QLatin1String("#") || l.contains(QLatin1String("minute")) ||
                               l == QLatin1String("item") || l == QLatin1String("reference")))
            t.ref = c;
    }
    if (t.action < 0 || t.owner < 0)
        return std::nullopt;
    return t;
}

QStringList tableCells(const Table& t, const SourceLine& line)
{
    QStringList cells(t.starts.size());
    const double tolerance = 4;
    for (const SourceWord& w : line.words) {
        int c = 0;
        for (int k = 0; k < t.starts.size(); ++k)
            if (w.x + tolerance >= t.starts.at(k))
                c = k;
        if (!cells[c].isEmpty())
            cells[c] += QLatin1Char(' ');
        cells[c] += w.text;
    }
    return cells;
}

QDate parseDue(const QString& text)
{
    const QString t = text.trimmed();
    static const RX iso(QStringLiteral("(\\d{4})-(\\d{2})-(\\d{2})"));
    if (const auto m = iso.match(t); m.hasMatch())
        return QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    return BritishDate::find(t);
}

// The resolutions, actions and suggestions in an item's body.
void parseBody(const QList<Line>& lines, int from, int to, ParsedItem& item)
{
    QStringList paragraphs; // plain paragraphs, for "ACTION: X" with no resolution before it
    QString paragraph;
    int paragraphFrom = -1, paragraphTo = -1; // its lines
    SourceRegion lastParagraphRegion;
    int currentFrom = -1, currentTo = -1; // the lines of the resolution being read
    QSet<QString> seen;
    int resolvedSince = 0; // resolutions since the last ACTION line
    enum class Mode
    {
        Text,
        Resolution,
        Parts
    } mode = Mode::Text;
    QString current; // the resolution being read
    auto norm = [](const QString& s) {
        QString n = s.toLower();
        n.remove(RX(QStringLiteral("[^a-z0-9]")));
        return n;
    };
    auto finishResolution = [&] {
        QString r = clean(current);
        current.clear();
        const SourceRegion where = regionOf(lines, currentFrom, currentTo);
        currentFrom = currentTo = -1;
        if (r.isEmpty())
            return;
        if (seen.contains(norm(r)))
            return;
        seen.insert(norm(r));
        item.resolutions << r;
        item.resolutionRegions << where;
        ++resolvedSince;
    };
    // `current` starts (or goes on) with line i.
    auto startResolution = [&](int i) { currentFrom = currentTo = i; };
    auto continueResolution = [&](int i) {
        if (currentFrom < 0)
            currentFrom = i;
        currentTo = i;
    };
    auto finishParagraph = [&] {
        const QString p = clean(paragraph);
        paragraph.clear();
        const SourceRegion where = regionOf(lines, paragraphFrom, paragraphTo);
        paragraphFrom = paragraphTo = -1;
        if (p.isEmpty())
            return;
        lastParagraphRegion = where;
        // "… Action – Head of Service" closing a paragraph.
        static const RX closing(
            QStringLiteral("^(.*\\S)\\s*(?:\\.\\s*)?\\bAction\\s*[:–—-]\\s*([^.]{3,80})\\.?$"));
        if (const auto m = closing.match(p); m.hasMatch()) {
            QString text = m.captured(1).trimmed();
            item.actions << ParsedAction{text, m.captured(2).trimmed(), {}, where.page, where};
            paragraphs << text;
            return;
        }
        paragraphs << p;
        // Commitments in the narrative, for the clerk to confirm.
        static const RX commitment(
            QStringLiteral(
                "([^.]*\\b(agreed to|undertook to|would be taken away as an action|would circulate|"
                "would be circulated|to be circulated|would report back|would provide)\\b[^.]*\\.)"),
            CI);
        for (auto it = commitment.globalMatch(p); it.hasNext();) {
            const QString s = clean(it.next().captured(1));
            if (s.size() > 20 && s.size() < 400)
                item.suggestedActions << ParsedAction{s, QString(), {}, where.page, where};
        }
    };

    std::optional<Table> table;
    struct Row
    {
        QStringList cells;
        int from, to; // its lines
    };
    QList<Row> rows;
    auto finishTable = [&] {
        if (!table)
            return;
        for (const Row& r : rows) {
            const QString text = clean(r.cells.value(table->action));
            const QString owner = clean(r.cells.value(table->owner));
            if (text.isEmpty())
                continue;
            const SourceRegion where = regionOf(lines, r.from, r.to);
            ParsedAction a{text, owner, table->due >= 0 ? parseDue(r.cells.value(table->due)) : QDate(),
                           where.page, where};
            item.actions << a;
        }
        rows.clear();
        table.reset();
    };

    for (int i = from; i < to; ++i) {
        const Line& line = lines.at(i);
        const QString t = line.text;
        if (isSectionMarker(t)) {
            if (mode != Mode::Text)
                finishResolution();
            finishParagraph();
            mode = Mode::Text;
            continue;
        }
        // Report references.
        static const RX report(QStringLiteral(
            "\\bReport(?:\\s+(?:No\\.?|number))?[:\\s]+([A-Z]{2,}[A-Z0-9]*[/-]?\\d[\\w/.-]*\\w)"));
        for (auto it = report.globalMatch(t); it.hasNext();) {
            const QString ref = it.next().captured(1);
            if (!item.reportRefs.contains(ref))
                item.reportRefs << ref;
        }
        item.text += (item.text.isEmpty() ? QString()
                      : line.para         ? QStringLiteral("\n")
                                          : QStringLiteral(" ")) +
                     t;

        // Action-log tables.
        if (table) {
            const bool breaks = isResolvedStart(t) || isActionLine(t) ||
                                (line.para && !t.contains(QStringLiteral("  ")) && !line.source);
            const QStringList cells = line.source ? tableCells(*table, *line.source) : QStringList();
            int filled = 0;
            for (const QString& c : cells)
                filled += c.isEmpty() ? 0 : 1;
            const bool plainParagraph = line.para && filled <= 1 && t.size() > 60;
            if (breaks || cells.isEmpty() || plainParagraph) {
                finishTable();
            } else {
                const bool newRow = table->ref >= 0
                                        ? !cells.value(table->ref).isEmpty()
                                        : (!cells.value(table->owner).isEmpty() &&
                                           (table->due < 0 || !cells.value(table->due).isEmpty()));
                if (newRow || rows.isEmpty()) {
                    rows.append({cells, i, i});
                } else {
                    for (int c = 0; c < cells.size(); ++c)
                        if (!cells.at(c).isEmpty())
                            rows.last().cells[c] = rows.last().cells.at(c) + QLatin1Char(' ') + cells.at(c);
                    rows.last().to = i;
                }
                continue;
            }
        }
        if (const auto header = tableHeader(line)) {
            if (mode != Mode::Text)
                finishResolution();
            finishParagraph();
            mode = Mode::Text;
            table = header;
            continue;
        }

        if (isActionLine(t)) {
            if (mode != Mode::Text)
                finishResolution();
            finishParagraph();
            mode = Mode::Text;
            static const RX tag(QStringLiteral("^ACTIONS?\\s*(?::|-|–|—)\\s*(.*)$"));
            QString rest = clean(tag.match(t).captured(1));
            const int actionFrom = i;
            // The line may wrap.
            while (i + 1 < to && !lines.at(i + 1).para && !isResolvedStart(lines.at(i + 1).text) &&
                   !isActionLine(lines.at(i + 1).text) &&
                   !partMarker().match(lines.at(i + 1).text).hasMatch()) {
                rest += QLatin1Char(' ') + lines.at(i + 1).text;
                ++i;
            }
            rest = clean(rest);
            if (rest.endsWith(QLatin1Char('.')))
                rest.chop(1);
            static const RX ownerTo(QStringLiteral("^(.{3,80}?)\\s+(to\\s+.+)$"));
            const auto m = ownerTo.match(rest);
            const SourceRegion where = regionOf(lines, actionFrom, i);
            if (m.hasMatch() && m.captured(1).split(QLatin1Char(' ')).size() <= 9) {
                item.actions << ParsedAction{m.captured(2), m.captured(1), {}, line.page, where};
            } else if (resolvedSince > 0) {
                // The action is the resolution's: show both, the resolution and its ACTION line.
                for (int r = int(item.resolutions.size()) - resolvedSince; r < item.resolutions.size(); ++r) {
                    SourceRegion both = item.resolutionRegions.value(r);
                    if (both.page == where.page)
                        both.box = both.box.united(where.box);
                    else
                        both = where;
                    item.actions << ParsedAction{item.resolutions.at(r), rest, {}, line.page, both};
                }
            } else if (!paragraphs.isEmpty()) {
                SourceRegion both = lastParagraphRegion;
                if (both.page == where.page)
                    both.box = both.box.united(where.box);
                else
                    both = where;
                item.actions << ParsedAction{paragraphs.last(), rest, {}, line.page, both};
            }
            resolvedSince = 0;
            continue;
        }

        if (isResolvedStart(t)) {
            if (mode != Mode::Text)
                finishResolution();
            finishParagraph();
            static const RX head(QStringLiteral(
                "^(?:RESOLVED UNANIMOUSLY|RESOLVED|Resolved|AGREED|Agreed)\\b\\s*[:,;.–—-]?\\s*(.*)$"));
            QString rest = head.match(t).captured(1).trimmed();
            static const RX thatOnly(QStringLiteral("^(that|:|–|-)?\\s*:?\\s*[–-]?$"), CI);
            if (thatOnly.match(rest).hasMatch()) {
                mode = Mode::Parts;
                currentFrom = currentTo = -1;
            } else if (const auto p = partMarker().match(rest); p.hasMatch()) {
                mode = Mode::Parts;
                current = p.captured(5);
                startResolution(i);
            } else {
                mode = Mode::Resolution;
                current = rest;
                startResolution(i);
            }
            continue;
        }

        const auto part = partMarker().match(t);
        if (part.hasMatch() && (mode == Mode::Parts || mode == Mode::Resolution) &&
            (mode == Mode::Parts || current.trimmed().endsWith(QLatin1Char(':')) || !line.para)) {
            if (!current.trimmed().isEmpty() && !current.trimmed().endsWith(QLatin1Char(':')))
                finishResolution();
            else
                current.clear();
            mode = Mode::Parts;
            current = part.captured(5);
            startResolution(i);
            continue;
        }
        if (mode != Mode::Text) {
            const bool ends = line.para && !(mode == Mode::Parts && current.isEmpty());
            if (!ends) {
                current += QLatin1Char(' ') + t;
                continueResolution(i);
                continue;
            }
            finishResolution();
            mode = Mode::Text;
        }
        if (line.para)
            finishParagraph();
        paragraph += QLatin1Char(' ') + t;
        if (paragraphFrom < 0)
            paragraphFrom = i;
        paragraphTo = i;
    }
    if (mode != Mode::Text)
        finishResolution();
    finishTable();
    finishParagraph();
}

void parseHeader(const QList<Line>& lines, int to, ParsedMinutes& out)
{
    static const RX councilRx(
        QStringLiteral("((?:London Borough of|Royal Borough of|City "
                       "of)\\s+[A-Z][\\w'’-]+(?:\\s+[A-Z][\\w'’-]+)*(?:\\s+Council)?|"
                       "[A-Z][\\w'’-]+(?:\\s+[A-Z][\\w'’-]+){0,4}\\s+(?:Borough|County|City|District|"
                       "Metropolitan Borough|Town|Parish)?\\s*Council)\\b"),
        CI);
    static const RX committeeRx(
        QStringLiteral("\\b(Committee|Board|Panel|Sub-Committee|Forum|Cabinet|Executive|Commission)\\b"), CI);
    static const RX venueRx(QStringLiteral("^(?:Venue|Place|Location|Where)\\s*:\\s*(.+)$"), CI);
    static const RX contactRx(
        QStringLiteral("^(?:Contact(?: officer)?|Clerk|Democratic Services Officer)\\s*:\\s*(.+)$"), CI);
    static const RX phone(QStringLiteral("\\s*(\\(?0\\d{2,4}\\)?[\\s\\d]{6,}|\\S+@\\S+|Tel\\.?.*)$"), CI);
    static const RX heldAt(QStringLiteral("\\bheld\\s+(?:at|in)\\s+(.+?)(?:\\s+on\\b|$)"), CI);
    // In an agenda pack the minutes' own heading is the last one before the first item: start
    // from the last line that carries a date, a few lines above it.
    int from = 0;
    int dated = -1;
    for (int i = 0; i < to; ++i)
        if (BritishDate::find(lines.at(i).text).isValid() &&
            !lines.at(i).text.startsWith(QLatin1String("Apologies"), Qt::CaseInsensitive)) {
            from = qMax(0, i - 3);
            dated = i;
        }
    if (dated >= 0) {
        QString span;
        out.date = BritishDate::find(lines.at(dated).text, &span);
        for (int k = dated; k < qMin(to, dated + 3) && !out.time.isValid(); ++k)
            out.time =
                BritishDate::findTime(k == dated ? QString(lines.at(k).text).remove(span) : lines.at(k).text);
    }
    out.headerRegion = regionOf(lines, from, to - 1);
    for (int i = 0; i < from; ++i) {
        const QString t = lines.at(i).text;
        if (out.council.isEmpty())
            if (const auto m = councilRx.match(t);
                m.hasMatch() && !committeeRx.match(t).hasMatch() && t.size() < 80)
                out.council = clean(m.captured(1));
    }
    for (int i = from; i < to; ++i) {
        const QString t = lines.at(i).text;
        if (t.startsWith(QLatin1String("Present"), Qt::CaseInsensitive) ||
            t.startsWith(QLatin1String("Also"), Qt::CaseInsensitive) ||
            t.startsWith(QLatin1String("Apologies"), Qt::CaseInsensitive) ||
            t.startsWith(QLatin1String("Councillor"), Qt::CaseInsensitive))
            continue;
        if (const auto m = venueRx.match(t); m.hasMatch() && out.venue.isEmpty()) {
            out.venue = clean(m.captured(1));
            continue;
        }
        if (const auto m = contactRx.match(t); m.hasMatch() && out.contact.isEmpty()) {
            QString c = clean(m.captured(1));
            c.remove(phone);
            out.contact = c.trimmed();
            continue;
        }
        // "Minutes of the meeting of the Children's Scrutiny Committee held on …" names the committee
        // (the heading may wrap onto a second line).
        if (out.committee.isEmpty() && t.startsWith(QLatin1String("Minutes of"), Qt::CaseInsensitive)) {
            static const RX minutesOf(
                QStringLiteral(
                    "^Minutes of (?:the |a )?(?:(?:special |extraordinary |annual |ordinary |additional )?"
                    "(?:meeting|proceedings)s? of (?:the )?)?(.+?)(?:\\s*,|\\s+(?:held|on|at|in)\\b.*)?$"),
                CI);
            QString heading = t;
            if (i + 1 < to && !lines.at(i + 1).para &&
                !t.contains(QLatin1String(" held "), Qt::CaseInsensitive))
                heading += QLatin1Char(' ') + lines.at(i + 1).text;
            const QString named = clean(minutesOf.match(heading).captured(1));
            if (committeeRx.match(named).hasMatch() && named.size() < 120)
                out.committee = named;
        }
        const QStringList segments = t.split(RX(QStringLiteral("\\s+[–—-]\\s+|\\s{2,}")), Qt::SkipEmptyParts);
        for (const QString& segRaw : segments) {
            const QString seg = segRaw.trimmed();
            QString span;
            const QDate d = BritishDate::find(seg, &span);
            if (d.isValid()) {
                if (!out.date.isValid())
                    out.date = d;
                if (!out.time.isValid())
                    out.time = BritishDate::findTime(seg);
                if (out.venue.isEmpty())
                    if (const auto m = heldAt.match(seg); m.hasMatch() &&
                                                          !BritishDate::find(m.captured(1)).isValid() &&
                                                          !BritishDate::findTime(m.captured(1)).isValid())
                        out.venue = clean(m.captured(1));
                // "… at 7.00 pm in the Council Chamber, County Hall"
                static const RX afterTime(
                    QStringLiteral(
                        "(?:\\d{1,2}[.:]\\d{2}\\s*(?:[ap]\\.?m\\.?)?|\\d{1,2}\\s*[ap]\\.?m\\.?|noon)"
                        "\\s*,?\\s+(?:at|in)\\s+(?:the\\s+)?(.+?)\\.?$"),
                    CI);
                if (out.venue.isEmpty())
                    if (const auto m = afterTime.match(seg);
                        m.hasMatch() && !BritishDate::find(m.captured(1)).isValid())
                        out.venue = clean(m.captured(1));
                continue;
            }
            if (BritishDate::findTime(seg).isValid() && seg.size() < 12) {
                if (!out.time.isValid())
                    out.time = BritishDate::findTime(seg);
                continue;
            }
            if (out.council.isEmpty())
                if (const auto m = councilRx.match(seg); m.hasMatch() && !committeeRx.match(seg).hasMatch()) {
                    out.council = clean(m.captured(1));
                    continue;
                }
            if (out.committee.isEmpty() && committeeRx.match(seg).hasMatch() && seg.size() < 120 &&
                !seg.startsWith(QLatin1String("Minutes"), Qt::CaseInsensitive) &&
                !seg.startsWith(QLatin1String("Agenda"), Qt::CaseInsensitive)) {
                out.committee = clean(seg);
                continue;
            }
            // The segment after the date and time on a title line is the venue ("… – 18:30 – Committee Room
            // 2, Town Hall").
            if (out.venue.isEmpty() && out.date.isValid() && segments.size() > 1 &&
                segRaw == segments.last() &&
                (seg.contains(QLatin1String("Room"), Qt::CaseInsensitive) ||
                 seg.contains(QLatin1String("Hall"), Qt::CaseInsensitive) ||
                 seg.contains(QLatin1String("Centre"), Qt::CaseInsensitive) ||
                 seg.contains(QLatin1String("Chamber"), Qt::CaseInsensitive) ||
                 seg.contains(QLatin1String("House"), Qt::CaseInsensitive) || seg.contains(QLatin1Char(','))))
                out.venue = seg;
        }
    }
}

void parseAttendance(const QList<Line>& lines, int headerEnd, ParsedMinutes& out)
{
    static const RX presentRx(
        QStringLiteral("^(?:Present|Members present|Councillors present)\\s*:?\\s*(.*)$"), CI);
    static const RX stopRx(
        QStringLiteral(
            "^(Also present|Also in attendance|In attendance|Officers|Apologies|Absent|Substitute)"),
        CI);
    static const RX apologiesHead(QStringLiteral("^Apologies(?: for absence)?\\s*(?::\\s*(.*)|$)"), CI);
    auto collect = [&](int i, const QString& first, QStringList& into) {
        QString text = first;
        QStringList perLine; // names one to a line under a heading of their own
        bool oneToALine = clean(first).isEmpty();
        int j = i + 1;
        while (j < headerEnd && !stopRx.match(lines.at(j).text).hasMatch() &&
               !presentRx.match(lines.at(j).text).hasMatch() &&
               !(lines.at(j).para &&
                 !lines.at(j).text.startsWith(QLatin1String("Councillor"), Qt::CaseInsensitive) &&
                 !text.isEmpty())) {
            text += QLatin1Char(' ') + lines.at(j).text;
            perLine << clean(lines.at(j).text);
            oneToALine = oneToALine && !perLine.last().contains(QLatin1Char(',')) &&
                         !perLine.last().contains(QLatin1String(" and ")) && perLine.last().size() < 70;
            ++j;
        }
        if (oneToALine && perLine.size() > 1)
            into << perLine;
        else
            into << splitNames(text);
        const SourceRegion where = regionOf(lines, i, j - 1);
        if (!out.attendanceRegion.isValid())
            out.attendanceRegion = where;
        else if (where.page == out.attendanceRegion.page)
            out.attendanceRegion.box = out.attendanceRegion.box.united(where.box);
    };
    for (int i = 0; i < headerEnd; ++i) {
        const QString t = lines.at(i).text;
        if (const auto m = presentRx.match(t); m.hasMatch())
            collect(i, m.captured(1), out.present);
        else if (const auto a = apologiesHead.match(t); a.hasMatch())
            collect(i, a.captured(1), out.apologies);
    }
}

void apologiesInText(const QString& text, QStringList& into)
{
    static const RX rx(QStringLiteral("(?:Apologies|An apology)(?: for (?:absence|lateness))?(?: were| was| "
                                      "had been| have been)?(?: also)? "
                                      "(?:received|submitted|given|tendered|sent|offered)"
                                      "(?: on behalf of| from| by)\\s+(.+?)(?:\\.(?:\\s|$)|;|$)"),
                       CI);
    for (auto it = rx.globalMatch(clean(text)); it.hasNext();) {
        QString names = it.next().captured(1);
        static const RX tail(QStringLiteral("\\s*(?:,\\s*)?\\b(?:who|with|for|and (?:Councillor \\w+ "
                                            ")?(?:attended|was) as substitute)\\b.*$"),
                             CI);
        names.remove(tail);
        for (const QString& n : splitNames(names))
            if (!into.contains(n))
                into << n;
    }
}

} // namespace

// Declarations of interest.
#define DECL_TITLE "(?:Councillors?|Cllrs?\\.?|Mr|Mrs|Ms|Miss|Dr|Professor|Rev(?:erend|\\.)?)"
#define DECL_ONE "(?:" DECL_TITLE "\\s+)?[A-Z][\\w'’.-]*(?:\\s+[A-Z][\\w'’-]*){0,3}"
#define DECL_NAMES DECL_ONE "(?:(?:\\s*,\\s*|\\s+and\\s+|\\s*&\\s*)" DECL_ONE ")*(?:\\s*\\([^)]*\\))?"
#define DECL_KIND                                                                                            \
    "(?i:((?:(?:an?|and|or|personal|prejudicial|disclosable|pecuniary|non-pecuniary|non-disclosable|"        \
    "other|registrable|registerable|non-registrable|non-registerable|significant|private|financial|"         \
    "non-financial|business|family)[\\s,]+)*)interests?)"
#define DECL_REST "(.*?)(?=\\.(?:\\s+[A-Z(]|\\s*$)|;|$)"

namespace {

const RX& declItemRef()
{
    static const RX r(QStringLiteral("\\b(?:agenda\\s+)?(?:item|minute)s?\\s+(?:No\\.?\\s*)?(" NUMBER ")\\b"),
                      CI);
    return r;
}

// "the personal and prejudicial" -> "personal and prejudicial"
QString declKind(QString kind)
{
    kind = clean(kind);
    static const RX article(QStringLiteral("^(?:an?|the)\\s+|[,\\s]+$"), CI);
    for (int n = 0; n < 3; ++n)
        kind.remove(article);
    static const RX lastArticle(QStringLiteral("^.*\\b(?:an?)\\s+"), CI);
    kind.remove(lastArticle);
    return kind.toLower();
}

QStringList declMembers(QString names)
{
    names = clean(names);
    names.remove(RX(QStringLiteral("\\s*\\([^)]*\\)$")));
    // Words before a title are the sentence, not the name ("Later Councillor Smith").
    static const RX title(QStringLiteral("\\b" DECL_TITLE "\\s"));
    if (const auto m = title.match(names); m.hasMatch())
        names = names.mid(m.capturedStart());
    static const RX opening(
        QStringLiteral("^(?:At|Later|Also|Then|During|Here|However|Before|After|Next|Finally|Both)\\s+"));
    names.remove(opening);
    return splitNames(names);
}

// What follows "interest": the item it concerns and what the interest is.
void declRest(QString rest, ParsedDeclaration& d)
{
    rest = clean(rest);
    if (const auto m = declItemRef().match(rest); m.hasMatch())
        d.itemNumber = MinuteNumber::normalised(m.captured(1));
    static const RX lead(
        QStringLiteral(
            "^(?:(?:in|on|under|at)\\s+(?:relation\\s+to\\s+|respect\\s+of\\s+)?|relating\\s+to\\s+)?"
            "(?:agenda\\s+)?(?:item|minute)s?\\s+(?:No\\.?\\s*)?(?:" NUMBER
            ")\\b(?:\\s*\\([^)]*\\))?[\\s,:–-]*"),
        CI);
    rest.remove(lead);
    while (rest.startsWith(QLatin1Char(',')) || rest.startsWith(QLatin1Char(':')))
        rest = rest.mid(1).trimmed();
    while (rest.endsWith(QLatin1Char('.')))
        rest.chop(1);
    d.nature = rest.trimmed();
}

bool addDeclaration(QList<ParsedDeclaration>& out, const ParsedDeclaration& d)
{
    if (d.member.isEmpty())
        return false;
    for (const ParsedDeclaration& e : out)
        if (e.member.compare(d.member, Qt::CaseInsensitive) == 0 && e.itemNumber == d.itemNumber &&
            e.kind == d.kind && e.nature == d.nature)
            return false;
    out << d;
    return true;
}

// Sentences: "Councillor X declared a personal interest in item 7 as …", "X indicated a personal
// interest as a …", "A personal interest was declared by Councillor X …". True when one was found.
bool declarationSentences(const QString& text, const SourceRegion& where, QList<ParsedDeclaration>& out)
{
    static const RX active(QStringLiteral(
        "(" DECL_NAMES ")\\s*,?\\s+(?:(?:also|both|each|then)\\s+)?"
        "(?i:declared|indicated|disclosed|registered|reported|made|gave\\s+notice\\s+of|advised(?:\\s+the\\s+"
        "\\w+)?(?:\\s+of)?)\\s+(?i:(?:a\\s+)?declarations?\\s+of\\s+)?(?i:that\\s+(?:s?he|they|it)\\s+(?:had|"
        "has|"
        "held|have)\\s+)?" DECL_KIND "\\b" DECL_REST));
    static const RX passive(QStringLiteral(
        "(?<![\\w-])" DECL_KIND "\\s+(?i:was|were|had\\s+been|has\\s+been)\\s+(?i:declared|disclosed|"
        "indicated|registered)\\s+by\\s+(" DECL_NAMES ")" DECL_REST));
    bool found = false;
    const QString t = clean(text);
    // The two sentence shapes differ only in where the names and the kind stand.
    const auto take = [&](const RX& rx, int namesGroup, int kindGroup) {
        for (auto it = rx.globalMatch(t); it.hasNext();) {
            const auto m = it.next();
            ParsedDeclaration d;
            d.kind = declKind(m.captured(kindGroup));
            declRest(m.captured(3), d);
            d.page = where.page;
            d.region = where;
            for (const QString& who : declMembers(m.captured(namesGroup))) {
                d.member = who;
                found = addDeclaration(out, d) || found;
            }
        }
    };
    take(active, 1, 2);
    take(passive, 2, 1);
    return found;
}

// A row of a declarations list or table: "Councillor A Smith – Item 7 – Personal – foster carer".
void declarationRow(QString row, const SourceRegion& where, QList<ParsedDeclaration>& out)
{
    static const RX bullet(QStringLiteral("^(?:[•·*▪◦-]|\\(?[a-z0-9]{1,2}[.)])\\s+"));
    row.replace(QChar(0xa0), QLatin1Char(' '));
    row = row.trimmed().remove(bullet);
    static const RX cut(QStringLiteral("\\s{2,}|\\t|\\s+[–—-]\\s+|\\s*\\|\\s*|:\\s+"));
    QStringList cells = row.split(cut, Qt::SkipEmptyParts);
    for (QString& c : cells)
        c = clean(c);
    cells.removeAll(QString());
    if (cells.size() < 2)
        return;
    static const RX name(
        QStringLiteral("^(?:" DECL_TITLE "\\s+[A-Z]|[A-Z][\\w'’.-]*(?:\\s+[A-Z][\\w'’-]*){1,3}$)"));
    static const RX header(
        QStringLiteral("^(?:Members?|Names?|Councillors?|Interests?|Declarations?)(?:\\s+\\w+)?$"), CI);
    if (!name.match(cells.first()).hasMatch() || header.match(cells.first()).hasMatch())
        return;
    static const RX kindRx(QStringLiteral("^" DECL_KIND "$"));
    static const RX interestWord(QStringLiteral("\\s*interests?$"), CI);
    static const RX kindWord(QStringLiteral("personal|prejudicial|pecuniary|registrable|registerable|"
                                            "disclosable|^other\\b"),
                             CI);
    static const RX itemCell(
        QStringLiteral("^(?:(?:agenda\\s+)?(?:item|minute)\\s+(?:No\\.?\\s*)?)?(" NUMBER ")$"), CI);
    ParsedDeclaration d;
    d.page = where.page;
    d.region = where;
    QStringList nature;
    for (int c = 1; c < cells.size(); ++c) {
        const QString cell = cells.at(c);
        if (const auto m = itemCell.match(cell); m.hasMatch() && d.itemNumber.isEmpty()) {
            d.itemNumber = MinuteNumber::normalised(m.captured(1));
        } else if (d.kind.isEmpty() && kindWord.match(cell).hasMatch() &&
                   kindRx.match(QString(cell).remove(interestWord) + QStringLiteral(" interest"))
                       .hasMatch()) {
            d.kind = declKind(QString(cell).remove(interestWord));
        } else {
            if (d.itemNumber.isEmpty())
                if (const auto m = declItemRef().match(cell); m.hasMatch())
                    d.itemNumber = MinuteNumber::normalised(m.captured(1));
            nature << cell;
        }
    }
    // A row with neither a kind nor an item is not a declaration ("Councillor Smith: None").
    if (d.kind.isEmpty() && d.itemNumber.isEmpty())
        return;
    ParsedDeclaration rest;
    declRest(nature.join(QStringLiteral("; ")), rest);
    d.nature = rest.nature;
    for (const QString& who : declMembers(cells.first())) {
        d.member = who;
        addDeclaration(out, d);
    }
}

// The declarations in lines [from, to): sentences anywhere; rows of a list or table where `list`
// (the body of a "Declarations of interest" item).
void findDeclarations(const QList<Line>& lines, int from, int to, bool list, QList<ParsedDeclaration>& out)
{
    int i = from;
    while (i < to) {
        int j = i + 1;
        while (j < to && !lines.at(j).para && lines.at(j).page == lines.at(i).page)
            ++j;
        QString paragraph;
        for (int k = i; k < j; ++k)
            paragraph += lines.at(k).text + QLatin1Char(' ');
        if (!declarationSentences(paragraph, regionOf(lines, i, j - 1), out) && list) {
            // One row a line; a line starting in lower case continues the row before it.
            int r = i;
            while (r < j) {
                int s = r + 1;
                while (s < j && !lines.at(s).text.isEmpty() && lines.at(s).text.at(0).isLower())
                    ++s;
                QString row = lines.at(r).text;
                for (int k = r + 1; k < s; ++k)
                    row += QLatin1Char(' ') + lines.at(k).text;
                declarationRow(row, regionOf(lines, r, s - 1), out);
                r = s;
            }
        }
        i = j;
    }
}

} // namespace

namespace MinutesParser {

ParsedMinutes parse(const SourceDocument& doc)
{
    ParsedMinutes out;
    QList<Line> lines;
    for (const SourceLine& l : doc.lines) {
        const QString t = clean(l.text);
        if (!t.isEmpty())
            lines.append(
                {l.text.trimmed().replace(QChar(0xa0), QLatin1Char(' ')), l.page, l.paragraphStart, &l});
    }
    // Item starts.
    QList<ItemStart> starts;
    int lastNumber = -1;
    for (int i = 0; i < lines.size(); ++i) {
        if (!starts.isEmpty() && i < starts.last().bodyStart)
            continue;
        if (auto s = itemAt(lines, i, lastNumber)) {
            starts.append(*s);
            lastNumber = numericPart(s->number);
        }
    }
    if (starts.isEmpty()) {
        // A single agenda-item page: its title is the first upper-case line after "Agenda item", else the
        // first upper-case line.
        for (int i = 0; i < lines.size(); ++i) {
            const QString t = lines.at(i).text;
            if (upperShare(t) >= 0.8 && t.size() > 8 &&
                !t.startsWith(QLatin1String("Agenda item"), Qt::CaseInsensitive) && !isResolvedStart(t)) {
                int next = i + 1;
                QString title = t;
                while (next < lines.size() && upperShare(lines.at(next).text) >= 0.8 &&
                       !lines.at(next).para && !isResolvedStart(lines.at(next).text) &&
                       !lines.at(next).text.startsWith(QLatin1Char('('))) {
                    title += QLatin1Char(' ') + lines.at(next).text;
                    ++next;
                }
                starts.append({i, next, QString(), title});
                break;
            }
        }
        out.warnings << QCoreApplication::translate(
            "MinutesParser", "No numbered agenda items were found; the document was read as a single item.");
    }
    const int headerEnd = starts.isEmpty() ? int(lines.size()) : starts.first().line;
    parseHeader(lines, headerEnd, out);
    parseAttendance(lines, headerEnd, out);
    for (int k = 0; k < starts.size(); ++k) {
        const ItemStart& s = starts.at(k);
        ParsedItem item;
        item.number = MinuteNumber::normalised(s.number);
        item.title = stripWebFurniture(s.title);
        item.page = lines.at(s.line).page;
        item.region = regionOf(lines, s.line, s.bodyStart - 1);
        const int end = k + 1 < starts.size() ? starts.at(k + 1).line : int(lines.size());
        parseBody(lines, s.bodyStart, end, item);
        for (auto& a : item.actions)
            if (a.page == 0)
                a.page = item.page;
        static const RX declarationsTitle(QStringLiteral("\\bdeclarations?\\b|\\binterests\\b"), CI);
        findDeclarations(lines, s.bodyStart, end, declarationsTitle.match(item.title).hasMatch(),
                         out.declarations);
        out.items.append(item);
    }
    findDeclarations(lines, 0, headerEnd, false, out.declarations);
    // Apologies are minuted in the heading or, usually, in the first item.
    {
        QString header;
        for (int i = 0; i < headerEnd; ++i)
            header += lines.at(i).text + QLatin1Char(' ');
        apologiesInText(header, out.apologies);
    }
    for (int k = 0; k < qMin(3, int(out.items.size())); ++k)
        apologiesInText(out.items.at(k).text, out.apologies);
    if (!out.date.isValid() && !out.items.isEmpty())
        out.warnings << QCoreApplication::translate("MinutesParser",
                                                    "The date of the meeting was not found in the heading.");
    return out;
}

} // namespace MinutesParser

QJsonObject MinutesParser::toJson(const ParsedMinutes& m)
{
    // Every field named, so that a new one cannot be forgotten here; where things were printed is
    // for the review dialog, not the contract.
    const auto& [council, committee, venue, contact, date, time, present, apologies, headerRegion,
                 attendanceRegion, items, warnings, declarations, draft, headerCertainty,
                 attendanceCertainty] = m;
    Q_UNUSED(headerRegion);
    Q_UNUSED(draft);
    Q_UNUSED(headerCertainty);
    Q_UNUSED(attendanceCertainty);
    Q_UNUSED(attendanceRegion);
    auto orNull = [](const QString& s) { return s.isEmpty() ? QJsonValue() : QJsonValue(s); };
    QJsonObject meeting{
        {QStringLiteral("council"), orNull(council)},
        {QStringLiteral("committee"), orNull(committee)},
        {QStringLiteral("date"), date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue()},
        {QStringLiteral("time"),
         time.isValid() ? QJsonValue(time.toString(QStringLiteral("HH:mm"))) : QJsonValue()},
        {QStringLiteral("venue"), orNull(venue)},
        {QStringLiteral("contact"), orNull(contact)}};
    QJsonArray itemsJson;
    for (const ParsedItem& i : items) {
        QJsonArray actionsJson, suggestedJson;
        for (const ParsedAction& a : i.actions)
            actionsJson.append(
                QJsonObject{{QStringLiteral("text"), a.text},
                            {QStringLiteral("owner"), a.owner},
                            {QStringLiteral("due"),
                             a.due.isValid() ? QJsonValue(a.due.toString(Qt::ISODate)) : QJsonValue()},
                            {QStringLiteral("page"), a.page}});
        for (const ParsedAction& a : i.suggestedActions)
            suggestedJson.append(
                QJsonObject{{QStringLiteral("text"), a.text}, {QStringLiteral("owner"), orNull(a.owner)}});
        itemsJson.append(
            QJsonObject{{QStringLiteral("number"), orNull(i.number)},
                        {QStringLiteral("title"), i.title},
                        {QStringLiteral("page"), i.page},
                        {QStringLiteral("report_refs"), QJsonArray::fromStringList(i.reportRefs)},
                        {QStringLiteral("resolutions"), QJsonArray::fromStringList(i.resolutions)},
                        {QStringLiteral("actions"), actionsJson},
                        {QStringLiteral("suggested_actions"), suggestedJson}});
    }
    // Not in the contract's list of keys; extra keys are allowed there.
    QJsonArray declarationsJson;
    for (const ParsedDeclaration& d : declarations)
        declarationsJson.append(QJsonObject{{QStringLiteral("member"), d.member},
                                            {QStringLiteral("interest"), orNull(d.kind)},
                                            {QStringLiteral("nature"), orNull(d.nature)},
                                            {QStringLiteral("item"), orNull(d.itemNumber)},
                                            {QStringLiteral("page"), d.page}});
    return QJsonObject{{QStringLiteral("meeting"), meeting},
                       {QStringLiteral("declarations"), declarationsJson},
                       {QStringLiteral("present"), QJsonArray::fromStringList(present)},
                       {QStringLiteral("apologies"), QJsonArray::fromStringList(apologies)},
                       {QStringLiteral("items"), itemsJson},
                       {QStringLiteral("warnings"), QJsonArray::fromStringList(warnings)}};
}
