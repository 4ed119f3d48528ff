#include "ReaderSupport.h"

#include "core/BritishDate.h"

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
    // A title before a run of names ("Cllrs Hodivala (Chairman), Hewett and Wood", "Y Cynghorwyr A a
    // B") stands for each name of the run, until a name with a title of its own.
    static const RX plural(
        QStringLiteral("^(?:Y\\s+)?(Councillors|Cllrs\\.?|Cynghorwyr|Cyng\\.?/Cllrs\\.?|Cyng\\.?)\\s*:?\\s+"),
        CI);
    static const RX title(
        QStringLiteral("^(?:County\\s+|Borough\\s+|District\\s+|Town\\s+|Parish\\s+)?"
                       "(?:Councillor|Cllr|Cyng|Cynghorydd|Mr|Mrs|Ms|Miss|Dr|Sir|Dame|"
                       "Professor|Prof|Rev|Revd|Reverend|Alderman|Alderwoman|Deputy|Mx)\\b"),
        CI);
    // Titles one after another without commas ("Cllr A Brooker Cllr C Evans").
    static const RX titleInside(
        QStringLiteral("\\s+(?=(?:Councillor|Cllr\\.?|Cyng\\.?|Mr|Mrs|Ms|Miss|Dr)\\s+[A-Z])"));
    static const RX honours(
        QStringLiteral("^(?:MBE|OBE|CBE|KBE|DBE|BEM|QPM|JP|DL|MP|MSP|MS|AM|MEP|cc|FRSA)$"));
    const bool welsh = list.contains(RX(QStringLiteral("\\b(?:Cyng|Cynghorwyr|Cynghorydd)\\b"), CI));
    static const RX ands(QStringLiteral("\\s+and\\s+|\\s*&\\s*"));
    static const RX andsWelsh(QStringLiteral("\\s+and\\s+|\\s*&\\s*|\\s+ac?\\s+(?=[A-Z])"));
    static const RX commas(QStringLiteral("\\s*[,;]\\s*"));
    QString runTitle;
    QStringList out;
    for (QString group : list.split(commas, Qt::SkipEmptyParts)) {
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
            runTitle = p.startsWith(QLatin1String("councillors"))  ? QStringLiteral("Councillor")
                       : p.startsWith(QLatin1String("cllrs"))      ? QStringLiteral("Cllr")
                       : p.startsWith(QLatin1String("cynghorwyr")) ? QStringLiteral("Cynghorydd")
                                                                   : QStringLiteral("Cyng.");
            group = group.mid(m.capturedLength());
        } else if (title.match(group).hasMatch()) {
            runTitle.clear();
        }
        for (QString part : group.split(welsh ? andsWelsh : ands, Qt::SkipEmptyParts)) {
            for (QString one : part.split(titleInside, Qt::SkipEmptyParts)) {
                one = one.trimmed();
                if (one.size() < 3)
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
