#include "HeaderReader.h"

#include "core/BritishDate.h"

#include <QHash>
#include <QSet>
#include <algorithm>
#include <optional>

namespace MinutesReading {

namespace {

// The parts of a heading line: set apart by a dash between spaces, or by a run of spaces.
const RX& headingSegments()
{
    static const RX rx(QStringLiteral("\\s+[–—-]\\s+|\\s{2,}"));
    return rx;
}

// A place, as a heading line names it ("Sutton Coldfield Town Hall", "Committee Room 2, Civic Centre").
bool looksLikePlace(const QString& t)
{
    static const RX place(
        QStringLiteral("\\b(?:Hall|Rooms?|Chambers?|Centre|Center|House|Offices?|Library|Pavilion|"
                       "Institute|Church|School|Guildhall|Building|Zoom|Teams|virtual|remote|"
                       "Neuadd|Siambr|Ystafell|Canolfan)\\b"),
        CI);
    return place.match(t).hasMatch();
}

// "… held in Public", "in private": how the meeting was held, not where.
bool notAPlace(const QString& t)
{
    static const RX rx(
        QStringLiteral("^(?:the\\s+)?(?:public|private|person|camera|closed\\s+session|open\\s+session)\\b"),
        CI);
    return rx.match(t.trimmed()).hasMatch();
}

// The short heading lines at the top ("Amenities, Leisure and Community Services" / "Tuesday 13th
// March 2018" / "Sutton Coldfield Town Hall"): where the header names no committee in words, the
// line before the date names it, and a place after the date is the venue.
void headingLines(const QList<Line>& lines, int from, int stop, ParsedMinutes& out)
{
    int dateLine = -1;
    for (int i = from; i < stop && dateLine < 0; ++i)
        if (BritishDate::find(lines.at(i).text).isValid() && lines.at(i).text.size() < 90)
            dateLine = i;
    if (dateLine < 0)
        return;
    static const RX notName(QStringLiteral("^(?:(?:Draft\\s+)?Minutes|Agenda|Draft|Public|Part|Item|Notes|"
                                           "Cofnodion|Rhaglen)\\b|:$|\\d{3,}"),
                            CI);
    auto usable = [&](const QString& t) {
        return t.size() >= 4 && t.size() < 90 && !notName.match(t).hasMatch() &&
               !BritishDate::find(t).isValid() && !BritishDate::findTime(t).isValid() &&
               clean(t).compare(out.council, Qt::CaseInsensitive) != 0 && !t.endsWith(QLatin1Char('.'));
    };
    // "HELD IN THE COUNCIL CHAMBERS, 14 GUM STREET" on a line of its own above or below the date.
    static const RX heldLine(QStringLiteral("^held\\s+(?:at|in)\\s+(?:the\\s+)?(.{4,120}?)[.,]?$"), CI);
    for (int i = qMax(from, dateLine - 2); i < qMin(stop, dateLine + 3) && out.venue.isEmpty(); ++i)
        if (const auto m = heldLine.match(clean(lines.at(i).text));
            m.hasMatch() && !BritishDate::find(m.captured(1)).isValid() && !notAPlace(m.captured(1)))
            out.venue = clean(m.captured(1));
    if (out.committee.isEmpty())
        for (int i = dateLine - 1; i >= qMax(from, dateLine - 3); --i)
            if (!heldLine.match(clean(lines.at(i).text)).hasMatch() && usable(lines.at(i).text) &&
                !looksLikePlace(lines.at(i).text)) {
                out.committee = clean(lines.at(i).text);
                break;
            }
    // The place under the date (of the heading, not of a running header above it).
    for (int d = dateLine; d < stop && out.venue.isEmpty(); ++d) {
        if (!BritishDate::find(lines.at(d).text).isValid() || lines.at(d).text.size() >= 90)
            continue;
        for (int i = d + 1; i < qMin(stop, d + 3); ++i)
            if (usable(lines.at(i).text) && looksLikePlace(lines.at(i).text)) {
                // "yn Siambr y Cyngor", "at the Guildhall": the place without the word before it.
                static const RX placeWord(QStringLiteral("^(?:yn|ym|yng|at|in)\\s+(?:the\\s+)?"), CI);
                out.venue = clean(lines.at(i).text).remove(placeWord);
                break;
            }
    }
}

// A cell of an attendance table that names a person ("Councillor A Bell", "P Verity (Vice-Chair)",
// "Ruth Anstey"), not a role, a council or a heading ("Leader of the Council", "Fenby District
// Council", "Member").
bool namesAPerson(QString cell)
{
    static const RX brackets(QStringLiteral("\\([^)]*\\)?"));
    cell = clean(cell.remove(brackets));
    static const RX titled(QStringLiteral(
        "^(?:(?:County|Borough|District|Town|Parish|City)\\s+)?(?:Councillor|Cllr|Mr|Mrs|Ms|Miss|Mx|Dr|Prof|"
        "Professor|Sir|Dame|Rev|Revd|Reverend|Mayor|Alderman|Alderwoman|Cyng|Cynghorydd|Lord|Lady|Baroness|"
        "Bailie|Provost)\\b\\.?\\s+[A-Z]"));
    if (titled.match(cell).hasMatch())
        return true;
    static const RX roleWord(
        QStringLiteral(
            "\\b(?:Council|Councils|Authority|Board|Officer|Director|Head|Manager|Chair|Chairman|Chairperson|"
            "Vice|Leader|Member|Members|Commissioner|Services?|Department|Clerk|Treasurer|Chief|Executive|"
            "Portfolio|Cabinet|Committee|Partnership|Network|Trust|Police|NHS|Group|University|College|"
            "School|Councillors|Representative|Partner|Deputy|Secretary|Adviser|Advisor|Lead|Team|Unit|"
            "Agency|"
            "Borough|District|County|City|Town|Parish|Name|Role|Present|Apologies|Substitute)\\b"),
        CI);
    if (roleWord.match(cell).hasMatch())
        return false;
    static const RX honours(QStringLiteral("^(?:MBE|OBE|CBE|KBE|DBE|BEM|QPM|JP|DL)$"));
    const QStringList words = cell.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    int counted = 0;
    for (const QString& w : words) {
        if (honours.match(w).hasMatch())
            continue;
        if (!w.at(0).isUpper())
            return false;
        ++counted;
    }
    return counted >= 2 && counted <= 4;
}

// "Non-Executive Director" after "Mr K Sato,": a post without a person.
bool roleOnly(const QString& n)
{
    static const RX post(
        QStringLiteral("^(?:(?:Non-)?Executive|Deputy|Assistant|Acting|Interim|Chief|Senior|Head|"
                       "Director|Officer|Manager|Secretary|Clerk|Treasurer|Adviser|Advisor|Lead)\\b"),
        CI);
    return post.match(n).hasMatch() && !namesAPerson(n);
}

// The people of an attendance block set out as a table (name and role, council and name, or
// names in three columns): the columns are where words start, after a wide gap, on most lines;
// the people are the cells of the columns that hold names. None where the block is no table.
std::optional<QStringList> namesInColumns(const QList<Line>& lines, int from, int to)
{
    if (to - from < 2)
        return std::nullopt;
    // Where words start (in 2-point steps), and whether one of them starts after a wide gap.
    QHash<int, int> starts;
    QSet<int> afterGap;
    int rows = 0;
    for (int i = from; i < to; ++i) {
        const SourceLine* s = lines.at(i).source;
        if (!s || s->words.size() < 2)
            continue;
        ++rows;
        QSet<int> here;
        for (qsizetype w = 1; w < s->words.size(); ++w) {
            const int x = qRound(s->words.at(w).x / 2);
            here.insert(x);
            if (s->words.at(w).x - s->words.at(w - 1).right > 12)
                afterGap.insert(x);
        }
        for (int x : here)
            ++starts[x];
    }
    QList<double> columns;
    for (auto it = starts.cbegin(); it != starts.cend(); ++it) {
        // The same column seen a step either side.
        const int x = it.key();
        const int seen = it.value() + starts.value(x - 1) + starts.value(x + 1);
        if (rows >= 2 && seen * 2 >= rows && seen >= 2 &&
            (afterGap.contains(x) || afterGap.contains(x - 1) || afterGap.contains(x + 1)) &&
            !(starts.value(x - 1) > it.value()) &&
            !(starts.value(x + 1) >= it.value() && starts.contains(x + 1)))
            columns << x * 2.0 - 2;
    }
    if (columns.isEmpty())
        return std::nullopt;
    std::sort(columns.begin(), columns.end());
    columns.prepend(-1);
    QList<QStringList> cells;
    for (int i = from; i < to; ++i) {
        QStringList row(columns.size());
        if (const SourceLine* s = lines.at(i).source)
            for (const SourceWord& w : s->words) {
                int c = 0;
                for (int k = 0; k < columns.size(); ++k)
                    if (w.x >= columns.at(k))
                        c = k;
                row[c] += (row.at(c).isEmpty() ? QString() : QStringLiteral(" ")) + w.text;
            }
        cells << row;
    }
    QList<bool> names(columns.size(), false);
    bool any = false;
    for (int c = 0; c < columns.size(); ++c) {
        int filled = 0, people = 0;
        for (const QStringList& row : cells)
            if (!row.at(c).isEmpty()) {
                ++filled;
                people += namesAPerson(row.at(c)) ? 1 : 0;
            }
        names[c] = filled > 0 && people * 2 >= filled && people >= 1;
        any = any || names.at(c);
    }
    if (!any)
        return std::nullopt;
    QStringList out;
    for (const QStringList& row : cells)
        for (int c = 0; c < columns.size(); ++c) {
            QString cell = clean(row.at(c));
            if (!names.at(c) || !namesAPerson(cell))
                continue;
            // "Ms A Bell, Friends of the Park": the person without what follows the comma.
            const int comma = int(cell.indexOf(QLatin1String(", ")));
            if (comma > 0 && !cell.left(comma).contains(QLatin1Char('(')) && namesAPerson(cell.left(comma)))
                cell = cell.left(comma);
            while (cell.endsWith(QLatin1Char(';')) || cell.endsWith(QLatin1Char(',')))
                cell.chop(1);
            static const RX welshArticle(QStringLiteral("^Y\\s+(?=Cynghorydd\\b|Cyng\\b)"));
            cell.remove(welshArticle);
            out << cell;
        }
    return out;
}

} // namespace

bool isAttendanceLabel(const QString& text)
{
    static const RX label(
        QStringLiteral("^(?:Present|Members present|Councillors present|Also present|"
                       "In attendance|Attendance|Apologies|Regrets|Absent|Sederunt|Yn bresennol|"
                       "Presennol|Hefyd yn bresennol|Ymddiheuriadau|Cynghorwyr)\\b"),
        CI);
    return label.match(text).hasMatch();
}

void readHeader(const QList<Line>& lines, int to, ParsedMinutes& out)
{
    static const RX councilRx(
        QStringLiteral(
            "((?:London Borough of|Royal Borough of|City of|Township of|Town of|Municipality of|Shire "
            "of|Village of|Region "
            "of)\\s+\\p{L}[\\p{L}\\d_'’-]+(?:\\s+\\p{L}[\\p{L}\\d_'’-]+)*(?:\\s+Council)?|"
            "\\p{L}[\\p{L}\\d_'’-]+(?:\\s+\\p{L}[\\p{L}\\d_'’-]+){0,4}\\s+(?:Borough|County|City|District|"
            "Metropolitan Borough|Town|Parish)?\\s*Council|"
            // An NHS trust is the body its board belongs to.
            "\\p{L}[\\p{L}\\d_'’-]+(?:\\s+\\p{L}[\\p{L}\\d_'’-]+){0,5}\\s+NHS\\s+(?:Foundation\\s+)?Trust)"
            "\\b"),
        CI);
    static const RX committeeRx(QStringLiteral("\\b(Committee|Board|Panel|Sub-Committee|Forum|Cabinet|"
                                               "Executive|Commission|Working\\s+Group|Working\\s+Party|"
                                               "Steering\\s+Group|Pwyllgor|Is-bwyllgor|Bwrdd)\\b"),
                                CI);
    static const RX venueRx(QStringLiteral("^(?:Venue|Place|Location|Where)\\s*:\\s*(.+)$"), CI);
    static const RX contactRx(
        QStringLiteral("^(?:Contact(?: officer)?|Clerk|Democratic Services Officer)\\s*:\\s*(.+)$"), CI);
    static const RX phone(QStringLiteral("\\s*(\\(?0\\d{2,4}\\)?[\\s\\d]{6,}|\\S+@\\S+|Tel\\.?.*)$"), CI);
    static const RX heldAt(QStringLiteral("\\bheld\\s+(?:at|in)\\s+(.+?)(?:\\s+on\\b|$)"), CI);
    // "Date of next meeting: 6 March 2025" is not the meeting's date.
    static const RX nextMeeting(QStringLiteral("\\bnext\\s+meeting\\b|\\bfuture\\s+meetings?\\b"), CI);
    // In an agenda pack the minutes' own heading is the last one before the first item: start
    // from the last line that carries a date, a few lines above it.
    int from = 0;
    int dated = -1;
    for (int i = 0; i < to; ++i) {
        // The heading's date comes before its attendance: a date in the notes under the list of
        // those present ("site visits on 10 October") is not the meeting's.
        if (dated >= 0 && isAttendanceLabel(lines.at(i).text))
            break;
        if (BritishDate::find(lines.at(i).text).isValid() &&
            !lines.at(i).text.startsWith(QLatin1String("Apologies"), Qt::CaseInsensitive) &&
            !nextMeeting.match(lines.at(i).text).hasMatch()) {
            from = qMax(0, i - 3);
            dated = i;
        }
    }
    // A date over two lines ("… on 10th February," / "2025 at 5.00 pm."): the lines read together.
    if (dated < 0)
        for (int i = 0; i + 1 < qMin(to, 40); ++i) {
            const QString both = lines.at(i).text + QLatin1Char(' ') + lines.at(i + 1).text;
            if (lines.at(i + 1).page == lines.at(i).page && BritishDate::find(both).isValid() &&
                !nextMeeting.match(both).hasMatch()) {
                out.date = BritishDate::find(both);
                out.time = BritishDate::findTime(both);
                from = qMax(0, i - 3);
                break;
            }
        }
    if (dated >= 0) {
        // The heading's lines are on the page of its date.
        while (from < dated && lines.at(from).page != lines.at(dated).page)
            ++from;
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
            // Not from a job title ("Kieran Blair, Director of Children's Services, Severnmoor Council").
            if (const auto m = councilRx.match(t); m.hasMatch() && !committeeRx.match(t).hasMatch() &&
                                                   t.size() < 80 &&
                                                   !t.left(m.capturedStart(1)).contains(QLatin1Char(',')))
                out.council = clean(m.captured(1));
    }
    // The header ends where the attendance starts: names and what follows them are not the header.
    int stop = to;
    for (int i = from; i < to && stop == to; ++i)
        if (isAttendanceLabel(lines.at(i).text))
            stop = i;
    // The opening sentence: "MINUTES of a meeting of the County Council held in the Council Chamber,
    // County Hall on Thursday, 19 December 2024" (over several lines).
    for (int i = from; i < stop; ++i) {
        static const RX opening(
            QStringLiteral("^(?:At\\s+)?(?:(?:Draft\\s+)?Minutes?|A meeting|Meeting|The meeting)\\s+of\\b"),
            CI);
        if (!opening.match(lines.at(i).text).hasMatch())
            continue;
        QString sentence = lines.at(i).text;
        for (int k = i + 1; k < qMin(stop, i + 4) && !lines.at(k).para; ++k)
            sentence += QLatin1Char(' ') + lines.at(k).text;
        sentence = clean(sentence);
        // "… on Tuesday, 3" / "December 2024, commencing at 10.00 am.": the time in the sentence.
        if (!out.time.isValid())
            out.time = BritishDate::findTime(sentence);
        static const RX meetingOf(
            QStringLiteral("\\bmeeting\\s+of\\s+(?:the\\s+)?(.+?)\\s+(?:held|on|at|in)\\b"), CI);
        if (const auto m = meetingOf.match(sentence); m.hasMatch() && out.committee.isEmpty()) {
            const QString named = clean(m.captured(1));
            static const RX body(QStringLiteral("\\b(?:Council|Committee|Board|Panel|Cabinet|Executive|Forum|"
                                                "Commission|Group|Partnership)\\b"),
                                 CI);
            if (body.match(named).hasMatch() && named.size() < 120 &&
                !named.contains(QLatin1String(" held ")))
                out.committee = named;
        }
        static const RX heldIn(
            QStringLiteral("\\bheld\\s+(?:at|in|on)\\s+(?:the\\s+)?(.+?)(?:,?\\s+on\\s+"
                           "|,?\\s+at\\s+\\d|,?\\s+commencing\\b|,?\\s+starting\\b|\\.?$)"),
            CI);
        if (const auto m = heldIn.match(sentence); m.hasMatch() && out.venue.isEmpty()) {
            const QString place = clean(m.captured(1));
            if (!BritishDate::find(place).isValid() && !BritishDate::findTime(place).isValid() &&
                place.size() < 150 && !notAPlace(place))
                out.venue = place;
        }
        // "… held on Monday 18 November 2024 in the Reading Room, commencing at 7.30pm": the place
        // after the date.
        static const RX afterDate(
            QStringLiteral(
                "\\bheld\\s+on\\s+[^.]{0,40}?\\b(?:19|20)\\d\\d,?\\s+(?:in|at)\\s+(?:the\\s+)?(.+?)"
                "(?:,?\\s+commencing\\b|,?\\s+starting\\b|,?\\s+(?:at|from)\\s+\\d|,?\\s+on\\s+|\\.?$)"),
            CI);
        if (const auto m = afterDate.match(sentence); m.hasMatch() && out.venue.isEmpty()) {
            const QString place = clean(m.captured(1));
            if (!BritishDate::find(place).isValid() && !BritishDate::findTime(place).isValid() &&
                place.size() < 150 && !notAPlace(place))
                out.venue = place;
        }
        // "… held on Monday 3 June 2024 at 7.30pm in the Village Hall"
        static const RX afterTime(
            QStringLiteral("(?:\\d{1,2}[.:]\\d{2}\\s*(?:[ap]\\.?m\\.?)?|\\d{1,2}\\s*[ap]\\.?m\\.?)"
                           "\\s*,?\\s+(?:at|in)\\s+(?:the\\s+)?([^.]+?)\\.?$"),
            CI);
        if (const auto m = afterTime.match(sentence);
            m.hasMatch() && out.venue.isEmpty() && !BritishDate::find(m.captured(1)).isValid())
            out.venue = clean(m.captured(1));
        // "Minutes of the Parish Council meeting, Monday 3 February 2025, 7.30pm, Thornby Village Hall":
        // the place after the date and time, set off by commas.
        static const RX afterComma(
            QStringLiteral("(?:\\d{1,2}[.:]\\d{2}\\s*(?:[ap]\\.?m\\.?)?|\\d{1,2}\\s*[ap]\\.?m\\.?)\\s*,\\s*"
                           "([^,.]{3,80}(?:,[^,.]{3,60})?)\\.?$"),
            CI);
        if (const auto m = afterComma.match(sentence); m.hasMatch() && out.venue.isEmpty() &&
                                                       looksLikePlace(m.captured(1)) &&
                                                       !BritishDate::find(m.captured(1)).isValid())
            out.venue = clean(m.captured(1));
        // The next opening sentence may name the venue the first did not (a cover page's, then the
        // minutes' own).
        if (!out.venue.isEmpty())
            break;
    }
    for (int i = from; i < to; ++i) {
        const QString t = lines.at(i).text;
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
        if (i >= stop || t.startsWith(QLatin1String("Councillor"), Qt::CaseInsensitive))
            continue;
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
            QString named = clean(minutesOf.match(heading).captured(1));
            // "Minutes of the Full Council Meeting held on …": the whole council meeting as a body.
            static const RX fullCouncil(
                QStringLiteral("^(Full\\s+(?:Town\\s+|Parish\\s+)?Council)(?:\\s+Meeting)?$"), CI);
            if (const auto f = fullCouncil.match(named); f.hasMatch())
                out.committee = f.captured(1);
            else if (committeeRx.match(named).hasMatch() && named.size() < 120)
                out.committee = named;
        }
        const QStringList segments = t.split(headingSegments(), Qt::SkipEmptyParts);
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
                    if (const auto m = heldAt.match(seg); m.hasMatch() && !notAPlace(m.captured(1)) &&
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
                        m.hasMatch() && !BritishDate::find(m.captured(1)).isValid()) {
                        out.venue = clean(m.captured(1));
                        // "… Falcon Road," / "Wendale": the place wraps onto the next line.
                        if (out.venue.endsWith(QLatin1Char(',')) && i + 1 < stop && !lines.at(i + 1).para &&
                            lines.at(i + 1).text.size() < 40 &&
                            !BritishDate::find(lines.at(i + 1).text).isValid())
                            out.venue += QLatin1Char(' ') + clean(lines.at(i + 1).text);
                    }
                continue;
            }
            if (BritishDate::findTime(seg).isValid() && seg.size() < 12) {
                if (!out.time.isValid())
                    out.time = BritishDate::findTime(seg);
                continue;
            }
            if (out.council.isEmpty())
                if (const auto m = councilRx.match(seg);
                    m.hasMatch() && !committeeRx.match(seg).hasMatch() &&
                    !seg.left(m.capturedStart(1)).contains(QLatin1Char(','))) {
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
    if (notAPlace(out.venue))
        out.venue.clear();
    headingLines(lines, from, stop, out);
    // A body that is an authority of its own (a fire authority, a national park authority) is the
    // committee where the heading names no committee.
    // A council named only in Welsh ("CYNGOR SIR MORLAN"); a bilingual heading's English name
    // comes first where there is one.
    if (out.council.isEmpty()) {
        static const RX welshCouncil(QStringLiteral("^(Cyngor\\s+(?:Sir\\s+|Tref\\s+|Dinas\\s+|Cymuned\\s+|"
                                                    "Bwrdeistref\\s+Sirol\\s+)?\\p{L}[\\p{L}'’-]+"
                                                    "(?:\\s+\\p{L}[\\p{L}'’-]+){0,2})$"),
                                     CI);
        for (int i = from; i < stop && out.council.isEmpty(); ++i)
            if (const auto m = welshCouncil.match(clean(lines.at(i).text)); m.hasMatch())
                out.council = m.captured(1);
    }
    // Where a committee is named, the authority is the body it belongs to (a national park
    // authority's Planning Committee, a combined authority's Board).
    if (out.committee.isEmpty() || out.council.isEmpty()) {
        static const RX authority(QStringLiteral("^\\p{L}[\\p{L}'’ &-]{3,80}\\bAuthority$"), CI);
        bool found = false;
        for (int i = from; i < stop && !found; ++i)
            for (const QString& seg : lines.at(i).text.split(headingSegments()))
                if (authority.match(clean(seg)).hasMatch() &&
                    clean(seg).compare(out.council, Qt::CaseInsensitive) != 0 &&
                    clean(seg).compare(out.committee, Qt::CaseInsensitive) != 0 &&
                    !committeeRx.match(clean(seg)).hasMatch()) {
                    (out.committee.isEmpty() ? out.committee : out.council) = clean(seg);
                    found = true;
                    break;
                }
    }
    // "Combined Authority Board: Minutes": the body without the document's name.
    static const RX minutesWord(QStringLiteral("\\s*[:–—-]\\s*(?:Draft\\s+)?Minutes$"), CI);
    out.committee.remove(minutesWord);
    // "EDUCATION AND CHILDREN'S SERVICES COMMITTEE OF ARDMHOR COUNCIL": the committee of a council.
    static const RX ofCouncil(
        QStringLiteral(
            "^(.*\\b(?:Committee|Board|Panel|Forum|Cabinet|Sub-Committee|Executive|Commission))\\s+of\\s+"
            "(?:the\\s+)?(.+\\b(?:Council|Authority))$"),
        CI);
    if (const auto m = ofCouncil.match(out.committee); m.hasMatch()) {
        out.committee = m.captured(1).trimmed();
        if (out.council.isEmpty())
            out.council = m.captured(2).trimmed();
    }
    // "Regular Council Meeting Minutes": the document's name after the meeting's; "Board of Directors
    // Meeting", "Audit Committee Meeting": the body, not its meeting ("Ordinary Council Meeting" is
    // the name of the meeting of a whole council and stays).
    static const RX minutesAfter(QStringLiteral("\\s+Minutes$"), CI);
    out.committee.remove(minutesAfter);
    static const RX bodyMeeting(
        QStringLiteral("^(.*\\b(?:Committee|Board|Directors|Panel|Forum|Cabinet|Sub-Committee|Executive|"
                       "Commission|Group|Party|Governors|Trustees))\\s+Meeting$"),
        CI);
    if (const auto m = bodyMeeting.match(out.committee); m.hasMatch())
        out.committee = m.captured(1);
    // "CYNGOR CYMUNED PEN-Y-GARTH COMMUNITY COUNCIL": a bilingual name, Welsh words then the
    // English; the council's English name.
    static const RX bilingualName(
        QStringLiteral(
            "^Cyngor\\s+(?:(?:Sir|Tref|Cymuned|Dinas|Bwrdeistref\\s+Sirol)\\s+)?"
            "(\\S+(?:\\s+\\S+){0,2}\\s+(?:Community|Town|County|City|County\\s+Borough)\\s+Council)$"),
        CI);
    if (const auto m = bilingualName.match(out.council); m.hasMatch())
        out.council = m.captured(1);
}

void readAttendance(const QList<Line>& lines, int headerEnd, ParsedMinutes& out)
{
    static const RX presentRx(
        QStringLiteral("^(?:Present|Members present|Councillors present|Sederunt|Yn bresennol|Presennol|"
                       "Non-Councillor Members|Co-opted Members?|Lay Members?|Aelodau Lleyg|Aelod "
                       "Lleyg|Young people|Substitute Members|Voting Members|"
                       "Independent Members|Substitutes?(?=\\s*[:–-]))"
                       "(?:\\s*/\\s*(?:Present|Members "
                       "present))?(?:\\s+present)?(?:\\s+were)?(?:\\s+(?:in\\s+person|in\\s+the\\s+room|"
                       "virtually|remotely|online))?\\s*[:;–-]*\\s*(.*)$"),
        CI);
    static const RX stopRx(QStringLiteral("^(Also present|Also in attendance|Also(?=\\s{2,}|\\s*$)|In "
                                          "attendance|Officers|Apologies|Regrets|Absent|Substitute|"
                                          "Hefyd yn bresennol|Ymddiheuriadau|Swyddogion|Yn mynychu)"),
                           CI);
    static const RX apologiesHead(
        QStringLiteral("^(?:Apologies(?: for absence| for)?|Regrets|Ymddiheuriadau(?: am "
                       "absenoldeb)?)(?:\\s*/\\s*Apologies)?"
                       "(?:(?:\\s*[:–-])+\\s*(.*)|\\s{2,}(.+)|\\s*$)"),
        CI);
    // Any other label ("OFFICIALS IN ATTENDANCE:", "Clerk:") or a sentence about the chair ends a list.
    static const RX label(QStringLiteral("^[A-Z][\\w'’ /()-]{2,40}?\\s*:-?(?:\\s|$)"));
    static const RX titled(QStringLiteral("^(?:Councillors?|Cllrs?|Cyng|Mr|Mrs|Ms|Miss|Dr|Prof|Rev)\\b"), CI);
    static const RX chair(QStringLiteral("\\b(?:presided|in the chair)\\b"), CI);
    auto endsList = [&](const QString& t) {
        return stopRx.match(t).hasMatch() || presentRx.match(t).hasMatch() ||
               apologiesHead.match(t).hasMatch() ||
               (label.match(t).hasMatch() && !titled.match(t).hasMatch()) || chair.match(t).hasMatch();
    };
    // "… and S Quinnell. Also" / "present: Mrs A Fenner …": a label that wrapped after its first
    // word belongs to the line above, not a list of its own.
    auto wrappedLabel = [&lines](int j) {
        static const RX also(QStringLiteral("[.;]\\s+Also$"));
        const QString t = lines.at(j).text;
        return j > 0 && !t.isEmpty() && t.at(0).isLower() && also.match(lines.at(j - 1).text).hasMatch();
    };
    static const RX chairOnly(
        QStringLiteral("^(?:Chair(?:man|person)?|Convener|Cadeirydd)\\s*:\\s*((?:Councillor|Cllr|Mr|Mrs|Ms|"
                       "Miss|Dr|Prof|Mayor)\\s+[^,;]{2,60})$"));
    auto collect = [&](int i, const QString& firstText, QStringList& into) {
        // "Present:  Chair: Councillor A" — the chair named first.
        static const RX chairLabel(
            QStringLiteral("^(?:Chair(?:man|person)?|Convener|Cadeirydd)\\s*:\\s*(.+)$"), CI);
        QString first = firstText;
        if (const auto c = chairLabel.match(clean(first)); c.hasMatch())
            first = c.captured(1) + QStringLiteral(" (Chair);");
        // "With Cllr R Dandridge in the Chair there were present Cllrs – P Gunn, S Hale and T Ivory": the
        // chair, then the others under one title.
        static const RX withChair(
            QStringLiteral(
                "^With\\s+(.{3,60}?)\\s+in\\s+the\\s+Chair,?\\s+(?:there\\s+were\\s+)?(?:also\\s+)?"
                "present,?\\s*(?:were\\s*)?[:;–—-]?\\s*"),
            CI);
        if (const auto w = withChair.match(clean(first)); w.hasMatch())
            first = w.captured(1) + QStringLiteral(" (Chair), ") + clean(first).mid(w.capturedLength());
        static const RX innerTitleDash(QStringLiteral("\\b(Cllrs|Councillors)\\s*[–—-]\\s+"), CI);
        first.replace(innerTitleDash, QStringLiteral("\\1 "));
        QString text = first;
        QStringList perLine; // names one to a line under a heading of their own
        bool oneToALine = clean(first).isEmpty();
        int j = i + 1;
        // A row of a table under a complete list (the header of the minutes' table: "Item  Discussion
        // Action  By whom") is not more of it.
        auto tableRow = [&](int k, const QString& sofar) {
            const SourceLine* s = lines.at(k).source;
            if (!s || s->words.size() < 3)
                return false;
            int cells = 0;
            for (qsizetype w = 1; w < s->words.size(); ++w)
                cells += s->words.at(w).x - s->words.at(w - 1).right > qMax(12.0, s->height * 1.5) ? 1 : 0;
            static const RX open(QStringLiteral("(?:,|;|\\band|&)\\s*$"), CI);
            return cells >= 3 && !open.match(sofar).hasMatch();
        };
        while (j < headerEnd && (!endsList(lines.at(j).text) || wrappedLabel(j)) && !tableRow(j, text) &&
               !(lines.at(j).para &&
                 !lines.at(j).text.startsWith(QLatin1String("Councillor"), Qt::CaseInsensitive) &&
                 !text.isEmpty())) {
            // "Chairperson Cr Hemi Walker", "Members Cr Owen Briggs, Cr Mere Tane": a role before the
            // title of the name(s) on the line (InfoCouncil's attendance).
            static const RX roleLead(
                QStringLiteral("^((?:Deputy\\s+|Vice[- "
                               "])?(?:Chair(?:person|man|woman)?|Mayor|Convener)|Members?|Councillors)\\s+"
                               "(?=(?:Cr|Cllr|Councillor|Mayor|Mr|Mrs|Ms|Miss|Dr)\\b)"),
                CI);
            if (const auto r = roleLead.match(lines.at(j).text); r.hasMatch()) {
                static const RX many(QStringLiteral("^(?:Members?|Councillors)$"), CI);
                QString rest = lines.at(j).text.mid(r.capturedLength()).trimmed();
                if (!many.match(r.captured(1)).hasMatch() && !rest.contains(QLatin1Char(',')))
                    rest += QStringLiteral(" (") + r.captured(1) + QLatin1Char(')');
                const bool another = !clean(text).isEmpty();
                text += (another ? QStringLiteral("; ") : QStringLiteral(" ")) + rest;
                perLine << clean(rest);
                oneToALine = oneToALine && !rest.contains(QLatin1Char(',')) && rest.size() < 70;
                ++j;
                continue;
            }
            // The rest of a label that wrapped in its cell ("Apologies for" / "absence:").
            static const RX labelRest(QStringLiteral("^[a-z][a-z ]{2,30}:$"));
            if (labelRest.match(lines.at(j).text).hasMatch()) {
                ++j;
                continue;
            }
            // A line that opens with a title after a line that ended a name is another person.
            static const RX opensWithTitle(
                QStringLiteral("^(?:Councillors?|Cllrs?|Mayor|Deputy "
                               "Mayor|Mr|Mrs|Ms|Miss|Dr|Prof|(?:Y\\s+)?Cynghor(?:ydd|wyr)|"
                               "Cyng)\\b"),
                CI);
            // (Nor after a title that wrapped from its name: "…, Cllr" / "Mrs W Hocking, …".)
            static const RX runsOn(
                QStringLiteral("(?:,|;|\\band|&|\\b(?:Councillors?|Cllrs?|Cr|Mr|Mrs|Ms|Miss|Dr)\\.?)\\s*$"),
                CI);
            const bool another = opensWithTitle.match(lines.at(j).text).hasMatch() &&
                                 !runsOn.match(text).hasMatch() && !clean(text).isEmpty();
            text += (another ? QStringLiteral("; ") : QStringLiteral(" ")) + lines.at(j).text;
            perLine << clean(lines.at(j).text);
            oneToALine = oneToALine && !perLine.last().contains(QLatin1Char(',')) &&
                         !perLine.last().contains(QLatin1String(" and ")) && perLine.last().size() < 70;
            ++j;
        }
        // "Councillor A for Councillor B": the substitute is present, not the member replaced.
        static const RX replaced(QStringLiteral(
            "\\s+(?:as\\s+(?:a\\s+)?substitute\\s+)?for\\s+(?:Councillor|Cllr|Mr|Mrs|Ms|Miss|Dr)"
            "\\s+[A-Z][\\w.'’-]*(?:\\s+[A-Z][\\w'’-]*){0,3}"));
        // "… and S Quinnell. Also present: the Clerk …": a run-on list that another, of people who are
        // not members, follows in the same paragraph ends at the sentence before it.
        static const RX alsoPresent(
            QStringLiteral(
                "[.;]\\s+(?:Also\\s+present|Also\\s+in\\s+attendance|In\\s+attendance|(?:The\\s+)?Clerk|"
                "Officers?|Staff(?:\\s+present)?|Minute\\s+taker)\\s*[:–-].*$"),
            CI);
        if (const auto m = alsoPresent.match(text); m.hasMatch()) {
            text.truncate(m.capturedStart() + 1);
            if (const auto f = alsoPresent.match(first); f.hasMatch())
                first.truncate(f.capturedStart() + 1);
            perLine.clear();
        }
        if (const auto table = namesInColumns(lines, i + 1, j)) {
            // The first row beside the label is a row of the table too: its name, not its role.
            static const RX cellGap(QStringLiteral("\\s{2,}"));
            const QString firstCell = first.trimmed().section(cellGap, 0, 0);
            into << splitNames(clean(firstCell).remove(replaced)) << *table;
        } else if (oneToALine && perLine.size() > 1)
            into << perLine;
        else
            into << splitNames(text.remove(replaced));
        const SourceRegion where = regionOf(lines, i, j - 1);
        if (!out.attendanceRegion.isValid())
            out.attendanceRegion = where;
        else if (where.page == out.attendanceRegion.page)
            out.attendanceRegion.box = out.attendanceRegion.box.united(where.box);
    };
    // An attendance register: "Name | Representing | Attendance" with Present / Apologies / Absent
    // in the last column of each row (schools forums, health boards).
    for (int i = 0; i < headerEnd; ++i) {
        const SourceLine* h = lines.at(i).source;
        static const RX registerHead(QStringLiteral("^Name\\s{2,}.*\\b(?:Attendance|Attended|Status)$"), CI);
        if (!h || h->words.size() < 3 || !registerHead.match(lines.at(i).text).hasMatch())
            continue;
        const double second = h->words.at(1).x;
        static const RX status(
            QStringLiteral("\\b(Present|Apologies|Apology|Absent|In attendance|Attended)$"), CI);
        for (int k = i + 1; k < headerEnd; ++k) {
            const SourceLine* r = lines.at(k).source;
            const auto m = status.match(lines.at(k).text);
            if (!r || r->words.isEmpty())
                break;
            if (!m.hasMatch())
                continue; // a group's label row ("Schools Members")
            QStringList name;
            for (const SourceWord& w : r->words)
                if (w.x < second - 3)
                    name << w.text;
            const QString who = clean(name.join(QLatin1Char(' ')));
            const QString word = m.captured(1).toLower();
            if (who.isEmpty())
                continue;
            if (word == QLatin1String("present") || word == QLatin1String("attended"))
                out.present << who;
            else if (word.startsWith(QLatin1String("apolog")))
                out.apologies << who;
        }
        break;
    }
    for (int i = 0; i < headerEnd; ++i) {
        QString t = lines.at(i).text;
        // "… COMMITTEE. Present:- Councillor A, …": the list runs on after the heading's sentence.
        static const RX runIn(QStringLiteral("[.;]\\s+(?=(?:Present|Sederunt)\\s*:)"));
        if (const auto r = runIn.match(t); r.hasMatch() && !presentRx.match(t).hasMatch())
            t = t.mid(r.capturedEnd());
        if (wrappedLabel(i))
            continue;
        if (const auto m = presentRx.match(t); m.hasMatch())
            collect(i, m.captured(1), out.present);
        else if (const auto a = apologiesHead.match(t); a.hasMatch())
            collect(i, a.captured(1) + a.captured(2), out.apologies);
        // "Chair:  Mr R Hale" in the grid of labels above "Present:".
        else if (const auto c = chairOnly.match(t); c.hasMatch() && !out.present.contains(c.captured(1)))
            out.present << c.captured(1).trimmed() + QStringLiteral(" (Chair)");
    }
    // "Members: *Cllr A (Chair), *Cllr B, Cllr C …" over "* denotes present": the members listed,
    // those who attended marked; the others are neither present nor (by this list) apologising.
    static const RX key(QStringLiteral("(?:^|\\s|\\()\\*\\s*(?:denotes|indicates|=|-|–)?\\s*(?:present|"
                                       "attendance|in attendance|attended|attending)\\b"),
                        CI);
    static const RX starred(QStringLiteral("\\*\\s*(?:Councillors?|Cllrs?|Cr|Mayor|Mr|Mrs|Ms|Miss|Dr|Prof|"
                                           "Cyng|\\p{Lu}\\p{Ll})"));
    for (int k = 0; k < headerEnd; ++k) {
        const auto km = key.match(lines.at(k).text);
        if (!km.hasMatch())
            continue;
        // The list: the lines with marked names, up to the key (or the key's own line before it).
        QString list;
        for (int i = qMax(0, k - 6); i <= k; ++i) {
            QString t = lines.at(i).text;
            if (i == k)
                t = t.left(km.capturedStart());
            if (t.count(QLatin1Char('*')) >= 1 && starred.match(t).hasMatch())
                list += QLatin1Char(' ') + t;
            else if (!list.isEmpty() && i < k)
                list.clear(); // not one list
        }
        if (list.count(QLatin1Char('*')) < 2)
            break;
        static const RX label(QStringLiteral("^\\s*[A-Z][\\w ]{2,30}?\\s*:-?\\s*"));
        list.remove(label);
        QStringList marked;
        static const RX separators(QStringLiteral("\\s*(?:,|;|\\band\\b)\\s*"));
        for (const QString& part : list.split(separators, Qt::SkipEmptyParts)) {
            const QString p = clean(part);
            if (p.startsWith(QLatin1Char('*')) || p.endsWith(QLatin1Char('*')))
                marked << clean(QString(p).remove(QLatin1Char('*')));
        }
        if (marked.size() >= 2) {
            out.present = splitNames(marked.join(QStringLiteral(", ")));
            for (const QString& n : out.present)
                out.apologies.removeAll(n);
        }
        break;
    }
}

void apologiesInText(const QString& text, QStringList& into)
{
    // "Apologies for absence were received from …", "An apology was given by …", "The Clerk reported
    // apologies from …", "There were apologies for absence from …", "Cafwyd ymddiheuriadau gan …".
    static const RX rx(
        QStringLiteral(
            "(?:(?:Apologies|An apology)(?: for (?:absence|lateness))?(?: were| was| had been| have "
            "been)?(?: also)? "
            "(?:received|submitted|given|tendered|sent|offered|noted|reported|intimated)"
            "(?: and (?:accepted|noted|approved|agreed))?(?: on behalf of| "
            "from| by| "
            "for)|"
            "\\b(?:reported|received|noted|tendered|submitted|were|was)(?: also)? (?:an )?apolog(?:ies|y)"
            "(?: for (?:absence|lateness))?(?: on behalf of| from| for(?! (?:absence|lateness)\\b))|"
            // "That the apology received from Cr Anna Fox be accepted."
            "\\bapolog(?:y|ies)(?: for absence)? (?:received|tendered|submitted) (?:from|by)|"
            "ymddiheuriadau(?: am absenoldeb)?(?: eu derbyn)? (?:gan|oddi "
            "wrth))\\s+(.+?)(?:(?<!\\b[A-Z])\\.(?:\\s|$)|;|$)"),
        CI);
    // "Councillor A had tendered an apology for absence": the names before the verb.
    static const RX namesFirst(
        QStringLiteral(
            "(?:^|[.;]\\s+)((?:Councillors?|Cllrs?|Mr|Mrs|Ms|Miss|Dr|Mayor)\\s+[^.;]{2,120}?)\\s+(?:had\\s+|"
            "have\\s+|has\\s+)?"
            "(?:tendered|sent|given|offered|submitted)\\s+(?:an\\s+|their\\s+|his\\s+|her\\s+)?apolog"),
        CI);
    for (auto it = namesFirst.globalMatch(clean(text)); it.hasNext();)
        for (const QString& n : splitNames(it.next().captured(1)))
            if (!into.contains(n))
                into << n;
    // "… from Councillors A and B and from Councillor C": one list.
    static const RX andFrom(QStringLiteral("\\s+and\\s+from\\s+"), CI);
    for (auto it = rx.globalMatch(clean(text).replace(andFrom, QStringLiteral(" and "))); it.hasNext();) {
        QString names = it.next().captured(1);
        static const RX tail(QStringLiteral("\\s*(?:,\\s*)?\\b(?:who|with|for|due to|as|be "
                                            "(?:accepted|noted|received|approved)|and (?:Councillor \\w+ "
                                            ")?(?:attended|was) as substitute)\\b(?![^(]*\\)).*$"),
                             CI);
        // ", for whom Cllr B substituted, and Cllr C": the clause between commas is not a name.
        static const RX clause(QStringLiteral(",\\s*(?:for\\s+whom|who)\\b[^,()]*,"), CI);
        names.replace(clause, QStringLiteral(","));
        names.remove(tail);
        for (const QString& n : splitNames(names))
            if (!into.contains(n) && !roleOnly(n))
                into << n;
    }
}

bool namesList(const QString& text, QStringList& into)
{
    // A bare list under an "Apologies" heading: "Cllrs Ives, Ward and Ellis." — names with titles and
    // no verb; "None" is none.
    QString t = clean(text);
    // The list ends with its sentence; the dot of a title or an initial ("Cyng. Mair", "A. Bell") does not
    // end it.
    static const RX sentenceEnd(QStringLiteral(
        "(?<!\\bCyng)(?<!\\bCllr)(?<!\\bCllrs)(?<!\\bMr)(?<!\\bMrs)(?<!\\bMs)(?<!\\bDr)(?<!\\bRev)"
        "(?<!\\b[A-Z])\\.\\s+[A-Z].*$"));
    t.remove(sentenceEnd);
    static const RX titled(
        QStringLiteral(
            "^(?:Y\\s+)?(?:Councillors?|Cllrs?\\.?|Cyng\\.?|Cynghorwyr|Cynghorydd|Mr|Mrs|Ms|Miss|Dr)\\b"),
        CI);
    static const RX verb(QStringLiteral("\\b(?:was|were|is|are|had|has|have|received|sent|gave|reported|"
                                        "advised|noted|would|will)\\b"),
                         CI);
    if (t.size() > 400 || !titled.match(t).hasMatch() || verb.match(t).hasMatch())
        return false;
    for (const QString& n : splitNames(t))
        if (!into.contains(n))
            into << n;
    return true;
}

} // namespace MinutesReading
