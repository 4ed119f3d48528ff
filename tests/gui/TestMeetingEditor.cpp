// A clerk records a meeting with the keyboard alone; undo and redo; the store then holds exactly that.
#include "gui/AppContext.h"
#include "gui/MeetingEditor.h"
#include "store/Database.h"
#include "store/DemoData.h"
#include "store/MinutesRepository.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QCompleter>
#include <QLineEdit>
#include <QListWidget>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>

class TestMeetingEditor : public QObject
{
    Q_OBJECT
private slots:
    void recordAMeetingByKeyboard()
    {
        auto db = Database::open(QStringLiteral(":memory:"), QStringLiteral("admin"));
        DemoData::create(*db);
        db->signIn(QStringLiteral("a.clerk"));
        AppContext context(*db);
        const qint64 committee = db->scalar(QStringLiteral("SELECT id FROM committees WHERE short_name = 'Care Services PDS'")).toLongLong();
        context.setCommittee(committee);
        // A new meeting in the 2018/19 municipal year, after the demo's last (scheduled) one: numbers run on from 52.
        const qint64 meeting = MinutesRepository(*db).createMeeting(committee, QDateTime(QDate(2019, 1, 22), QTime(19, 0)),
                                                                     QStringLiteral("Committee Room 1"));
        MeetingEditor editor(context, meeting);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        QApplication::setActiveWindow(&editor);
        QVERIFY(QTest::qWaitForWindowActive(&editor));

        // Attendance: first person present, second apologies.
        auto* grid = editor.findChild<QTableWidget*>(QStringLiteral("attendanceGrid"));
        QVERIFY(grid->rowCount() >= 10);
        grid->setFocus();
        grid->setCurrentCell(0, 0);
        QTest::keyClick(grid, Qt::Key_P);
        QTest::keyClick(grid, Qt::Key_A);

        // Three items, each by typing its title and pressing Enter.
        auto* newItem = editor.findChild<QLineEdit*>(QStringLiteral("newItem"));
        for (const char* title : {"APOLOGIES FOR ABSENCE", "DECLARATIONS OF INTEREST", "IMPROVEMENT PLAN UPDATE"}) {
            newItem->setFocus();
            QTest::keyClicks(newItem, QString::fromLatin1(title));
            QTest::keyClick(newItem, Qt::Key_Return);
        }
        auto* items = editor.findChild<QListWidget*>(QStringLiteral("itemList"));
        QCOMPARE(items->count(), 3);
        items->setCurrentRow(2);

        // Two resolutions: Enter adds the next.
        auto* resolution = editor.findChild<QLineEdit*>(QStringLiteral("resolutionEntry"));
        resolution->setFocus();
        QTest::keyClicks(resolution, QStringLiteral("the update be noted"));
        QTest::keyClick(resolution, Qt::Key_Return);
        QTest::keyClicks(resolution, QStringLiteral("caseloads be reported monthly"));
        QTest::keyClick(resolution, Qt::Key_Return);

        // Both become actions: type the owner, Ctrl+Shift+A.
        auto* owner = editor.findChild<QLineEdit*>(QStringLiteral("actionOwner"));
        auto* resolutions = editor.findChild<QListWidget*>(QStringLiteral("resolutionList"));
        for (int r = 0; r < 2; ++r) {
            resolutions->setCurrentRow(r);
            owner->setFocus();
            QTest::keyClicks(owner, QStringLiteral("Director of Children's Social Care"));
            QTest::keyClick(owner, Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
        }

        QCOMPARE(db->scalar(QStringLiteral("SELECT COUNT(*) FROM resolutions r JOIN agenda_items i ON i.id = r.item_id WHERE i.meeting_id = ?"), {meeting}).toInt(), 2);
        QCOMPARE(db->scalar(QStringLiteral("SELECT COUNT(*) FROM actions WHERE meeting_id = ?"), {meeting}).toInt(), 2);
        // Undo the second action, then redo it.
        // (From the item list: inside a text field Ctrl+Z undoes typing in that field.)
        QCOMPARE(context.undoStack()->count(), 9);
        if (owner->completer())
            owner->completer()->popup()->hide();
        QApplication::setActiveWindow(&editor);
        QTRY_VERIFY(editor.isActiveWindow());
        auto* exempt = editor.findChild<QCheckBox*>();
        exempt->setFocus();
        QTRY_VERIFY(!QApplication::activePopupWidget());
        // Edit ▸ Undo (Ctrl+Z): the dialog's own undo action on the shared stack.
        QAction* undo = nullptr;
        QAction* redo = nullptr;
        for (QAction* a : editor.actions()) {
            if (a->shortcuts().contains(QKeySequence::Undo))
                undo = a;
            if (a->text().startsWith(QStringLiteral("&Redo")))
                redo = a;
        }
        QVERIFY(undo && redo);
        undo->trigger();
        QCOMPARE(db->scalar(QStringLiteral("SELECT COUNT(*) FROM actions WHERE meeting_id = ?"), {meeting}).toInt(), 1);
        redo->trigger();

        // The store holds exactly what was recorded.
        const auto numbers = db->rows(QStringLiteral("SELECT minute_number, title FROM agenda_items WHERE meeting_id = ? ORDER BY sort_key"), {meeting});
        QCOMPARE(numbers.size(), 3);
        QCOMPARE(numbers.at(0).value(QStringLiteral("minute_number")).toString(), QStringLiteral("53"));
        QCOMPARE(numbers.at(2).value(QStringLiteral("minute_number")).toString(), QStringLiteral("55"));
        QCOMPARE(numbers.at(2).value(QStringLiteral("title")).toString(), QStringLiteral("IMPROVEMENT PLAN UPDATE"));
        QCOMPARE(db->scalar(QStringLiteral("SELECT COUNT(*) FROM resolutions r JOIN agenda_items i ON i.id = r.item_id WHERE i.meeting_id = ?"), {meeting}).toInt(), 2);
        const auto actions = db->rows(QStringLiteral("SELECT reference, owner, due_date, text FROM actions WHERE meeting_id = ? ORDER BY id"), {meeting});
        QCOMPARE(actions.size(), 2);
        QCOMPARE(actions.at(0).value(QStringLiteral("reference")).toString(), QStringLiteral("55/1"));
        QCOMPARE(actions.at(1).value(QStringLiteral("text")).toString(), QStringLiteral("caseloads be reported monthly"));
        QCOMPARE(actions.at(1).value(QStringLiteral("owner")).toString(), QStringLiteral("Director of Children's Social Care"));
        QCOMPARE(db->scalar(QStringLiteral("SELECT COUNT(*) FROM attendance WHERE meeting_id = ? AND status = 'present'"), {meeting}).toInt(), 1);
        QCOMPARE(db->scalar(QStringLiteral("SELECT COUNT(*) FROM attendance WHERE meeting_id = ? AND status = 'apologies'"), {meeting}).toInt(), 1);
        // Every edit was written through as it happened, with the clerk's name in the audit trail.
        QVERIFY(db->scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE login = 'a.clerk' AND table_name = 'resolutions'")).toInt() >= 2);
        const QString out = qEnvironmentVariable("SCRUTINEER_SCREENSHOTS");
        if (!out.isEmpty())
            editor.grab().save(out + QStringLiteral("/meeting-editor.png"));
    }

    void minuteNumbersStartAgainInMay()
    {
        auto db = Database::open(QStringLiteral(":memory:"), QStringLiteral("admin"));
        DemoData::create(*db);
        MinutesRepository repo(*db);
        const qint64 committee = db->scalar(QStringLiteral("SELECT id FROM committees WHERE short_name = 'Care Services PDS'")).toLongLong();
        // January 2017 runs on from December 2016's 56b and 57 …
        const qint64 january = repo.createMeeting(committee, QDateTime(QDate(2017, 2, 1), QTime(19, 0)), QString());
        QCOMPARE(repo.suggestNextNumber(january), QStringLiteral("66"));
        // … while the first meeting after May starts again at 1 (the demo's June 2017 meeting already used 1–4).
        const qint64 may = repo.createMeeting(committee, QDateTime(QDate(2017, 5, 20), QTime(19, 0)), QString());
        QCOMPARE(repo.suggestNextNumber(may), QStringLiteral("1"));
    }
};

QTEST_MAIN(TestMeetingEditor)
#include "TestMeetingEditor.moc"
