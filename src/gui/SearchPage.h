#pragma once

#include "Page.h"
#include "store/SearchRepository.h"

class NotesWidget;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTimer;
class QTreeView;
class SearchResultsModel;

// Search: one box over every minute, resolution, action and milestone; filters by committee,
// dates and kind; results best first with the matched words in bold; Enter or a double-click
// opens a result in its own page. The selected result's private notes are beside the list.
// The line edit is the page's focus proxy, so Ctrl+F (or focusSearch()) lands in it.
class SearchPage : public Page
{
    Q_OBJECT
public:
    SearchPage(AppContext& context, QWidget* parent = nullptr);

    QString title() const override;
    void reload() override;
    // {"query": "caseload promise"} runs that search (the main window's search box sends it).
    void reveal(const QVariantMap& target) override;

    void focusSearch();
    // Runs `query` now (also what typing does, after a short pause).
    void search(const QString& query);
    // Opens the hit in `row` (of the list as shown) in its page.
    void openRow(int row);

    QLineEdit* searchEdit() const { return m_edit; }
    QTreeView* resultsView() const { return m_view; }
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

    QLineEdit* m_edit = nullptr;
    QComboBox* m_committee = nullptr;
    QComboBox* m_kind = nullptr;
    QCheckBox* m_useFrom = nullptr;
    QCheckBox* m_useTo = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QLabel* m_message = nullptr;
    QTreeView* m_view = nullptr;
    SearchResultsModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    NotesWidget* m_notes = nullptr;
    QTimer* m_typing = nullptr;
    SearchResult m_result;
    QString m_lastQuery;
};
