#include "SearchPage.h"

#include "Accessible.h"
#include "NotesWidget.h"
#include "SearchResultsModel.h"
#include "SearchSnippetDelegate.h"
#include "core/BritishDate.h"
#include "core/Translations.h"
#include "store/ContextRepository.h"
#include "store/Database.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

SearchPage::SearchPage(AppContext& context, QWidget* parent) : Page(context, parent)
{
    auto* layout = new QVBoxLayout(this);

    auto* top = new QHBoxLayout;
    m_edit = new QLineEdit(this);
    m_edit->setObjectName(QStringLiteral("searchEdit"));
    m_edit->setClearButtonEnabled(true);
    m_edit->setPlaceholderText(
        tr("Search minutes, resolutions, actions and milestones: words, \"a phrase\", foster*, "
           "OR, NOT"));
    m_edit->setAccessibleName(tr("Search for"));
    m_edit->setToolTip(tr("<p>Words: all must appear (<i>caseload review</i>).<br>"
                          "\"Quotation marks\" find a phrase (<i>\"caseload promise\"</i>).<br>"
                          "A star finds word beginnings (<i>recruit*</i>).<br>"
                          "OR finds either (<i>fostering OR adoption</i>); NOT or a minus leaves words out "
                          "(<i>agency NOT apologies</i>, <i>-apologies</i>).<br>"
                          "Brackets group: <i>(fostering OR adoption) sufficiency</i>.</p>"));
    m_edit->installEventFilter(this);
    auto* label = new QLabel(tr("F&ind:"), this);
    label->setBuddy(m_edit);
    top->addWidget(label);
    top->addWidget(m_edit, 1);
    layout->addLayout(top);
    setFocusProxy(m_edit);

    auto* filters = new QHBoxLayout;
    m_committee = new QComboBox(this);
    m_committee->setObjectName(QStringLiteral("searchCommittee"));
    // Long committee names are elided in the box (its list shows them whole): the page fits 1024 px.
    m_committee->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_committee->setMinimumContentsLength(10);
    auto* committeeLabel = new QLabel(tr("C&ommittee:"), this);
    committeeLabel->setBuddy(m_committee);
    filters->addWidget(committeeLabel);
    filters->addWidget(m_committee);
    filters->addSpacing(6);

    const auto dateEdit = [&](const QDate& date, const QString& name) {
        auto* edit = new QDateEdit(date, this);
        edit->setObjectName(name);
        edit->setLocale(Translations::dateLocale()); // "Sep" (never "Sept"), or Welsh names
        edit->setDisplayFormat(QStringLiteral("d MMM yyyy"));
        edit->setCalendarPopup(true);
        edit->setEnabled(false);
        return edit;
    };
    m_useFrom = new QCheckBox(tr("F&rom"), this);
    m_useFrom->setObjectName(QStringLiteral("searchUseFrom"));
    m_from = dateEdit(QDate::currentDate().addYears(-1), QStringLiteral("searchFrom"));
    m_useTo = new QCheckBox(tr("To"), this);
    m_useTo->setObjectName(QStringLiteral("searchUseTo"));
    m_to = dateEdit(QDate::currentDate(), QStringLiteral("searchTo"));
    Accessible::nameAfter(m_from, m_useFrom->text());
    Accessible::nameAfter(m_to, m_useTo->text());
    filters->addWidget(m_useFrom);
    filters->addWidget(m_from);
    filters->addWidget(m_useTo);
    filters->addWidget(m_to);
    filters->addSpacing(6);

    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("searchKind"));
    m_kind->addItem(tr("Everything"), 0);
    m_kind->addItem(tr("Items and resolutions"), SearchFilter::kindBit(SearchHit::Kind::Item) |
                                                     SearchFilter::kindBit(SearchHit::Kind::Resolution));
    m_kind->addItem(tr("Actions"), SearchFilter::kindBit(SearchHit::Kind::Action));
    m_kind->addItem(tr("Milestones"), SearchFilter::kindBit(SearchHit::Kind::Milestone));
    // As the committee's box: long kinds are elided in the box, so that the page fits 1024 px in Welsh too.
    m_kind->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_kind->setMinimumContentsLength(10);
    auto* kindLabel = new QLabel(tr("&Show:"), this);
    kindLabel->setBuddy(m_kind);
    filters->addWidget(kindLabel);
    filters->addWidget(m_kind);
    filters->addStretch(1);
    layout->addLayout(filters);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("searchMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_message);

    auto* split = new QSplitter(Qt::Horizontal, this);
    m_model = new SearchResultsModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(SearchResultsModel::SortRole);
    m_view = new QTreeView(split);
    m_view->setObjectName(QStringLiteral("searchResults"));
    m_view->setModel(m_proxy);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(SearchResultsModel::Rank, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setItemDelegateForColumn(SearchResultsModel::Match, new SearchSnippetDelegate(m_view));
    m_view->setAccessibleName(tr("Search results"));
    m_view->header()->setStretchLastSection(true);
    m_view->header()->resizeSection(SearchResultsModel::Rank, 36);
    m_view->header()->resizeSection(SearchResultsModel::What, 130);
    m_view->header()->resizeSection(SearchResultsModel::Date, 110);
    m_view->header()->resizeSection(SearchResultsModel::Committee, 160);
    m_notes = new NotesWidget(context, split);
    m_notes->setObjectName(QStringLiteral("searchNotes"));
    split->addWidget(m_view);
    split->addWidget(m_notes);
    split->setStretchFactor(0, 4);
    split->setStretchFactor(1, 1);
    split->setSizes({900, 260});
    layout->addWidget(split, 1);

    m_typing = new QTimer(this);
    m_typing->setSingleShot(true);
    m_typing->setInterval(300);
    connect(m_typing, &QTimer::timeout, this, &SearchPage::runNow);
    connect(m_edit, &QLineEdit::textEdited, m_typing, qOverload<>(&QTimer::start));
    connect(m_edit, &QLineEdit::returnPressed, this, &SearchPage::runNow);
    connect(m_edit, &QLineEdit::textChanged, this, [this](const QString& text) {
        if (text.isEmpty())
            runNow(); // the clear button
    });
    connect(m_committee, &QComboBox::currentIndexChanged, this, &SearchPage::runNow);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &SearchPage::runNow);
    connect(m_useFrom, &QCheckBox::toggled, m_from, &QWidget::setEnabled);
    connect(m_useTo, &QCheckBox::toggled, m_to, &QWidget::setEnabled);
    for (QCheckBox* box : {m_useFrom, m_useTo})
        connect(box, &QCheckBox::toggled, this, &SearchPage::runNow);
    for (QDateEdit* edit : {m_from, m_to})
        connect(edit, &QDateEdit::dateChanged, this, &SearchPage::runNow);
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex& index) { openRow(index.row()); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { showNotesFor(current); });
}

QString SearchPage::title() const
{
    return tr("Search");
}

void SearchPage::focusSearch()
{
    m_edit->setFocus(Qt::ShortcutFocusReason);
    m_edit->selectAll();
}

QString SearchPage::message() const
{
    return m_message->text();
}

void SearchPage::reloadCommittees()
{
    const qint64 chosen = m_committee->currentData().toLongLong();
    const QSignalBlocker block(m_committee);
    m_committee->clear();
    m_committee->addItem(tr("All committees"), 0);
    try {
        for (const auto& c : ContextRepository(context().db()).committees())
            m_committee->addItem(c.name, c.id);
    } catch (const StoreError& e) {
        m_message->setText(e.message());
    }
    const int index = m_committee->findData(chosen);
    m_committee->setCurrentIndex(index >= 0 ? index : 0);

    // Until someone ticks From or To, their dates follow the meetings held.
    if (!m_useFrom->isChecked() && !m_useTo->isChecked()) {
        try {
            const auto range = SearchRepository(context().db()).meetingDates();
            const QSignalBlocker blockFrom(m_from), blockTo(m_to);
            if (range.first.isValid())
                m_from->setDate(range.first);
            if (range.second.isValid())
                m_to->setDate(range.second);
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
        m_edit->setText(target.value(QStringLiteral("query")).toString());
        runNow();
        m_edit->setFocus();
    }
}

void SearchPage::search(const QString& query)
{
    m_edit->setText(query);
    runNow();
}

SearchFilter SearchPage::currentFilter() const
{
    SearchFilter filter;
    filter.withExempt = true; // the reader's own screen: Part 2 hits are shown, and marked
    filter.committeeId = m_committee->currentData().toLongLong();
    filter.kinds = m_kind->currentData().toInt();
    if (m_useFrom->isChecked())
        filter.from = m_from->date();
    if (m_useTo->isChecked())
        filter.to = m_to->date();
    return filter;
}

void SearchPage::runNow()
{
    m_typing->stop();
    const QString query = m_edit->text();
    if (query.trimmed().isEmpty()) {
        m_result = SearchResult();
        m_model->setHits({});
        m_notes->clearTarget();
        m_message->setText(
            tr("Search every minute, resolution, action and milestone. Put a phrase in quotation marks, "
               "end a word with * to find words that start with it, and use OR and NOT in capitals."));
        return;
    }
    const SearchFilter filter = currentFilter();
    m_result = SearchRepository(context().db()).search(query, filter);
    m_model->setHits(m_result.hits);
    m_view->sortByColumn(SearchResultsModel::Rank, Qt::AscendingOrder);

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
    m_message->setText(text);
    if (m_proxy->rowCount() > 0)
        m_view->setCurrentIndex(m_proxy->index(0, 0));
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
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if ((key->key() == Qt::Key_Down || key->key() == Qt::Key_PageDown) && m_proxy->rowCount() > 0) {
            m_view->setFocus();
            if (!m_view->currentIndex().isValid())
                m_view->setCurrentIndex(m_proxy->index(0, 0));
            return true;
        }
    }
    return Page::eventFilter(watched, event);
}

Page* createSearchPage(AppContext& context, QWidget* parent)
{
    return new SearchPage(context, parent);
}
