#include "MinutesParser.h"

#include "DecisionReader.h"
#include "DeclarationReader.h"
#include "HeaderReader.h"
#include "ItemStructure.h"
#include "OwnerColumn.h"
#include "core/MinuteNumber.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>

using namespace MinutesReading;

namespace {

// The context of this file's strings, the same for tr() at run time and for lupdate.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(MinutesParser)
};

// The document marks the minutes as not yet approved: "DRAFT", "draft minutes", "unconfirmed",
// "subject to approval", "All minutes are draft until agreed"; or they are the minutes inside an
// agenda pack (they start after the first page, or page 1 carries the pack's "Item 153b" stamp).
bool isDraft(const QList<Line>& lines, int headerEnd, const SourceRegion& header)
{
    static const RX marked(
        QStringLiteral("^(?:draft|drafft)\\b|\\bdraft minutes\\b|\\bminutes (?:are|remain) "
                       "(?:in )?draft\\b|\\b(?:unconfirmed|unapproved) minutes\\b|\\bsubject to "
                       "(?:approval|confirmation|ratification)\\b|\\bheb eu cadarnhau\\b|"
                       "\\(draft\\)"),
        CI);
    for (int i = 0; i < lines.size(); ++i) {
        const QString& t = lines.at(i).text;
        if ((i < headerEnd + 3 || t.size() <= 160) && marked.match(t).hasMatch())
            return true;
    }
    if (header.page > 1)
        return true;
    static const RX stamp(QStringLiteral("^(?:Agenda\\s+)?Item\\s+(?:No\\.?\\s*)?\\d{1,3}[a-z]?$"), CI);
    for (int i = 0; i < qMin(3, int(lines.size())); ++i)
        if (lines.at(i).page == 1 && stamp.match(lines.at(i).text).hasMatch())
            return true;
    return false;
}

// Typographic ligatures as their letters ("ﬁgures" -> "figures"): word processors print them.
QString withoutLigatures(QString t)
{
    static const std::pair<QChar, const char*> ligatures[] = {{QChar(0xfb00), "ff"},
                                                              {QChar(0xfb01), "fi"},
                                                              {QChar(0xfb02), "fl"},
                                                              {QChar(0xfb03), "ffi"},
                                                              {QChar(0xfb04), "ffl"}};
    for (const auto& [ligature, letters] : ligatures)
        if (t.contains(ligature))
            t.replace(ligature, QLatin1String(letters));
    return t;
}

ColumnAction withoutLigatures(ColumnAction a)
{
    a.text = withoutLigatures(a.text);
    a.owner = withoutLigatures(a.owner);
    a.decision = withoutLigatures(a.decision);
    return a;
}

// Paragraphs that follow one another without a gap (Word exports, narrow columns): a line that
// ends a sentence well short of the right margin ends its paragraph, where the next line starts
// like a sentence.
void paragraphsByLayout(QList<Line>& lines)
{
    QHash<int, double> margins;
    for (const Line& l : lines)
        if (l.source && !l.source->words.isEmpty() && l.marginOwner.isEmpty())
            margins[l.page] = qMax(margins.value(l.page), l.source->words.last().right);
    for (int i = 1; i < lines.size(); ++i) {
        Line& l = lines[i];
        const Line& above = lines.at(i - 1);
        if (l.para || above.page != l.page || !above.source || above.source->words.isEmpty() ||
            !above.marginOwner.isEmpty() || l.text.isEmpty() || above.text.isEmpty())
            continue;
        const QChar end = above.text.back(), start = l.text.front();
        if (end != QLatin1Char('.') && end != QLatin1Char(':') && end != QLatin1Char('?') &&
            end != QLatin1Char('!'))
            continue;
        // (A lettered paragraph starts like one too: "b. Ms Ingram asked …".)
        static const RX lettered(QStringLiteral("^[a-z][.)]\\s+\\p{Lu}"));
        if (!start.isUpper() && !start.isDigit() && start != QLatin1Char('(') && start != QChar(0x2022) &&
            !lettered.match(l.text).hasMatch())
            continue;
        const double margin = margins.value(l.page), right = above.source->words.last().right;
        if (right < margin - qMax(60.0, (margin - above.source->x) * 0.2))
            l.para = true;
    }
}

// A table of action points at the end of the minutes whose rows name their minute ("Minute 24/031",
// "31"): each action goes to the item of that number.
void moveActionsToTheirMinutes(QList<ParsedItem>& items)
{
    auto key = [](QString n) {
        static const RX words(QStringLiteral("^(?:minute|min|item|agenda item)\\.?\\s*(?:no\\.?\\s*)?"), CI);
        n = MinuteNumber::normalised(clean(n).remove(words)).toLower();
        return n.remove(QLatin1Char(' '));
    };
    QHash<QString, int> byNumber;
    for (int k = 0; k < items.size(); ++k)
        if (!items.at(k).number.isEmpty())
            byNumber.insert(key(items.at(k).number), k);
    for (int k = 0; k < items.size(); ++k) {
        QList<ParsedAction>& actions = items[k].actions;
        for (int a = 0; a < actions.size();) {
            const int to = byNumber.value(key(actions.at(a).minuteReference), -1);
            if (actions.at(a).minuteReference.isEmpty() || to < 0 || to == k) {
                ++a;
                continue;
            }
            items[to].actions << actions.takeAt(a);
        }
    }
}

// Where the minutes end: after "The meeting closed at 5.40 pm" and the chair's signature, what
// starts on a later page (the next report of an agenda pack, its action plan) is not the minutes.
// What follows the closing on its own page (an actions table) is.
int endOfTheMinutes(const QList<Line>& lines, int from)
{
    static const RX closed(
        QStringLiteral("^(?:The\\s+)?meeting\\s+(?:ended|closed|finished|concluded|terminated)\\b"), CI);
    static const RX signature(
        QStringLiteral(
            "^(?:Chair(?:man|person)?|Convener|Cadeirydd|Signed|Date|Confirmed)\\b.{0,60}$|^[._\\s]{5,}$"),
        CI);
    for (int i = from; i < lines.size(); ++i) {
        if (!closed.match(lines.at(i).text).hasMatch())
            continue;
        int k = i + 1;
        while (k < lines.size() && lines.at(k).page == lines.at(i).page &&
               signature.match(lines.at(k).text.trimmed()).hasMatch())
            ++k;
        if (k < lines.size() && lines.at(k).page > lines.at(i).page)
            return k;
        return int(lines.size());
    }
    return int(lines.size());
}

Certainty headerCertainty(const ParsedMinutes& m)
{
    if (!m.date.isValid())
        return {0.3, Text::tr("no date of the meeting was found in the heading")};
    if (m.committee.isEmpty())
        return {0.5, Text::tr("the committee was not named in the heading")};
    return {0.9, Text::tr("the date and the committee from the heading")};
}

} // namespace

namespace MinutesParser {

void prepare()
{
    // Invented, in the shapes most minutes take: a heading with date, time and place, attendance,
    // apologies, declarations, numbered items with parts, a decision, an action and a table.
    static const char sample[] =
        "EXAMPLE BOROUGH COUNCIL\n"
        "MINUTES of a meeting of the Children's Scrutiny Committee held at the Civic Centre on "
        "Tuesday, 4 March 2025 at 7.00 pm\n\n"
        "PRESENT: Councillor A Jones (Chair), Councillors B Smith, C Brown and Mr D Green OBE\n"
        "IN ATTENDANCE: Ms E White (Director of Children's Services)\n"
        "Apologies for absence were received from Councillor F Black.\n\n"
        "12/25  DECLARATIONS OF INTEREST\n"
        "Councillor Smith declared a personal interest in item 14 as a school governor.\n\n"
        "13/25  MINUTES OF THE PREVIOUS MEETING\n"
        "RESOLVED that the minutes of the meeting held on 4 February 2025 be agreed.\n\n"
        "14/25  IMPROVEMENT PLAN UPDATE\n"
        "14.1  The Director introduced the report.\n"
        "RESOLVED: That the Committee\n"
        "(a) notes the progress made; and\n"
        "(b) asks for a further report in June.\n"
        "ACTION: Director of Children's Services to circulate the caseload figures by 1 April 2025.\n"
        "It was agreed that the item be deferred.\n\n"
        "15/25  ANY OTHER BUSINESS\n"
        "Decision:\n"
        "The Committee:\n"
        "1. agreed the work programme.\n\n"
        "ACTION POINTS\n"
        "Action    Owner    Due\n"
        "Report back    E White    June 2025\n\n"
        "The meeting ended at 8.15 pm.\n";
    parse(MinutesSource::readText(QByteArray(sample)));
}

ParsedMinutes parse(const SourceDocument& original)
{
    ParsedMinutes out;
    QList<Line> lines;
    // Minutes set out as one table with the actions in columns of their own: the discussion is
    // read as the minutes, the actions beside it as each row's.
    QHash<int, ColumnAction> columnActions;
    std::optional<SourceDocument> split;
    if (original.kind == QLatin1String("pdf")) {
        QList<SourceLine> copy = original.lines;
        if (splitActionColumns(copy, columnActions)) {
            split = original;
            split->lines = copy;
        }
    }
    const SourceDocument& doc = split ? *split : original;
    // A numbered paragraph ("3.2 The school …") starts a paragraph even without a gap above it.
    // (So does a lettered one: "b. Members asked …".)
    static const RX numberedParagraph(QStringLiteral("^(?:\\d{1,3}\\.\\d{1,3}\\s|[a-z][.)]\\s+\\p{Lu})"));
    // So does a line in another size than the line above (a heading set larger than its text).
    double previousSize = 0;
    for (qsizetype index = 0; index < doc.lines.size(); ++index) {
        const SourceLine& l = doc.lines.at(index);
        const QString t = clean(l.text);
        const double size = l.fontSize();
        const bool resized =
            size > 0 && previousSize > 0 && qMax(size, previousSize) >= qMin(size, previousSize) * 1.15;
        previousSize = size;
        if (!t.isEmpty())
            lines.append({withoutLigatures(l.text.trimmed().replace(QChar(0xa0), QLatin1Char(' '))), l.page,
                          l.paragraphStart || resized || numberedParagraph.match(t).hasMatch(), &l, QString(),
                          withoutLigatures(columnActions.value(int(index)))});
    }
    const bool pdf = doc.kind == QLatin1String("pdf");
    findOwnerColumn(lines, pdf);
    if (pdf)
        paragraphsByLayout(lines);
    // An owner at the right margin stands beside the first line of what they own: after a sentence
    // that ended, that line starts a paragraph of its own.
    for (int i = 1; i < lines.size(); ++i)
        if (!lines.at(i).marginOwner.isEmpty() && !lines.at(i).para &&
            lines.at(i - 1).page == lines.at(i).page && !lines.at(i - 1).text.isEmpty()) {
            const QChar end = lines.at(i - 1).text.back();
            if (end == QLatin1Char('.') || end == QLatin1Char(':') || end == QLatin1Char(';'))
                lines[i].para = true;
        }
    QList<ItemStart> starts = findItems(lines, pdf, out.warnings);
    // A number that opens the item's first paragraph ("2803 The Chair advised …") is not its text.
    for (const ItemStart& s : starts)
        if (s.numberPrefix > 0 && s.bodyStart < lines.size())
            lines[s.bodyStart].text = lines.at(s.bodyStart).text.mid(s.numberPrefix).trimmed();
    const int headerEnd = starts.isEmpty() ? int(lines.size()) : starts.first().line;
    const int minutesEnd =
        starts.isEmpty() ? int(lines.size()) : endOfTheMinutes(lines, starts.last().bodyStart);
    readHeader(lines, headerEnd, out);
    readAttendance(lines, headerEnd, out);
    for (int k = 0; k < starts.size(); ++k) {
        const ItemStart& s = starts.at(k);
        ParsedItem item;
        item.number = MinuteNumber::normalised(s.number);
        item.title = stripWebFurniture(s.title);
        item.page = lines.at(s.line).page;
        item.region = regionOf(lines, s.line, qMax(s.line, s.bodyStart - 1));
        item.certainty = s.certainty;
        const int end = k + 1 < starts.size() ? starts.at(k + 1).line : minutesEnd;
        readBody(lines, s.bodyStart, end, item);
        // The decision in the column beside the item's row ("Min No  Item  Resolution"); a bare
        // "Noted." or "Accepted." there is the verdict, not a decision's text.
        static const RX bare(QStringLiteral("^(?:Noted|Accepted|Agreed|Approved|Received|None|Nil|-)\\.?$"),
                             CI);
        for (int h = s.line; h < end; ++h)
            if (const QString d = clean(lines.at(h).columnAction.decision);
                !d.isEmpty() && !bare.match(d).hasMatch()) {
                item.resolutions << d;
                item.resolutionRegions << regionOf(lines, h, h);
                while (item.resolutionCertainty.size() < item.resolutions.size() - 1)
                    item.resolutionCertainty << Certainty{};
                item.resolutionCertainty << Certainty{0.8, Text::tr("the decision column of the item's row")};
            }
        // The action in the columns beside the item's heading (a table of minutes, a row an item).
        for (int h = int(s.bodyStart) - 1; h >= s.line; --h)
            if (const ColumnAction& c = lines.at(h).columnAction; !c.text.isEmpty() && !c.owner.isEmpty()) {
                const SourceRegion where = regionOf(lines, h, h);
                item.actions.prepend(ParsedAction{c.text, c.owner, parseDue(c.due), where.page, where,
                                                  Certainty{0.85, Text::tr("the action columns of a row")}});
            }
        // An owner at the margin beside the item's heading owns the whole item.
        if (const QString owner = lines.at(s.line).marginOwner; !owner.isEmpty())
            item.actions.prepend(
                ParsedAction{clean(item.title + QLatin1Char(' ') + item.text),
                             owner,
                             {},
                             item.page,
                             regionOf(lines, s.line, end - 1),
                             Certainty{0.7, Text::tr("owner at the right margin beside the heading")}});
        for (auto& a : item.actions)
            if (a.page == 0)
                a.page = item.page;
        static const RX declarationsTitle(QStringLiteral("\\bdeclarations?\\b|\\binterests\\b"), CI);
        findDeclarations(lines, s.bodyStart, end, declarationsTitle.match(item.title).hasMatch(),
                         out.declarations);
        out.items.append(item);
    }
    moveActionsToTheirMinutes(out.items);
    findDeclarations(lines, 0, headerEnd, false, out.declarations);
    // Apologies are minuted in the heading or, usually, in the first item.
    {
        QString header;
        for (int i = 0; i < headerEnd; ++i)
            header += lines.at(i).text + QLatin1Char(' ');
        apologiesInText(header, out.apologies);
    }
    for (int k = 0; k < qMin(3, int(out.items.size())); ++k) {
        const ParsedItem& item = out.items.at(k);
        const qsizetype before = out.apologies.size();
        apologiesInText(item.text, out.apologies);
        // An item of their own whose text is the bare list of names.
        static const RX apologiesTitle(QStringLiteral("\\bapolog|\\bymddiheur"), CI);
        if (out.apologies.size() == before && apologiesTitle.match(item.title).hasMatch())
            namesList(item.text.section(QLatin1Char('\n'), 0, 0), out.apologies);
    }
    if (!out.date.isValid() && !out.items.isEmpty())
        out.warnings << QCoreApplication::translate("MinutesParser",
                                                    "The date of the meeting was not found in the heading.");
    out.draft = isDraft(lines, headerEnd, out.headerRegion);
    out.headerCertainty = headerCertainty(out);
    out.attendanceCertainty = out.present.isEmpty()
                                  ? Certainty{0.4, Text::tr("no list of those present was found")}
                                  : Certainty{0.9, Text::tr("a list of those present under its heading")};
    return out;
}

} // namespace MinutesParser

QJsonObject MinutesParser::toJson(const ParsedMinutes& m)
{
    // Every field named, so that a new one cannot be forgotten here; where things were printed is
    // for the review dialog, not the contract.
    const auto& [council, committee, venue, contact, date, time, present, apologies, headerRegion,
                 attendanceRegion, items, warnings, declarations, draft, headerSure, attendanceSure] = m;
    Q_UNUSED(headerRegion);
    Q_UNUSED(attendanceRegion);
    // Extra keys (the contract allows them): how sure the parser is of each part, and why.
    auto sure = [](const Certainty& c) {
        return QJsonObject{{QStringLiteral("level"), qRound(c.level * 100) / 100.0},
                           {QStringLiteral("why"), c.why}};
    };
    auto orNull = [](const QString& s) { return s.isEmpty() ? QJsonValue() : QJsonValue(s); };
    QJsonObject meeting{
        {QStringLiteral("council"), orNull(council)},
        {QStringLiteral("committee"), orNull(committee)},
        {QStringLiteral("date"), date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue()},
        {QStringLiteral("time"),
         time.isValid() ? QJsonValue(time.toString(QStringLiteral("HH:mm"))) : QJsonValue()},
        {QStringLiteral("venue"), orNull(venue)},
        {QStringLiteral("contact"), orNull(contact)},
        {QStringLiteral("status"), draft ? QStringLiteral("draft") : QStringLiteral("approved")}};
    QJsonArray itemsJson;
    for (const ParsedItem& i : items) {
        QJsonArray actionsJson, suggestedJson;
        for (const ParsedAction& a : i.actions)
            actionsJson.append(
                QJsonObject{{QStringLiteral("text"), a.text},
                            {QStringLiteral("owner"), a.owner},
                            {QStringLiteral("due"),
                             a.due.isValid() ? QJsonValue(a.due.toString(Qt::ISODate)) : QJsonValue()},
                            {QStringLiteral("page"), a.page},
                            {QStringLiteral("certainty"), sure(a.certainty)}});
        QJsonArray resolutionSure;
        for (qsizetype r = 0; r < i.resolutions.size(); ++r)
            resolutionSure.append(sure(i.resolutionCertainty.value(r)));
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
                        {QStringLiteral("suggested_actions"), suggestedJson},
                        {QStringLiteral("certainty"), sure(i.certainty)},
                        {QStringLiteral("resolution_certainty"), resolutionSure}});
    }
    // Not in the contract's list of keys; extra keys are allowed there.
    QJsonArray declarationsJson;
    for (const ParsedDeclaration& d : declarations)
        declarationsJson.append(QJsonObject{{QStringLiteral("member"), d.member},
                                            {QStringLiteral("interest"), orNull(d.kind)},
                                            {QStringLiteral("nature"), orNull(d.nature)},
                                            {QStringLiteral("item"), orNull(d.itemNumber)},
                                            {QStringLiteral("page"), d.page}});
    return QJsonObject{
        {QStringLiteral("meeting"), meeting},
        {QStringLiteral("declarations"), declarationsJson},
        {QStringLiteral("present"), QJsonArray::fromStringList(present)},
        {QStringLiteral("apologies"), QJsonArray::fromStringList(apologies)},
        {QStringLiteral("items"), itemsJson},
        {QStringLiteral("warnings"), QJsonArray::fromStringList(warnings)},
        {QStringLiteral("certainty"), QJsonObject{{QStringLiteral("header"), sure(headerSure)},
                                                  {QStringLiteral("attendance"), sure(attendanceSure)}}}};
}
