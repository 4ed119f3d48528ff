#include "FiguresTable.h"

#include "FiguresModel.h"

#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QMenu>
#include <QScrollBar>

QSize FiguresTable::sizeHint() const
{
    QSize hint = QTableView::sizeHint();
    if (!model())
        return hint;
    int height = horizontalHeader()->sizeHint().height() + 2 * frameWidth();
    for (int r = 0; r < model()->rowCount(); ++r)
        height += verticalHeader()->sectionSize(r);
    if (horizontalScrollBar()->isVisible() || horizontalScrollBarPolicy() == Qt::ScrollBarAlwaysOn)
        height += horizontalScrollBar()->sizeHint().height();
    hint.setHeight(height);
    return hint;
}

bool FiguresTable::edit(const QModelIndex& index, EditTrigger trigger, QEvent* event)
{
    const bool asked = trigger == AnyKeyPressed || trigger == DoubleClicked || trigger == EditKeyPressed;
    auto* figures = qobject_cast<FiguresModel*>(model());
    if (asked && figures && index.isValid() && !(figures->flags(index) & Qt::ItemIsEditable)) {
        if (onReadOnly)
            onReadOnly(figures->whyReadOnly(index));
        return false;
    }
    return QTableView::edit(index, trigger, event);
}

void FiguresTable::keyPressEvent(QKeyEvent* event)
{
    auto* figures = qobject_cast<FiguresModel*>(model());
    if (event->matches(QKeySequence::Paste) && currentIndex().isValid() && figures) {
        // The model checks the whole block, asks once about unusual figures, and makes it one
        // step of Edit ▸ Undo. Refusals are reported after the paste, so that the "Saved." of
        // the cells that went in does not hide them.
        const auto result = figures->paste(currentIndex(), QApplication::clipboard()->text());
        if (onPasted)
            onPasted(result.tried, result.refusals);
        return;
    }
    QTableView::keyPressEvent(event);
}

void FiguresTable::contextMenuEvent(QContextMenuEvent* event)
{
    const QModelIndex at = indexAt(event->pos());
    if (!at.isValid() || !commentAction)
        return;
    setCurrentIndex(at);
    QMenu menu(this);
    menu.addAction(commentAction);
    menu.exec(event->globalPos());
}
