#include "DeclarationReader.h"

#include "core/MinuteNumber.h"

namespace MinutesReading {

#define NUMBER MINUTE_NUMBER
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
    static const RX bracketAtEnd(QStringLiteral("\\s*\\([^)]*\\)$"));
    names.remove(bracketAtEnd);
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
    // Only a sentence about an interest can declare one: the name patterns below are costly on long
    // lists of names (a recorded vote), which never mention one.
    if (!t.contains(QLatin1String("interest"), Qt::CaseInsensitive))
        return false;
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

} // namespace

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

} // namespace MinutesReading
