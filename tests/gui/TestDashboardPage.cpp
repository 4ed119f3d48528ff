// The dashboard on the demo database, as at the meeting of 30 January 2018: its numbers are the
// SQL counts, and activating a number opens the milestones behind it on the plan page.
#include "core/Translations.h"
#include "gui/AppContext.h"
#include "gui/Page.h"
#include "gui/PlanModel.h"
#include "store/Database.h"
#include "store/DemoData.h"
#include "store/StoreSql.h"

#include <QBarCategoryAxis>
#include <QChartView>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTreeView>

namespace {

QString s(const char* text)
{
    return QString::fromUtf8(text);
}

QList<qint64> visibleMilestones(QTreeView* tree)
{
    QList<qint64> ids;
    const QAbstractItemModel* m = tree->model();
    for (int p = 0; p < m->rowCount(); ++p)
        for (int r = 0; r < m->rowCount(m->index(p, 0)); ++r)
            ids << m->index(r, 0, m->index(p, 0)).data(PlanModel::MilestoneIdRole).toLongLong();
    std::sort(ids.begin(), ids.end());
    return ids;
}

QList<qint64> idsFrom(const Database& db, const QString& sql, const QVariantList& values = {})
{
    QList<qint64> ids;
    for (const auto& row : StoreSql::rows(db, sql, values))
        ids << row.first().toLongLong();
    std::sort(ids.begin(), ids.end());
    return ids;
}

} // namespace

class TestDashboardPage : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        m_db = Database::open(s(":memory:"), s("admin"));
        DemoData::create(*m_db);
        m_db->signIn(s("cllr.member"));
        m_context = std::make_unique<AppContext>(*m_db);
        m_committee = StoreSql::scalar(*m_db, s("SELECT committee_id FROM improvement_plans")).toLongLong();
        m_context->setCommittee(m_committee);
        m_context->setMeeting(
            StoreSql::scalar(
                *m_db, s("SELECT id FROM meetings WHERE committee_id = ? AND starts_at LIKE '2018-01-30%'"),
                {m_committee})
                .toLongLong());
        m_page.reset(createDashboardPage(*m_context, nullptr));
        m_page->refresh();
        m_ratings = m_page->findChild<QTableWidget*>(s("ratingsByPriority"));
        QVERIFY(m_ratings);
    }

    void cleanup()
    {
        m_page.reset();
        m_context.reset();
        m_db.reset();
    }

    void theCountsAreTheSqlCounts()
    {
        const auto statuses =
            StoreSql::rows(*m_db, s("SELECT id, letter FROM rating_statuses ORDER BY rank"));
        QCOMPARE(m_ratings->columnCount(), int(statuses.size()) + 2);
        for (int c = 0; c < statuses.size(); ++c)
            QCOMPARE(m_ratings->horizontalHeaderItem(c + 1)->text(),
                     statuses.at(c).value(s("letter")).toString());
        const auto priorities = StoreSql::rows(*m_db, s("SELECT id, number FROM priorities ORDER BY number"));
        QCOMPARE(m_ratings->rowCount(), int(priorities.size()) + 1); // and a totals row
        for (int r = 0; r < priorities.size(); ++r) {
            QVERIFY(m_ratings->item(r, 0)->text().startsWith(
                s("P%1 ").arg(priorities.at(r).value(s("number")).toInt())));
            for (int c = 0; c < statuses.size(); ++c) {
                const int n =
                    StoreSql::scalar(
                        *m_db, s("SELECT COUNT(*) FROM milestones WHERE priority_id = ? AND status_id = ?"),
                        {priorities.at(r).value(s("id")), statuses.at(c).value(s("id"))})
                        .toInt();
                QCOMPARE(m_ratings->item(r, c + 1)->text(), n ? QString::number(n) : QString());
            }
            QCOMPARE(m_ratings->item(r, int(statuses.size()) + 1)->text(),
                     StoreSql::scalar(*m_db, s("SELECT COUNT(*) FROM milestones WHERE priority_id = ?"),
                                      {priorities.at(r).value(s("id"))})
                         .toString());
        }
        const int last = int(priorities.size());
        for (int c = 0; c < statuses.size(); ++c)
            QCOMPARE(m_ratings->item(last, c + 1)->text(),
                     StoreSql::scalar(*m_db, s("SELECT COUNT(*) FROM milestones WHERE status_id = ?"),
                                      {statuses.at(c).value(s("id"))})
                         .toString());
        QCOMPARE(m_ratings->item(last, int(statuses.size()) + 1)->text(),
                 StoreSql::scalar(*m_db, s("SELECT COUNT(*) FROM milestones")).toString());

        // "N on track · M not": the question members ask, answered from the scheme's own on-track statuses.
        const int onTrack =
            StoreSql::scalar(*m_db, s("SELECT COUNT(*) FROM milestones m JOIN rating_statuses r ON r.id "
                                      "= m.status_id WHERE r.on_track = 1"))
                .toInt();
        const int all = StoreSql::scalar(*m_db, s("SELECT COUNT(*) FROM milestones")).toInt();
        const QString summary = m_page->findChild<QLabel*>(s("ratingSummary"))->text();
        QVERIFY2(summary.contains(s("%1 on track").arg(onTrack)) &&
                     summary.contains(s("%1 not").arg(all - onTrack)),
                 qPrintable(summary));

        // Every flagged milestone is listed with the first reason why.
        auto* flags = m_page->findChild<QListWidget*>(s("flaggedMilestones"));
        QVERIFY(flags->count() >= 8);
        for (int i = 0; i < flags->count(); ++i)
            QVERIFY(flags->item(i)->text().contains(s(" — ")));

        m_page->resize(1500, 1000);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        QTest::qWait(100);
        QVERIFY(m_page->grab().save(QDir::temp().filePath(s("scrutineer-dashboard.png"))));
    }

    void activatingANumberOpensTheRowsBehindIt()
    {
        m_page->resize(1500, 1000);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        QSignalSpy asked(m_context.get(), &AppContext::navigateRequested);
        std::unique_ptr<Page> plan(createPlanPage(*m_context, nullptr));
        plan->refresh(); // a page reads nothing until it is shown or refreshed
        auto* tree = plan->findChild<QTreeView*>(s("planTree"));

        const qint64 p2 =
            StoreSql::scalar(*m_db, s("SELECT id FROM priorities WHERE number = 2")).toLongLong();
        const auto statuses = StoreSql::rows(*m_db, s("SELECT id FROM rating_statuses ORDER BY rank"));
        // Each count of P2 (row 1): Enter on the cell opens exactly those milestones.
        for (int c = 0; c < statuses.size(); ++c) {
            asked.clear();
            m_ratings->setFocus();
            m_ratings->setCurrentCell(1, c + 1);
            QTest::keyClick(m_ratings, Qt::Key_Return);
            // Defect 9: an empty cell (no milestone with that rating) opens nothing, not an empty plan.
            if (m_ratings->item(1, c + 1)->text().isEmpty()) {
                QCOMPARE(asked.size(), 0);
                continue;
            }
            QCOMPARE(asked.size(), 1);
            QCOMPARE(asked.first().at(0).value<PageId>(), PageId::Plan);
            plan->reveal(asked.first().at(1).toMap());
            QCOMPARE(visibleMilestones(tree),
                     idsFrom(*m_db, s("SELECT id FROM milestones WHERE priority_id = ? AND status_id = ?"),
                             {p2, statuses.at(c).value(s("id"))}));
        }
        // The totals row's count of a rating opens every milestone with it.
        asked.clear();
        m_ratings->setCurrentCell(m_ratings->rowCount() - 1, 3);
        QTest::keyClick(m_ratings, Qt::Key_Return);
        QCOMPARE(asked.size(), 1);
        plan->reveal(asked.first().at(1).toMap());
        QCOMPARE(visibleMilestones(tree), idsFrom(*m_db, s("SELECT id FROM milestones WHERE status_id = ?"),
                                                  {statuses.at(2).value(s("id"))}));

        // "M not" on track opens the milestones not on track.
        asked.clear();
        emit m_page->findChild<QLabel*>(s("ratingSummary"))->linkActivated(s("not"));
        QCOMPARE(asked.size(), 1);
        plan->reveal(asked.first().at(1).toMap());
        QCOMPARE(visibleMilestones(tree),
                 idsFrom(*m_db, s("SELECT m.id FROM milestones m JOIN rating_statuses r ON r.id = "
                                  "m.status_id WHERE r.on_track = 0")));

        // A flagged milestone opens itself.
        auto* flags = m_page->findChild<QListWidget*>(s("flaggedMilestones"));
        asked.clear();
        emit flags->itemActivated(flags->item(0));
        QCOMPARE(asked.size(), 1);
        const qint64 flagged = asked.first().at(1).toMap().value(s("milestone")).toLongLong();
        QVERIFY(flagged > 0);
        plan->reveal(asked.first().at(1).toMap());
        QCOMPARE(tree->currentIndex().data(PlanModel::MilestoneIdRole).toLongLong(), flagged);

        // "▲ n improved · ▼ m worsened" opens the milestones that moved.
        auto* changes = m_page->findChild<QListWidget*>(s("changesSinceLast"));
        QVERIFY(changes->item(0)->text().startsWith(s("▲")));
        asked.clear();
        emit changes->itemActivated(changes->item(0));
        QCOMPARE(asked.size(), 1);
        plan->reveal(asked.first().at(1).toMap());
        const int moved = changes->count() - 2; // the heading line and the actions line
        QCOMPARE(int(visibleMilestones(tree).size()), moved);
    }

    void actionsCompletedOpensTheDoneActions()
    {
        QSignalSpy asked(m_context.get(), &AppContext::navigateRequested);
        auto* changes = m_page->findChild<QListWidget*>(s("changesSinceLast"));
        QListWidgetItem* line = nullptr;
        for (int i = 0; i < changes->count(); ++i)
            if (changes->item(i)->text().startsWith(s("✓")))
                line = changes->item(i);
        QVERIFY(line);
        emit changes->itemActivated(line);
        QCOMPARE(asked.size(), 1);
        QCOMPARE(asked.first().at(0).value<PageId>(), PageId::Actions);
        std::unique_ptr<Page> actions(createActionsPage(*m_context, nullptr));
        actions->refresh();
        actions->reveal(asked.first().at(1).toMap());
        auto* table = actions->findChild<QTableView*>();
        QVERIFY(table);
        QAbstractItemModel* model = table->model();
        while (model->canFetchMore({}))
            model->fetchMore({});
        // Defect 9: the rows opened are the ones the line counts (completed since the last meeting),
        // not every action ever done.
        const int counted = line->text().section(QLatin1Char(' '), 1, 1).toInt();
        const int everDone =
            StoreSql::scalar(*m_db,
                             s("SELECT COUNT(*) FROM actions a JOIN meetings m ON m.id = a.meeting_id "
                               "WHERE a.status = 'done' AND m.committee_id = ?"),
                             {m_committee})
                .toInt();
        QVERIFY(everDone > counted);
        QCOMPARE(model->rowCount(), counted);
        for (int r = 0; r < model->rowCount(); ++r)
            QCOMPARE(model->index(r, 4).data(Qt::EditRole).toString(), s("done"));
    }

    // Each bar of the ratings chart is named under it (P1 … P10): Qt Charts cut the names to "…" at
    // 1024x700, where a category was a few pixels narrower than it reckoned "P10" needed.
    void theRatingsChartNamesEveryPriority()
    {
        auto* view = m_page->findChild<QChartView*>(s("ratingsChart"));
        QVERIFY(view && view->chart());
        const auto axes = view->chart()->axes(Qt::Horizontal);
        QCOMPARE(axes.size(), 1);
        auto* categories = qobject_cast<QBarCategoryAxis*>(axes.first());
        QVERIFY(categories);
        QCOMPARE(categories->categories().first(), s("P1"));
        QVERIFY(!categories->truncateLabels());
    }

    // The key figures in Welsh on a narrow dashboard (1024x700): the headings' longer words
    // ("Diweddaraf") pushed the Rating column out of sight; now the columns take what their figures
    // need, the names keep room to be read, and each heading is whole in its tooltip.
    void keyFiguresFitWhenTheirHeadingsAreLong()
    {
        Translations::install(QString::fromLatin1(Translations::Welsh));
        const auto back =
            qScopeGuard([] { Translations::install(QString::fromLatin1(Translations::English)); });
        std::unique_ptr<Page> page(createDashboardPage(*m_context, nullptr));
        page->refresh();
        page->show();
        QVERIFY(QTest::qWaitForWindowExposed(page.get()));
        auto* figures = page->findChild<QTableWidget*>(s("keyFigures"));
        QVERIFY(figures->rowCount() > 0);
        figures->setFixedWidth(270); // as at 1024x700
        QTest::qWait(50);
        QHeaderView* header = figures->horizontalHeader();
        const int last = figures->columnCount() - 1;
        QCOMPARE(figures->horizontalHeaderItem(last)->text(), s("Sgôr"));
        QVERIFY2(header->sectionPosition(last) + header->sectionSize(last) <= figures->viewport()->width(),
                 qPrintable(QString::number(header->sectionPosition(last) + header->sectionSize(last))));
        QVERIFY(header->sectionSize(0) >= figures->fontMetrics().averageCharWidth() * 8);
        QCOMPARE(figures->horizontalHeaderItem(1)->toolTip(), figures->horizontalHeaderItem(1)->text());
    }

    // Defect 8: a committee without a plan of its own shows none, not another committee's; key figures
    // are those of the meeting's month, not the latest stored.
    void aCommitteeWithoutAPlanShowsNoneAndFiguresAreAsAtTheMeeting()
    {
        auto* figures = m_page->findChild<QTableWidget*>(s("keyFigures"));
        QVERIFY(figures->rowCount() > 0);
        const QString latestStored =
            StoreSql::scalar(*m_db, s("SELECT MAX(period) FROM indicator_values")).toString();
        const QString meetingMonth = s("2018-01");
        QVERIFY(latestStored > meetingMonth);
        const double expected =
            StoreSql::scalar(
                *m_db,
                s("SELECT v.value FROM indicator_values v JOIN indicators i ON i.id = v.indicator_id "
                  "JOIN "
                  "teams t ON t.id = v.team_id WHERE i.key = ? AND t.kind = 'service' AND v.period <= ? "
                  "ORDER BY v.period DESC LIMIT 1"),
                {figures->item(0, 0)->data(Qt::UserRole + 7).toMap().value(s("indicator")), meetingMonth})
                .toDouble();
        QVERIFY2(figures->item(0, 1)->text().startsWith(QString::number(expected)),
                 qPrintable(figures->item(0, 1)->text()));
        // Defect 13: the trend is drawn from its values, not from block characters.
        QVERIFY(figures->item(0, 2)->text().isEmpty());
        QVERIFY(figures->item(0, 2)->data(Qt::UserRole + 9).toList().size() >= 2);

        const qint64 other =
            StoreSql::scalar(*m_db,
                             s("SELECT id FROM committees WHERE id NOT IN (SELECT committee_id FROM "
                               "improvement_plans WHERE committee_id IS NOT NULL) ORDER BY id LIMIT 1"))
                .toLongLong();
        QVERIFY(other);
        m_context->setCommittee(other);
        m_context->setMeeting(
            StoreSql::scalar(
                *m_db, s("SELECT id FROM meetings WHERE committee_id = ? ORDER BY starts_at DESC LIMIT 1"),
                {other})
                .toLongLong());
        m_page->refresh();
        QCOMPARE(m_ratings->rowCount(), 1); // the totals row only: no priorities
        QCOMPARE(figures->rowCount(), 0);
        auto* heading = m_page->findChild<QLabel*>(s("dashboardHeading"));
        QVERIFY2(heading->text().contains(s("No improvement plan is linked")), qPrintable(heading->text()));
    }

private:
    std::unique_ptr<Database> m_db;
    std::unique_ptr<AppContext> m_context;
    std::unique_ptr<Page> m_page;
    QTableWidget* m_ratings = nullptr;
    qint64 m_committee = 0;
};

QTEST_MAIN(TestDashboardPage)
#include "TestDashboardPage.moc"
