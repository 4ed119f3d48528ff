#include "RagDelegate.h"

#include <QApplication>
#include <QPainter>
#include <QStyle>

QColor RagDelegate::textColourOn(const QColor& background)
{
    const double luminance =
        0.299 * background.redF() + 0.587 * background.greenF() + 0.114 * background.blueF();
    return luminance > 0.6 ? QColor(Qt::black) : QColor(Qt::white);
}

void RagDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const QVariant colourData = index.data(ColourRole);
    const QString text = index.data(Qt::DisplayRole).toString();
    if (!colourData.isValid() || text.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    QStyle* style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
    const QColor colour(colourData.toString().isEmpty() ? colourData.value<QColor>()
                                                        : QColor(colourData.toString()));
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QFont font = option.font;
    font.setBold(true);
    painter->setFont(font);
    // A chip one line high, centred in the row however tall the row is.
    const int h = qMin(option.rect.height() - 4, option.fontMetrics.height() + 4);
    const int w = qMax(option.fontMetrics.horizontalAdvance(text) + 12, h);
    QRect chip(option.rect.left() + 4, option.rect.top() + (option.rect.height() - h) / 2, w, h);
    painter->setPen(colour.darker(130));
    painter->setBrush(colour);
    painter->drawRoundedRect(chip, 3, 3);
    painter->setPen(textColourOn(colour));
    painter->drawText(chip, Qt::AlignCenter, text);
    const QString caption = index.data(CaptionRole).toString();
    if (!caption.isEmpty()) {
        painter->setFont(option.font);
        const bool selected = option.state & QStyle::State_Selected;
        painter->setPen(option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
        const QRect rest(chip.right() + 6, option.rect.top(), option.rect.right() - chip.right() - 8,
                         option.rect.height());
        painter->drawText(rest, Qt::AlignVCenter | Qt::AlignLeft,
                          option.fontMetrics.elidedText(caption, Qt::ElideRight, rest.width()));
    }
    painter->restore();
}

QSize RagDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QSize s = QStyledItemDelegate::sizeHint(option, index);
    int width = option.fontMetrics.horizontalAdvance(index.data().toString()) + 24;
    if (const QString caption = index.data(CaptionRole).toString(); !caption.isEmpty())
        width += option.fontMetrics.horizontalAdvance(caption) + 8;
    s.setWidth(qMax(s.width(), width));
    return s;
}
