#pragma once

#include <QStyledItemDelegate>

// Draws a search match: the heading on the first line and the snippet on the second, the matched
// words (between SearchHit::MarkStart and MarkEnd) in bold on a pale highlight — bold, so that
// the highlight never depends on colour alone.
class SearchSnippetDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};
