#include "DecisionReader.h"

#include <QCoreApplication>
#include <QSet>
#include <optional>

namespace MinutesReading {

namespace {

struct Table
{
    QList<double> starts;
    int ref = -1, action = -1, owner = -1, due = -1, status = -1;
    bool refIsMinute = false; // the reference column names the minute ("Minute", "Item"), not the row
};

// The cells of a table's header row and where each column starts. The columns are where the
// rows under it start their words: a header word that rows below line up with starts a column,
// the words after it up to the next such one name it ("No. Recommendation  Lead Officer  Target
// date Update  RAG", where the PDF runs some cells together). Without rows to go by, the header's
// own wide gaps part its cells.
std::pair<QStringList, QList<double>> headerCells(const QList<Line>& lines, int i, int to)
{
    const Line& line = lines.at(i);
    const QList<SourceWord>& words = line.source->words;
    QList<const SourceLine*> rows;
    for (int k = i + 1; k < qMin(to, i + 13); ++k)
        if (lines.at(k).source && !lines.at(k).source->words.isEmpty())
            rows << lines.at(k).source;
    QList<int> starts{0};
    if (rows.size() >= 2)
        for (qsizetype w = 1; w < words.size(); ++w) {
            int aligned = 0;
            for (const SourceLine* r : rows)
                for (const SourceWord& rw : r->words)
                    if (qAbs(rw.x - words.at(w).x) <= 3) {
                        ++aligned;
                        break;
                    }
            // Rows wrap over several lines, so a column's first words stand on a share of them.
            if (aligned >= 2 && aligned * 4 >= int(rows.size()))
                starts << int(w);
        }
    QStringList cells;
    QList<double> xs;
    if (starts.size() >= 3) {
        for (int c = 0; c < starts.size(); ++c) {
            QStringList name;
            for (int w = starts.at(c); w < (c + 1 < starts.size() ? starts.at(c + 1) : words.size()); ++w)
                name << words.at(w).text;
            cells << name.join(QLatin1Char(' '));
            xs << words.at(starts.at(c)).x;
        }
        return {cells, xs};
    }
    cells = line.text.split(QStringLiteral("  "), Qt::SkipEmptyParts);
    int w = 0;
    for (const QString& cell : cells) {
        if (w >= words.size())
            return {};
        xs << words.at(w).x;
        w += int(cell.split(QLatin1Char(' '), Qt::SkipEmptyParts).size());
    }
    return {cells, xs};
}

std::optional<Table> tableHeader(const QList<Line>& lines, int i, int to)
{
    const Line& line = lines.at(i);
    if (!line.source || !line.text.contains(QStringLiteral("  ")))
        return std::nullopt;
    const auto [cells, xs] = headerCells(lines, i, to);
    if (cells.size() < 2 || xs.size() != cells.size())
        return std::nullopt;
    Table t;
    t.starts = xs;
    for (int c = 0; c < cells.size(); ++c) {
        const QString cell = cells.at(c).trimmed();
        const QString l = cell.toLower();
        // The owner's column first: "Action owner", "Action by" and "By whom" name who acts.
        if (t.owner < 0 && (l.contains(QLatin1String("responsib")) || l.contains(QLatin1String("owner")) ||
                            l == QLatin1String("lead") || l.contains(QLatin1String("officer")) ||
                            l == QLatin1String("who") || l.contains(QLatin1String("lead ")) ||
                            l == QLatin1String("action by") || l == QLatin1String("by whom") ||
                            l == QLatin1String("assigned to")))
            t.owner = c;
        else if (t.action < 0 &&
                 (l.contains(QLatin1String("action")) || l.contains(QLatin1String("recommendation")) ||
                  l == QLatin1String("description") || l == QLatin1String("task")))
            t.action = c;
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
                               l == QLatin1String("item") || l == QLatin1String("reference"))) {
            t.ref = c;
            t.refIsMinute = l.contains(QLatin1String("minute")) || l.startsWith(QLatin1String("min")) ||
                            l.contains(QLatin1String("item"));
        }
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

// A motion put: "Mr A proposed, and Mr B seconded, that …", "Cllr A moved the motion that …".
bool isMotion(const QString& text)
{
    static const RX motion(QStringLiteral("\\b(?:proposed|moved)\\b.{0,120}?\\bthat\\b"), CI);
    return motion.match(text).hasMatch();
}

// The outcome of a vote alone on a line: true when carried ("Agreed unanimously.", "Motion
// carried."), false when lost ("Motion lost."), none when the line is something else.
std::optional<bool> verdict(const QString& text)
{
    static const RX rx(
        QStringLiteral(
            "^(?:The\\s+)?(?:(?:substantive\\s+|amended\\s+)?(motion|amendment|proposal|recommendations?)"
            "(?:\\s+(?:was|were))?\\s+)?(?:duly\\s+)?(carried|agreed|approved|lost|defeated|fell|not\\s+"
            "carried|rejected)"
            "(?:\\s+(?:unanimously|nem\\.?\\s*con\\.?))?\\.?$"),
        CI);
    const auto m = rx.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    const QString word = m.captured(2).toLower();
    return word == QLatin1String("carried") || word == QLatin1String("agreed") ||
           word == QLatin1String("approved");
}

bool isDecisionHeading(const QString& text)
{
    // "Outcome:" heads the decisions in the action notes of area committees and partnerships.
    static const RX rx(QStringLiteral("^(?:Decisions?|Outcomes?|Penderfyniad(?:au)?)\\s*:?$"), CI);
    return rx.match(text).hasMatch();
}

// What ends a decision, even without a gap above it: the sub-headings of a decision notice
// ("Reasons for Decision", "Alternative Options Considered"), a report's reference line, a web
// page's links, a block of actions or information to follow, the chair's signature.
bool endsDecision(const QString& text)
{
    static const RX rx(
        QStringLiteral(
            "^(?:Reasons?\\s+for\\s+(?:the\\s+)?(?:decisions?|recommendations?)|Reasons?(?=\\s*:|\\s{2,}|$)|"
            "Alternative\\s+options|"
            "Options\\s+considered|Other\\s+options|\\((?:Reference|Report)\\b|view\\s+the\\s+(?:full|"
            "reasons|"
            "background)|Actions?\\s*(?:/"
            "|and|or)\\s*(?:further\\s+)?information|Further\\s+information\\s+to\\s+be|"
            "(?-i:Signed|SIGNED)\\b|(?:Proposed|Moved)\\b.{0,80}\\b[Ss]econded\\b|Chair(?:man|person)?\\s*[:."
            "]?$|Cadeirydd\\s*$|Date\\s*[:.]?(?:\\s*[._]+)?"
            "$|[._]{5,}|"
            "(?:The\\s+)?meeting\\s+(?:ended|closed|finished|concluded))"),
        CI);
    return rx.match(text.trimmed()).hasMatch();
}

// "That Cabinet:", "That the Committee", "The Panel:-": the words that open a list of parts.
bool isLeadIn(const QString& text)
{
    static const RX rx(
        QStringLiteral("^(?:that\\s+)?(?:the\\s+)?(?:[A-Z][\\w'’-]*\\s+){0,3}?(?:Committee|Cabinet|"
                       "Council|Board|Panel|Forum|Sub-Committee|Executive|Authority|Group|"
                       "Pwyllgor|Cyngor)\\s*(?::-?|–|—|-)?\\s*$"),
        CI);
    return rx.match(text.trimmed()).hasMatch();
}

// "None", "There were no declarations": nothing decided.
bool isNothing(const QString& text)
{
    static const RX rx(QStringLiteral("^(?:None|Nil|No\\b|There (?:were|was) no\\b|Dim\\b)"), CI);
    return rx.match(text).hasMatch();
}

} // namespace

void readBody(const QList<Line>& lines, int from, int to, ParsedItem& item)
{
    QStringList paragraphs; // plain paragraphs, for "ACTION: X" with no resolution before it
    QString paragraph;
    int paragraphFrom = -1, paragraphTo = -1; // its lines
    SourceRegion lastParagraphRegion;
    int currentFrom = -1, currentTo = -1; // the lines of the resolution being read
    QSet<QString> seen;
    int resolvedSince = 0;          // resolutions since the last ACTION line
    bool lastWasResolution = false; // the block just before is a resolution (not a paragraph)
    enum class Mode
    {
        Text,
        Resolution,
        Parts
    } mode = Mode::Text;
    QString current;                // the resolution being read
    Certainty currentWhy;           // and what it was read from
    bool currentWelsh = false;      // read from Welsh words
    bool currentPassive = false;    // read from a passive record of approval
    QList<bool> passiveResolutions; // for each resolution of this item
    QList<bool> welshResolutions;   // for each resolution of this item
    int listKind = 0;               // the kind of marker of the list's parts ('n', 'a', 'i', 'd', 'b')
    int partKind = 0;               // the kind of the part being read
    bool nested = false;            // sub-parts inside the part being read ("(b) … to: (i) … (ii) …")
    QChar lastLetter;               // the last lettered part's letter, to tell "(i)" after "(h)"
    int motionFrom = -1;            // the first resolution of a motion under its mover and seconder
    QChar bareNext;                 // the next letter of parts lettered without a bracket ("A", "B")
    auto why = [](double level, const char* text) {
        return Certainty{level, QCoreApplication::translate("MinutesParser", text)};
    };
    // A motion carried is a decision, unless a RESOLVED records it afterwards: held until the end.
    struct Pending
    {
        QString text;
        SourceRegion where;
        qsizetype resolutionsBefore;
    };
    QList<Pending> pending;
    bool lastWasMotion = false;         // the paragraph just finished put a motion
    bool actionList = false;            // under an "Actions:" heading: "<owner> to <do>" parts follow
    std::optional<Pending> agreedAtEnd; // "It was agreed that …" as the item's last paragraph
    bool decisionHeading = false;       // a "Decision:" heading: the text under it is the decision
    auto norm = [](const QString& s) {
        static const RX notAlnum(QStringLiteral("[^a-z0-9]"));
        QString n = s.toLower();
        n.remove(notAlnum);
        return n;
    };
    const Certainty besideTheText{0.75,
                                  QCoreApplication::translate("MinutesParser", "owner at the right margin")};
    // Ends a block of lines [from, to]: where it was printed; an owner beside it makes its text an action.
    auto endBlock = [&](int& from, int& to, const QString& text) {
        Q_UNUSED(text);
        const SourceRegion where = regionOf(lines, from, to);
        from = to = -1;
        return where;
    };
    // "Proposed: Cllr A  Seconded: Cllr B  All in favour": the procedure under a decision.
    static const RX procedure(QStringLiteral("^(?:Proposed|Moved)\\b.{0,80}\\bSeconded\\b.{0,80}$"), CI);
    // An owner at the right margin stands beside the first line of the block they own: the lines
    // down to the next paragraph, part or owner (the procedure of a vote under it included),
    // whatever decisions it records.
    auto ownedBlock = [&](int k, int to) {
        int m = k + 1;
        while (m < to && lines.at(m).marginOwner.isEmpty() && !isSectionMarker(lines.at(m).text) &&
               (!lines.at(m).para || procedure.match(clean(lines.at(m).text)).hasMatch()) &&
               !partMarker().match(lines.at(m).text).hasMatch() && !isActionLine(lines.at(m).text))
            ++m;
        QString text;
        for (int j = k; j < m; ++j)
            text += QLatin1Char(' ') + lines.at(j).text;
        text = withoutParagraphNumber(clean(text));
        if (const auto p = partMarker().match(text); p.hasMatch())
            text = p.captured(1);
        const SourceRegion where = regionOf(lines, k, m - 1);
        item.actions << ParsedAction{text, lines.at(k).marginOwner, {}, where.page, where, besideTheText};
    };
    auto finishResolution = [&] {
        QString r = clean(current);
        current.clear();
        partKind = 0;
        nested = false;
        if (isLeadIn(r))
            r.clear();
        const SourceRegion where = endBlock(currentFrom, currentTo, r);
        if (r.isEmpty())
            return;
        if (seen.contains(norm(r)))
            return;
        seen.insert(norm(r));
        item.resolutions << r;
        item.resolutionRegions << where;
        while (item.resolutionCertainty.size() < item.resolutions.size() - 1)
            item.resolutionCertainty << Certainty{};
        item.resolutionCertainty << currentWhy;
        welshResolutions << currentWelsh;
        passiveResolutions << currentPassive;
        ++resolvedSince;
        lastWasResolution = true;
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
        const QString bare = withoutParagraphNumber(p);
        const SourceRegion where = endBlock(paragraphFrom, paragraphTo, bare);
        if (p.isEmpty())
            return;
        // "Proposed: Cllr A  Seconded: Cllr B  All in favour" under a decision is its procedure: an
        // ACTION line after it still takes the decision.
        if (lastWasResolution && procedure.match(p).hasMatch())
            return;
        lastWasResolution = false;
        lastParagraphRegion = where;
        lastWasMotion = isMotion(bare);
        agreedAtEnd.reset();
        // "The Chairman proposed that … and it was agreed unanimously."
        static const RX agreedInline(
            QStringLiteral("(?:,|\\s)\\s*(?:and\\s+)?(?:it|this|which)\\s+was\\s+(?:then\\s+)?"
                           "(?:unanimously\\s+)?(?:agreed|carried|approved)(?:\\s+unanimously)?\\.?$"),
            CI);
        if (lastWasMotion && agreedInline.match(bare).hasMatch()) {
            pending << Pending{bare, where, item.resolutions.size()};
            lastWasMotion = false;
        }
        // "It was proposed by Cllr A and seconded by Cllr B that the quote be accepted. Councillors voted
        // that the proposal become a resolution." (or "The proposal was carried.", "All in favour."): the
        // proposal, carried by the sentence after it, is the decision.
        static const RX proposedThat(
            QStringLiteral("\\b(?:proposed|moved)\\b(?:\\s+by\\s+[^.]{2,60}?)?,?\\s+(?:and\\s+)?seconded\\b"
                           "(?:\\s+by\\s+[^.]{2,60}?)?,?\\s+(that\\s+.+?\\.)\\s+(\\S.*)$"),
            CI);
        static const RX carriedAfter(QStringLiteral("^(?:(?:The\\s+)?(?:Councillors|Members|Council|All\\s+"
                                                    "members)\\s+(?:then\\s+)?(?:unanimously\\s+)?"
                                                    "voted\\b(?!.*\\b(?:against|not\\s+to|reject))|(?:The\\s+"
                                                    ")?(?:proposal|motion)\\s+was\\s+(?:then\\s+)?"
                                                    "(?:unanimously\\s+)?(?:carried|agreed|approved|passed)"
                                                    "\\b|All\\s+(?:were\\s+)?in\\s+favour\\b|"
                                                    "Carried\\b|Agreed\\b)"),
                                     CI);
        if (const auto pm = proposedThat.match(bare);
            pm.hasMatch() && carriedAfter.match(pm.captured(2)).hasMatch()) {
            pending << Pending{pm.captured(1), where, item.resolutions.size()};
            lastWasMotion = false;
        }
        static const RX itWasAgreed(
            QStringLiteral("^It\\s+was\\s+(?:unanimously\\s+)?agreed\\s+(?=that\\b|to\\b)"), CI);
        if (const auto m = itWasAgreed.match(bare); m.hasMatch())
            agreedAtEnd = Pending{bare.mid(m.capturedLength()), where, item.resolutions.size()};
        // "… Action – Head of Service" closing a paragraph.
        // (Or "… at the next meeting.   ACTION: SW", the owner's initials at the right.)
        static const RX closing(QStringLiteral("^(.*\\S)\\s*(?:\\.\\s*)?\\b(?:Action\\s*[:–—-]\\s*([^.]{3,80}"
                                               ")|ACTION\\s*[:–—-]\\s*([^.]{2,80}))\\.?$"));
        if (const auto m = closing.match(bare); m.hasMatch()) {
            QString text = m.captured(1).trimmed();
            item.actions << ParsedAction{
                text,
                QString(m.captured(2) + m.captured(3)).trimmed(),
                {},
                where.page,
                where,
                why(0.85, QT_TRANSLATE_NOOP("MinutesParser", "an \"Action –\" tag closing the paragraph"))};
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
                item.suggestedActions << ParsedAction{
                    s,     QString(),
                    {},    where.page,
                    where, why(0.4, QT_TRANSLATE_NOOP("MinutesParser", "a commitment in the narrative"))};
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
            ParsedAction a{
                text,       owner, table->due >= 0 ? parseDue(r.cells.value(table->due)) : QDate(),
                where.page, where, why(0.85, QT_TRANSLATE_NOOP("MinutesParser", "a row of an action table"))};
            // A bare row number ("1", "2") under "No." or "Ref" counts the rows; a minute's number
            // in the document's scheme ("CYP/24/31") or under "Minute" names where it was minuted.
            static const RX rowNumber(QStringLiteral("^\\d{1,3}\\.?$"));
            const QString ref = clean(r.cells.value(table->ref));
            if (table->ref >= 0 && (table->refIsMinute || !rowNumber.match(ref).hasMatch()))
                a.minuteReference = ref;
            item.actions << a;
        }
        rows.clear();
        table.reset();
    };

    // Line i goes on the paragraph being read (or starts the next one).
    auto addToParagraph = [&](int i, const QString& text = QString()) {
        if (lines.at(i).para)
            finishParagraph();
        paragraph += QLatin1Char(' ') + (text.isEmpty() ? lines.at(i).text : text);
        if (paragraphFrom < 0)
            paragraphFrom = i;
        paragraphTo = i;
    };
    int quoted = 0;     // inside a quoted motion (“…”): its words are the motion's, not decisions
    int insidePart = 0; // the kind of the lettered paragraph a decision was opened inside
    bool midLineOpening = false; // the decision on this line opened after a sentence
    for (int i = from; i < to; ++i) {
        const Line& line = lines.at(i);
        QString t = line.text;
        midLineOpening = false;
        if (!line.marginOwner.isEmpty())
            ownedBlock(i, to);
        // The action in the columns beside this row of a table of minutes.
        if (const ColumnAction& c = line.columnAction; !c.text.isEmpty() && !c.owner.isEmpty()) {
            const SourceRegion where = regionOf(lines, i, i);
            item.actions << ParsedAction{
                c.text,
                c.owner,
                parseDue(c.due),
                where.page,
                where,
                why(0.85, QT_TRANSLATE_NOOP("MinutesParser", "the action columns of a row"))};
        }
        // A formal RESOLVED or the verdict of a vote ends a quotation left open.
        static const RX formalWord(QStringLiteral("^(?:RESOLVED|AGREED|DECIDED|PENDERFYNWYD|CYTUNWYD)\\b"));
        if (formalWord.match(withoutParagraphNumber(t)).hasMatch() || verdict(withoutParagraphNumber(t)))
            quoted = 0;
        const bool inQuote = quoted > 0;
        quoted = qMax(0, quoted + int(t.count(QChar(0x201c))) - int(t.count(QChar(0x201d))));
        if (isSectionMarker(t)) {
            if (mode != Mode::Text)
                finishResolution();
            finishParagraph();
            mode = Mode::Text;
            decisionHeading = isDecisionHeading(t);
            continue;
        }
        // "Decision  (1) That the policy be adopted …": the label in a cell of its own beside the text
        // (a table of decision and reasons), or "Decision: That …" on the line.
        static const RX decisionCell(
            QStringLiteral("^(?:Decisions?|Outcomes?|Penderfyniad(?:au)?)(?:\\s*:\\s*|\\s{2,})(\\S.*)$"), CI);
        if (const auto d = decisionCell.match(t); d.hasMatch() && !inQuote) {
            if (mode != Mode::Text)
                finishResolution();
            finishParagraph();
            mode = Mode::Text;
            decisionHeading = true;
            t = d.captured(1);
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
                                (endsDecision(t) && !rows.isEmpty()) ||
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
                        if (!cells.at(c).isEmpty()) {
                            // A word broken at a hyphen over two lines of the cell ("Bengali-" / "speaking").
                            const QString& above = rows.last().cells.at(c);
                            const bool broken = above.size() > 1 && above.endsWith(QLatin1Char('-')) &&
                                                above.at(above.size() - 2).isLetter();
                            rows.last().cells[c] =
                                above + (broken ? QString() : QStringLiteral(" ")) + cells.at(c);
                        }
                    rows.last().to = i;
                }
                continue;
            }
        }
        if (const auto header = tableHeader(lines, i, to)) {
            if (mode != Mode::Text)
                finishResolution();
            finishParagraph();
            mode = Mode::Text;
            table = header;
            continue;
        }

        // "R12/24 – The Head of Service to write to the schools": an action's own reference, who
        // acts and what they are to do.
        static const RX referencedAction(
            QStringLiteral("^(?:[A-Z]{1,3}\\d{1,3}(?:/"
                           "\\d{2,4})?)\\s*[–—:-]\\s*((?:The\\s+)?[A-Z][^.;:]{1,70}?)\\s+(to\\s+\\S.*)$"));
        if (const auto m = referencedAction.match(t); m.hasMatch() && !isResolvedStart(m.captured(1))) {
            if (mode != Mode::Text)
                finishResolution();
            finishParagraph();
            mode = Mode::Text;
            QString text = m.captured(2);
            const int actionFrom = i;
            while (i + 1 < to && !lines.at(i + 1).para &&
                   !referencedAction.match(lines.at(i + 1).text).hasMatch() &&
                   !isActionLine(lines.at(i + 1).text) && !isResolvedStart(lines.at(i + 1).text)) {
                text += QLatin1Char(' ') + lines.at(i + 1).text;
                ++i;
            }
            const SourceRegion where = regionOf(lines, actionFrom, i);
            item.actions << ParsedAction{
                clean(text),
                clean(m.captured(1)),
                {},
                where.page,
                where,
                why(0.85, QT_TRANSLATE_NOOP("MinutesParser",
                                            "an action's reference, who acts and what they are to do"))};
            continue;
        }
        // The numbered or bulleted lines under an "Actions:" heading, each "<owner> to <do something>".
        static const RX ownerTo(
            QStringLiteral("^(\\p{Lu}{2,4}|.{3,80}?)\\s+((?:to|i)\\s+(?!(?:the|a|an|y|yr|'r)\\s).+)$"));
        if (actionList) {
            const auto p = partMarker().match(t);
            const auto m = ownerTo.match(p.hasMatch() ? clean(p.captured(1)) : QString());
            if (p.hasMatch() && m.hasMatch() && m.captured(1).front().isUpper() &&
                m.captured(1).split(QLatin1Char(' ')).size() <= 6) {
                QString text = m.captured(2);
                const int actionFrom = i;
                while (i + 1 < to && !lines.at(i + 1).para &&
                       !partMarker().match(lines.at(i + 1).text).hasMatch() &&
                       !isActionLine(lines.at(i + 1).text) && !isResolvedStart(lines.at(i + 1).text)) {
                    text += QLatin1Char(' ') + lines.at(i + 1).text;
                    ++i;
                }
                const SourceRegion where = regionOf(lines, actionFrom, i);
                item.actions << ParsedAction{
                    clean(text), clean(m.captured(1)),
                    {},          where.page,
                    where,       why(0.85, "a line under an Actions heading: who, and what they are to do")};
                continue;
            }
            actionList = false;
        }
        if (isActionLine(t)) {
            if (mode != Mode::Text)
                finishResolution();
            finishParagraph();
            mode = Mode::Text;
            // "GWEITHREDU: Clerc" beside "ACTION: Clerk": one action in two languages; the English
            // line gives it.
            static const RX welshTag(QStringLiteral("^(?:CAM\\s+|Cam\\s+)?(?:GWEITHREDU|[Gg]weithredu)\\b"));
            auto englishAction = [&](int k) {
                return k >= from && k < to && isActionLine(lines.at(k).text) &&
                       !welshTag.match(lines.at(k).text).hasMatch();
            };
            if (welshTag.match(t).hasMatch() && (englishAction(i + 1) || englishAction(i - 1)))
                continue;
            static const RX tag(QStringLiteral("^(?:ACTIONS?|Actions?|ACTION BY|Action by|(?:CAM |Cam "
                                               ")?GWEITHREDU|(?:Cam )?[Gg]weithredu)\\s*"
                                               "(?::|-|–|—)\\s*(.*)$"));
            QString rest = clean(tag.match(t).captured(1));
            const int actionFrom = i;
            // The line may wrap: into a line that goes on with the sentence, or after a line that
            // cannot end there ("Head of Service," / "Placements").
            static const RX unfinished(QStringLiteral("(?:[,&/–-]|\\b(?:and|of|for|to|the))$"), CI);
            while (i + 1 < to && !lines.at(i + 1).para && !isResolvedStart(lines.at(i + 1).text) &&
                   !isActionLine(lines.at(i + 1).text) &&
                   !partMarker().match(lines.at(i + 1).text).hasMatch() &&
                   (lines.at(i + 1).text.front().isLower() || unfinished.match(rest).hasMatch())) {
                rest += QLatin1Char(' ') + lines.at(i + 1).text;
                ++i;
            }
            rest = clean(rest);
            if (rest.endsWith(QLatin1Char('.')))
                rest.chop(1);
            // "ACTION: None", "ACTION: No action": nobody is to act.
            static const RX none(QStringLiteral("^(?:none|no action(?: required)?|n/?a|nil|-|–)$"), CI);
            if (rest.isEmpty() || none.match(rest).hasMatch()) {
                actionList = rest.isEmpty();
                resolvedSince = 0;
                continue;
            }
            // "Treasurer to the Joint Committee", "Clerk to the Council": a post, not what is to be done.
            const auto m = ownerTo.match(rest);
            const SourceRegion where = regionOf(lines, actionFrom, i);
            if (m.hasMatch() && m.captured(1).split(QLatin1Char(' ')).size() <= 9) {
                item.actions << ParsedAction{
                    m.captured(2),
                    m.captured(1),
                    {},
                    line.page,
                    where,
                    why(0.9, QT_TRANSLATE_NOOP("MinutesParser", "an ACTION line naming who and what"))};
            } else if (resolvedSince > 0 && lastWasResolution) {
                // The action is the resolution's: show both, the resolution and its ACTION line.
                for (int r = int(item.resolutions.size()) - resolvedSince; r < item.resolutions.size(); ++r) {
                    SourceRegion both = item.resolutionRegions.value(r);
                    if (both.page == where.page)
                        both.box = both.box.united(where.box);
                    else
                        both = where;
                    item.actions << ParsedAction{
                        item.resolutions.at(r),
                        rest,
                        {},
                        line.page,
                        both,
                        why(0.85, QT_TRANSLATE_NOOP("MinutesParser", "an ACTION line under the resolution"))};
                }
            } else if (!paragraphs.isEmpty()) {
                SourceRegion both = lastParagraphRegion;
                if (both.page == where.page)
                    both.box = both.box.united(where.box);
                else
                    both = where;
                item.actions << ParsedAction{
                    paragraphs.last(),
                    rest,
                    {},
                    line.page,
                    both,
                    why(0.75,
                        QT_TRANSLATE_NOOP("MinutesParser", "an ACTION line under the paragraph before it"))};
            }
            resolvedSince = 0;
            continue;
        }

        if (inQuote && mode == Mode::Text) {
            addToParagraph(i);
            continue;
        }
        // "Councillor Ashby/Councillor Holt" over a motion (mover and seconder, as InfoCouncil prints
        // them): the motion's text, or its parts A) B) C), is the decision once CARRIED; LOST, it is none.
        static const RX moverSeconder(QStringLiteral(
            "^(?:Councillor|Cllr|Cr|Mayor|Deputy\\s+Mayor|Mr|Mrs|Ms|Miss|Dr)\\s+\\p{Lu}[\\p{L}'’-]+(?:\\s+"
            "\\p{"
            "Lu}[\\p{L}'’-]+){0,2}"
            "\\s*/\\s*(?:Councillor|Cllr|Cr|Mayor|Deputy\\s+Mayor|Mr|Mrs|Ms|Miss|Dr)\\s+\\p{Lu}[\\p{L}'’-]+"
            "(?:\\s+\\p{Lu}[\\p{L}'’-]+){0,2}$"));
        // Or on two lines: "Moved: Mayor John Carter" / "Seconded: Cr Rachel Smith", or "Moved by:
        // Councillor Ames" / "Seconded by: Councillor Bell" (eScribe).
        // Without the colon too ("Moved by Councillor Boateng"), or both on one line ("Moved: Cr Jane
        // Corbett   Seconded: Cr Alan Mace").
        static const RX secondedLine(QStringLiteral("^Seconded(?:\\s+by\\s*:?|\\s*:)\\s*\\S.{0,60}$"), CI);
        static const RX movedLine(QStringLiteral("^Moved(?:\\s+by\\s*:?|\\s*:)\\s*\\S.{0,60}$"), CI);
        static const RX bothOnOneLine(
            QStringLiteral(
                "^Moved(?:\\s+by\\s*:?|\\s*:)\\s*\\S[^.;:]{0,50}?[\\s,;]+Seconded(?:\\s+by\\s*:?|\\s*:)"
                "\\s*\\S[^.;:]{0,50}$"),
            CI);
        static const RX decisionWords(QStringLiteral("\\b(?:resolved|agreed|carried|that)\\b"), CI);
        const auto isMoved = [&](const QString& s) {
            return movedLine.match(s).hasMatch() && !decisionWords.match(s).hasMatch();
        };
        const bool oneLine = bothOnOneLine.match(t).hasMatch() && !decisionWords.match(t).hasMatch();
        const bool movedThenSeconded =
            oneLine || (secondedLine.match(t).hasMatch() && !decisionWords.match(t).hasMatch() && i > from &&
                        isMoved(clean(lines.at(i - 1).text)));
        // "Motion No. 2024-301", "RESOLUTION 2024/214", "MOTION" over the mover and seconder: the
        // motion's label, not its text.
        if (isMotionLabel(t) && i + 1 < to &&
            (isMoved(clean(lines.at(i + 1).text)) ||
             bothOnOneLine.match(clean(lines.at(i + 1).text)).hasMatch())) {
            if (mode != Mode::Text)
                finishResolution();
            finishParagraph();
            mode = Mode::Text;
            continue;
        }
        if (!oneLine && isMoved(t) && i + 1 < to &&
            secondedLine.match(clean(lines.at(i + 1).text)).hasMatch()) {
            if (mode != Mode::Text)
                finishResolution();
            finishParagraph();
            mode = Mode::Text;
            continue;
        }
        if (moverSeconder.match(t).hasMatch() || movedThenSeconded) {
            if (mode != Mode::Text)
                finishResolution();
            finishParagraph();
            mode = Mode::Parts;
            listKind = 0;
            bareNext = QChar();
            currentWelsh = currentPassive = false;
            currentWhy =
                why(0.85, QT_TRANSLATE_NOOP("MinutesParser", "a motion under its mover and seconder"));
            current.clear();
            currentFrom = currentTo = -1;
            motionFrom = int(item.resolutions.size());
            continue;
        }
        // "Agreed unanimously." or "Motion carried." under a motion: the motion is the decision.
        if (const auto v = verdict(withoutParagraphNumber(t))) {
            if (mode != Mode::Text)
                finishResolution();
            finishParagraph();
            mode = Mode::Text;
            if (motionFrom >= 0) {
                if (!*v)
                    while (item.resolutions.size() > motionFrom) {
                        item.resolutions.removeLast();
                        if (item.resolutionRegions.size() > item.resolutions.size())
                            item.resolutionRegions.removeLast();
                        if (item.resolutionCertainty.size() > item.resolutions.size())
                            item.resolutionCertainty.removeLast();
                        welshResolutions.removeLast();
                        passiveResolutions.removeLast();
                    }
                motionFrom = -1;
                lastWasMotion = false;
                continue;
            }
            if (*v && lastWasMotion && !paragraphs.isEmpty())
                pending << Pending{withoutParagraphNumber(paragraphs.last()), lastParagraphRegion,
                                   item.resolutions.size()};
            lastWasMotion = false;
            continue;
        }
        // "… where visibility is poor. Resolved: to object to …": a formal decision after a sentence
        // in the same line starts there.
        // So does one inside a lettered paragraph of the item ("b. 24/0719, land behind the inn: …
        // Resolved: to object …"): the paragraph is not a part of the decision before it, and the
        // paragraphs lettered like it after the decision are the item's, not the decision's.
        const bool partLine = mode != Mode::Text && partMarker().match(t).hasMatch();
        if ((mode == Mode::Text || partLine) && !inQuote) {
            // (With the vote's procedure before it: "… a garden room. Proposed: Cllr A, Seconded: Cllr
            // B, Resolved: no objection.")
            static const RX midLine(QStringLiteral(
                "(?<=[.!?)–—])\\s+(?=(?:(?:Proposed|Moved)(?:\\s+by)?\\s*:?\\s*[^.:]{2,60}?,?\\s+(?:and\\s+)?"
                "Seconded(?:\\s+by)?\\s*:?\\s*[^.:]{2,60}?,?\\s+(?:and\\s+)?)?(?:It\\s+was\\s+(?:"
                "unanimously\\s+)?)"
                "?(?:RESOLVED|Resolved|AGREED|DECIDED)\\b\\s*[:–—-]?\\s*\\S)"));
            if (const auto m = midLine.match(t); m.hasMatch() && m.capturedStart() > 0) {
                const QString rest = t.mid(m.capturedEnd());
                // ("ii. AGREED to …": the stop is the marker's, not a sentence's.)
                static const RX markerOnly(
                    QStringLiteral("^(?:\\(?\\d{1,3}[.)]|\\(?[a-zA-Z]{1,4}[.)]|\\[[a-z]\\])$"));
                if (!markerOnly.match(t.left(m.capturedStart()).trimmed()).hasMatch() &&
                    decisionOpening(rest)) {
                    const auto p = partMarker().match(t);
                    if (mode != Mode::Text)
                        finishResolution();
                    mode = Mode::Text;
                    insidePart =
                        p.hasMatch() ? partFamily(t.left(t.size() - p.captured(1).size()), lastLetter) : 0;
                    addToParagraph(i, t.left(m.capturedStart()));
                    finishParagraph();
                    t = rest;
                    midLineOpening = true;
                }
            }
        }
        // "Councillors considered the budget and it was resolved that …", "Following discussion it was
        // resolved to object …": a parish's decision inside its sentence, in lower case; the paragraph
        // before it (or the decision before, when a new paragraph opens) ends there.
        static const RX inSentence(QStringLiteral("(?:[,;]?\\s+and)?\\s+it\\s+was\\s+(?:unanimously\\s+)?"
                                                  "resolved\\s+(?=(?:that|to)\\s+\\S)"),
                                   CI);
        if (!inQuote && (mode == Mode::Text || line.para))
            if (const auto m = inSentence.match(t); m.hasMatch() && m.capturedStart() > 0) {
                if (mode != Mode::Text)
                    finishResolution();
                mode = Mode::Text;
                addToParagraph(i, t.left(m.capturedStart()));
                finishParagraph();
                t = QStringLiteral("RESOLVED ") + t.mid(m.capturedEnd());
            }
        std::optional<DecisionOpening> opening = decisionOpening(t);
        // Under a "Decision:" heading the paragraph is the decision, whatever its first words.
        const bool decisionHeading0 =
            !opening && decisionHeading && mode == Mode::Text && !isActionLine(t) && !isNothing(t);
        if (decisionHeading0)
            opening = DecisionOpening{t, true};
        decisionHeading = false;
        if (opening) {
            if (mode != Mode::Text)
                finishResolution();
            finishParagraph();
            // A decision that opens a lettered or numbered paragraph ("b. The Board RESOLVED to …")
            // is that paragraph's: the next paragraph lettered like it is not one of its parts.
            if (!midLineOpening) {
                const auto p = partMarker().match(t);
                insidePart = p.hasMatch() && !opening->rest.trimmed().endsWith(QLatin1Char(':')) &&
                                     !opening->rest.trimmed().isEmpty() &&
                                     !opening->rest.startsWith(QLatin1Char(':'))
                                 ? partFamily(t.left(t.size() - p.captured(1).size()).trimmed(), lastLetter)
                                 : 0;
            }
            listKind = 0;
            bareNext = QChar();
            currentWelsh = opening->welsh;
            currentPassive = opening->passive;
            currentWhy =
                decisionHeading0
                    ? why(0.8, QT_TRANSLATE_NOOP("MinutesParser", "the text under a Decision heading"))
                : opening->whole
                    ? why(0.85,
                          QT_TRANSLATE_NOOP("MinutesParser", "a sentence saying the committee resolved"))
                    : why(0.95, QT_TRANSLATE_NOOP("MinutesParser", "a RESOLVED (or AGREED) paragraph"));
            const QString rest =
                opening->whole && !decisionHeading0 ? withoutParagraphNumber(t) : opening->rest;
            static const RX thatOnly(QStringLiteral("^(that|:|–|-|bod)?\\s*:?\\s*[–-]?$"), CI);
            if (!opening->whole && thatOnly.match(rest).hasMatch()) {
                mode = Mode::Parts;
                currentFrom = currentTo = -1;
            } else if (const auto p = partMarker().match(rest);
                       p.hasMatch() && (!opening->whole || decisionHeading0)) {
                // "RESOLVED (1) that …", a Decision heading over bullets.
                mode = Mode::Parts;
                current = p.captured(1);
                listKind = partKind = partFamily(rest.left(rest.size() - p.captured(1).size()));
                startResolution(i);
            } else if (rest.endsWith(QLatin1Char(':'))) {
                // "The Committee:" or "Committee resolved to:" — its parts follow; "RESOLVED to pay
                // the following:" — a table may follow instead, and the words are the decision.
                mode = Mode::Parts;
                // "It was resolved [unanimously / by a majority] to:" only opens the parts.
                static const RX toOnly(
                    QStringLiteral(
                        "^(?:(?:unanimously|by\\s+a\\s+majority|nem\\.?\\s*con\\.?)\\s+)?to\\s*:$"),
                    CI);
                current = rest == QLatin1String(":") || toOnly.match(rest).hasMatch() ? QString() : rest;
                if (current.isEmpty())
                    currentFrom = currentTo = -1;
                else
                    startResolution(i);
            } else {
                mode = Mode::Resolution;
                current = rest;
                startResolution(i);
            }
            continue;
        }

        // Parts lettered without a bracket or a stop ("A Approve the …", "B Note the …"), in a list a
        // decision opened: only the next letter of the run, before a word in capitals.
        static const RX bareLetter(QStringLiteral("^([A-Z])\\s+([A-Z][a-z].*)$"));
        if (mode == Mode::Parts && !partMarker().match(t).hasMatch())
            if (const auto b = bareLetter.match(t); b.hasMatch()) {
                const QChar letter = b.captured(1).at(0);
                if (letter == (bareNext.isNull() ? QLatin1Char('A') : bareNext)) {
                    t = letter + QStringLiteral(") ") + b.captured(2);
                    bareNext = QChar(letter.unicode() + 1);
                }
            }
        // A motion of several "THAT …" paragraphs, each but the last ending "; and" (eScribe prints of
        // Canadian councils): each paragraph is one of its parts.
        static const RX thatOpening(QStringLiteral("^(?:THAT|That)\\s+\\S"));
        static const RX joined(QStringLiteral(";\\s*(?:and|or)?$"), CI);
        if (mode == Mode::Parts && motionFrom >= 0 && joined.match(current.trimmed()).hasMatch() &&
            thatOpening.match(t).hasMatch()) {
            finishResolution();
            current = t;
            startResolution(i);
            continue;
        }
        auto part = partMarker().match(t);
        // A dash opening a line in the hanging indent of the part being read goes on with its text
        // ("A) That the Committee receives the report titled Annual Plan 2025/26" / "– Consultation").
        const double x = line.source ? line.source->x : 0;
        const bool dash = t.startsWith(QChar(0x2013)) || t.startsWith(QLatin1Char('-'));
        if (part.hasMatch() && dash && mode == Mode::Parts && currentFrom >= 0 && line.source &&
            lines.at(currentFrom).source && x > lines.at(currentFrom).source->x + 6 && !current.isEmpty()) {
            static const RX never(QStringLiteral("(?!)"));
            part = never.match(t);
        }
        // "To APPROVE the application subject to the following conditions:" then "1. …", "2. …":
        // the numbered terms of one decision, not decisions of their own; an unnumbered reason
        // indented under "for the following reason:" is the decision's own text.
        // (Steps or recommendations that follow are decisions of their own: "to take the following
        // steps:" then "(a) …", "(b) …".)
        static const RX theFollowing(
            QStringLiteral(
                "\\bthe\\s+following(?:\\s+[\\w-]+)?\\s+(?:conditions?|reasons?|grounds?|terms?)\\s*:$"),
            CI);
        const bool termsFollow = mode != Mode::Text && !current.isEmpty() &&
                                 theFollowing.match(current.trimmed()).hasMatch() && !isLeadIn(current);
        if (termsFollow && part.hasMatch()) {
            finishResolution();
            mode = Mode::Text;
            addToParagraph(i);
            continue;
        }
        if (termsFollow && currentFrom >= 0 && lines.at(currentFrom).source && line.source &&
            x > lines.at(currentFrom).source->x + 6 && !line.para) {
            current += QLatin1Char(' ') + t;
            continueResolution(i);
            continue;
        }
        if (part.hasMatch() && mode == Mode::Resolution && insidePart != 0 &&
            partFamily(t.left(t.size() - part.captured(1).size()).trimmed(), lastLetter) == insidePart) {
            finishResolution();
            mode = Mode::Text;
        }
        if (part.hasMatch() && (mode == Mode::Parts || mode == Mode::Resolution) &&
            (mode == Mode::Parts || current.trimmed().endsWith(QLatin1Char(':')) || !line.para)) {
            const QString marker = t.left(t.size() - part.captured(1).size()).trimmed();
            const int kind = partFamily(marker, lastLetter);
            if (kind == 'a') {
                static const RX letterOf(QStringLiteral("[a-zA-Z]"));
                lastLetter = letterOf.match(marker).captured().front();
            }
            // A part of another kind inside a part that opened it ("(b) asks officers to:" then
            // "(i) …", "(ii) …") belongs to that part.
            if (partKind != 0 && kind != partKind && kind != listKind &&
                (nested || current.trimmed().endsWith(QLatin1Char(':')))) {
                current += QLatin1Char(' ') + marker + QLatin1Char(' ') + part.captured(1);
                nested = true;
                continueResolution(i);
                continue;
            }
            if (!current.trimmed().isEmpty() && !current.trimmed().endsWith(QLatin1Char(':')))
                finishResolution();
            else
                current.clear();
            mode = Mode::Parts;
            current = part.captured(1);
            partKind = kind;
            if (listKind == 0)
                listKind = kind;
            nested = false;
            startResolution(i);
            continue;
        }
        // A line in bold after the plain lines of a decision, not ending a sentence, is a heading
        // (a section's title at the top of the next page), not more of the decision.
        const bool boldAfterPlain = line.source && line.source->isBold() && i > from &&
                                    lines.at(i - 1).source && !lines.at(i - 1).source->isBold() &&
                                    !t.endsWith(QLatin1Char('.')) && !t.endsWith(QLatin1Char(';')) &&
                                    !t.endsWith(QLatin1Char(',')) && !t.front().isLower();
        if (mode != Mode::Text && (endsDecision(t) || boldAfterPlain)) {
            finishResolution();
            mode = Mode::Text;
        }
        // After a decision that ends in a colon, what is not one of its parts (a table of payments)
        // is not its text; a lead-in ("That Cabinet:") goes on to the parts under it.
        if (mode != Mode::Text && current.trimmed().endsWith(QLatin1Char(':')) && !isLeadIn(current) &&
            !nested) {
            finishResolution();
            mode = Mode::Text;
        }
        if (mode != Mode::Text) {
            // A part set with a hanging indent ends at a line back at its marker's indent ("C) That
            // …" / "   the limits." / "with the reasons for this decision …").
            const SourceLine* opened = currentFrom >= 0 ? lines.at(currentFrom).source : nullptr;
            const SourceLine* before = i > from ? lines.at(i - 1).source : nullptr;
            const bool outdented = mode == Mode::Parts && line.source && opened && before &&
                                   currentTo == i - 1 && currentTo > currentFrom &&
                                   before->x > opened->x + 6 && x < before->x - 6 &&
                                   partMarker().match(lines.at(currentFrom).text).hasMatch();
            const bool ends = (line.para && !(mode == Mode::Parts && current.isEmpty())) || outdented;
            if (!ends) {
                current += QLatin1Char(' ') + t;
                continueResolution(i);
                continue;
            }
            finishResolution();
            mode = Mode::Text;
        }
        addToParagraph(i);
        // "… before the next meeting. Action – Head of Service" at the end of a line closes its
        // paragraph, even where the next line follows without a gap.
        static const RX actionTag(QStringLiteral(
            "\\S\\s+(?:Action\\s*[–—:-]\\s*[A-Z][^.]{2,79}|ACTION\\s*[–—:-]\\s*[A-Z][^.]{1,79})\\.?$"));
        if (actionTag.match(t).hasMatch())
            finishParagraph();
    }
    if (mode != Mode::Text)
        finishResolution();
    finishTable();
    finishParagraph();
    // A passive record of approval ("The minutes … were approved") gives way to the decision the
    // item records in form ("It was resolved to: A Approve the minutes …").
    if (passiveResolutions.contains(true) && passiveResolutions.contains(false)) {
        const qsizetype first = item.resolutions.size() - passiveResolutions.size();
        for (qsizetype r = passiveResolutions.size() - 1; r >= 0; --r)
            if (passiveResolutions.at(r)) {
                item.resolutions.removeAt(first + r);
                if (first + r < item.resolutionRegions.size())
                    item.resolutionRegions.removeAt(first + r);
                if (first + r < item.resolutionCertainty.size())
                    item.resolutionCertainty.removeAt(first + r);
                welshResolutions.removeAt(r);
            }
    }
    // A bilingual item gives its decision in Welsh and in English: the English text is kept (and
    // the actions given to it).
    if (welshResolutions.contains(true) && welshResolutions.contains(false)) {
        const qsizetype first = item.resolutions.size() - welshResolutions.size();
        for (qsizetype r = welshResolutions.size() - 1; r >= 0; --r)
            if (welshResolutions.at(r)) {
                const QString welsh = item.resolutions.at(first + r);
                item.actions.removeIf([&](const ParsedAction& a) { return a.text == welsh; });
                item.resolutions.removeAt(first + r);
                if (first + r < item.resolutionRegions.size())
                    item.resolutionRegions.removeAt(first + r);
                if (first + r < item.resolutionCertainty.size())
                    item.resolutionCertainty.removeAt(first + r);
            }
    }
    auto add = [&](const Pending& p, const Certainty& why) {
        if (p.text.isEmpty() || seen.contains(norm(p.text)))
            return;
        seen.insert(norm(p.text));
        item.resolutions << p.text;
        item.resolutionRegions << p.where;
        while (item.resolutionCertainty.size() < item.resolutions.size() - 1)
            item.resolutionCertainty << Certainty{};
        item.resolutionCertainty << why;
    };
    for (const Pending& p : pending)
        if (item.resolutions.size() == p.resolutionsBefore)
            add(p, {0.7,
                    QCoreApplication::translate("MinutesParser", "a motion recorded as carried or agreed")});
    if (agreedAtEnd && item.resolutions.isEmpty())
        add(*agreedAtEnd,
            {0.55, QCoreApplication::translate("MinutesParser",
                                               "\"it was agreed\" closing the item, with no resolution")});
}

} // namespace MinutesReading
