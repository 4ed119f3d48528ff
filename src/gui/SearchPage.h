#pragma once

#include "Page.h"
#include "store/SearchRepository.h"

#include <memory>

class NotesWidget;
class QLineEdit;
class QSortFilterProxyModel;
class QTimer;
class QTreeView;
class SearchResultsModel;

namespace Ui {
class SearchPage;
}

// Search: one box over every minute, resolution, action and milestone; filters by committee,
// dates and kind; results best first with the matched words in bold; Enter or a double-click
// opens a result in its own page. The selected result's private notes are beside the list.
// The line edit is the page's focus proxy, so Ctrl+F (or focusSearch()) lands in it.
class SearchPage : public Page
{
    Q_OBJECT
public:
    SearchPage(AppContext& context, QWidget* parent = nullptr);
    ~SearchPage() override;

    QString title() const override;
    void reload() override;
    // {"query": "caseload promise"} runs that search (the main window's search box sends it).
    void reveal(const QVariantMap& target) override;

    void focusSearch();
    // Runs `query` now (also what typing does, after a short pause).
    void search(const QString& query);
    // Opens the hit in `row` (of the list as shown) in its page.
    void openRow(int row);

    QLineEdit* searchEdit() const;
    QTreeView* resultsView() const;
    SearchResultsModel* resultsModel() const { return m_model; }
    QString message() const; // what the line under the box says
    const SearchResult& lastResult() const { return m_result; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void runNow();
    void reloadCommittees();
    void showNotesFor(const QModelIndex& proxyIndex);
    SearchFilter currentFilter() const;

    std::unique_ptr<Ui::SearchPage> m_ui; // the layout: ui/SearchPage.ui
    SearchResultsModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    NotesWidget* m_notes = nullptr;
    QTimer* m_typing = nullptr;
    SearchResult m_result;
    QString m_lastQuery;
};
