#include "ServerSearch.h"

#include <QCoreApplication>
#include <algorithm>

namespace ServerSearch {

namespace {

// The context of this file's strings, the same for Text::tr() at run time and for lupdate.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SearchRepository)
};

bool isWordCharacter(char32_t c)
{
    switch (QChar::category(c)) {
    case QChar::Letter_Uppercase:
    case QChar::Letter_Lowercase:
    case QChar::Letter_Titlecase:
    case QChar::Letter_Modifier:
    case QChar::Letter_Other:
    case QChar::Number_DecimalDigit:
    case QChar::Number_Letter:
    case QChar::Number_Other:
    case QChar::Other_PrivateUse:
    case QChar::Mark_NonSpacing: // a diacritic, removed by the folding
        return true;
    default:
        return false;
    }
}

QString fold(QStringView word)
{
    const QString decomposed = word.toString().normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed)
        if (c.category() != QChar::Mark_NonSpacing)
            out += c;
    return out.toLower();
}

// One place where a phrase of the query matches: phrase, column, first word.
struct Instance
{
    int phrase = 0;
    int column = 0;
    int offset = 0;
};

bool matchesAt(const QList<Word>& text, int at, const Phrase& p)
{
    if (p.words.isEmpty() || at + p.words.size() > text.size())
        return false;
    for (int k = 0; k < p.words.size(); ++k) {
        const QString& w = text.at(at + k).folded;
        const bool last = k == p.words.size() - 1;
        if (last && p.prefix ? !w.startsWith(p.words.at(k)) : w != p.words.at(k))
            return false;
    }
    return true;
}

// Every instance in the columns, ordered as FTS5 orders them: by column, then word.
QList<Instance> instances(const QList<QList<Word>>& columns, const QList<Phrase>& phrases)
{
    QList<Instance> out;
    for (int c = 0; c < columns.size(); ++c)
        for (int i = 0; i < columns.at(c).size(); ++i)
            for (int p = 0; p < phrases.size(); ++p)
                if (matchesAt(columns.at(c), i, phrases.at(p)))
                    out.append({p, c, i});
    return out;
}

// Runs of overlapping instances in one column: [start, end] word positions (fts5CInstIter).
class Runs
{
public:
    Runs(const QList<Instance>& all, const QList<Phrase>& phrases, int column)
        : m_all(all), m_phrases(phrases), m_column(column)
    {
        next();
    }
    int start = -1;
    int end = -1;
    void next()
    {
        start = end = -1;
        while (m_at < m_all.size()) {
            const Instance& in = m_all.at(m_at);
            if (in.column == m_column) {
                const int last = in.offset - 1 + int(m_phrases.at(in.phrase).words.size());
                if (start < 0) {
                    start = in.offset;
                    end = last;
                } else if (in.offset <= end) {
                    end = qMax(end, last);
                } else {
                    break;
                }
            }
            ++m_at;
        }
    }

private:
    const QList<Instance>& m_all;
    const QList<Phrase>& m_phrases;
    int m_column;
    qsizetype m_at = 0;
};

// fts5HighlightCb over a whole text, or over the words [rangeStart, rangeEnd] of it.
QString markText(const QString& text, const QList<Word>& words, Runs& runs, QChar open, QChar close,
                 int rangeStart = 0, int rangeEnd = -1)
{
    QString out;
    qsizetype from = 0;
    for (int pos = 0; pos < words.size(); ++pos) {
        const Word& w = words.at(pos);
        if (rangeEnd > 0) {
            if (pos < rangeStart || pos > rangeEnd)
                continue;
            if (rangeStart && pos == rangeStart)
                from = w.start;
        }
        if (pos == runs.start) {
            out += QStringView(text).mid(from, w.start - from);
            out += open;
            from = w.start;
        }
        if (pos == runs.end) {
            if (rangeEnd > 0 && runs.start < rangeStart)
                out += open;
            out += QStringView(text).mid(from, w.end - from);
            out += close;
            from = w.end;
            runs.next();
        }
        if (rangeEnd > 0 && pos == rangeEnd) {
            out += QStringView(text).mid(from, w.end - from);
            from = w.end;
            if (pos >= runs.start && pos < runs.end)
                out += close;
        }
    }
    if (rangeEnd <= 0 || rangeEnd >= words.size() - 1)
        out += QStringView(text).mid(from);
    return out;
}

// fts5SnippetScore: the score of the window of `tokens` words from `from`, and where to start it
// so that its matches sit in the middle.
int windowScore(const QList<Instance>& all, const QList<Phrase>& phrases, int column, int from, int tokens,
                int columnSize, int* adjusted)
{
    QList<bool> seen(phrases.size(), false);
    int score = 0;
    int first = -1;
    int last = 0;
    for (const Instance& in : all) {
        if (in.column != column || in.offset < from || in.offset >= from + tokens)
            continue;
        score += seen.at(in.phrase) ? 1 : 1000;
        seen[in.phrase] = true;
        if (first < 0)
            first = in.offset;
        last = in.offset + int(phrases.at(in.phrase).words.size());
    }
    if (adjusted) {
        int start = first - (tokens - (last - first)) / 2;
        if (start + tokens > columnSize)
            start = columnSize - tokens;
        *adjusted = qMax(0, start);
    }
    return score;
}

// The words that begin a sentence (fts5SentenceFinderCb): the first, and any after ". " or ": ".
QList<int> sentenceStarts(const QString& text, const QList<Word>& words)
{
    QList<int> out;
    for (int pos = 0; pos < words.size(); ++pos) {
        if (pos == 0) {
            out << 0;
            continue;
        }
        qsizetype i = words.at(pos).start - 1;
        while (i >= 0 &&
               (text.at(i) == u' ' || text.at(i) == u'\t' || text.at(i) == u'\n' || text.at(i) == u'\r'))
            --i;
        if (i != words.at(pos).start - 1 && i >= 0 && (text.at(i) == u'.' || text.at(i) == u':'))
            out << pos;
    }
    return out;
}

// --- The FTS5 query, read back: "phrase" [*], AND, OR, NOT, brackets. ---

struct Parser
{
    QString text;
    qsizetype at = 0;
    QList<Phrase>* phrases = nullptr;
    bool failed = false;
    int negated = 0; // inside the right side of a NOT: its phrases mark nothing

    void skipSpace()
    {
        while (at < text.size() && text.at(at).isSpace())
            ++at;
    }
    bool keyword(const char* word)
    {
        skipSpace();
        const QLatin1String w(word);
        if (QStringView(text).mid(at).startsWith(w)) {
            const qsizetype after = at + w.size();
            if (after >= text.size() || text.at(after).isSpace() || text.at(after) == u'(' ||
                text.at(after) == u'"') {
                at = after;
                return true;
            }
        }
        return false;
    }
    QString orExpr()
    {
        QString left = andExpr();
        while (!failed && keyword("OR"))
            left = QStringLiteral("( %1 | %2 )").arg(left, andExpr());
        return left;
    }
    QString andExpr()
    {
        QString left = notExpr();
        for (;;) {
            if (failed)
                return left;
            const qsizetype before = at;
            if (!keyword("AND")) {
                skipSpace();
                // Two phrases side by side: AND, as FTS5 takes them.
                if (at >= text.size() || (text.at(at) != u'"' && text.at(at) != u'(')) {
                    at = before;
                    return left;
                }
            }
            left = QStringLiteral("( %1 & %2 )").arg(left, notExpr());
        }
    }
    QString notExpr()
    {
        QString left = primary();
        while (!failed && keyword("NOT")) {
            ++negated;
            const QString right = primary();
            --negated;
            left = QStringLiteral("( %1 & !%2 )").arg(left, right);
        }
        return left;
    }
    QString primary()
    {
        skipSpace();
        if (at >= text.size()) {
            failed = true;
            return QString();
        }
        if (text.at(at) == u'(') {
            ++at;
            const QString inner = orExpr();
            skipSpace();
            if (at >= text.size() || text.at(at) != u')')
                failed = true;
            else
                ++at;
            return inner;
        }
        if (text.at(at) != u'"') {
            failed = true;
            return QString();
        }
        QString quoted;
        ++at;
        while (at < text.size()) {
            if (text.at(at) == u'"') {
                if (at + 1 < text.size() && text.at(at + 1) == u'"') {
                    quoted += u'"';
                    at += 2;
                    continue;
                }
                break;
            }
            quoted += text.at(at++);
        }
        if (at >= text.size()) {
            failed = true;
            return QString();
        }
        ++at;
        Phrase p;
        skipSpace();
        if (at < text.size() && text.at(at) == u'*') {
            p.prefix = true;
            ++at;
        }
        for (const Word& w : words(quoted))
            p.words << w.folded;
        if (p.words.isEmpty()) {
            failed = true;
            return QString();
        }
        if (!negated && phrases)
            phrases->append(p);
        return tsPhrase(p);
    }
    static QString lexeme(const QString& word, bool prefix, const char* weight)
    {
        return QLatin1Char('\'') + word + QLatin1Char('\'') +
               QLatin1String(prefix   ? ":*"
                             : weight ? ":"
                                      : "") +
               QLatin1String(weight ? weight : "");
    }
    // A phrase of one word matches in any column; of more, within one column (title A, body B,
    // owner C), as FTS5 never matches a phrase across columns.
    static QString tsPhrase(const Phrase& p)
    {
        if (p.words.size() == 1)
            return lexeme(p.words.first(), p.prefix, nullptr);
        QStringList columns;
        for (const char* weight : {"A", "B", "C"}) {
            QStringList parts;
            for (int k = 0; k < p.words.size(); ++k)
                parts << lexeme(p.words.at(k), p.prefix && k == p.words.size() - 1, weight);
            columns << parts.join(QStringLiteral(" <-> "));
        }
        return QStringLiteral("( %1 )").arg(columns.join(QStringLiteral(" | ")));
    }
};

} // namespace

QList<Word> words(const QString& text)
{
    QList<Word> out;
    qsizetype i = 0;
    const qsizetype n = text.size();
    const auto codePointAt = [&](qsizetype k, int* width) -> char32_t {
        const QChar c = text.at(k);
        if (c.isHighSurrogate() && k + 1 < n && text.at(k + 1).isLowSurrogate()) {
            *width = 2;
            return QChar::surrogateToUcs4(c, text.at(k + 1));
        }
        *width = 1;
        return c.unicode();
    };
    while (i < n) {
        int width = 1;
        if (!isWordCharacter(codePointAt(i, &width))) {
            i += width;
            continue;
        }
        const qsizetype start = i;
        while (i < n && isWordCharacter(codePointAt(i, &width)))
            i += width;
        const QString folded = fold(QStringView(text).mid(start, i - start));
        if (!folded.isEmpty())
            out.append({start, i, folded});
    }
    return out;
}

QString toTsQuery(const QString& ftsQuery, QList<Phrase>* phrases, QString* problem)
{
    Parser p;
    p.text = ftsQuery;
    p.phrases = phrases;
    const QString out = p.orExpr();
    p.skipSpace();
    if (p.failed || p.at < ftsQuery.size() || out.isEmpty()) {
        if (problem)
            *problem = Text::tr(
                "The search could not be understood. Put phrases in quotation marks, write AND, OR and "
                "NOT in capitals between words, and pair every bracket.");
        if (phrases)
            phrases->clear();
        return QString();
    }
    return out;
}

QString highlight(const QString& text, const QList<Phrase>& phrases, QChar open, QChar close)
{
    if (text.isEmpty())
        return QString();
    const QList<Word> w = words(text);
    const QList<Instance> all = instances({w}, phrases);
    Runs runs(all, phrases, 0);
    return markText(text, w, runs, open, close);
}

QString snippet(const QStringList& columns, int column, const QList<Phrase>& phrases, QChar open, QChar close,
                const QString& ellipsis, int tokens)
{
    QList<QList<Word>> split;
    for (const QString& c : columns)
        split.append(words(c));
    const QList<Instance> all = instances(split, phrases);
    int bestScore = 0;
    int bestColumn = column >= 0 ? column : 0;
    int bestStart = 0;
    for (int c = 0; c < columns.size(); ++c) {
        if (column >= 0 && column != c)
            continue;
        const int size = int(split.at(c).size());
        const QList<int> firsts = sentenceStarts(columns.at(c), split.at(c));
        for (const Instance& in : all) {
            if (in.column != c)
                continue;
            int adjusted = 0;
            int score = windowScore(all, phrases, c, in.offset, tokens, size, &adjusted);
            if (score > bestScore) {
                bestScore = score;
                bestColumn = c;
                bestStart = adjusted;
            }
            // A window that starts at the sentence holding the match scores a little more.
            if (!firsts.isEmpty() && size > tokens) {
                int j = 0;
                while (j < firsts.size() - 1 && firsts.at(j + 1) <= in.offset)
                    ++j;
                if (firsts.at(j) < in.offset) {
                    score = windowScore(all, phrases, c, firsts.at(j), tokens, size, nullptr) +
                            (firsts.at(j) == 0 ? 120 : 100);
                    if (score > bestScore) {
                        bestScore = score;
                        bestColumn = c;
                        bestStart = firsts.at(j);
                    }
                }
            }
        }
    }
    if (bestColumn >= columns.size() || columns.at(bestColumn).isEmpty())
        return QString();
    const QString& text = columns.at(bestColumn);
    const QList<Word>& w = split.at(bestColumn);
    Runs runs(all, phrases, bestColumn);
    while (runs.start >= 0 && runs.start < bestStart)
        runs.next();
    QString out = bestStart > 0 ? ellipsis : QString();
    const int rangeEnd = bestStart + tokens - 1;
    out += markText(text, w, runs, open, close, bestStart, rangeEnd);
    if (rangeEnd < w.size() - 1)
        out += ellipsis;
    return out;
}

} // namespace ServerSearch
