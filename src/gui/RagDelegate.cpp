#include "RagDelegate.h"

#include <QApplication>
#include <QPainter>
#include <QStyle>

QColor RagDelegate::textColourOn(const QColor& background)
{
    const double luminance = 0.299 * background.redF() + 0.587 * background.greenF() + 0.114 * background.blueF();
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
    const QColor colour(colourData.toString().isEmpty() ? colourData.value<QColor>() : QColor(colourData.toString()));
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QFont font = option.font;
    font.setBold(true);
    painter->setFont(font);
    const int w = qMax(option.fontMetrics.horizontalAdvance(text) + 12, option.rect.height() - 4);
    QRect chip(option.rect.left() + 4, option.rect.top() + 2, w, option.rect.height() - 4);
    painter->setPen(colour.darker(130));
    painter->setBrush(colour);
    painter->drawRoundedRect(chip, 3, 3);
    painter->setPen(textColourOn(colour));
    painter->drawText(chip, Qt::AlignCenter, text);
    painter->restore();
}

QSize RagDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QSize s = QStyledItemDelegate::sizeHint(option, index);
    s.setWidth(qMax(s.width(), option.fontMetrics.horizontalAdvance(index.data().toString()) + 24));
    return s;
}
