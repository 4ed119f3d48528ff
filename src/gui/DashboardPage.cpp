// The dashboard (DashboardPage.h); its layout: ui/DashboardPage.ui.
#include "DashboardPage.h"

#include "RagDelegate.h"
#include "core/BritishDate.h"
#include "store/ContextRepository.h"
#include "store/DashboardRepository.h"
#include "store/Database.h"
#include "store/PlanRepository.h"
#include "ui_DashboardPage.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCoreApplication>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QStackedBarSeries>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QValueAxis>
#include <algorithm>

namespace {

// The context of the strings outside the page's class, the page's own.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(DashboardPage)
};

constexpr int TargetRole = Qt::UserRole + 7;
constexpr int PageRole = Qt::UserRole + 8;

constexpr int TrendRole = Qt::UserRole + 9;

// A figure's last months as a small line (drawn, not made of block characters, which some fonts
// render as solid blocks), its latest point marked; the words say the same for screen readers.
class SparklineDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        QStyleOptionViewItem plain = option;
        initStyleOption(&plain, index);
        plain.text.clear();
        option.widget->style()->drawControl(QStyle::CE_ItemViewItem, &plain, painter, option.widget);
        QList<double> values;
        for (const QVariant& v : index.data(TrendRole).toList())
            values << v.toDouble();
        if (values.size() < 2)
            return;
        const auto [lo, hi] = std::minmax_element(values.cbegin(), values.cend());
        const QRectF r = QRectF(option.rect).adjusted(4, 4, -6, -4);
        const double span = *hi > *lo ? *hi - *lo : 1;
        QPolygonF line;
        for (int i = 0; i < values.size(); ++i)
            line << QPointF(r.left() + r.width() * i / (values.size() - 1),
                            r.bottom() - r.height() * (*hi > *lo ? (values.at(i) - *lo) / span : 0.5));
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        const bool selected = option.state & QStyle::State_Selected;
        QPen pen(selected ? option.palette.highlightedText().color() : QColor(0x15, 0x65, 0xc0), 1.6);
        painter->setPen(pen);
        painter->drawPolyline(line);
        painter->setBrush(pen.color());
        painter->drawEllipse(line.last(), 2.5, 2.5);
        painter->restore();
    }
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        return QStyledItemDelegate::sizeHint(option, index).expandedTo(QSize(90, 0));
    }
};

// The trend in words ("rising from 14 to 17 over 12 months").
QString trendWords(const QList<double>& values)
{
    if (values.size() < 2)
        return QString();
    const double first = values.first(), last = values.last();
    const int months = int(values.size());
    if (last > first)
        return Text::tr("rising from %1 to %2 over %n month(s)", nullptr, months).arg(first).arg(last);
    if (last < first)
        return Text::tr("falling from %1 to %2 over %n month(s)", nullptr, months).arg(first).arg(last);
    return Text::tr("level from %1 to %2 over %n month(s)", nullptr, months).arg(first).arg(last);
}

} // namespace

DashboardPage::DashboardPage(AppContext& context, QWidget* parent)
    : Page(context, parent), m_ui(std::make_unique<Ui::DashboardPage>())
{
    // The layout: ui/DashboardPage.ui. In a window smaller than all it shows (down to 1024×700),
    // the dashboard scrolls rather than making the window larger than the screen.
    m_ui->setupUi(this);
    // Tab goes to the ratings' table, their chart, then the summary's links (the form's tab stops); the
    // chart's viewport, which a tab stop cannot name, follows the chart.
    QWidget::setTabOrder(m_ui->ratingsChart, m_ui->ratingsChart->viewport());
    QWidget::setTabOrder(m_ui->ratingsChart->viewport(), m_ui->ratingSummary);
    m_ui->ratingsByPriority->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_ui->overdueActions->setMinimumHeight(fontMetrics().height() * 6);
    m_ui->keyFigures->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_ui->keyFigures->setItemDelegateForColumn(2, new SparklineDelegate(m_ui->keyFigures));
    m_ui->keyFigures->setItemDelegateForColumn(4, new RagDelegate(m_ui->keyFigures));
    m_ui->keyFigures->viewport()->installEventFilter(this);
    connect(m_ui->ratingSummary, &QLabel::linkActivated, this, [this](const QString& link) {
        this->context().navigate(PageId::Plan, {{QStringLiteral("onTrack"), link == QLatin1String("on")}});
    });

    auto open = [this](QListWidgetItem* item) {
        this->context().navigate(PageId(item->data(PageRole).toInt()), item->data(TargetRole).toMap());
    };
    connect(m_ui->changesSinceLast, &QListWidget::itemActivated, this, open);
    connect(m_ui->flaggedMilestones, &QListWidget::itemActivated, this, open);
    connect(m_ui->overdueActions, &QListWidget::itemActivated, this, open);
    connect(m_ui->ratingsByPriority, &QTableWidget::cellActivated, this, [this](int row, int column) {
        // An empty cell (no milestone with that rating) opens nothing: it would be an empty plan.
        const QTableWidgetItem* item = m_ui->ratingsByPriority->item(row, column);
        if (item && !item->text().trimmed().isEmpty() && item->text() != QLatin1String("0"))
            this->context().navigate(PageId::Plan, item->data(TargetRole).toMap());
    });
    connect(m_ui->keyFigures, &QTableWidget::cellActivated, this, [this](int row, int) {
        this->context().navigate(PageId::Figures, m_ui->keyFigures->item(row, 0)->data(TargetRole).toMap());
    });
    connect(&context, &AppContext::committeeChanged, this, &Page::invalidate);
    connect(&context, &AppContext::meetingChanged, this, &Page::invalidate);
    connect(&context, &AppContext::dataChanged, this, &Page::invalidate);
}

DashboardPage::~DashboardPage() = default;

QString DashboardPage::title() const
{
    return tr("Dashboard");
}

int DashboardPage::badge() const
{
    return 0;
}

void DashboardPage::reload()
{
    try {
        load();
    } catch (const StoreError& e) {
        m_ui->dashboardHeading->setText(e.message());
    }
}

void DashboardPage::load()
{
    Database& db = context().db();
    DashboardRepository dash(db);
    const qint64 meeting = context().meetingId();
    const QDate asAt = meeting ? dash.meetingDate(meeting) : QDate::currentDate();
    const QDate previous = meeting ? dash.previousMeetingDate(meeting) : QDate();
    QString venue;
    for (const auto& m : ContextRepository(db).meetings(context().committeeId()))
        if (m.id == meeting)
            venue = m.venue;
    m_ui->dashboardHeading->setText(meeting
                                        ? tr("Meeting: %1%2")
                                              .arg(BritishDate::longDate(asAt),
                                                   venue.isEmpty() ? QString() : QStringLiteral(", ") + venue)
                                        : tr("No meeting chosen: figures as at today."));

    const PlanRepository::Plan plan = PlanRepository(db).planFor(context().committeeId(), asAt);
    if (plan.id == 0)
        m_ui->dashboardHeading->setText(
            m_ui->dashboardHeading->text() + QLatin1Char('\n') +
            tr("No improvement plan is linked to this committee: there are no ratings or key "
               "figures to show."));
    // Ratings by priority.
    QStringList headers{tr("Priority")};
    for (const auto& s : plan.statuses)
        headers << s.letter;
    headers << tr("Total");
    m_ui->ratingsByPriority->clear();
    m_ui->ratingsByPriority->setColumnCount(int(headers.size()));
    m_ui->ratingsByPriority->setHorizontalHeaderLabels(headers);
    QList<int> totals(plan.statuses.size(), 0);
    int onTrack = 0, all = 0;
    auto* bars = new QStackedBarSeries;
    QList<QBarSet*> sets;
    for (const auto& s : plan.statuses) {
        auto* set = new QBarSet(QStringLiteral("%1 %2").arg(s.letter, s.name));
        set->setColor(QColor(s.colour));
        set->setLabelColor(RagDelegate::textColourOn(QColor(s.colour)));
        sets << set;
    }
    QStringList categories;
    m_ui->ratingsByPriority->setRowCount(int(plan.priorities.size()) + 1);
    for (int r = 0; r < plan.priorities.size(); ++r) {
        const auto& p = plan.priorities.at(r);
        auto* name = new QTableWidgetItem(tr("P%1 %2").arg(p.number).arg(p.title));
        name->setData(TargetRole, QVariantMap{{QStringLiteral("priority"), p.id}});
        name->setToolTip(name->text());
        m_ui->ratingsByPriority->setItem(r, 0, name);
        categories << QStringLiteral("P%1").arg(p.number);
        for (int c = 0; c < plan.statuses.size(); ++c) {
            int n = 0;
            for (const auto& m : p.milestones)
                n += m.statusId == plan.statuses.at(c).id ? 1 : 0;
            totals[c] += n;
            auto* cell = new QTableWidgetItem(n ? QString::number(n) : QString());
            cell->setTextAlignment(Qt::AlignCenter);
            cell->setData(TargetRole, QVariantMap{{QStringLiteral("priority"), p.id},
                                                  {QStringLiteral("status"), plan.statuses.at(c).id}});
            if (n)
                cell->setToolTip(tr("%1 milestones of P%2 rated %3: press Enter or double-click to see them")
                                     .arg(n)
                                     .arg(p.number)
                                     .arg(plan.statuses.at(c).name));
            m_ui->ratingsByPriority->setItem(r, c + 1, cell);
            *sets[c] << n;
        }
        for (const auto& m : p.milestones) {
            ++all;
            if (const auto* s = plan.status(m.statusId); s && s->onTrack)
                ++onTrack;
        }
        auto* total = new QTableWidgetItem(QString::number(p.milestones.size()));
        total->setTextAlignment(Qt::AlignCenter);
        total->setData(TargetRole, QVariantMap{{QStringLiteral("priority"), p.id}});
        m_ui->ratingsByPriority->setItem(r, int(headers.size()) - 1, total);
    }
    // The totals row: every milestone with each rating.
    {
        const int r = int(plan.priorities.size());
        QFont bold = m_ui->ratingsByPriority->font();
        bold.setBold(true);
        auto* name = new QTableWidgetItem(tr("All priorities"));
        name->setFont(bold);
        name->setData(TargetRole, QVariantMap{});
        m_ui->ratingsByPriority->setItem(r, 0, name);
        for (int c = 0; c < plan.statuses.size(); ++c) {
            auto* cell = new QTableWidgetItem(QString::number(totals.at(c)));
            cell->setFont(bold);
            cell->setTextAlignment(Qt::AlignCenter);
            cell->setData(TargetRole, QVariantMap{{QStringLiteral("status"), plan.statuses.at(c).id}});
            m_ui->ratingsByPriority->setItem(r, c + 1, cell);
        }
        auto* total = new QTableWidgetItem(QString::number(all));
        total->setFont(bold);
        total->setTextAlignment(Qt::AlignCenter);
        total->setData(TargetRole, QVariantMap{});
        m_ui->ratingsByPriority->setItem(r, int(headers.size()) - 1, total);
    }
    QList<qint64> priorityIds;
    for (const auto& p : plan.priorities)
        priorityIds << p.id;
    for (int c = 0; c < plan.statuses.size(); ++c) {
        const qint64 status = plan.statuses.at(c).id;
        connect(sets[c], &QBarSet::clicked, this, [this, status, priorityIds](int index) {
            if (index >= 0 && index < priorityIds.size())
                this->context().navigate(PageId::Plan, {{QStringLiteral("priority"), priorityIds.at(index)},
                                                        {QStringLiteral("status"), status}});
        });
    }
    m_ui->ratingsByPriority->resizeColumnsToContents();
    m_ui->ratingsByPriority->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    // Every priority and the totals without scrolling (the chart above takes what is left).
    m_ui->ratingsByPriority->setMinimumHeight(
        qMin(460, m_ui->ratingsByPriority->horizontalHeader()->sizeHint().height() +
                      m_ui->ratingsByPriority->rowCount() *
                          m_ui->ratingsByPriority->verticalHeader()->defaultSectionSize() +
                      2 * m_ui->ratingsByPriority->frameWidth() + 2));
    QStringList parts;
    for (int c = 0; c < plan.statuses.size(); ++c)
        parts << QStringLiteral("%1 %2").arg(plan.statuses.at(c).letter).arg(totals.at(c));
    m_ui->ratingSummary->setText(tr("<b><a href='on'>%1 on track</a> · <a href='not'>%2 not</a></b> (%3)")
                                     .arg(onTrack)
                                     .arg(all - onTrack)
                                     .arg(parts.join(QStringLiteral(", "))));
    for (auto* set : sets) {
        set->setLabel(set->label());
        bars->append(set);
    }
    bars->setLabelsVisible(true);
    auto* chart = new QChart;
    chart->addSeries(bars);
    auto* axisX = new QBarCategoryAxis;
    axisX->append(categories);
    // "P10" is short enough to stand under its bar: Qt Charts cut it to "…" when a category is a
    // few pixels narrower than its own estimate, which left every bar unnamed at 1024x700.
    axisX->setTruncateLabels(false);
    chart->addAxis(axisX, Qt::AlignBottom);
    bars->attachAxis(axisX);
    auto* axisY = new QValueAxis;
    axisY->setLabelFormat(QStringLiteral("%d"));
    int tallest = 1;
    for (const auto& p : plan.priorities)
        tallest = qMax(tallest, int(p.milestones.size()));
    axisY->setRange(0, tallest);
    axisY->setTickCount(tallest + 1);
    // Each segment carries its count, so the axis needs no numbers (they crowd a short chart).
    axisY->setLabelsVisible(false);
    chart->addAxis(axisY, Qt::AlignLeft);
    bars->attachAxis(axisY);
    chart->legend()->setAlignment(Qt::AlignRight);
    chart->setMargins(QMargins(2, 2, 2, 2));
    setChart(m_ui->ratingsChart, chart);

    // Changes since the last meeting.
    m_ui->changesSinceLast->clear();
    if (previous.isValid()) {
        m_ui->changesBox->setTitle(tr("Since the last meeting (%1)").arg(BritishDate::shortDate(previous)));
        const auto moves = dash.moves(plan.id, previous, asAt);
        int up = 0, down = 0;
        for (const auto& m : moves)
            (m.improved ? up : down) += 1;
        auto add = [this](const QString& text, PageId page, const QVariantMap& target) {
            auto* item = new QListWidgetItem(text, m_ui->changesSinceLast);
            item->setData(PageRole, int(page));
            item->setData(TargetRole, target);
        };
        QVariantList moved;
        for (const auto& m : moves)
            moved << m.milestoneId;
        add(tr("▲ %1 milestones improved · ▼ %2 worsened").arg(up).arg(down), PageId::Plan,
            {{QStringLiteral("milestones"), moved}});
        for (const auto& m : moves)
            add(QStringLiteral("%1 %2 %3 → %4  %5")
                    .arg(m.improved ? QStringLiteral("▲") : QStringLiteral("▼"), m.code, m.fromLetter,
                         m.toLetter, m.title),
                PageId::Plan, {{QStringLiteral("milestone"), m.milestoneId}});
        const int completed = dash.actionsCompleted(context().committeeId(), previous, asAt);
        add(completed == 1 ? tr("✓ 1 action completed") : tr("✓ %1 actions completed").arg(completed),
            PageId::Actions,
            {{QStringLiteral("committee"), context().committeeId()},
             {QStringLiteral("status"), QStringLiteral("done")},
             {QStringLiteral("completedAfter"), previous},
             {QStringLiteral("completedBy"), asAt}});
    } else {
        m_ui->changesBox->setTitle(tr("Since the last meeting"));
        new QListWidgetItem(tr("This is the committee's first meeting on record."), m_ui->changesSinceLast);
    }

    // Flagged milestones.
    m_ui->flaggedMilestones->clear();
    for (const auto& [m, s, reasons] : plan.flagged()) {
        auto* item = new QListWidgetItem(
            QStringLiteral("%1  %2 %3 — %4")
                .arg(s ? s->letter : QStringLiteral("–"), m->code, m->title, reasons.first()),
            m_ui->flaggedMilestones);
        item->setToolTip(reasons.join(QLatin1Char('\n')));
        if (s)
            item->setForeground(QColor(s->colour).darker(150));
        item->setData(PageRole, int(PageId::Plan));
        item->setData(TargetRole, QVariantMap{{QStringLiteral("milestone"), m->id}});
    }
    if (m_ui->flaggedMilestones->count() == 0)
        new QListWidgetItem(tr("No rating needs questioning."), m_ui->flaggedMilestones);

    // Overdue and due-soon actions: the longest overdue first, as many as a glance takes in; the
    // action log has the rest.
    m_ui->overdueActions->clear();
    constexpr int kShown = 40;
    const auto actions = dash.openActions(context().committeeId(), asAt, 14, kShown);
    const auto [overdue, soon] = dash.openActionCounts(context().committeeId(), asAt);
    for (const auto& a : actions) {
        auto* item =
            new QListWidgetItem(tr("%1 %2  %3 — %4, due %5")
                                    .arg(a.overdue ? QStringLiteral("⚠") : QStringLiteral("◷"), a.reference,
                                         a.text, a.owner, BritishDate::shortDate(a.due)),
                                m_ui->overdueActions);
        if (a.overdue)
            item->setForeground(QColor(0xb7, 0x1c, 0x1c));
        item->setData(PageRole, int(PageId::Actions));
        item->setData(TargetRole, QVariantMap{{QStringLiteral("action"), a.id}});
    }
    if (overdue + soon > actions.size()) {
        auto* more =
            new QListWidgetItem(tr("… and %1 more: open the action log").arg(overdue + soon - actions.size()),
                                m_ui->overdueActions);
        more->setData(PageRole, int(PageId::Actions));
        more->setData(TargetRole, QVariantMap{{QStringLiteral("committee"), context().committeeId()},
                                              {QStringLiteral("status"), QStringLiteral("outstanding")}});
    }
    // Counted as at the meeting's date, and titled so (the side bar and the Actions page count to today).
    m_ui->actionsBox->setTitle(tr("Overdue on %1 (%2) and due in the 14 days after (%3)")
                                   .arg(BritishDate::shortDate(asAt))
                                   .arg(overdue)
                                   .arg(soon));
    if (actions.isEmpty())
        new QListWidgetItem(tr("No action is overdue or due soon."), m_ui->overdueActions);

    // Key figures.
    // Key figures as they stood at the meeting (today when none is chosen), for a plan of its own.
    const auto figures = plan.id ? dash.keyFigures(asAt) : QList<DashboardRepository::KeyFigure>();
    m_ui->keyFigures->clear();
    m_ui->keyFigures->setColumnCount(5);
    m_ui->keyFigures->setHorizontalHeaderLabels(
        {tr("Figure"), tr("Latest"), tr("Trend"), tr("Target"), tr("Rating")});
    m_ui->keyFigures->setRowCount(int(figures.size()));
    for (int r = 0; r < figures.size(); ++r) {
        const auto& f = figures.at(r);
        auto* name = new QTableWidgetItem(f.name);
        name->setData(TargetRole, QVariantMap{{QStringLiteral("indicator"), f.key}});
        m_ui->keyFigures->setItem(r, 0, name);
        m_ui->keyFigures->setItem(
            r, 1,
            new QTableWidgetItem(QString::number(f.latest) +
                                 (f.unit == QLatin1String("percentage") ? QStringLiteral("%") : QString())));
        auto* trend = new QTableWidgetItem;
        QVariantList points;
        for (double v : f.trend)
            points << v;
        trend->setData(TrendRole, points);
        trend->setToolTip(trendWords(f.trend));
        trend->setData(Qt::AccessibleTextRole, trendWords(f.trend));
        m_ui->keyFigures->setItem(r, 2, trend);
        m_ui->keyFigures->setItem(r, 3, new QTableWidgetItem(f.target));
        auto* rating = new QTableWidgetItem(IndicatorRules::letter(f.rating));
        if (f.rating != FigureRating::None) {
            rating->setData(RagDelegate::ColourRole, IndicatorRules::colour(f.rating));
            rating->setToolTip(IndicatorRules::name(f.rating));
        }
        m_ui->keyFigures->setItem(r, 4, rating);
    }
    for (int c = 0; c < m_ui->keyFigures->columnCount(); ++c)
        m_ui->keyFigures->horizontalHeaderItem(c)->setToolTip(
            m_ui->keyFigures->horizontalHeaderItem(c)->text());
    m_ui->keyFigures->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    fitKeyFigureColumns();
    // Every key figure without scrolling.
    m_ui->keyFigures->setMinimumHeight(m_ui->keyFigures->horizontalHeader()->sizeHint().height() +
                                       m_ui->keyFigures->rowCount() *
                                           m_ui->keyFigures->verticalHeader()->defaultSectionSize() +
                                       2 * m_ui->keyFigures->frameWidth() + 2);

    // Ratings over time.
    auto* over = new QStackedBarSeries;
    QList<QBarSet*> overSets;
    for (const auto& s : plan.statuses) {
        auto* set = new QBarSet(QStringLiteral("%1 %2").arg(s.letter, s.name));
        set->setColor(QColor(s.colour));
        overSets << set;
    }
    QStringList dates;
    int highest = 1;
    for (const auto& snap : dash.ratingsOverTime(plan.id, context().committeeId())) {
        if (snap.date > asAt)
            break;
        dates << BritishDate::shortDate(snap.date);
        int sum = 0;
        for (int i = 0; i < snap.counts.size() && i < overSets.size(); ++i) {
            *overSets[i] << snap.counts.at(i).second;
            sum += snap.counts.at(i).second;
        }
        highest = qMax(highest, sum);
    }
    for (auto* set : overSets)
        over->append(set);
    over->setLabelsVisible(true);
    auto* overChart = new QChart;
    overChart->addSeries(over);
    auto* ax = new QBarCategoryAxis;
    ax->append(dates);
    overChart->addAxis(ax, Qt::AlignBottom);
    over->attachAxis(ax);
    auto* ay = new QValueAxis;
    ay->setLabelFormat(QStringLiteral("%d"));
    // Room above the tallest bar, so that its top label is not cut off; whole-number ticks.
    const int step = highest > 20 ? 10 : 5;
    ay->setRange(0, (highest / step + 1) * step);
    ay->setTickCount((highest / step + 1) + 1);
    // Each segment carries its count; axis numbers would only be elided where the chart is short.
    ay->setLabelsVisible(false);
    overChart->addAxis(ay, Qt::AlignLeft);
    over->attachAxis(ay);
    overChart->legend()->setAlignment(Qt::AlignRight);
    overChart->setMargins(QMargins(2, 2, 2, 2));
    setChart(m_ui->ratingsOverTime, overChart);
}

void DashboardPage::setChart(QChartView* view, QChart* chart)
{
    chart->setAnimationOptions(QChart::NoAnimation);
    QChart* old = view->chart();
    view->setChart(chart);
    delete old;
}

Page* createDashboardPage(AppContext& context, QWidget* parent)
{
    return new DashboardPage(context, parent);
}

bool DashboardPage::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::Resize && watched == m_ui->keyFigures->viewport())
        fitKeyFigureColumns();
    return Page::eventFilter(watched, event);
}

void DashboardPage::fitKeyFigureColumns()
{
    QTableWidget* t = m_ui->keyFigures;
    QHeaderView* header = t->horizontalHeader();
    if (t->columnCount() < 2)
        return;
    // A name needs room for about a dozen letters to be read at all.
    const int nameRoom = t->fontMetrics().averageCharWidth() * 12;
    int whole = 0;
    QList<int> content, headed;
    for (int c = 1; c < t->columnCount(); ++c) {
        content << qMax(static_cast<QAbstractItemView*>(t)->sizeHintForColumn(c),
                        t->fontMetrics().horizontalAdvance(QStringLiteral("…")) + 12);
        headed << qMax(content.last(), header->sectionSizeHint(c));
        whole += headed.last();
    }
    const bool tight = t->viewport()->width() - whole < nameRoom;
    for (int c = 1; c < t->columnCount(); ++c)
        header->resizeSection(c, tight ? content.at(c - 1) : headed.at(c - 1));
}
