#include "ReaderSupport.h"

#include "core/BritishDate.h"

#include <optional>

namespace MinutesReading {

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

int numericPart(const QString& number)
{
    static const RX n(QStringLiteral("\\d+"));
    const auto m = n.match(number);
    return m.hasMatch() ? m.captured().toInt() : -1;
}

QString withoutParagraphNumber(const QString& text)
{
    // (And a lettered paragraph's "c.": "c. The Board RESOLVED to note the report.")
    static const RX number(
        QStringLiteral("^(?:\\(?\\d{1,3}[.)]|\\d{1,3}\\.\\d{1,2}\\.?|\\(?[a-z]\\)|[a-z]\\.)\\s+"));
    return QString(text).remove(number).trimmed();
}

std::optional<DecisionOpening> decisionOpening(const QString& text)
{
    // A paragraph number before it ("25) RESOLVED that …", "4.2 RESOLVED:") is the paragraph's.
    const QString t = withoutParagraphNumber(text);
    // The decision words of English and Welsh minutes, with what may come before them: "It was",
    // "UNANIMOUSLY", "PROPOSED, SECONDED and", "Moved by A, seconded by B and unanimously", and
    // "RECOMMENDED to Cabinet that" (a committee's decision to recommend).
    static const RX formal(QStringLiteral(
        "^(?:(?:It\\s+was|it\\s+was)\\s+(?:(?:unanimously|further|therefore)\\s+)?|"
        // "Be it resolved that …", "NOW THEREFORE BE IT RESOLVED": the motions of North American councils.
        "(?:(?:Now|NOW),?\\s+)?(?:(?:therefore|THEREFORE),?\\s+)?(?:Be|BE)\\s+(?:it|IT)\\s+"
        "(?:(?:further|FURTHER)\\s+)?(?=(?:resolved|RESOLVED)\\b)|"
        "(?:PROPOSED|Proposed|MOVED|Moved)(?:\\s+(?:by\\s+[^,]{1,40}?))?,?\\s+(?:(?:and|AND)\\s+)?"
        "(?:(?:SECONDED|Seconded|seconded)(?:\\s+(?:by\\s+[^,]{1,40}?))?,?\\s+)?(?:(?:and|AND)\\s+)?"
        "(?:it\\s+was\\s+)?(?:(?:unanimously|UNANIMOUSLY)\\s+)?(?=[A-Za-z]+\\b)(?=(?:resolved|agreed|decided|"
        "RESOLVED|AGREED|DECIDED|"
        "Resolved|Agreed|Decided)\\b)|(?:UNANIMOUSLY|Unanimously)\\s+)?"
        "(RESOLVED\\s+UNANIMOUSLY|RESOLVED|Resolved|AGREED|Agreed|PENDERFYNWYD|Penderfynwyd|CYTUNWYD|"
        "Cytunwyd|RECOMMENDED|DECIDED|Decided|resolved|agreed|decided)"
        "\\b(?:\\s+(?:unanimously|UNANIMOUSLY|yn\\s+unfrydol))?(?:\\s*[:,;.–—-])*\\s*(.*)$"));
    // "… seconded by Cllr B, and RESOLVED that …", "Cllr A MOVED, Cllr B SECONDED and it was
    // RESOLVED …": the procedure before the decision words, in one sentence.
    QString procedureCut;
    static const RX decisionWord(
        QStringLiteral("\\b(?:UNANIMOUSLY\\s+)?(?:RESOLVED|AGREED|Resolved(?=\\s*:))\\b"));
    if (const auto d = decisionWord.match(t); d.hasMatch() && d.capturedStart() > 0) {
        static const RX procedure(QStringLiteral("\\b(?:moved|seconded|proposed)\\b"), CI);
        const QString before = t.left(d.capturedStart());
        if (before.size() <= 200 && !before.contains(QLatin1String(". ")) &&
            procedure.match(before).hasMatch())
            procedureCut = t.mid(d.capturedStart());
    }
    if (const auto m = formal.match(procedureCut.isEmpty() ? t : procedureCut); m.hasMatch()) {
        const QString word = m.captured(1);
        QString rest = m.captured(2).trimmed();
        // Lower case only after a procedure ("Moved …, seconded … and agreed that").
        if (word.front().isLower() && m.capturedStart(1) == 0)
            return std::nullopt;
        if (word == QLatin1String("RECOMMENDED")) {
            // "RECOMMENDED to Cabinet that (1) …"
            static const RX toBody(QStringLiteral("^to\\s+(?:the\\s+)?[^.:]{2,60}?\\s+that\\b\\s*:?\\s*"),
                                   CI);
            const auto b = toBody.match(rest);
            if (!b.hasMatch() && !rest.isEmpty() &&
                !rest.startsWith(QLatin1String("that"), Qt::CaseInsensitive))
                return std::nullopt;
            if (b.hasMatch())
                rest = rest.mid(b.capturedLength());
        }
        // "Agreed." or "Agreed unanimously." alone is the verdict on a motion, not a decision's text.
        if (rest.isEmpty() && !word.startsWith(QLatin1String("RESOLVED")) &&
            !word.startsWith(QLatin1String("PENDERFYNWYD")) && m.capturedStart(1) == 0 &&
            text.trimmed().endsWith(QLatin1Char('.')))
            return std::nullopt;
        static const RX welshWord(QStringLiteral("^(?:PENDERFYNWYD|CYTUNWYD)$"), CI);
        return DecisionOpening{rest, false, welshWord.match(word).hasMatch()};
    }
    // "(The) Committee resolved to note the report", "The Council RESOLVED that …",
    // "Committee resolved to:", "The Committee NOTED the report", "The Committee:-" over its parts.
    static const RX subject(QStringLiteral(
        "^(?:The\\s+)?(?:[A-Z][\\w&'’-]*\\s+){0,3}?(?:Committee|Council|Cabinet|Board|Panel|Sub-Committee|"
        "Forum|Executive|Members|Authority|Meeting|Group|Partnership|Commission|Pwyllgor|Cyngor)\\s*"
        "(?:(?:(?:unanimously|therefore|then|UNANIMOUSLY)\\s+)?(resolved|resolves|RESOLVED|RESOLVES|decided|"
        "agreed|"
        "AGREED|NOTED|APPROVED|ENDORSED|AGREED|RECOMMENDED|DECIDED)\\b\\s*(.*)|(:-?|–|—)\\s*)$"));
    if (const auto m = subject.match(t); m.hasMatch()) {
        if (!m.captured(3).isEmpty())
            return DecisionOpening{QStringLiteral(":"), false};
        const QString verb = m.captured(1);
        const QString rest = m.captured(2).trimmed();
        // "agreed" in lower case is a decision of a body that decides, not an officer's undertaking
        // ("The Deputy Chief Executive agreed to circulate …").
        static const RX decidingBody(
            QStringLiteral("\\b(?:Committee|Council|Cabinet|Board|Panel|Sub-Committee|"
                           "Forum|Authority|Meeting|Commission|Pwyllgor|Cyngor)\\s+agreed$"));
        if (verb == QLatin1String("agreed") && !decidingBody.match(t.left(m.capturedEnd(1))).hasMatch())
            return std::nullopt;
        static const RX that(QStringLiteral("^(?:that\\b|:|–|-)"), CI);
        if (rest.isEmpty() || that.match(rest).hasMatch() || rest.endsWith(QLatin1Char(':')))
            return DecisionOpening{rest.endsWith(QLatin1Char(':')) ? QStringLiteral(":") : rest, false};
        Q_UNUSED(verb);
        return DecisionOpening{t, true};
    }
    // The minutes approved, in the passive: "The minutes of the meeting held on 8 July 2024 were
    // agreed as a correct record" (a decision of the meeting).
    static const RX approved(
        QStringLiteral(
            "^(?:The\\s+)?minutes?\\b.{0,160}?\\b(?:were|was|be)\\s+(?:\\w+\\s+and\\s+)?(?:duly\\s+)?"
            "(?:agreed|approved|confirmed|accepted|signed)\\b(?:.{0,80}"
            "\\b(?:correct|true|accurate)\\s+record\\b|\\.?$)"),
        CI);
    if (approved.match(t).hasMatch())
        return DecisionOpening{t, true, false, true};
    return std::nullopt;
}

int partFamily(const QString& marker, QChar letterBefore)
{
    static const RX decoration(QStringLiteral("^[(\\[]|[)\\].]$"));
    QString m = marker.trimmed();
    while (decoration.match(m).hasMatch())
        m.remove(decoration);
    static const RX decimal(QStringLiteral("^\\d+\\.\\d+$")), number(QStringLiteral("^\\d+$")),
        roman(QStringLiteral("^[ivx]+$"), CI), letter(QStringLiteral("^[a-zA-Z]$"));
    if (decimal.match(m).hasMatch())
        return 'd';
    if (number.match(m).hasMatch())
        return 'n';
    if (roman.match(m).hasMatch()) {
        // "(i)" straight after "(h)" is a letter, and "(v)" after "(u)".
        if (m.size() == 1 && letterBefore.toLower().unicode() + 1 == m.front().toLower().unicode())
            return 'a';
        return 'i';
    }
    return letter.match(m).hasMatch() ? 'a' : 'b';
}

bool isResolvedStart(const QString& t)
{
    return decisionOpening(t).has_value();
}

bool isActionLine(const QString& t)
{
    static const RX a(QStringLiteral(
        "^(?:ACTIONS?|Actions?|ACTION BY|Action by|(?:CAM |Cam )?GWEITHREDU|(?:Cam )?[Gg]weithredu)"
        "\\s*(:|-|–|—)"));
    return a.match(t).hasMatch();
}

bool isMotionLabel(const QString& t)
{
    static const RX m(QStringLiteral("^(?:Motion|Resolution|Amendment)(?:\\s+(?:No\\.?|Number|#))?"
                                     "(?:\\s*[A-Z]{0,3}-?\\d[\\w/.-]*)?\\s*:?$"),
                      CI);
    return m.match(t.trimmed()).hasMatch();
}

bool isSectionMarker(const QString& t)
{
    static const RX m(
        QStringLiteral("^(Minutes|Decision|Decisions|Outcome|Outcomes|Minute|Notes|Cofnodion|Penderfyniad|"
                       "Penderfyniadau)\\s*:?$"),
        CI);
    return m.match(t).hasMatch();
}

const RX& partMarker()
{
    // (1) 1. 1) (a) a) a. A) A. (i) i) i. [a] and bullets; the text is the last group.
    static const RX p(QStringLiteral(
        "^(?:\\(\\s*(?:\\d{1,2}|[a-zA-Z]|[ivxIVX]{1,5})\\s*\\)|\\d{1,3}\\.\\d{1,2}\\.?(?=\\s)|\\d{1,2}[.)]|"
        "(?:[a-zA-Z]|[ivx]{1,5}|[IVX]{1,5})[.)]|\\[(?:[a-z]|\\d{1,2})\\]|[•·▪◦‣●–-])\\s+(.*)$"));
    return p;
}

QStringList splitNames(QString list)
{
    list = clean(list);
    // "Councillor A Bell (Town) in the Chair;": the chair's mark is theirs, not a name.
    static const RX inTheChair(QStringLiteral("\\s+(in\\s+the\\s+Chair)\\b"), CI);
    list.replace(inTheChair, QStringLiteral(" (\\1)"));
    while (list.endsWith(QLatin1Char('.')) || list.endsWith(QLatin1Char(';')))
        list.chop(1);
    // A title before a run of names ("Cllrs Hodivala (Chairman), Hewett and Wood", "Y Cynghorwyr A a
    // B") stands for each name of the run, until a name with a title of its own.
    static const RX plural(
        QStringLiteral("^(?:Y\\s+)?((?:County\\s+|Borough\\s+|District\\s+|Town\\s+|Parish\\s+)?Councillors|"
                       "Cllrs\\.?|Cynghorwyr|Cyng\\.?/Cllrs\\.?|Cyng\\.?|"
                       "Aldermen|Alderwomen)\\s*[:–—-]?\\s+"),
        CI);
    static const RX title(
        QStringLiteral(
            "^(?:County\\s+|Borough\\s+|District\\s+|Town\\s+|Parish\\s+)?"
            "(?:Councillor|Cllr|Cyng|Gyng|Cynghorydd|Mr|Mrs|Ms|Miss|Dr|Sir|Dame|"
            "Professor|Prof|Rev|Revd|Reverend|Alderman|Alderwoman|Deputy|Mx|Mayor|Provost|Bailie|Cr)\\b"),
        CI);
    // Titles one after another without commas ("Cllr A Brooker Cllr C Evans").
    static const RX titleInside(
        QStringLiteral("(?<!\\bCouncillor)(?<!\\bCllr)(?<!\\bCllr\\.)(?<!\\bCyng)(?<!\\bCyng\\.)"
                       "\\s+(?=(?:Councillor|Cllr\\.?|Cyng\\.?|Mr|Mrs|Ms|Miss|Dr)\\s+[A-Z])"));
    static const RX honours(
        QStringLiteral("^(?:MBE|OBE|CBE|KBE|DBE|BEM|QPM|JP|DL|MP|MSP|MS|AM|MEP|cc|FRSA)$"));
    static const RX welshTitle(QStringLiteral("\\b(?:Cyng|Cynghorwyr|Cynghorydd)\\b"), CI);
    const bool welsh = list.contains(welshTitle);
    // "and", "&", and the Welsh "a" between two titled names ("Ms A Bell a Mr C Dodd").
    static const RX ands(
        QStringLiteral("\\s+and\\s+|\\s*&\\s*|\\s+a\\s+(?=(?:Mr|Mrs|Ms|Miss|Dr|Cyng|Cynghorydd)\\b)"));
    static const RX andsWelsh(QStringLiteral("\\s+and\\s+|\\s*&\\s*|\\s+ac?\\s+(?=[A-Z])"));
    static const RX commas(QStringLiteral("\\s*[,;]\\s*"));
    // The groups between commas, where a comma inside brackets or inside a role ("– Portfolio
    // Holder for Children, Young People and Families", "Mr A Bell, Church of Scotland") does not
    // part two people: in a list whose names carry titles, a group without one (and with no plural
    // title running) belongs to the group before; "The Town Mayor, Cllr X" is one person.
    QStringList groups;
    QList<bool> joined; // a group that took a role after its comma: one person
    {
        int depth = 0;
        QString part;
        for (const QChar c : list) {
            depth += c == QLatin1Char('(') ? 1 : c == QLatin1Char(')') ? -1 : 0;
            if ((c == QLatin1Char(',') || c == QLatin1Char(';')) && depth <= 0) {
                groups << part.trimmed();
                part.clear();
                depth = 0;
            } else {
                part += c;
            }
        }
        groups << part.trimmed();
        groups.removeAll(QString());
        // "Y Cynghorydd A" (the councillor A): the article is not part of the name.
        static const RX welshArticle(QStringLiteral("^Y\\s+(?=Cynghorydd\\b|Cyng\\b)"));
        for (QString& g : groups)
            g.remove(welshArticle);
        // "Councillor Grant, Convener; …": the chair's role after the comma is theirs.
        static const RX chairRole(
            QStringLiteral("^(?:Vice[- ]|Deputy )?(?:Chair|Chairman|Chairperson|Chairwoman|Convener|Convenor|"
                           "Cadeirydd|Is-Gadeirydd)$"),
            CI);
        for (qsizetype g = 1; g < groups.size();)
            if (chairRole.match(groups.at(g).trimmed()).hasMatch()) {
                groups[g - 1] += QStringLiteral(" (") + groups.at(g).trimmed() + QLatin1Char(')');
                groups.removeAt(g);
            } else {
                ++g;
            }
        int titled = 0;
        for (const QString& g : groups)
            titled += title.match(g).hasMatch() || plural.match(g).hasMatch() ? 1 : 0;
        static const RX theRole(QStringLiteral("^The\\s+[A-Z]"));
        static const RX andName(QStringLiteral("^(?:and|a|ac)\\s+(?:[A-Z]|$)"));
        static const RX titleInsideGroup(
            QStringLiteral("\\b(?:Councillors?|Cllrs?|Cyng|Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Prof|Rev)\\b"));
        joined = QList<bool>(groups.size(), false);
        if (titled * 2 > groups.size()) {
            QStringList merged;
            joined.clear();
            bool running = false; // a plural title ("Cllrs A, B and C") runs over the groups
            for (const QString& g : groups) {
                const bool hasTitle = title.match(g).hasMatch() || plural.match(g).hasMatch();
                if (plural.match(g).hasMatch())
                    running = true;
                else if (hasTitle)
                    running = false;
                if (!merged.isEmpty() && !hasTitle && !running && !honours.match(g).hasMatch() &&
                    !andName.match(g).hasMatch() && !titleInsideGroup.match(g).hasMatch() &&
                    !theRole.match(g).hasMatch() && !theRole.match(merged.last()).hasMatch()) {
                    merged.last() += QStringLiteral(", ") + g;
                    joined.last() = true;
                } else if (!merged.isEmpty() && hasTitle && theRole.match(merged.last()).hasMatch() &&
                           !title.match(merged.last()).hasMatch()) {
                    merged.last() += QStringLiteral(", ") + g;
                    joined.last() = true;
                } else {
                    merged << g;
                    joined << false;
                }
            }
            groups = merged;
        }
    }
    QString runTitle;
    QStringList out;
    for (qsizetype g = 0; g < groups.size(); ++g) {
        QString group = groups.at(g);
        // A role after a comma stays with its person.
        if (joined.value(g)) {
            // "Councillor A – Portfolio Holder for Children, Young People and Families": the role in
            // brackets, as the other roles are.
            if (const qsizetype dash = group.indexOf(QStringLiteral(" – "));
                dash > 0 && title.match(group).hasMatch() && !group.contains(QLatin1Char('(')))
                group = group.left(dash) + QStringLiteral(" (") + group.mid(dash + 3).trimmed() +
                        QLatin1Char(')');
            out << group;
            runTitle.clear();
            continue;
        }
        group = group.trimmed();
        if (group.startsWith(QLatin1String("and "), Qt::CaseInsensitive))
            group = group.mid(4);

        if (welsh && (group.startsWith(QLatin1String("a "))))
            group = group.mid(2);
        if (honours.match(group).hasMatch() && !out.isEmpty()) {
            out.last() += QStringLiteral(", ") + group;
            continue;
        }
        if (const auto m = plural.match(group); m.hasMatch()) {
            const QString p = m.captured(1).toLower();
            runTitle = p.endsWith(QLatin1String("councillors")) ? m.captured(1).left(m.captured(1).size() - 1)
                       : p.startsWith(QLatin1String("councillors")) ? QStringLiteral("Councillor")
                       : p.startsWith(QLatin1String("cllrs"))       ? QStringLiteral("Cllr")
                       : p.startsWith(QLatin1String("cynghorwyr"))  ? QStringLiteral("Cynghorydd")
                       : p.startsWith(QLatin1String("alder"))       ? QStringLiteral("Alderman")
                                                                    : QStringLiteral("Cyng.");
            group = group.mid(m.capturedLength());
        } else if (title.match(group).hasMatch()) {
            runTitle.clear();
        }
        // An "and" inside brackets ("(Housing and Communities)") does not part two people.
        if (group.contains(QLatin1Char('('))) {
            int depth = 0;
            for (qsizetype c = 0; c < group.size(); ++c) {
                depth += group.at(c) == QLatin1Char('(') ? 1 : group.at(c) == QLatin1Char(')') ? -1 : 0;
                if (depth > 0 && group.at(c) == QLatin1Char(' '))
                    group[c] = QChar(0x1);
            }
        }
        // "Councillor A Bell – Deputy Leader and Portfolio Holder for Finance": the role after the
        // dash is one person's.
        QString role;
        if (const qsizetype dash = group.indexOf(QStringLiteral(" – "));
            dash > 0 && title.match(group).hasMatch()) {
            role = group.mid(dash);
            group = group.left(dash);
        }
        QStringList people = group.split(welsh ? andsWelsh : ands, Qt::SkipEmptyParts);
        if (!role.isEmpty() && !people.isEmpty())
            people.last() += QStringLiteral(" (") + role.mid(3).trimmed() + QLatin1Char(')');
        for (QString part : people) {
            part.replace(QChar(0x1), QLatin1Char(' '));
            if (honours.match(part.trimmed()).hasMatch() && !out.isEmpty()) {
                out.last() += QStringLiteral(", ") + part.trimmed();
                continue;
            }
            for (QString one : part.split(titleInside, Qt::SkipEmptyParts)) {
                one = one.trimmed();
                // "… Cllr T Rowe and the Clerk": the council's officer, named by post, is not a member.
                static const RX theClerk(
                    QStringLiteral("^the\\s+(?:(?:Parish|Town|Deputy|Assistant)\\s+)?Clerk\\b"));
                if (one.size() < 3 || theClerk.match(one).hasMatch())
                    continue;
                out << (runTitle.isEmpty() || title.match(one).hasMatch()
                            ? one
                            : runTitle + QLatin1Char(' ') + one);
            }
        }
    }
    return out;
}

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

QDate parseDue(const QString& text)
{
    const QString t = text.trimmed();
    static const RX iso(QStringLiteral("(\\d{4})-(\\d{2})-(\\d{2})"));
    if (const auto m = iso.match(t); m.hasMatch())
        return QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    return BritishDate::find(t);
}

} // namespace MinutesReading
