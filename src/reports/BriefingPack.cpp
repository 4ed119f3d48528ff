#include "BriefingPack.h"

#include "PagedDocument.h"
#include "core/BritishDate.h"
#include "core/IndicatorRules.h"
#include "store/BriefingQueries.h"
#include "store/ContextRepository.h"
#include "store/DashboardRepository.h"
#include "store/Database.h"
#include "store/PlanRepository.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QFileInfo>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextObjectInterface>
#include <QTextTable>
#include <algorithm>
#include <cmath>

namespace {

// The context of this file's strings, the same for Text::tr() at run time and for lupdate.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(BriefingPack)
};

QColor textOn(const QColor& background)
{
    const double luminance =
        0.299 * background.redF() + 0.587 * background.greenF() + 0.114 * background.blueF();
    return luminance > 0.6 ? QColor(Qt::black) : QColor(Qt::white);
}

// --- Charts, drawn with QPainter inside the text flow (vector, so they print sharp). ----------

struct Segment
{
    int count = 0;
    QString letter;
    QColor colour;
};

struct ChartSpec
{
    enum class Kind
    {
        Ratings,
        Trend
    } kind = Kind::Ratings;
    // Ratings: one row of segments per priority, and the legend.
    QStringList rowLabels;
    QList<QList<Segment>> rows;
    QList<QPair<QString, QColor>> legend; // "B Blue", colour
    // Trend: values oldest first, the target band, the latest rating.
    QList<double> values;
    std::optional<double> low, high;
    QString letter;
    QColor colour;
    QSizeF sizeMm;
};

constexpr int ChartFormat = QTextFormat::UserObject + 41;
constexpr int ChartIndex = QTextFormat::UserProperty + 41;

class ChartObject : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)
public:
    ChartObject(double dotsPerMm, QObject* parent) : QObject(parent), m_dpmm(dotsPerMm) {}

    int add(const ChartSpec& spec)
    {
        m_specs.append(spec);
        return int(m_specs.size()) - 1;
    }

    QSizeF intrinsicSize(QTextDocument*, int, const QTextFormat& format) override
    {
        const ChartSpec& s = m_specs.at(format.intProperty(ChartIndex));
        return s.sizeMm * m_dpmm;
    }

    void drawObject(QPainter* painter, const QRectF& rect, QTextDocument*, int,
                    const QTextFormat& format) override
    {
        const ChartSpec& s = m_specs.at(format.intProperty(ChartIndex));
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        if (s.kind == ChartSpec::Kind::Ratings)
            drawRatings(painter, rect, s);
        else
            drawTrend(painter, rect, s);
        painter->restore();
    }

private:
    double mm(double v) const { return v * m_dpmm; }

    QFont font(double pointSize, bool bold = false) const
    {
        QFont f(QStringLiteral("DejaVu Sans"));
        f.setPixelSize(qMax(1, qRound(pointSize * 25.4 / 72.0 * m_dpmm)));
        f.setBold(bold);
        f.setStyleStrategy(QFont::PreferNoShaping);
        return f;
    }

    void drawRatings(QPainter* p, const QRectF& rect, const ChartSpec& s) const
    {
        const double labelWidth = mm(14);
        const double rowHeight = mm(6.5);
        const double barHeight = mm(5);
        int most = 1;
        for (const auto& row : s.rows) {
            int total = 0;
            for (const auto& seg : row)
                total += seg.count;
            most = qMax(most, total);
        }
        const double unit = (rect.width() - labelWidth - mm(2)) / most;
        p->setFont(font(8));
        for (int r = 0; r < s.rows.size(); ++r) {
            const double y = rect.top() + r * rowHeight;
            p->setPen(Qt::black);
            p->drawText(QRectF(rect.left(), y, labelWidth - mm(2), barHeight),
                        Qt::AlignRight | Qt::AlignVCenter, s.rowLabels.value(r));
            double x = rect.left() + labelWidth;
            for (const auto& seg : s.rows.at(r)) {
                if (seg.count == 0)
                    continue;
                const QRectF bar(x, y, seg.count * unit, barHeight);
                p->setPen(QPen(Qt::white, mm(0.3)));
                p->setBrush(seg.colour);
                p->drawRect(bar);
                // The letter always, with the count: the chart reads in black and white too.
                p->setPen(textOn(seg.colour));
                const QString label = QStringLiteral("%1 %2").arg(seg.letter).arg(seg.count);
                const QString shown =
                    p->fontMetrics().horizontalAdvance(label) < bar.width() - mm(1) ? label : seg.letter;
                p->drawText(bar, Qt::AlignCenter, shown);
                x += bar.width();
            }
        }
        // Legend: each letter with its name on its colour.
        double x = rect.left() + labelWidth;
        const double y = rect.top() + s.rows.size() * rowHeight + mm(1.5);
        for (const auto& [name, colour] : s.legend) {
            const QRectF chip(x, y, mm(5), mm(4.5));
            p->setPen(Qt::NoPen);
            p->setBrush(colour);
            p->drawRect(chip);
            p->setPen(textOn(colour));
            p->drawText(chip, Qt::AlignCenter, name.left(1));
            p->setPen(Qt::black);
            const QString rest = name.mid(2);
            p->drawText(QRectF(chip.right() + mm(1), y, mm(30), chip.height()),
                        Qt::AlignLeft | Qt::AlignVCenter, rest);
            x += chip.width() + mm(3) + p->fontMetrics().horizontalAdvance(rest) + mm(3);
        }
    }

    void drawTrend(QPainter* p, const QRectF& rect, const ChartSpec& s) const
    {
        if (s.values.isEmpty())
            return;
        const QRectF area = rect.adjusted(mm(1), mm(1), -mm(1), -mm(1));
        double lo = *std::min_element(s.values.begin(), s.values.end());
        double hi = *std::max_element(s.values.begin(), s.values.end());
        if (s.low)
            lo = qMin(lo, *s.low), hi = qMax(hi, *s.low);
        if (s.high)
            lo = qMin(lo, *s.high), hi = qMax(hi, *s.high);
        if (hi - lo < 1e-9)
            hi = lo + 1;
        const double pad = (hi - lo) * 0.1;
        lo -= pad;
        hi += pad;
        auto yOf = [&](double v) { return area.bottom() - (v - lo) / (hi - lo) * area.height(); };
        p->setPen(QPen(QColor(0xbd, 0xbd, 0xbd), mm(0.2)));
        p->setBrush(Qt::NoBrush);
        p->drawRect(rect);
        if (s.low || s.high) {
            const double top = s.high ? yOf(*s.high) : area.top();
            const double bottom = s.low ? yOf(*s.low) : area.bottom();
            p->setPen(Qt::NoPen);
            p->setBrush(QColor(0x2e, 0x7d, 0x32, 45));
            p->drawRect(QRectF(area.left(), top, area.width(), bottom - top));
        }
        QPainterPath path;
        const double step = s.values.size() > 1 ? area.width() / (s.values.size() - 1) : 0;
        for (int i = 0; i < s.values.size(); ++i) {
            const QPointF pt(area.left() + i * step, yOf(s.values.at(i)));
            if (i == 0)
                path.moveTo(pt);
            else
                path.lineTo(pt);
        }
        p->setPen(QPen(QColor(0x42, 0x42, 0x42), mm(0.35)));
        p->setBrush(Qt::NoBrush);
        p->drawPath(path);
        const QPointF last = path.currentPosition();
        p->setPen(Qt::NoPen);
        p->setBrush(s.colour.isValid() ? s.colour : QColor(Qt::black));
        p->drawEllipse(last, mm(0.9), mm(0.9));
    }

    double m_dpmm;
    QList<ChartSpec> m_specs;
};

// --- Building the document ---------------------------------------------------------------------

struct Cell
{
    Cell(QString t = QString(), QColor bg = QColor(), bool b = false, int c = -1)
        : text(std::move(t)), background(std::move(bg)), bold(b), chart(c)
    {
    }
    QString text;
    QColor background; // a rating's colour; the text is its letter
    bool bold = false;
    int chart = -1; // a chart in the cell instead of text
};

class Builder
{
public:
    Builder(QTextDocument& doc, ChartObject& charts) : m_charts(charts), m_cursor(&doc) {}

    void heading(const QString& text, bool newPage = false)
    {
        QTextBlockFormat block;
        block.setTopMargin(newPage ? 0 : 14);
        block.setBottomMargin(4);
        block.setPageBreakPolicy(newPage ? QTextFormat::PageBreak_AlwaysBefore : QTextFormat::PageBreak_Auto);
        QTextCharFormat chars;
        chars.setFontPointSize(14);
        chars.setFontWeight(QFont::Bold);
        chars.setForeground(QColor(0x1a, 0x23, 0x7e));
        block.setProperty(QTextFormat::BlockNonBreakableLines, true);
        block.setProperty(PagedDocument::KeepWithNext, true);
        newBlock(block, chars);
        m_cursor.insertText(text);
    }

    void paragraph(const QString& text, double size = 10, bool bold = false, int indent = 0,
                   const QColor& colour = Qt::black, double topMargin = 0)
    {
        QTextBlockFormat block;
        block.setTopMargin(topMargin);
        block.setBottomMargin(3);
        block.setLeftMargin(indent);
        QTextCharFormat chars;
        chars.setFontPointSize(size);
        chars.setFontWeight(bold ? QFont::Bold : QFont::Normal);
        chars.setForeground(colour);
        newBlock(block, chars);
        m_cursor.insertText(text);
    }

    void chart(const ChartSpec& spec)
    {
        newBlock(QTextBlockFormat(), QTextCharFormat());
        insertChart(spec);
    }

    int addChart(const ChartSpec& spec) { return m_charts.add(spec); }

    void table(const QStringList& headers, const QList<QList<Cell>>& rows, const QList<double>& widths)
    {
        newBlock(QTextBlockFormat(), QTextCharFormat());
        QTextTableFormat format;
        format.setBorder(0.5);
        format.setBorderBrush(QColor(0xbd, 0xbd, 0xbd));
        format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
        format.setCellPadding(3);
        format.setCellSpacing(0);
        format.setHeaderRowCount(1);
        format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
        QList<QTextLength> lengths;
        for (double w : widths)
            lengths << QTextLength(QTextLength::PercentageLength, w);
        format.setColumnWidthConstraints(lengths);
        QTextTable* table = m_cursor.insertTable(int(rows.size()) + 1, int(headers.size()), format);
        QTextCharFormat head;
        head.setFontWeight(QFont::Bold);
        head.setFontPointSize(9);
        for (int c = 0; c < headers.size(); ++c) {
            QTextTableCell cell = table->cellAt(0, c);
            QTextCharFormat bg = cell.format();
            bg.setBackground(QColor(0xe8, 0xea, 0xf6));
            cell.setFormat(bg);
            cell.firstCursorPosition().insertText(headers.at(c), head);
        }
        for (int r = 0; r < rows.size(); ++r)
            for (int c = 0; c < rows.at(r).size() && c < headers.size(); ++c) {
                const Cell& value = rows.at(r).at(c);
                QTextTableCell cell = table->cellAt(r + 1, c);
                QTextCharFormat chars;
                chars.setFontPointSize(9);
                if (value.bold)
                    chars.setFontWeight(QFont::Bold);
                if (value.background.isValid()) {
                    QTextCharFormat bg = cell.format();
                    bg.setBackground(value.background);
                    cell.setFormat(bg);
                    chars.setForeground(textOn(value.background));
                    chars.setFontWeight(QFont::Bold);
                }
                QTextCursor at = cell.firstCursorPosition();
                if (value.chart >= 0) {
                    QTextCharFormat object;
                    object.setObjectType(ChartFormat);
                    object.setProperty(ChartIndex, value.chart);
                    at.insertText(QString(QChar::ObjectReplacementCharacter), object);
                } else {
                    at.insertText(value.text, chars);
                }
            }
        m_cursor.movePosition(QTextCursor::End);
    }

private:
    void newBlock(const QTextBlockFormat& block, const QTextCharFormat& chars)
    {
        if (m_first) {
            m_cursor.setBlockFormat(block);
            m_cursor.setBlockCharFormat(chars);
            m_cursor.setCharFormat(chars);
            m_first = false;
        } else {
            m_cursor.insertBlock(block, chars);
        }
    }

    void insertChart(const ChartSpec& spec)
    {
        QTextCharFormat object;
        object.setObjectType(ChartFormat);
        object.setProperty(ChartIndex, m_charts.add(spec));
        m_cursor.insertText(QString(QChar::ObjectReplacementCharacter), object);
    }

    ChartObject& m_charts;
    QTextCursor m_cursor;
    bool m_first = true;
};

void parseTarget(const QString& target, std::optional<double>* low, std::optional<double>* high)
{
    static const QRegularExpression number(QStringLiteral("-?\\d+(?:\\.\\d+)?"));
    QList<double> found;
    for (auto it = number.globalMatch(target); it.hasNext();)
        found << it.next().captured().toDouble();
    if (found.size() >= 2) {
        *low = found.at(0);
        *high = found.at(1);
    } else if (found.size() == 1) {
        if (target.contains(QChar(0x2265)) || target.contains(QLatin1Char('>')))
            *low = found.at(0);
        else if (target.contains(QChar(0x2264)) || target.contains(QLatin1Char('<')))
            *high = found.at(0);
    }
}

QString figureText(double value, const QString& unit)
{
    QString text = QString::number(value, 'f', value == std::floor(value) ? 0 : 1);
    if (unit == QLatin1String("percentage"))
        text += QLatin1Char('%');
    return text;
}

QString periodText(const QString& period)
{
    const QDate d = QDate::fromString(period + QStringLiteral("-01"), Qt::ISODate);
    if (!d.isValid())
        return period;
    return BritishDate::mediumDate(d).section(QLatin1Char(' '), 1);
}

// Fills the document; returns the header line for every page.
QString build(const Database& db, const BriefingQueries::Meeting& meeting, bool confidential, Builder& b)
{
    const QDate asAt = meeting.startsAt.date();
    DashboardRepository dash(db);
    const QDate previous = dash.previousMeetingDate(meeting.id);
    const PlanRepository::Plan plan = PlanRepository(const_cast<Database&>(db))
                                          .planFor( // reads only
                                              meeting.committeeId, asAt);

    // Cover.
    b.paragraph(QString(), 10);
    b.paragraph(Text::tr("Briefing pack"), 28, true, 0, QColor(0x1a, 0x23, 0x7e));
    b.paragraph(meeting.committee, 18, true);
    b.paragraph(meeting.startsAt.time().isValid() && meeting.startsAt.time() != QTime(0, 0)
                    ? BritishDate::longDateTime(meeting.startsAt)
                    : BritishDate::longDate(asAt),
                14);
    if (!meeting.venue.isEmpty())
        b.paragraph(meeting.venue, 12);
    if (!meeting.title.isEmpty())
        b.paragraph(meeting.title, 12);
    b.paragraph(QString(), 12);
    if (confidential) {
        b.paragraph(BriefingPack::confidentialMarking(), 14, true, 0, QColor(0xb7, 0x1c, 0x1c));
        b.paragraph(Text::tr("This pack includes exempt (Part 2) items. Keep it secure and do not share it."),
                    10);
    } else {
        b.paragraph(Text::tr("Public pack: exempt (Part 2) items are left out."), 10);
    }
    if (plan.id != 0)
        b.paragraph(Text::tr("Improvement plan: %1").arg(plan.title), 10);
    b.paragraph(Text::tr("Prepared on %1 from the Scrutineer database.")
                    .arg(BritishDate::longDate(QDate::currentDate())),
                9, false, 0, QColor(0x61, 0x61, 0x61));

    const QStringList headings = BriefingPack::sectionHeadings();

    // Agenda.
    b.heading(headings.at(0)); // the agenda under the cover: a page of its own held three lines
    int leftOut = 0;
    const auto items = ContextRepository(db).items(meeting.id);
    for (const auto& item : items) {
        if (item.exempt && !confidential) {
            ++leftOut;
            continue;
        }
        QString title =
            item.number.isEmpty() ? item.title : QStringLiteral("%1   %2").arg(item.number, item.title);
        if (item.exempt)
            title += QStringLiteral("   ") + Text::tr("[Part 2 – exempt]");
        b.paragraph(title, 10, true, 0, item.exempt ? QColor(0xb7, 0x1c, 0x1c) : QColor(Qt::black), 6);
        if (!item.reportRefs.isEmpty())
            b.paragraph(Text::tr("Report %1").arg(item.reportRefs), 9, false, 24, QColor(0x61, 0x61, 0x61));
        if (!item.text.trimmed().isEmpty())
            b.paragraph(item.text.trimmed(), 9, false, 24);
    }
    if (items.isEmpty())
        b.paragraph(Text::tr("No agenda items have been recorded for this meeting."));
    if (leftOut > 0)
        b.paragraph(
            leftOut == 1
                ? Text::tr("One exempt (Part 2) item is not included in this public pack.")
                : Text::tr("%1 exempt (Part 2) items are not included in this public pack.").arg(leftOut),
            9, false, 0, QColor(0x61, 0x61, 0x61));

    // Ratings summary.
    b.heading(headings.at(1), true);
    if (plan.id == 0) {
        b.paragraph(Text::tr("No improvement plan is recorded for this committee."));
    } else {
        ChartSpec chart;
        chart.kind = ChartSpec::Kind::Ratings;
        for (const auto& s : plan.statuses)
            chart.legend.append({QStringLiteral("%1 %2").arg(s.letter, s.name), QColor(s.colour)});
        QList<int> totals(plan.statuses.size(), 0);
        int onTrack = 0, all = 0, unrated = 0;
        QList<QList<Cell>> rows;
        for (const auto& p : plan.priorities) {
            chart.rowLabels << QStringLiteral("P%1").arg(p.number);
            QList<Segment> segments;
            QList<Cell> row{{Text::tr("P%1 %2").arg(p.number).arg(p.title)}};
            for (int c = 0; c < plan.statuses.size(); ++c) {
                const auto& s = plan.statuses.at(c);
                int n = 0;
                for (const auto& m : p.milestones)
                    n += m.statusId == s.id ? 1 : 0;
                totals[c] += n;
                segments.append({n, s.letter, QColor(s.colour)});
                row.append(Cell(n ? QString::number(n) : QString()));
            }
            for (const auto& m : p.milestones) {
                ++all;
                const auto* s = plan.status(m.statusId);
                if (!s)
                    ++unrated;
                else if (s->onTrack)
                    ++onTrack;
            }
            row.append(Cell(QString::number(p.milestones.size()), QColor(), true));
            rows.append(row);
            chart.rows.append(segments);
        }
        QStringList parts;
        for (int c = 0; c < plan.statuses.size(); ++c)
            parts << QStringLiteral("%1 %2 %3")
                         .arg(plan.statuses.at(c).letter, plan.statuses.at(c).name)
                         .arg(totals.at(c));
        b.paragraph((onTrack == 1
                         ? Text::tr("1 milestone on track, %1 not (%2).").arg(all - onTrack)
                         : Text::tr("%1 milestones on track, %2 not (%3).").arg(onTrack).arg(all - onTrack))
                        .arg(parts.join(QStringLiteral(", "))),
                    11, true);
        if (unrated > 0)
            b.paragraph(Text::tr("%n milestone(s) with no rating yet.", nullptr, unrated), 9);
        if (asAt < QDate::currentDate())
            b.paragraph(Text::tr("The meeting has passed: ratings and flags are shown as recorded on %1.")
                            .arg(BritishDate::longDate(QDate::currentDate())),
                        9, false, 0, QColor(0x61, 0x61, 0x61));
        b.paragraph(
            Text::tr("Ratings by priority (each bar shows the rating letter and the number of milestones):"),
            9, false, 0, QColor(0x61, 0x61, 0x61));
        chart.sizeMm = QSizeF(170, plan.priorities.size() * 6.5 + 8);
        b.chart(chart);
        QStringList headers{Text::tr("Priority")};
        QList<double> widths{100.0 - 8.0 * (plan.statuses.size() + 1)};
        for (const auto& s : plan.statuses) {
            headers << s.letter;
            widths << 8;
        }
        headers << Text::tr("Total");
        widths << 8;
        QList<Cell> totalRow{{Text::tr("All priorities"), {}, true}};
        for (int t : totals)
            totalRow.append(Cell(QString::number(t), QColor(), true));
        totalRow.append(Cell(QString::number(all), QColor(), true));
        rows.append(totalRow);
        b.table(headers, rows, widths);
        QStringList definitions;
        for (const auto& s : plan.statuses)
            if (!s.definition.isEmpty())
                definitions << QStringLiteral("%1 (%2): %3").arg(s.letter, s.name, s.definition);
        for (const auto& d : definitions)
            b.paragraph(d, 8, false, 0, QColor(0x61, 0x61, 0x61));
    }

    // Changes since the last meeting.
    b.heading(headings.at(2));
    if (!previous.isValid()) {
        b.paragraph(
            Text::tr("This is the committee's first meeting on record, so there is nothing to compare."));
    } else {
        b.paragraph(
            Text::tr("Between %1 and %2.").arg(BritishDate::longDate(previous), BritishDate::longDate(asAt)),
            9, false, 0, QColor(0x61, 0x61, 0x61));
        const auto moves =
            plan.id ? dash.moves(plan.id, previous, asAt) : QList<DashboardRepository::RatingMove>();
        int up = 0, down = 0;
        for (const auto& m : moves)
            (m.improved ? up : down) += 1;
        const int completed = dash.actionsCompleted(meeting.committeeId, previous, asAt);
        b.paragraph(QStringLiteral("%1 · %2 · %3")
                        .arg(Text::tr("▲ %n milestone(s) improved", nullptr, up),
                             Text::tr("▼ %n worsened", nullptr, down),
                             Text::tr("✓ %n action(s) completed", nullptr, completed)),
                    10, true);
        if (!moves.isEmpty()) {
            auto colourOf = [&](const QString& letter) {
                for (const auto& s : plan.statuses)
                    if (s.letter == letter)
                        return QColor(s.colour);
                return QColor();
            };
            QList<QList<Cell>> rows;
            for (const auto& m : moves)
                rows.append({{m.improved ? Text::tr("▲ better") : Text::tr("▼ worse")},
                             {m.code},
                             {m.title},
                             {m.fromLetter, colourOf(m.fromLetter)},
                             {m.toLetter, colourOf(m.toLetter)}});
            b.table({Text::tr("Move"), Text::tr("Milestone"), Text::tr("Title"), Text::tr("From"),
                     Text::tr("To")},
                    rows, {12, 12, 60, 8, 8});
        }
    }

    // Flagged milestones.
    b.heading(headings.at(3));
    {
        QList<QList<Cell>> rows;
        for (const auto& [m, s, reasons] : plan.flagged())
            rows.append({{s ? s->letter : QStringLiteral("–"), s ? QColor(s->colour) : QColor()},
                         {m->code},
                         {m->title},
                         {m->due.isValid() ? BritishDate::shortDate(m->due) : QString()},
                         {reasons.join(QLatin1Char('\n'))}});
        if (rows.isEmpty()) {
            b.paragraph(Text::tr("No rating needs questioning."));
        } else {
            b.paragraph(Text::tr("%n milestone(s) with a rating that should be questioned, and why.", nullptr,
                                 int(rows.size())),
                        10);
            b.table({Text::tr("Rating"), Text::tr("Milestone"), Text::tr("Title"), Text::tr("Due"),
                     Text::tr("Why it should be questioned")},
                    rows, {8, 12, 33, 13, 34});
        }
    }

    // Open and overdue actions.
    b.heading(headings.at(4));
    {
        QList<QList<Cell>> rows;
        int overdue = 0;
        for (const auto& a : BriefingQueries(db).openActionsAt(meeting.id)) {
            if (a.exempt && !confidential)
                continue;
            const bool late = a.due.isValid() && a.due < asAt;
            overdue += late ? 1 : 0;
            rows.append(
                {Cell(late ? Text::tr("⚠ Overdue") : Text::tr("Open"),
                      late ? QColor(0xff, 0xcd, 0xd2) : QColor()),
                 Cell(a.reference), Cell(a.text),
                 Cell(a.ownerDetail.isEmpty() ? a.owner : a.owner + QLatin1Char('\n') + a.ownerDetail),
                 Cell(a.due.isValid() ? BritishDate::shortDate(a.due) : Text::tr("not set"))});
        }
        if (rows.isEmpty()) {
            b.paragraph(Text::tr("No action was open on the date of the meeting."));
        } else {
            b.paragraph(
                (rows.size() == 1
                     ? (overdue ? Text::tr("1 open action, overdue on %1.")
                                : Text::tr("1 open action, not overdue on %1."))
                     : Text::tr("%1 open actions, %2 of them overdue on %3.").arg(rows.size()).arg(overdue))
                    .arg(BritishDate::longDate(asAt)),
                10);
            // The owner's column holds the post and who holds it (from People).
            b.table(
                {Text::tr("State"), Text::tr("Ref"), Text::tr("Action"), Text::tr("Owner"), Text::tr("Due")},
                rows, {13, 8, 38, 28, 13});
        }
    }

    // Key figures.
    b.heading(headings.at(5));
    {
        const auto figures = dash.keyFigures(asAt);
        QList<QList<Cell>> rows;
        for (const auto& f : figures) {
            ChartSpec trend;
            trend.kind = ChartSpec::Kind::Trend;
            trend.values = f.trend;
            parseTarget(f.target, &trend.low, &trend.high);
            trend.colour =
                f.rating == FigureRating::None ? QColor() : QColor(IndicatorRules::colour(f.rating));
            trend.sizeMm = QSizeF(36, 9);
            const QString rating = f.rating == FigureRating::None
                                       ? QString()
                                       : QStringLiteral("%1 %2").arg(IndicatorRules::letter(f.rating),
                                                                     IndicatorRules::name(f.rating));
            rows.append(
                {{f.name},
                 {figureText(f.latest, f.unit) + QLatin1Char('\n') + periodText(f.period)},
                 {QString(), {}, false, b.addChart(trend)},
                 {f.target},
                 {rating,
                  f.rating == FigureRating::None ? QColor() : QColor(IndicatorRules::colour(f.rating))}});
        }
        if (rows.isEmpty()) {
            b.paragraph(Text::tr("No key figures have been entered."));
        } else {
            b.paragraph(
                Text::tr("The latest figure of each key indicator, its last twelve months (the shaded band "
                         "is the target) and its rating."),
                9, false, 0, QColor(0x61, 0x61, 0x61));
            b.table({Text::tr("Figure"), Text::tr("Latest"), Text::tr("Trend"), Text::tr("Target"),
                     Text::tr("Rating")},
                    rows, {34, 13, 27, 12, 14});
        }
    }

    // Every page's header: the short name leaves room for the confidential marking.
    return Text::tr("%1 · briefing pack for %2")
        .arg(meeting.committeeShort.isEmpty() ? meeting.committee : meeting.committeeShort,
             BritishDate::mediumDate(asAt));
}

} // namespace

namespace BriefingPack {

QStringList sectionHeadings()
{
    return {Text::tr("Agenda"),
            Text::tr("Ratings summary"),
            Text::tr("Changes since the last meeting"),
            Text::tr("Flagged milestones"),
            Text::tr("Open and overdue actions"),
            Text::tr("Key figures")};
}

QString confidentialMarking()
{
    return Text::tr("CONFIDENTIAL – NOT FOR PUBLICATION");
}

bool paint(const Database& db, qint64 meetingId, bool confidential, QPagedPaintDevice* device, QString* error)
{
    QString header;
    try {
        const BriefingQueries::Meeting meeting = BriefingQueries(db).meeting(meetingId);
        if (meeting.id == 0) {
            if (error)
                *error = Text::tr("There is no meeting with id %1. Choose one of the meetings listed by "
                                  "\"scrutineer list meetings\".")
                             .arg(meetingId);
            return false;
        }
        const double dpi = device->logicalDpiY();
        const double dpmm = dpi / 25.4;
        QTextDocument doc;
        doc.documentLayout()->setPaintDevice(device);
        QFont base(QStringLiteral("DejaVu Sans"));
        base.setPointSizeF(10);
        // No ligatures: "fi" must stay two letters, so that the text can be searched and copied.
        base.setStyleStrategy(QFont::PreferNoShaping);
        doc.setDefaultFont(base);
        doc.setDocumentMargin(0);
        auto* charts = new ChartObject(dpmm, &doc);
        doc.documentLayout()->registerHandler(ChartFormat, charts);

        const double headerHeight = 9 * dpmm;
        const double footerHeight = 9 * dpmm;
        const QSizeF area(device->width(), device->height());
        doc.setPageSize(QSizeF(area.width(), area.height() - headerHeight - footerHeight));

        Builder builder(doc, *charts);
        header = build(db, meeting, confidential, builder);
        PagedDocument::keepTableRowsTogether(doc);
        PagedDocument::keepHeadingsWithNext(doc);

        const int pages = doc.pageCount();
        const double pageHeight = doc.pageSize().height();
        QPainter painter;
        if (!painter.begin(device)) {
            if (error)
                *error =
                    Text::tr("The briefing pack could not be started on this printer or file. Check that it "
                             "is available and try again.");
            return false;
        }
        QFont small(QStringLiteral("DejaVu Sans"));
        small.setPixelSize(qRound(8.0 * dpi / 72.0));
        small.setStyleStrategy(QFont::PreferNoShaping);
        QFont marking = small;
        marking.setBold(true);
        marking.setPixelSize(qRound(10.0 * dpi / 72.0));
        for (int page = 0; page < pages; ++page) {
            if (page > 0)
                device->newPage();
            // Header: what this is; the confidential marking on every page.
            painter.setPen(QColor(0x61, 0x61, 0x61));
            painter.setFont(small);
            const QRectF headerRect(0, 0, area.width(), headerHeight - 3 * dpmm);
            const double markingWidth =
                confidential
                    ? QFontMetricsF(marking, device).horizontalAdvance(confidentialMarking()) + 4 * dpmm
                    : 0;
            painter.drawText(headerRect, Qt::AlignLeft | Qt::AlignVCenter,
                             QFontMetricsF(small, device)
                                 .elidedText(header, Qt::ElideRight, headerRect.width() - markingWidth));
            if (confidential) {
                painter.setFont(marking);
                painter.setPen(QColor(0xb7, 0x1c, 0x1c));
                painter.drawText(headerRect, Qt::AlignRight | Qt::AlignVCenter, confidentialMarking());
            }
            painter.setPen(QPen(QColor(0xbd, 0xbd, 0xbd), 0.3 * dpmm));
            painter.drawLine(QPointF(0, headerHeight - 2 * dpmm),
                             QPointF(area.width(), headerHeight - 2 * dpmm));

            painter.save();
            painter.translate(0, headerHeight - page * pageHeight);
            const QRectF clip(0, page * pageHeight, area.width(), pageHeight);
            painter.setClipRect(clip);
            QAbstractTextDocumentLayout::PaintContext context;
            context.clip = clip;
            context.palette.setColor(QPalette::Text, Qt::black);
            doc.documentLayout()->draw(&painter, context);
            painter.restore();

            // Footer: page N of M (and the marking again, so a torn-off page still says it).
            const QRectF footerRect(0, area.height() - footerHeight + 3 * dpmm, area.width(),
                                    footerHeight - 3 * dpmm);
            painter.setPen(QPen(QColor(0xbd, 0xbd, 0xbd), 0.3 * dpmm));
            painter.drawLine(QPointF(0, footerRect.top() - 1 * dpmm),
                             QPointF(area.width(), footerRect.top() - 1 * dpmm));
            painter.setFont(small);
            painter.setPen(QColor(0x61, 0x61, 0x61));
            painter.drawText(footerRect, Qt::AlignRight | Qt::AlignVCenter,
                             Text::tr("Page %1 of %2").arg(page + 1).arg(pages));
            if (confidential) {
                painter.setFont(marking);
                painter.setPen(QColor(0xb7, 0x1c, 0x1c));
                painter.drawText(footerRect, Qt::AlignLeft | Qt::AlignVCenter, confidentialMarking());
            }
        }
        painter.end();
        return true;
    } catch (const StoreError& e) {
        if (error)
            *error = e.message();
        return false;
    }
}

bool writePdf(const Database& db, qint64 meetingId, bool confidential, const QString& path, QString* error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error =
                Text::tr(
                    "The briefing pack could not be written to %1: %2. Choose a folder you can write to.")
                    .arg(QFileInfo(path).absoluteFilePath(), file.errorString());
        return false;
    }
    {
        QPdfWriter writer(&file);
        writer.setTitle(Text::tr("Briefing pack"));
        writer.setCreator(QStringLiteral("Scrutineer"));
        writer.setResolution(300);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                         QMarginsF(18, 12, 18, 12), QPageLayout::Millimeter));
        if (!paint(db, meetingId, confidential, &writer, error)) {
            file.cancelWriting();
            return false;
        }
    }
    if (!file.commit()) {
        if (error)
            *error =
                Text::tr(
                    "The briefing pack could not be saved as %1: %2. Check the disk has space and try again.")
                    .arg(QFileInfo(path).absoluteFilePath(), file.errorString());
        return false;
    }
    return true;
}

} // namespace BriefingPack

#include "BriefingPack.moc"
