#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// PostgreSQL-specific: search on a server gives what FTS5 gives on a file. The index is a tsvector
// of the words as FTS5's unicode61 tokenizer splits and folds them (migration 002_search.postgres.sql);
// the query SearchRepository writes for FTS5 is translated to a tsquery here; and the headings and
// snippets are cut from the stored text by FTS5's own rules (highlight(), snippet()), so that a
// person sees the same words marked in the same window of text on either engine.
namespace ServerSearch {

// A phrase of the query: its words (folded) and whether the last is a prefix ("foster*").
struct Phrase
{
    QStringList words;
    bool prefix = false;
};

// A word of a text: where it starts and ends, and the word folded (lower case, no accents).
struct Word
{
    qsizetype start = 0;
    qsizetype end = 0;
    QString folded;
};

// The words of a text as unicode61 (remove_diacritics 2) finds them: runs of letters and digits.
QList<Word> words(const QString& text);

// The FTS5 query (as SearchRepository::toFtsQuery writes it) as a PostgreSQL tsquery, with the
// phrases that can mark text in a matching row (not those after NOT). Empty on a query that cannot
// be read, with `problem` set.
QString toTsQuery(const QString& ftsQuery, QList<Phrase>* phrases, QString* problem);

// highlight(index, column, open, close): the whole text with every match marked. Null for no text.
QString highlight(const QString& text, const QList<Phrase>& phrases, QChar open, QChar close);

// snippet(index, column, open, close, ellipsis, tokens): `tokens` words around the best matches
// of `columns` (title, body, owner): of `column`, or of the best column when it is -1.
QString snippet(const QStringList& columns, int column, const QList<Phrase>& phrases, QChar open, QChar close,
                const QString& ellipsis, int tokens);

} // namespace ServerSearch
