#pragma once

#include <QStyledItemDelegate>

// Draws a rating as its letter on its colour (never colour alone). The model gives the letter as
// DisplayRole and the colour (a QColor or colour name) as RagDelegate::ColourRole; an optional
// CaptionRole (the status's name) is written after the chip when there is room.
class RagDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    static constexpr int ColourRole = Qt::UserRole + 40;
    static constexpr int CaptionRole = Qt::UserRole + 41;
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

    // Black or white, whichever reads better on `background`.
    static QColor textColourOn(const QColor& background);
};
