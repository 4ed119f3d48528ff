#include "ItemStructure.h"

#include "core/BritishDate.h"

#include <QCoreApplication>
#include <optional>

namespace MinutesReading {

namespace {

#define NUMBER MINUTE_NUMBER

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

} // namespace

QList<ItemStart> findItems(const QList<Line>& lines, QStringList& warnings)
{
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
        warnings << QCoreApplication::translate(
            "MinutesParser", "No numbered agenda items were found; the document was read as a single item.");
    }
    return starts;
}

} // namespace MinutesReading
