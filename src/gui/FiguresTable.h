#pragma once

#include <QTableView>
#include <functional>

class QAction;

// The Figures page's grid (ui/FiguresPage.ui promotes a QTableView to it): a table that pastes a
// block copied from a spreadsheet (tab-separated rows) into its cells, says why a cell cannot be
// typed in, and offers Comment… on a right click.
class FiguresTable : public QTableView
{
public:
    using QTableView::QTableView;
    QAction* commentAction = nullptr;
    // Told after a paste how many figures it held and why those not saved were refused.
    std::function<void(int tried, const QStringList& refusals)> onPasted;
    // Told why a cell someone tried to type in (or open) cannot be typed in.
    std::function<void(const QString& why)> onReadOnly;

    // As tall as its rows: on a tall screen the room below them goes to the chart.
    QSize sizeHint() const override;

protected:
    // Typing into a worked-out row (or as a reader) is not ignored in silence: the reason is shown.
    bool edit(const QModelIndex& index, EditTrigger trigger, QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;
};
