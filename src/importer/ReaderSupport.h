#pragma once

// What the readers of a set of minutes share: the lines they read, the tests of a line's kind, and
// the text clean-ups. Internal to the importer.
#include "MinutesSource.h"
#include "core/ParsedMinutes.h"

#include <QDate>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <optional>

namespace MinutesReading {

using RX = QRegularExpression;
inline constexpr auto CI = QRegularExpression::CaseInsensitiveOption;

// A minute number as councils print them: 56, 56a, a prefixed or yearly number (CS12/18, A1,
// 12/18), or a decimal one (5.1). The longer forms first.
#define MINUTE_NUMBER                                                                                        \
    "[A-Z]{1,4}/?\\d{1,3}[a-z]?(?:/\\d{2,4})?|\\d{1,4}/"                                                     \
    "\\d{1,4}|\\d{1,3}\\.\\d{1,2}(?![.\\d])|\\d{1,3}[a-z]?"

// One line of the document, as the readers see it.
// An action printed in the columns beside the discussion of minutes set out as one table.
struct ColumnAction
{
    QString text, owner, due;
    QString decision; // or the decision, in a "Resolution" column
};

struct Line
{
    QString text;
    int page;
    bool para;
    const SourceLine* source;
    QString marginOwner = QString(); // an action's owner printed at the right margin beside this line
    ColumnAction columnAction = {};  // the action in the columns of this line's row, from its first line
};

// "Motion No. 2024-301", "RESOLUTION 2024/214", "MOTION": the label over a motion and its mover.
bool isMotionLabel(const QString& t);

// The share of upper-case letters among the letters (0 when fewer than three).
double upperShare(const QString& s);
// No-break spaces as spaces, runs of white space as one.
QString clean(QString s);
QString stripAgendaReference(QString t);
// A title without what a web page adds ("pdf icon PDF 422 KB", "Additional documents:").
QString stripWebFurniture(QString title);
// "56a" from "56a." / "56a)" ; the numeric part for ordering checks.
int numericPart(const QString& number);
// A decision opening a paragraph: "RESOLVED that …", "It was AGREED:", "PENDERFYNWYD", "Committee
// resolved to note …" (then `whole`: the sentence itself is the decision's text). `rest` is what
// follows the decision words ("" or ":" when parts follow).
struct DecisionOpening
{
    QString rest;
    bool whole = false;
    bool welsh = false;   // in Welsh words (PENDERFYNWYD, CYTUNWYD, "Pwyllgor")
    bool passive = false; // "The minutes … were approved as a correct record": kept only where the
                          // item records no other decision
};
std::optional<DecisionOpening> decisionOpening(const QString& text);
// A paragraph without its number ("3) Mr A proposed …" -> "Mr A proposed …", "4.2 RESOLVED" -> "RESOLVED").
QString withoutParagraphNumber(const QString& text);
bool isResolvedStart(const QString& t);
bool isActionLine(const QString& t);
// "Minutes:", "Decision:" and the like, which divide a web page's item.
bool isSectionMarker(const QString& t);
// A numbered part of a resolution: (1), 1., 1), a), (b), i), (ii), A., [a], bullets; the text is group 1.
const RX& partMarker();
// The kind of a part's marker: 'n' (1), 'a' (a, A), 'i' (i, ii), 'd' (6.1), 'b' (a bullet). An "(i)"
// straight after "(h)" is a letter.
int partFamily(const QString& marker, QChar letterBefore = QChar());
// "Councillors A and B, Mr C" -> one entry per person.
QStringList splitNames(QString list);
// The box of lines [from, to] on the page of the first (points, from the top left); none for plain text.
SourceRegion regionOf(const QList<Line>& lines, int from, int to);
// A due date as written in an action table ("14/11/2023", "1 December 2023", "2023-11-14").
QDate parseDue(const QString& text);

} // namespace MinutesReading
