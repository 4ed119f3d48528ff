#include "SearchSnippetDelegate.h"

#include "SearchResultsModel.h"

#include <QApplication>
#include <QPainter>
#include <QTextLayout>

namespace {

// The text without marks, and the bold ranges the marks enclosed.
QString unmark(const QString& marked, QList<QTextLayout::FormatRange>* ranges, const QTextCharFormat& bold)
{
    QString plain;
    int start = -1;
    for (const QChar c : marked) {
        if (c == SearchHit::MarkStart) {
            start = int(plain.size());
        } else if (c == SearchHit::MarkEnd) {
            if (start >= 0 && plain.size() > start)
                ranges->append({start, int(plain.size()) - start, bold});
            start = -1;
        } else {
            if (c.isSpace()) {
                if (!plain.isEmpty() && !plain.endsWith(u' '))
                    plain += u' '; // one space for any run of spaces and line breaks
            } else {
                plain += c;
            }
        }
    }
    if (start >= 0 && plain.size() > start)
        ranges->append({start, int(plain.size()) - start, bold});
    return plain;
}

// Draws one line of marked text, elided at the right edge.
void drawLine(QPainter* painter, const QString& marked, const QRect& rect, const QFont& font,
              const QPalette& palette, bool selected, bool emphasise)
{
    QTextCharFormat bold;
    bold.setFontWeight(QFont::Bold);
    if (selected)
        bold.setFontUnderline(true); // on the selection colour, bold and underlined
    else
        bold.setBackground(QColor(255, 236, 153)); // pale yellow, behind bold text
    QList<QTextLayout::FormatRange> ranges;
    QString text = unmark(marked, &ranges, bold);

    const QFont& f = font;
    const QFontMetrics fm(f);
    // When the first match would fall far to the right, start the line shortly before it.
    if (!ranges.isEmpty() && fm.horizontalAdvance(text.left(ranges.first().start)) > rect.width() / 3) {
        const QString ellipsis = QStringLiteral("…");
        int cut = ranges.first().start;
        while (cut > 0 && fm.horizontalAdvance(text.mid(cut, ranges.first().start - cut)) < rect.width() / 5)
            --cut;
        while (cut < ranges.first().start && !text.at(cut).isSpace() && cut > 0)
            ++cut; // start at a word
        const int shift = cut - int(ellipsis.size());
        text = ellipsis + text.mid(cut);
        for (auto& r : ranges)
            r.start -= shift;
    }
    // Elide by hand: cut at the width and add an ellipsis, keeping the bold ranges that fit.
    if (fm.horizontalAdvance(text) > rect.width()) {
        const QString ellipsis = QStringLiteral("…");
        int keep = int(text.size());
        while (keep > 0 &&
               fm.horizontalAdvance(text.left(keep)) + fm.horizontalAdvance(ellipsis) > rect.width())
            keep = keep > 40 ? keep - qMax(1, keep / 20) : keep - 1;
        text = text.left(keep) + ellipsis;
        for (auto& r : ranges)
            if (r.start + r.length > keep)
                r.length = qMax(0, keep - r.start);
        ranges.removeIf([](const QTextLayout::FormatRange& r) { return r.length <= 0; });
    }
    QTextLayout layout(text, f);
    layout.setFormats(ranges);
    QTextOption opt;
    opt.setWrapMode(QTextOption::NoWrap);
    layout.setTextOption(opt);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    if (line.isValid())
        line.setLineWidth(rect.width() + 1000);
    layout.endLayout();
    painter->save();
    painter->setClipRect(rect);
    QColor pen = palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    if (!emphasise && !selected) {
        // The snippet a little quieter than the heading: text mixed a quarter towards the background.
        const QColor t = palette.color(QPalette::Text), b = palette.color(QPalette::Base);
        pen = QColor((3 * t.red() + b.red()) / 4, (3 * t.green() + b.green()) / 4,
                     (3 * t.blue() + b.blue()) / 4);
    }
    painter->setPen(pen);
    layout.draw(painter, rect.topLeft());
    painter->restore();
}

} // namespace

void SearchSnippetDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                                  const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const bool selected = option.state & QStyle::State_Selected;
    const QRect area = option.rect.adjusted(4, 2, -4, -2);
    const int lineHeight = QFontMetrics(option.font).height();
    const QString heading = index.data(SearchResultsModel::HeadingRole).toString();
    const QString snippet = index.data(SearchResultsModel::SnippetRole).toString();
    QRect first(area.left(), area.top(), area.width(), lineHeight);
    if (!heading.isEmpty()) {
        drawLine(painter, heading, first, option.font, option.palette, selected, true);
        first.translate(0, lineHeight);
    }
    drawLine(painter, snippet, first, option.font, option.palette, selected, false);
}

QSize SearchSnippetDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    Q_UNUSED(index);
    const int lineHeight = QFontMetrics(option.font).height();
    return QSize(400, 2 * lineHeight + 6);
}
