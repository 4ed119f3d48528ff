// The plan's own rating scheme: edited by clerks and officers (letters, names, colours,
// definitions, order, review period), read by members; a status in use cannot be removed; the
// edits are audited and show on the plan page.
#include "gui/AppContext.h"
#include "gui/Page.h"
#include "gui/PlanModel.h"
#include "gui/RagDelegate.h"
#include "gui/RatingSchemeDialog.h"
#include "store/Database.h"
#include "store/DemoData.h"
#include "store/PlanRepository.h"
#include "store/StoreSql.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>
#include <QTreeView>

namespace {

QString s(const char* text)
{
    return QString::fromUtf8(text);
}

std::unique_ptr<Database> demo(const char* login)
{
    auto db = Database::open(s(":memory:"), s("admin"));
    DemoData::create(*db);
    db->signIn(s(login));
    return db;
}

// The demo with three earlier plans rated with the demo plan's scheme, and one with a scheme of its own.
std::unique_ptr<Database> demoSharingTheScheme(const char* login)
{
    auto db = Database::open(s(":memory:"), s("admin"));
    DemoData::create(*db);
    const qint64 scheme = StoreSql::scalar(*db, s("SELECT scheme_id FROM improvement_plans")).toLongLong();
    for (int year : {2013, 2014, 2015})
        db->insert(s("improvement_plans"), {{s("scheme_id"), scheme},
                                            {s("title"), s("Improvement Plan %1").arg(year)},
                                            {s("adopted_on"), s("%1-04-01").arg(year)}});
    const qint64 other = db->insert(s("rating_schemes"), {{s("name"), s("Done / Not done")}});
    db->insert(
        s("improvement_plans"),
        {{s("scheme_id"), other}, {s("title"), s("Youth Justice Plan")}, {s("adopted_on"), s("2012-04-01")}});
    db->signIn(s(login));
    return db;
}

PlanRepository::Plan planOf(Database& db)
{
    return PlanRepository(db).planFor(0, QDate(2018, 1, 30));
}

int rowOf(QTableWidget* table, const QString& letter)
{
    for (int r = 0; r < table->rowCount(); ++r)
        if (table->item(r, RatingSchemeDialog::Letter)->text() == letter)
            return r;
    return -1;
}

} // namespace

class TestRatingSchemeDialog : public QObject
{
    Q_OBJECT
private slots:
    void showsThePlansOwnScheme()
    {
        auto db = demo("a.clerk");
        RatingSchemeDialog dialog(*db, planOf(*db));
        QVERIFY(!dialog.isReadOnly());
        auto* table = dialog.findChild<QTableWidget*>(s("ratingStatuses"));
        QVERIFY(table);
        const auto statuses = StoreSql::rows(
            *db,
            s("SELECT letter, name, colour, on_track, means_complete FROM rating_statuses ORDER BY rank"));
        QCOMPARE(table->rowCount(), int(statuses.size()));
        for (int r = 0; r < table->rowCount(); ++r) {
            QCOMPARE(table->item(r, RatingSchemeDialog::Letter)->text(),
                     statuses.at(r).value(s("letter")).toString());
            QCOMPARE(table->item(r, RatingSchemeDialog::Name)->text(),
                     statuses.at(r).value(s("name")).toString());
            QCOMPARE(table->item(r, RatingSchemeDialog::Colour)->text(),
                     statuses.at(r).value(s("colour")).toString());
            QCOMPARE(table->item(r, RatingSchemeDialog::Letter)->data(RagDelegate::ColourRole).toString(),
                     statuses.at(r).value(s("colour")).toString());
            QCOMPARE(table->item(r, RatingSchemeDialog::OnTrack)->checkState() == Qt::Checked,
                     statuses.at(r).value(s("on_track")).toBool());
            QCOMPARE(table->item(r, RatingSchemeDialog::MeansComplete)->checkState() == Qt::Checked,
                     statuses.at(r).value(s("means_complete")).toBool());
        }
        // How many milestones each status rates, so that nobody removes one blind.
        const int amber =
            StoreSql::scalar(
                *db, s("SELECT COUNT(*) FROM milestones m JOIN rating_statuses r ON r.id = m.status_id "
                       "WHERE r.letter = 'A'"))
                .toInt();
        QCOMPARE(table->item(rowOf(table, s("A")), RatingSchemeDialog::InUse)->text(),
                 QString::number(amber));
        QCOMPARE(dialog.findChild<QSpinBox*>(s("reviewDays"))->value(), 90);
        dialog.resize(900, 420);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.grab().save(QDir::temp().filePath(s("scrutineer-rating-scheme.png"))));
    }

    void editsAreSavedAuditedAndShownOnThePlanPage()
    {
        auto db = demo("a.clerk");
        AppContext context(*db);
        std::unique_ptr<Page> page(createPlanPage(context, nullptr));
        auto* tree = page->findChild<QTreeView*>(s("planTree"));
        const qint64 greenMilestone =
            StoreSql::scalar(*db, s("SELECT m.id FROM milestones m JOIN rating_statuses r ON "
                                    "r.id = m.status_id WHERE r.letter = 'G' LIMIT 1"))
                .toLongLong();
        QVERIFY(greenMilestone > 0);

        RatingSchemeDialog dialog(*db, planOf(*db));
        auto* table = dialog.findChild<QTableWidget*>(s("ratingStatuses"));
        const int green = rowOf(table, s("G"));
        QVERIFY(green >= 0);
        table->item(green, RatingSchemeDialog::Letter)->setText(s("OT"));
        table->item(green, RatingSchemeDialog::Name)->setText(s("On target"));
        table->item(green, RatingSchemeDialog::Definition)
            ->setText(s("Will be delivered by its due date, and the evidence says so."));
        dialog.colourChooser = [](const QColor&, QWidget*) { return QColor(s("#00897b")); };
        dialog.chooseColour(green);
        QCOMPARE(table->item(green, RatingSchemeDialog::Colour)->text(), s("#00897b"));
        dialog.findChild<QSpinBox*>(s("reviewDays"))->setValue(120);
        QVERIFY2(dialog.save(), qPrintable(dialog.message()));

        const auto saved = StoreSql::rows(
            *db, s("SELECT letter, name, colour, version FROM rating_statuses WHERE code = 'green'"));
        QCOMPARE(saved.first().value(s("letter")).toString(), s("OT"));
        QCOMPARE(saved.first().value(s("name")).toString(), s("On target"));
        QCOMPARE(saved.first().value(s("colour")).toString(), s("#00897b"));
        QVERIFY(saved.first().value(s("version")).toInt() > 1);
        QCOMPARE(StoreSql::scalar(*db, s("SELECT review_days FROM improvement_plans")).toInt(), 120);
        QVERIFY(StoreSql::scalar(
                    *db, s("SELECT COUNT(*) FROM audit_log WHERE table_name = 'rating_statuses' AND login "
                           "= 'a.clerk' "
                           "AND field = 'letter' AND old_value = 'G' AND new_value = 'OT'"))
                    .toInt() == 1);

        // The plan page shows the new letter on the new colour.
        page->refresh();
        page->resize(1400, 800);
        page->show();
        QVERIFY(QTest::qWaitForWindowExposed(page.get()));
        page->reveal({{s("milestone"), greenMilestone}});
        const QModelIndex rating = tree->currentIndex().siblingAtColumn(PlanModel::Rating);
        QCOMPARE(rating.data().toString(), s("OT"));
        QCOMPARE(rating.data(RagDelegate::ColourRole).toString(), s("#00897b"));
        QVERIFY(rating.data(Qt::ToolTipRole).toString().contains(s("On target")));
        QTest::qWait(50);
        const QImage shot = tree->viewport()->grab(tree->visualRect(rating)).toImage();
        bool painted = false;
        for (int y = 0; y < shot.height() && !painted; ++y)
            for (int x = 0; x < shot.width() && !painted; ++x)
                painted = shot.pixelColor(x, y) == QColor(s("#00897b"));
        QVERIFY2(painted, "the rating chip is not drawn in the scheme's new colour");
    }

    void aStatusInUseCannotBeRemoved()
    {
        auto db = demo("p.officer");
        RatingSchemeDialog dialog(*db, planOf(*db));
        auto* table = dialog.findChild<QTableWidget*>(s("ratingStatuses"));
        const int amber = rowOf(table, s("A"));
        const int used =
            StoreSql::scalar(
                *db, s("SELECT COUNT(*) FROM milestones m JOIN rating_statuses r ON r.id = m.status_id "
                       "WHERE r.letter = 'A'"))
                .toInt();
        QVERIFY(used > 1);
        QVERIFY(!dialog.removeStatus(amber));
        QCOMPARE(table->rowCount(), 4);
        QVERIFY2(dialog.message().contains(s("%1 milestones are rated Amber").arg(used)),
                 qPrintable(dialog.message()));
        QVERIFY(dialog.message().contains(s("another rating first")));

        // A new status can be added, put in order, saved, and then removed again.
        dialog.addStatus();
        QCOMPARE(table->rowCount(), 5);
        table->item(4, RatingSchemeDialog::Letter)->setText(s("P"));
        table->item(4, RatingSchemeDialog::Name)->setText(s("Paused"));
        dialog.moveStatus(4, -1); // before Red, which stays the worst
        QVERIFY2(dialog.save(), qPrintable(dialog.message()));
        const auto order = StoreSql::rows(*db, s("SELECT letter, code FROM rating_statuses ORDER BY rank"));
        QCOMPARE(order.size(), 5);
        QCOMPARE(order.at(3).value(s("letter")).toString(), s("P"));
        QCOMPARE(order.at(3).value(s("code")).toString(), s("paused"));
        QCOMPARE(order.at(4).value(s("letter")).toString(), s("R"));

        RatingSchemeDialog again(*db, planOf(*db));
        auto* t2 = again.findChild<QTableWidget*>(s("ratingStatuses"));
        QVERIFY(again.removeStatus(rowOf(t2, s("P"))));
        QVERIFY(again.save());
        QCOMPARE(StoreSql::scalar(*db, s("SELECT COUNT(*) FROM rating_statuses")).toInt(), 4);
    }

    void mistakesAreRefusedAndNothingIsSaved_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("says");
        QTest::newRow("no letter") << int(RatingSchemeDialog::Letter) << QString() << s("needs a letter");
        QTest::newRow("letter used twice") << int(RatingSchemeDialog::Letter) << s("B") << s("used twice");
        QTest::newRow("no name") << int(RatingSchemeDialog::Name) << s("  ") << s("needs a name");
        QTest::newRow("name used twice") << int(RatingSchemeDialog::Name) << s("blue") << s("used twice");
    }
    void mistakesAreRefusedAndNothingIsSaved()
    {
        QFETCH(int, column);
        QFETCH(QString, value);
        QFETCH(QString, says);
        auto db = demo("a.clerk");
        const int audited = StoreSql::scalar(*db, s("SELECT COUNT(*) FROM audit_log")).toInt();
        RatingSchemeDialog dialog(*db, planOf(*db));
        auto* table = dialog.findChild<QTableWidget*>(s("ratingStatuses"));
        table->item(rowOf(table, s("G")), column)->setText(value);
        dialog.findChild<QSpinBox*>(s("reviewDays"))->setValue(30);
        dialog.accept(); // Save: refused, and the dialog stays open with the message
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY2(dialog.message().contains(says), qPrintable(dialog.message()));
        QCOMPARE(StoreSql::scalar(*db, s("SELECT COUNT(*) FROM audit_log")).toInt(), audited);
        QCOMPARE(StoreSql::scalar(*db, s("SELECT review_days FROM improvement_plans")).toInt(), 90);
        QCOMPARE(
            StoreSql::scalar(*db, s("SELECT letter FROM rating_statuses WHERE code = 'green'")).toString(),
            s("G"));
    }

    void anEditBasedOnAStaleCopyIsRefused()
    {
        auto db = demo("a.clerk");
        RatingSchemeDialog dialog(*db, planOf(*db));
        // Someone else renames Amber while the dialog is open.
        db->signIn(s("p.officer"));
        PlanRepository::Plan plan = planOf(*db);
        auto statuses = plan.statuses;
        statuses[2].name = s("At risk");
        PlanRepository(*db).saveScheme(plan, statuses, plan.reviewDays);
        db->signIn(s("a.clerk"));
        auto* table = dialog.findChild<QTableWidget*>(s("ratingStatuses"));
        table->item(rowOf(table, s("A")), RatingSchemeDialog::Definition)->setText(s("Slipping."));
        QVERIFY(!dialog.save());
        QVERIFY2(dialog.message().contains(s("p.officer")), qPrintable(dialog.message()));
        QCOMPARE(StoreSql::scalar(*db, s("SELECT name FROM rating_statuses WHERE code = 'amber'")).toString(),
                 s("At risk"));
    }

    // A scheme that rates several plans says so, naming them, before anything is saved.
    void aSchemeSharedByPlansSaysSoBeforeSaving()
    {
        {
            auto db = demo("a.clerk");
            RatingSchemeDialog alone(*db, planOf(*db));
            QVERIFY2(alone.sharedNote().isEmpty(), qPrintable(alone.sharedNote()));
            QCOMPARE(alone.findChild<QPushButton*>(s("saveScheme"))->text().remove(QLatin1Char('&')),
                     s("Save"));
        }
        auto db = demoSharingTheScheme("a.clerk");
        const auto plan = planOf(*db);
        RatingSchemeDialog dialog(*db, plan);
        dialog.resize(880, 460);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QString note = dialog.sharedNote();
        QVERIFY2(note.contains(s("This scheme is used by 4 plans:")), qPrintable(note));
        QVERIFY2(note.contains(s("a change applies to all of them")), qPrintable(note));
        for (const char* title : {"Improvement Plan 2013", "Improvement Plan 2014", "Improvement Plan 2015"})
            QVERIFY2(note.contains(s(title)), qPrintable(note));
        QVERIFY2(note.contains(plan.title.toHtmlEscaped() + s("</b> (this plan)")), qPrintable(note));
        QVERIFY2(!note.contains(s("Youth Justice")), qPrintable(note)); // rated with a scheme of its own
        QVERIFY(dialog.findChild<QLabel*>(s("schemeSharedNote"))->isVisible());
        QCOMPARE(dialog.findChild<QPushButton*>(s("saveScheme"))->text().remove(QLatin1Char('&')),
                 s("Save for All 4 Plans"));
        QTest::qWait(50);
        QVERIFY(dialog.grab().save(QDir::temp().filePath(s("scrutineer-shared-scheme.png"))));

        // Members reading the scheme are told which plans it rates, without talk of changing it.
        db->signIn(s("cllr.member"));
        RatingSchemeDialog read(*db, plan);
        QVERIFY2(read.sharedNote().contains(s("This scheme is used by 4 plans:")),
                 qPrintable(read.sharedNote()));
        QVERIFY(!read.sharedNote().contains(s("a change applies")));
    }

    // Ten plans on one scheme: the note names some and counts the rest, and always names this one.
    void aLongListOfPlansIsShortened()
    {
        auto db = demoSharingTheScheme("a.clerk");
        const qint64 scheme =
            StoreSql::scalar(*db, s("SELECT scheme_id FROM improvement_plans LIMIT 1")).toLongLong();
        db->signIn(s("admin"));
        for (int year = 2005; year < 2011; ++year)
            db->insert(s("improvement_plans"), {{s("scheme_id"), scheme},
                                                {s("title"), s("Improvement Plan %1").arg(year)},
                                                {s("adopted_on"), s("%1-04-01").arg(year)}});
        db->signIn(s("a.clerk"));
        const auto plan = planOf(*db);
        RatingSchemeDialog dialog(*db, plan);
        const QString note = dialog.sharedNote();
        QVERIFY2(note.contains(s("This scheme is used by 10 plans:")), qPrintable(note));
        QVERIFY2(note.contains(plan.title.toHtmlEscaped() + s("</b> (this plan)")), qPrintable(note));
        QVERIFY2(note.contains(s("and 4 more")), qPrintable(note));
    }

    void membersReadTheSchemeButCannotChangeIt()
    {
        auto db = demo("cllr.member");
        QCOMPARE(db->role(), Role::Member);
        RatingSchemeDialog dialog(*db, planOf(*db));
        QVERIFY(dialog.isReadOnly());
        auto* table = dialog.findChild<QTableWidget*>(s("ratingStatuses"));
        QCOMPARE(table->rowCount(), 4);
        QCOMPARE(table->editTriggers(), QAbstractItemView::NoEditTriggers);
        for (int c = 0; c < RatingSchemeDialog::ColumnCount; ++c)
            QVERIFY(!(table->item(0, c)->flags() & (Qt::ItemIsEditable | Qt::ItemIsUserCheckable)));
        QVERIFY(dialog.findChild<QSpinBox*>(s("reviewDays"))->isReadOnly());
        QVERIFY(!dialog.findChild<QPushButton*>(s("removeStatus")));
        auto* box = dialog.findChild<QDialogButtonBox*>();
        QVERIFY(!box->button(QDialogButtonBox::Save));
        QVERIFY(box->button(QDialogButtonBox::Close));
        QVERIFY(!dialog.removeStatus(0));
        QVERIFY(!dialog.save());
        QCOMPARE(table->rowCount(), 4);
        // And the store refuses a member who gets past the dialog.
        const auto plan = planOf(*db);
        QVERIFY_THROWS_EXCEPTION(StoreError, PlanRepository(*db).saveScheme(plan, plan.statuses, 30));
    }
};

QTEST_MAIN(TestRatingSchemeDialog)
#include "TestRatingSchemeDialog.moc"
