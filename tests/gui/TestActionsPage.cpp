// The action log page: filters narrow the table as the store says, overdue rows carry ⚠ (not
// colour alone), a status changed in place keeps a dated note, the chase list drafts e-mails.
#include "gui/ActionLogModel.h"
#include "gui/AppContext.h"
#include "gui/Page.h"
#include "reports/ChaseLetters.h"
#include "store/ActionRepository.h"
#include "store/Database.h"
#include "store/DemoData.h"
#include "store/StoreSql.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDialog>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QUndoStack>

namespace {

// The first committee whose meetings have actions (the demo's scrutiny committee).
qint64 committeeWithActions(const Database& db)
{
    return StoreSql::scalar(
               db, QStringLiteral(
                       "SELECT MIN(committee_id) FROM meetings m JOIN actions a ON a.meeting_id = m.id"))
        .toLongLong();
}

} // namespace

class TestActionsPage : public QObject
{
    Q_OBJECT
    const QDate m_today{2017, 6, 1};

private slots:
    void filtersAndOverdueMarks()
    {
        auto db = Database::open(QStringLiteral(":memory:"), QStringLiteral("admin"));
        DemoData::create(*db);
        db->signIn(QStringLiteral("a.clerk"));
        AppContext context(*db);
        const qint64 committee = committeeWithActions(*db);
        context.setCommittee(committee);
        std::unique_ptr<Page> page(createActionsPage(context, nullptr));
        page->setProperty("referenceDate", m_today);
        page->refresh();
        page->resize(1400, 700);
        page->show();
        QVERIFY(QTest::qWaitForWindowExposed(page.get()));

        auto* table = page->findChild<QTableView*>(QStringLiteral("actionLog"));
        auto* model = qobject_cast<ActionLogModel*>(table->model());
        QVERIFY(model);
        const int all =
            StoreSql::scalar(*db,
                             QStringLiteral("SELECT COUNT(*) FROM actions a JOIN meetings m ON m.id = "
                                            "a.meeting_id WHERE m.committee_id = ?"),
                             {committee})
                .toInt();
        QCOMPARE(model->totalCount(), all);

        // Overdue only: exactly the outstanding actions due before the reference date, each with ⚠.
        page->findChild<QCheckBox*>(QStringLiteral("overdueFilter"))->setChecked(true);
        const int overdue =
            StoreSql::scalar(
                *db,
                QStringLiteral("SELECT COUNT(*) FROM actions a JOIN meetings m ON m.id = a.meeting_id "
                               "WHERE m.committee_id = ? "
                               "AND a.status IN ('open', 'in progress') AND a.due_date < ?"),
                {committee, m_today.toString(Qt::ISODate)})
                .toInt();
        QVERIFY(overdue > 0);
        QCOMPARE(model->totalCount(), overdue);
        QCOMPARE(page->badge(), overdue);
        for (int r = 0; r < model->rowCount(); ++r) {
            QVERIFY(
                model->index(r, ActionLogModel::Reference).data().toString().startsWith(QStringLiteral("⚠")));
            QVERIFY(model->index(r, ActionLogModel::Reference).data(ActionLogModel::OverdueRole).toBool());
        }
        QTest::qWait(50);
        QVERIFY(table->grab().save(QDir::temp().filePath(QStringLiteral("scrutineer-action-log.png"))));

        // Status: done ones are never overdue.
        page->findChild<QCheckBox*>(QStringLiteral("overdueFilter"))->setChecked(false);
        auto* status = page->findChild<QComboBox*>(QStringLiteral("statusFilter"));
        status->setCurrentIndex(status->findData(QStringLiteral("done")));
        QVERIFY(model->rowCount() > 0);
        for (int r = 0; r < model->rowCount(); ++r)
            QVERIFY(!model->index(r, 0).data(ActionLogModel::OverdueRole).toBool());
        status->setCurrentIndex(0);

        // Owner filter lists the committee's owners and selects only theirs.
        auto* owner = page->findChild<QComboBox*>(QStringLiteral("ownerFilter"));
        QVERIFY(owner->count() > 1);
        owner->setCurrentIndex(1);
        const QString who = owner->currentData().toString();
        QVERIFY(model->rowCount() > 0);
        for (int r = 0; r < model->rowCount(); ++r)
            QCOMPARE(model->index(r, ActionLogModel::Owner).data().toString(), who);
        QVERIFY(page->grab().save(QDir::temp().filePath(QStringLiteral("scrutineer-actions-page.png"))));
    }

    void statusChangedInPlaceKeepsANote()
    {
        auto db = Database::open(QStringLiteral(":memory:"), QStringLiteral("admin"));
        DemoData::create(*db);
        db->signIn(QStringLiteral("a.clerk"));
        ActionLogModel model(*db);
        ActionRepository::Filter f;
        f.today = m_today;
        f.status = QStringLiteral("open");
        model.setFilter(f);
        QVERIFY(model.rowCount() > 0);
        const qint64 id = model.row(0).id;
        const QModelIndex status = model.index(0, ActionLogModel::Status);
        QVERIFY(model.flags(status) & Qt::ItemIsEditable);

        // Cancelling the note leaves the action as it was.
        model.noteProvider = [](const ActionRepository::Row&, const QString&) { return QString(); };
        QVERIFY(!model.setData(status, QStringLiteral("done"), Qt::EditRole));
        QCOMPARE(ActionRepository(*db).action(id).status, QStringLiteral("open"));

        model.noteProvider = [](const ActionRepository::Row&, const QString&) {
            return QStringLiteral("Report circulated to members");
        };
        QVERIFY(model.setData(status, QStringLiteral("done"), Qt::EditRole));
        QCOMPARE(ActionRepository(*db).action(id).status, QStringLiteral("done"));
        const auto history = ActionRepository(*db).history(id);
        auto note = std::find_if(history.cbegin(), history.cend(), [](const auto& u) {
            return u.note == QStringLiteral("Report circulated to members");
        });
        QVERIFY(note != history.cend());
        QCOMPARE(note->on, m_today);
        QCOMPARE(note->status, QStringLiteral("done"));
        QCOMPARE(note->author, QStringLiteral("a.clerk"));
        QCOMPARE(model.index(0, ActionLogModel::Status).data().toString(), QStringLiteral("Done"));

        // A member reads the log but cannot change a status.
        db->signIn(QStringLiteral("a.member"));
        QVERIFY(!(model.flags(status) & Qt::ItemIsEditable));
    }

    // Add Update, by keyboard as a clerk works: the note typed at once (the dialog opens on it),
    // Tab to the buttons, Enter; the update is saved, dated, and shown under the log.
    void anUpdateIsTypedAndSavedByKeyboard()
    {
        auto db = Database::open(QStringLiteral(":memory:"), QStringLiteral("admin"));
        DemoData::create(*db);
        db->signIn(QStringLiteral("a.clerk"));
        AppContext context(*db);
        context.setCommittee(committeeWithActions(*db));
        std::unique_ptr<Page> page(createActionsPage(context, nullptr));
        page->setProperty("referenceDate", m_today);
        page->refresh();
        page->resize(1400, 700);
        page->show();
        QVERIFY(QTest::qWaitForWindowExposed(page.get()));
        auto* table = page->findChild<QTableView*>(QStringLiteral("actionLog"));
        table->selectRow(0);
        const qint64 id = qobject_cast<ActionLogModel*>(table->model())->row(0).id;
        const auto before = ActionRepository(*db).history(id).size();

        QString focusedFirst, focusedAfterTab;
        QTimer::singleShot(0, this, [&] {
            auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            QTest::qWaitForWindowActive(dialog);
            QWidget* focus = dialog->focusWidget();
            focusedFirst = focus ? focus->objectName() : QString();
            if (focusedFirst != QLatin1String("updateNote")) {
                dialog->reject();
                return;
            }
            QTest::keyClicks(focus, QStringLiteral("Letter sent to the provider"));
            QTest::keyClick(focus, Qt::Key_Tab); // to the buttons: OK is first
            focus = dialog->focusWidget();
            focusedAfterTab = focus ? QString::fromLatin1(focus->metaObject()->className()) : QString();
            QTest::keyClick(focus, Qt::Key_Return);
            if (dialog->isVisible())
                dialog->reject();
        });
        page->findChild<QPushButton*>(QStringLiteral("addUpdateButton"))->click();
        QCOMPARE(focusedFirst, QStringLiteral("updateNote"));
        QCOMPARE(focusedAfterTab, QStringLiteral("QPushButton"));
        const auto history = ActionRepository(*db).history(id);
        QCOMPARE(history.size(), before + 1);
        const auto added = std::find_if(history.cbegin(), history.cend(), [](const auto& u) {
            return u.note == QStringLiteral("Letter sent to the provider");
        });
        QVERIFY(added != history.cend());
        QCOMPARE(added->on, m_today);
        QCOMPARE(added->author, QStringLiteral("a.clerk"));
        QVERIFY(page->findChild<QTextBrowser*>(QStringLiteral("actionHistory"))
                    ->toPlainText()
                    .contains(QStringLiteral("Letter sent to the provider")));
    }

    void lazyFetchingOnAGeneratedDatabase()
    {
        auto db = Database::open(QStringLiteral(":memory:"), QStringLiteral("admin"));
        DemoData::createScaled(*db, 2, 7);
        ActionLogModel model(*db);
        ActionRepository::Filter f;
        f.today = m_today;
        model.setFilter(f);
        QVERIFY(model.totalCount() > ActionLogModel::kPage);
        QCOMPARE(model.rowCount(), ActionLogModel::kPage);
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), model.totalCount());
        // Sorting by due date runs over the whole log, not just the rows fetched.
        model.sort(ActionLogModel::Due, Qt::AscendingOrder);
        const QString earliest =
            StoreSql::scalar(*db, QStringLiteral("SELECT MIN(due_date) FROM actions")).toString();
        QCOMPARE(model.row(0).due.toString(Qt::ISODate), earliest);
    }

    void chaseDraftsNameTheOwnersActions()
    {
        ActionRepository::ChaseGroup g;
        g.owner = QStringLiteral("Head of Children's Social Care");
        g.email = QStringLiteral("hcsc@example.gov.uk");
        ActionRepository::Row a;
        a.reference = QStringLiteral("56b/1");
        a.text = QStringLiteral("Report on unfilled posts");
        a.status = QStringLiteral("open");
        a.due = QDate(2017, 1, 17);
        a.meetingDate = QDate(2016, 12, 6);
        g.actions << a;
        ChaseLetters::Context letters{QStringLiteral("Care Services PDS"), m_today, QDate(2017, 6, 13), {}};
        const QByteArray eml = ChaseLetters::eml(g, letters);
        QVERIFY(eml.contains("To: Head of Children's Social Care <hcsc@example.gov.uk>\r\n"));
        QVERIFY(eml.contains("X-Unsent: 1\r\n"));
        QVERIFY(eml.contains("56b/1"));
        QVERIFY(eml.contains("Tuesday 13 June 2017"));
        QVERIFY(!eml.contains("\n\n")); // CRLF throughout
        const QUrl url = ChaseLetters::mailto(g, letters);
        QCOMPARE(url.scheme(), QStringLiteral("mailto"));
        QVERIFY(url.query(QUrl::FullyDecoded).contains(QStringLiteral("Report on unfilled posts")));
    }

    // Defect 2: on the Actions page an action's owner and due date are changed in place by keyboard
    // (F2, type, Enter), each one step of the page's undo.
    void ownerAndDueAreChangedInPlaceAndUndone()
    {
        auto db = Database::open(QStringLiteral(":memory:"), QStringLiteral("admin"));
        DemoData::create(*db);
        db->signIn(QStringLiteral("a.clerk"));
        AppContext context(*db);
        context.setCurrentPage(PageId::Actions);
        std::unique_ptr<Page> page(createActionsPage(context, nullptr));
        page->setProperty("referenceDate", m_today);
        page->refresh();
        page->resize(1400, 700);
        page->show();
        QVERIFY(QTest::qWaitForWindowExposed(page.get()));
        auto* table = page->findChild<QTableView*>(QStringLiteral("actionLog"));
        auto* model = qobject_cast<ActionLogModel*>(table->model());
        QVERIFY(model->rowCount() > 0);
        const qint64 id = model->row(0).id;
        const QString ownerBefore = model->row(0).owner;
        const QDate dueBefore = model->row(0).due;
        table->setFocus();
        table->setCurrentIndex(model->index(0, ActionLogModel::Owner));
        QTest::keyClick(table, Qt::Key_F2);
        auto* ownerEdit = qobject_cast<QLineEdit*>(QApplication::focusWidget());
        QVERIFY(ownerEdit);
        ownerEdit->selectAll();
        QTest::keyClicks(ownerEdit, QStringLiteral("Head of Performance"));
        if (ownerEdit->completer())
            ownerEdit->completer()->popup()->hide();
        QTest::keyClick(ownerEdit, Qt::Key_Return);
        QCoreApplication::processEvents(); // the delegate commits what is typed on its next turn
        QCOMPARE(ActionRepository(*db).action(id).owner, QStringLiteral("Head of Performance"));
        table->setCurrentIndex(model->index(model->rowOf(id), ActionLogModel::Due));
        QTest::keyClick(table, Qt::Key_F2);
        // The date editor opened in the cell (offscreen, the focus stays with the table).
        auto* dueEdit = table->findChild<QDateEdit*>();
        QVERIFY(dueEdit);
        const QDate shown = dueEdit->date();
        QTest::keyClick(dueEdit, Qt::Key_Up);
        QTest::keyClick(dueEdit, Qt::Key_Return);
        QCoreApplication::processEvents();
        QCOMPARE(ActionRepository(*db).action(id).due, shown.addDays(1));
        // Two steps, named, each taken back by undo.
        QUndoStack* stack = context.undoStack();
        QCOMPARE(stack, context.undoStack(PageId::Actions));
        QCOMPARE(stack->count(), 2);
        QVERIFY2(stack->undoText().contains(QStringLiteral("Due Date")), qPrintable(stack->undoText()));
        QVERIFY2(stack->undoText().contains(QStringLiteral("action log")), qPrintable(stack->undoText()));
        stack->undo();
        QCOMPARE(ActionRepository(*db).action(id).due, dueBefore);
        stack->undo();
        QCOMPARE(ActionRepository(*db).action(id).owner, ownerBefore);
        QCOMPARE(model->index(model->rowOf(id), ActionLogModel::Owner).data().toString(), ownerBefore);
        // A member reads, and cannot type into them.
        db->signIn(QStringLiteral("cllr.member"));
        QVERIFY(!(model->flags(model->index(0, ActionLogModel::Owner)) & Qt::ItemIsEditable));
    }

    // Defect 9: references sort in their natural order (37/2 before 37/19), not as text.
    void referencesSortNaturally()
    {
        auto db = Database::open(QStringLiteral(":memory:"), QStringLiteral("admin"));
        DemoData::create(*db);
        const qint64 item =
            StoreSql::scalar(*db,
                             QStringLiteral("SELECT item_id FROM actions WHERE item_id IS NOT NULL LIMIT 1"))
                .toLongLong();
        const QString number =
            StoreSql::scalar(*db, QStringLiteral("SELECT minute_number FROM agenda_items WHERE id = ?"),
                             {item})
                .toString();
        const qint64 meeting =
            StoreSql::scalar(*db, QStringLiteral("SELECT meeting_id FROM agenda_items WHERE id = ?"), {item})
                .toLongLong();
        for (int n : {19, 2})
            db->insert(QStringLiteral("actions"),
                       {{QStringLiteral("meeting_id"), meeting},
                        {QStringLiteral("item_id"), item},
                        {QStringLiteral("reference"), QStringLiteral("%1/%2").arg(number).arg(n)},
                        {QStringLiteral("text"), QStringLiteral("Action %1").arg(n)},
                        {QStringLiteral("status"), QStringLiteral("open")}});
        ActionRepository::Filter f;
        f.meetingId = meeting;
        f.order = ActionRepository::Filter::Order::Reference;
        f.descending = false;
        QStringList refs;
        for (const auto& r : ActionRepository(*db).rows(f))
            if (r.reference.startsWith(number + QLatin1Char('/')))
                refs << r.reference;
        QVERIFY2(refs.indexOf(number + QStringLiteral("/2")) < refs.indexOf(number + QStringLiteral("/19")),
                 qPrintable(refs.join(QLatin1Char(' '))));
    }
};

QTEST_MAIN(TestActionsPage)
#include "TestActionsPage.moc"
