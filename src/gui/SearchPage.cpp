#include "SearchPage.h"

#include "Accessible.h"
#include "NotesWidget.h"
#include "SearchResultsModel.h"
#include "SearchSnippetDelegate.h"
#include "core/BritishDate.h"
#include "core/Translations.h"
#include "store/ContextRepository.h"
#include "store/Database.h"
#include "ui_SearchPage.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QTimer>
#include <QTreeView>

SearchPage::SearchPage(AppContext& context, QWidget* parent)
    : Page(context, parent), m_ui(std::make_unique<Ui::SearchPage>())
{
    // The layout: ui/SearchPage.ui. Its boxes elide long committee names and kinds (their lists show
    // them whole), so that the page fits 1024 px, in Welsh too.
    m_ui->setupUi(this);
    m_ui->searchEdit->installEventFilter(this);
    setFocusProxy(m_ui->searchEdit);

    const auto dates = [](QDateEdit* edit, const QDate& date) {
        edit->setLocale(Translations::dateLocale()); // "Sep" (never "Sept"), or Welsh names
        edit->setDate(date);
    };
    dates(m_ui->searchFrom, QDate::currentDate().addYears(-1));
    dates(m_ui->searchTo, QDate::currentDate());
    Accessible::nameAfter(m_ui->searchFrom, m_ui->searchUseFrom->text());
    Accessible::nameAfter(m_ui->searchTo, m_ui->searchUseTo->text());

    m_ui->searchKind->addItem(tr("Everything"), 0);
    m_ui->searchKind->addItem(tr("Items and resolutions"),
                              SearchFilter::kindBit(SearchHit::Kind::Item) |
                                  SearchFilter::kindBit(SearchHit::Kind::Resolution));
    m_ui->searchKind->addItem(tr("Actions"), SearchFilter::kindBit(SearchHit::Kind::Action));
    m_ui->searchKind->addItem(tr("Milestones"), SearchFilter::kindBit(SearchHit::Kind::Milestone));

    m_model = new SearchResultsModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(SearchResultsModel::SortRole);
    QTreeView* view = m_ui->searchResults;
    view->setModel(m_proxy);
    view->sortByColumn(SearchResultsModel::Rank, Qt::AscendingOrder);
    view->setItemDelegateForColumn(SearchResultsModel::Match, new SearchSnippetDelegate(view));
    view->header()->resizeSection(SearchResultsModel::Rank, 36);
    view->header()->resizeSection(SearchResultsModel::What, 130);
    view->header()->resizeSection(SearchResultsModel::Date, 110);
    view->header()->resizeSection(SearchResultsModel::Committee, 160);
    m_notes = new NotesWidget(context, m_ui->notesPlace);
    m_notes->setObjectName(QStringLiteral("searchNotes"));
    m_ui->notesLayout->addWidget(m_notes);
    m_ui->split->setSizes({900, 260});

    m_typing = new QTimer(this);
    m_typing->setSingleShot(true);
    m_typing->setInterval(300);
    connect(m_typing, &QTimer::timeout, this, &SearchPage::runNow);
    connect(m_ui->searchEdit, &QLineEdit::textEdited, m_typing, qOverload<>(&QTimer::start));
    connect(m_ui->searchEdit, &QLineEdit::returnPressed, this, &SearchPage::runNow);
    connect(m_ui->searchEdit, &QLineEdit::textChanged, this, [this](const QString& text) {
        if (text.isEmpty())
            runNow(); // the clear button
    });
    connect(m_ui->searchCommittee, &QComboBox::currentIndexChanged, this, &SearchPage::runNow);
    connect(m_ui->searchKind, &QComboBox::currentIndexChanged, this, &SearchPage::runNow);
    connect(m_ui->searchUseFrom, &QCheckBox::toggled, m_ui->searchFrom, &QWidget::setEnabled);
    connect(m_ui->searchUseTo, &QCheckBox::toggled, m_ui->searchTo, &QWidget::setEnabled);
    for (QCheckBox* box : {m_ui->searchUseFrom, m_ui->searchUseTo})
        connect(box, &QCheckBox::toggled, this, &SearchPage::runNow);
    for (QDateEdit* edit : {m_ui->searchFrom, m_ui->searchTo})
        connect(edit, &QDateEdit::dateChanged, this, &SearchPage::runNow);
    connect(m_ui->searchResults, &QTreeView::activated, this,
            [this](const QModelIndex& index) { openRow(index.row()); });
    connect(m_ui->searchResults->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { showNotesFor(current); });
}

SearchPage::~SearchPage() = default;

QLineEdit* SearchPage::searchEdit() const
{
    return m_ui->searchEdit;
}

QTreeView* SearchPage::resultsView() const
{
    return m_ui->searchResults;
}

QString SearchPage::title() const
{
    return tr("Search");
}

void SearchPage::focusSearch()
{
    m_ui->searchEdit->setFocus(Qt::ShortcutFocusReason);
    m_ui->searchEdit->selectAll();
}

QString SearchPage::message() const
{
    return m_ui->searchMessage->text();
}

void SearchPage::reloadCommittees()
{
    const qint64 chosen = m_ui->searchCommittee->currentData().toLongLong();
    const QSignalBlocker block(m_ui->searchCommittee);
    m_ui->searchCommittee->clear();
    m_ui->searchCommittee->addItem(tr("All committees"), 0);
    try {
        for (const auto& c : ContextRepository(context().db()).committees())
            m_ui->searchCommittee->addItem(c.name, c.id);
    } catch (const StoreError& e) {
        m_ui->searchMessage->setText(e.message());
    }
    const int index = m_ui->searchCommittee->findData(chosen);
    m_ui->searchCommittee->setCurrentIndex(index >= 0 ? index : 0);

    // Until someone ticks From or To, their dates follow the meetings held.
    if (!m_ui->searchUseFrom->isChecked() && !m_ui->searchUseTo->isChecked()) {
        try {
            const auto range = SearchRepository(context().db()).meetingDates();
            const QSignalBlocker blockFrom(m_ui->searchFrom), blockTo(m_ui->searchTo);
            if (range.first.isValid())
                m_ui->searchFrom->setDate(range.first);
            if (range.second.isValid())
                m_ui->searchTo->setDate(range.second);
        } catch (const StoreError&) {
            // The message line already says what went wrong with the database.
        }
    }
}

void SearchPage::reload()
{
    reloadCommittees();
    m_lastQuery.clear();
    runNow();
}

void SearchPage::reveal(const QVariantMap& target)
{
    if (target.contains(QStringLiteral("query"))) {
        m_ui->searchEdit->setText(target.value(QStringLiteral("query")).toString());
        runNow();
        m_ui->searchEdit->setFocus();
    }
}

void SearchPage::search(const QString& query)
{
    m_ui->searchEdit->setText(query);
    runNow();
}

SearchFilter SearchPage::currentFilter() const
{
    SearchFilter filter;
    filter.withExempt = true; // the reader's own screen: Part 2 hits are shown, and marked
    filter.committeeId = m_ui->searchCommittee->currentData().toLongLong();
    filter.kinds = m_ui->searchKind->currentData().toInt();
    if (m_ui->searchUseFrom->isChecked())
        filter.from = m_ui->searchFrom->date();
    if (m_ui->searchUseTo->isChecked())
        filter.to = m_ui->searchTo->date();
    return filter;
}

void SearchPage::runNow()
{
    m_typing->stop();
    const QString query = m_ui->searchEdit->text();
    if (query.trimmed().isEmpty()) {
        m_result = SearchResult();
        m_model->setHits({});
        m_notes->clearTarget();
        m_ui->searchMessage->setText(
            tr("Search every minute, resolution, action and milestone. Put a phrase in quotation marks, "
               "end a word with * to find words that start with it, and use OR and NOT in capitals."));
        return;
    }
    const SearchFilter filter = currentFilter();
    m_result = SearchRepository(context().db()).search(query, filter);
    m_model->setHits(m_result.hits);
    m_ui->searchResults->sortByColumn(SearchResultsModel::Rank, Qt::AscendingOrder);

    QString text;
    if (!m_result.ok()) {
        text = m_result.problem;
    } else if (m_result.hits.isEmpty()) {
        const bool filtered =
            filter.committeeId || filter.from.isValid() || filter.to.isValid() || filter.kinds;
        text =
            filtered
                ? tr("Nothing matches with these filters. Try all committees, a wider date range, or fewer "
                     "words.")
                : tr("Nothing matches. Try fewer words, a word's beginning with * (recruit*), or OR between "
                     "alternatives.");
    } else if (m_result.total > m_result.hits.size()) {
        text = tr("%1 matches; the best %2 are shown, best first. Narrow the search with more words or the "
                  "filters.")
                   .arg(QLocale(QLocale::English, QLocale::UnitedKingdom).toString(m_result.total))
                   .arg(m_result.hits.size());
    } else {
        text =
            m_result.total == 1
                ? tr("1 match. Press Enter or double-click to open it.")
                : tr("%1 matches, best first. Press Enter or double-click to open one.").arg(m_result.total);
    }
    if (!m_result.notice.isEmpty())
        text = m_result.notice + QLatin1Char(' ') + text;
    m_ui->searchMessage->setText(text);
    if (m_proxy->rowCount() > 0)
        m_ui->searchResults->setCurrentIndex(m_proxy->index(0, 0));
    else
        m_notes->clearTarget();
}

void SearchPage::openRow(int row)
{
    const QModelIndex source = m_proxy->mapToSource(m_proxy->index(row, 0));
    const SearchHit* h = m_model->hit(source.row());
    if (!h)
        return;
    switch (h->kind) {
    case SearchHit::Kind::Item:
        context().navigate(PageId::Meetings,
                           {{QStringLiteral("meeting"), h->meetingId}, {QStringLiteral("item"), h->id}});
        break;
    case SearchHit::Kind::Resolution:
        context().navigate(PageId::Meetings, {{QStringLiteral("meeting"), h->meetingId},
                                              {QStringLiteral("item"), h->itemId},
                                              {QStringLiteral("resolution"), h->id}});
        break;
    case SearchHit::Kind::Action:
        context().navigate(PageId::Actions, {{QStringLiteral("action"), h->id}});
        break;
    case SearchHit::Kind::Milestone:
        context().navigate(PageId::Plan, {{QStringLiteral("milestone"), h->id}});
        break;
    }
}

void SearchPage::showNotesFor(const QModelIndex& proxyIndex)
{
    const SearchHit* h = m_model->hit(m_proxy->mapToSource(proxyIndex).row());
    if (!h) {
        m_notes->clearTarget();
        return;
    }
    const QString label = SearchResultsModel::what(*h);
    switch (h->kind) {
    case SearchHit::Kind::Item:
        m_notes->setTarget(Note::Target::Item, h->id,
                           label + QLatin1Char(' ') + SearchHit::plain(h->heading));
        break;
    case SearchHit::Kind::Resolution:
        if (h->itemId)
            m_notes->setTarget(Note::Target::Item, h->itemId, tr("Item %1").arg(h->minuteNumber));
        else
            m_notes->clearTarget();
        break;
    case SearchHit::Kind::Action:
        m_notes->setTarget(Note::Target::Action, h->id, label);
        break;
    case SearchHit::Kind::Milestone:
        m_notes->setTarget(Note::Target::Milestone, h->id,
                           label + QLatin1Char(' ') + SearchHit::plain(h->heading));
        break;
    }
}

bool SearchPage::eventFilter(QObject* watched, QEvent* event)
{
    // Down from the box moves into the results, so Enter can open one.
    if (watched == m_ui->searchEdit && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if ((key->key() == Qt::Key_Down || key->key() == Qt::Key_PageDown) && m_proxy->rowCount() > 0) {
            m_ui->searchResults->setFocus();
            if (!m_ui->searchResults->currentIndex().isValid())
                m_ui->searchResults->setCurrentIndex(m_proxy->index(0, 0));
            return true;
        }
    }
    return Page::eventFilter(watched, event);
}

Page* createSearchPage(AppContext& context, QWidget* parent)
{
    return new SearchPage(context, parent);
}
