// A clerk records a meeting with the keyboard alone; undo and redo; the store then holds exactly that.
#include "gui/AppContext.h"
#include "gui/MeetingEditor.h"
#include "store/Database.h"
#include "store/DemoData.h"
#include "store/MinutesRepository.h"
#include "store/StoreSql.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

class TestMeetingEditor : public QObject
{
    Q_OBJECT

    // The demo database, signed in as the clerk, with a new Care Services meeting in January 2019
    // (after the demo's last meeting, so minute numbers run on from 52).
    struct Fixture
    {
        std::unique_ptr<Database> db;
        std::unique_ptr<AppContext> context;
        qint64 meeting = 0;
        std::unique_ptr<MeetingEditor> editor;

        Fixture()
        {
            db = Database::open(QStringLiteral(":memory:"), QStringLiteral("admin"));
            DemoData::create(*db);
            db->signIn(QStringLiteral("a.clerk"));
            context = std::make_unique<AppContext>(*db);
            const qint64 committee =
                StoreSql::scalar(
                    *db, QStringLiteral("SELECT id FROM committees WHERE short_name = 'Care Services PDS'"))
                    .toLongLong();
            context->setCommittee(committee);
            meeting = MinutesRepository(*db).createMeeting(
                committee, QDateTime(QDate(2019, 1, 22), QTime(19, 0)), QStringLiteral("Committee Room 1"));
            editor = std::make_unique<MeetingEditor>(*context, meeting);
        }
        bool show()
        {
            editor->show();
            if (!QTest::qWaitForWindowExposed(editor.get()))
                return false;
            QApplication::setActiveWindow(editor.get());
            return QTest::qWaitForWindowActive(editor.get());
        }
        template <class T> T* find(const char* name) const
        {
            return editor->findChild<T*>(QLatin1String(name));
        }
        void addItem(const QString& title) const
        {
            auto* newItem = find<QLineEdit>("newItem");
            newItem->setFocus();
            QTest::keyClicks(newItem, title);
            QTest::keyClick(newItem, Qt::Key_Return);
        }
        // Edit ▸ Undo and Redo, as the clerk reaches them from outside a text field.
        QAction* editAction(const QString& prefix) const
        {
            for (QAction* a : editor->actions())
                if (a->text().startsWith(prefix))
                    return a;
            return nullptr;
        }
        void undo() const { editAction(QStringLiteral("&Undo"))->trigger(); }
        void redo() const { editAction(QStringLiteral("&Redo"))->trigger(); }
        qint64 personId(const char* name) const
        {
            return StoreSql::scalar(*db, QStringLiteral("SELECT id FROM people WHERE name = ?"),
                                    {QString::fromUtf8(name)})
                .toLongLong();
        }
        // The meeting's declarations as "member|type|nature|minute number", in the order made.
        QStringList declarations() const
        {
            QStringList out;
            for (const auto& r : StoreSql::rows(
                     *db,
                     QStringLiteral(
                         "SELECT p.name, d.interest_type, d.nature, i.minute_number FROM declarations d "
                         "JOIN people p ON p.id = d.person_id JOIN agenda_items i ON i.id = d.item_id "
                         "WHERE d.meeting_id = ? ORDER BY d.id"),
                     {meeting}))
                out << QStringList{r.value(QStringLiteral("name")).toString(),
                                   r.value(QStringLiteral("interest_type")).toString(),
                                   r.value(QStringLiteral("nature")).toString(),
                                   r.value(QStringLiteral("minute_number")).toString()}
                           .join(QLatin1Char('|'));
            return out;
        }
        // The meeting's items in agenda order as "number title".
        QStringList agenda() const
        {
            QStringList out;
            for (const auto& r :
                 StoreSql::rows(*db,
                                QStringLiteral("SELECT minute_number, title FROM agenda_items "
                                               "WHERE meeting_id = ? ORDER BY position"),
                                {meeting}))
                out << r.value(QStringLiteral("minute_number")).toString() + QLatin1Char(' ') +
                           r.value(QStringLiteral("title")).toString();
            return out;
        }
        // One person's attendance as "status|substitute for|capacity", empty when none is recorded.
        QString attendance(const char* name) const
        {
            const auto rows = StoreSql::rows(
                *db,
                QStringLiteral(
                    "SELECT a.status, s.name AS sub, a.capacity FROM attendance a JOIN people p ON p.id = "
                    "a.person_id "
                    "LEFT JOIN people s ON s.id = a.substitute_for_id WHERE a.meeting_id = ? AND p.name = ?"),
                {meeting, QString::fromUtf8(name)});
            if (rows.isEmpty())
                return QString();
            const auto& r = rows.first();
            return QStringList{r.value(QStringLiteral("status")).toString(),
                               r.value(QStringLiteral("sub")).toString(),
                               r.value(QStringLiteral("capacity")).toString()}
                .join(QLatin1Char('|'));
        }
    };

    // Clicks `which` on the message box the editor opens, once it is open.
    static void answerMessageBox(QMessageBox::StandardButton which, QString* text)
    {
        QTimer::singleShot(50, [which, text] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            if (!box) {
                answerMessageBox(which, text);
                return;
            }
            *text = box->text();
            box->button(which)->click();
        });
    }

private slots:
    void recordAMeetingByKeyboard()
    {
        auto db = Database::open(QStringLiteral(":memory:"), QStringLiteral("admin"));
        DemoData::create(*db);
        db->signIn(QStringLiteral("a.clerk"));
        AppContext context(*db);
        const qint64 committee =
            StoreSql::scalar(
                *db, QStringLiteral("SELECT id FROM committees WHERE short_name = 'Care Services PDS'"))
                .toLongLong();
        context.setCommittee(committee);
        // A new meeting in the 2018/19 municipal year, after the demo's last (scheduled) one: numbers run on
        // from 52.
        const qint64 meeting = MinutesRepository(*db).createMeeting(
            committee, QDateTime(QDate(2019, 1, 22), QTime(19, 0)), QStringLiteral("Committee Room 1"));
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
        for (const char* title :
             {"APOLOGIES FOR ABSENCE", "DECLARATIONS OF INTEREST", "IMPROVEMENT PLAN UPDATE"}) {
            newItem->setFocus();
            QTest::keyClicks(newItem, QString::fromLatin1(title));
            QTest::keyClick(newItem, Qt::Key_Return);
        }
        auto* items = editor.findChild<QListWidget*>(QStringLiteral("itemList"));
        QCOMPARE(items->count(), 3);
        QVERIFY(editor.isVisible()); // Enter adds the item; it never closes the editor
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

        QCOMPARE(StoreSql::scalar(
                     *db,
                     QStringLiteral("SELECT COUNT(*) FROM resolutions r JOIN agenda_items i ON i.id = "
                                    "r.item_id WHERE i.meeting_id = ?"),
                     {meeting})
                     .toInt(),
                 2);
        QCOMPARE(StoreSql::scalar(*db, QStringLiteral("SELECT COUNT(*) FROM actions WHERE meeting_id = ?"),
                                  {meeting})
                     .toInt(),
                 2);
        // Undo the second action, then redo it.
        // (From the item list: inside a text field Ctrl+Z undoes typing in that field.)
        QCOMPARE(context.minutesUndoStack(meeting)->count(), 9);
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
        QCOMPARE(StoreSql::scalar(*db, QStringLiteral("SELECT COUNT(*) FROM actions WHERE meeting_id = ?"),
                                  {meeting})
                     .toInt(),
                 1);
        redo->trigger();

        // The store holds exactly what was recorded.
        const auto numbers = StoreSql::rows(
            *db,
            QStringLiteral(
                "SELECT minute_number, title FROM agenda_items WHERE meeting_id = ? ORDER BY sort_key"),
            {meeting});
        QCOMPARE(numbers.size(), 3);
        QCOMPARE(numbers.at(0).value(QStringLiteral("minute_number")).toString(), QStringLiteral("53"));
        QCOMPARE(numbers.at(2).value(QStringLiteral("minute_number")).toString(), QStringLiteral("55"));
        QCOMPARE(numbers.at(2).value(QStringLiteral("title")).toString(),
                 QStringLiteral("IMPROVEMENT PLAN UPDATE"));
        QCOMPARE(StoreSql::scalar(
                     *db,
                     QStringLiteral("SELECT COUNT(*) FROM resolutions r JOIN agenda_items i ON i.id = "
                                    "r.item_id WHERE i.meeting_id = ?"),
                     {meeting})
                     .toInt(),
                 2);
        const auto actions = StoreSql::rows(
            *db,
            QStringLiteral(
                "SELECT reference, owner, due_date, text FROM actions WHERE meeting_id = ? ORDER BY id"),
            {meeting});
        QCOMPARE(actions.size(), 2);
        QCOMPARE(actions.at(0).value(QStringLiteral("reference")).toString(), QStringLiteral("55/1"));
        QCOMPARE(actions.at(1).value(QStringLiteral("text")).toString(),
                 QStringLiteral("caseloads be reported monthly"));
        QCOMPARE(actions.at(1).value(QStringLiteral("owner")).toString(),
                 QStringLiteral("Director of Children's Social Care"));
        QCOMPARE(
            StoreSql::scalar(
                *db,
                QStringLiteral("SELECT COUNT(*) FROM attendance WHERE meeting_id = ? AND status = 'present'"),
                {meeting})
                .toInt(),
            1);
        QCOMPARE(StoreSql::scalar(
                     *db,
                     QStringLiteral(
                         "SELECT COUNT(*) FROM attendance WHERE meeting_id = ? AND status = 'apologies'"),
                     {meeting})
                     .toInt(),
                 1);
        // Every edit was written through as it happened, with the clerk's name in the audit trail.
        QVERIFY(
            StoreSql::scalar(
                *db,
                QStringLiteral(
                    "SELECT COUNT(*) FROM audit_log WHERE login = 'a.clerk' AND table_name = 'resolutions'"))
                .toInt() >= 2);
        const QString out = qEnvironmentVariable("SCRUTINEER_SCREENSHOTS");
        if (!out.isEmpty())
            editor.grab().save(out + QStringLiteral("/meeting-editor.png"));
    }

    void minuteNumbersStartAgainInMay()
    {
        auto db = Database::open(QStringLiteral(":memory:"), QStringLiteral("admin"));
        DemoData::create(*db);
        MinutesRepository repo(*db);
        const qint64 committee =
            StoreSql::scalar(
                *db, QStringLiteral("SELECT id FROM committees WHERE short_name = 'Care Services PDS'"))
                .toLongLong();
        // January 2017 runs on from December 2016's 56b and 57 …
        const qint64 january =
            repo.createMeeting(committee, QDateTime(QDate(2017, 2, 1), QTime(19, 0)), QString());
        QCOMPARE(repo.suggestNextNumber(january), QStringLiteral("66"));
        // … while the first meeting after May starts again at 1 (the demo's June 2017 meeting already used
        // 1–4).
        const qint64 may =
            repo.createMeeting(committee, QDateTime(QDate(2017, 5, 20), QTime(19, 0)), QString());
        QCOMPARE(repo.suggestNextNumber(may), QStringLiteral("1"));
    }

    void declarationsByKeyboard()
    {
        Fixture f;
        QVERIFY(f.show());
        f.addItem(QStringLiteral("DECLARATIONS OF INTEREST"));
        f.addItem(QStringLiteral("FOSTERING SERVICE UPDATE"));
        auto* member = f.find<QLineEdit>("declarant");
        auto* type = f.find<QComboBox>("interestType");
        auto* nature = f.find<QLineEdit>("interestNature");
        auto* list = f.find<QListWidget>("declarationList");

        // Member, Tab, the kind of interest chosen with the arrow keys, Tab, its nature, Enter.
        member->setFocus();
        QTest::keyClicks(member, QStringLiteral("Councillor Mary Cooke"));
        member->completer()->popup()->hide();
        type->setFocus();
        QTest::keyClick(type, Qt::Key_Down);
        QTest::keyClick(type, Qt::Key_Down);
        QCOMPARE(type->currentText(), QStringLiteral("Disclosable pecuniary"));
        nature->setFocus();
        QTest::keyClicks(nature, QStringLiteral("owns a property let to the Council"));
        QTest::keyClick(nature, Qt::Key_Return);
        // A second, personal (the default), typed in lower case and completed to the member's name.
        QTest::keyClicks(member, QStringLiteral("councillor ian dunn"));
        member->completer()->popup()->hide();
        QTest::keyClick(member, Qt::Key_Return);
        QCOMPARE(f.declarations(),
                 (QStringList{"Councillor Mary Cooke|pecuniary|owns a property let to the Council|54",
                              "Councillor Ian Dunn|personal||54"}));
        QVERIFY(f.editor->isVisible());
        // Listed by member's name, with the kind of interest in words.
        QCOMPARE(list->count(), 2);
        QCOMPARE(list->item(0)->text(), QStringLiteral("Councillor Ian Dunn — Personal interest"));
        QCOMPARE(list->item(1)->text(), QStringLiteral("Councillor Mary Cooke — Disclosable pecuniary "
                                                       "interest: owns a property let to the Council"));

        // Someone unknown is refused with a message saying what to do.
        QTest::keyClicks(member, QStringLiteral("Nobody Known"));
        member->completer()->popup()->hide();
        QTest::keyClick(member, Qt::Key_Return);
        QVERIFY(f.find<QLabel>("editorMessage")
                    ->text()
                    .contains(QStringLiteral("choose one of the names offered")));
        QCOMPARE(f.declarations().size(), 2);
        member->clear();

        // Delete removes the chosen declaration; undo brings it back (the same row); redo removes it again.
        list->setFocus();
        list->setCurrentRow(0);
        QTest::keyClick(list, Qt::Key_Delete);
        QCOMPARE(f.declarations(),
                 (QStringList{"Councillor Mary Cooke|pecuniary|owns a property let to the Council|54"}));
        f.undo();
        QCOMPARE(f.declarations().size(), 2);
        QCOMPARE(list->count(), 2);
        f.redo();
        QCOMPARE(f.declarations().size(), 1);
        // Undoing the removal and the second declaration leaves exactly the first.
        f.undo();
        f.undo();
        QCOMPARE(f.declarations(),
                 (QStringList{"Councillor Mary Cooke|pecuniary|owns a property let to the Council|54"}));
        f.undo();
        QVERIFY(f.declarations().isEmpty());
        f.redo();
        QCOMPARE(f.declarations(),
                 (QStringList{"Councillor Mary Cooke|pecuniary|owns a property let to the Council|54"}));
        // The other item has none.
        f.find<QListWidget>("itemList")->setCurrentRow(0);
        QCOMPARE(list->count(), 0);
    }

    void reorderItemsByKeyboard()
    {
        Fixture f;
        QVERIFY(f.show());
        for (const char* title : {"APOLOGIES", "MINUTES", "IMPROVEMENT PLAN"})
            f.addItem(QString::fromLatin1(title));
        auto* items = f.find<QListWidget>("itemList");
        QCOMPARE(items->currentRow(), 2);
        // The clerk renumbers the last one 54a: numbers are never touched by moving.
        auto* number = f.find<QLineEdit>("minuteNumber");
        number->setFocus();
        number->selectAll();
        QTest::keyClicks(number, QStringLiteral("54a"));
        QTest::keyClick(number, Qt::Key_Return);
        items->setFocus();
        QTest::keyClick(items, Qt::Key_Up, Qt::AltModifier);
        QTest::keyClick(items, Qt::Key_Up, Qt::AltModifier);
        QCOMPARE(f.agenda(), (QStringList{"54a IMPROVEMENT PLAN", "53 APOLOGIES", "54 MINUTES"}));
        QCOMPARE(items->currentRow(), 0); // the moved item stays chosen
        QVERIFY(!f.find<QPushButton>("moveUp")->isEnabled());
        // Alt+Down, and the button, move it back down.
        QTest::keyClick(items, Qt::Key_Down, Qt::AltModifier);
        QCOMPARE(f.agenda(), (QStringList{"53 APOLOGIES", "54a IMPROVEMENT PLAN", "54 MINUTES"}));
        f.find<QPushButton>("moveDown")->click();
        QCOMPARE(f.agenda(), (QStringList{"53 APOLOGIES", "54 MINUTES", "54a IMPROVEMENT PLAN"}));
        // Undo steps back through the moves; redo repeats them.
        f.undo();
        f.undo();
        QCOMPARE(f.agenda(), (QStringList{"54a IMPROVEMENT PLAN", "53 APOLOGIES", "54 MINUTES"}));
        QCOMPARE(items->item(0)->text(), QStringLiteral("54a  IMPROVEMENT PLAN"));
        f.redo();
        QCOMPARE(f.agenda(), (QStringList{"53 APOLOGIES", "54a IMPROVEMENT PLAN", "54 MINUTES"}));
        // The next number still follows the municipal year (after 54a comes 55), wherever items stand.
        f.addItem(QStringLiteral("ANY OTHER BUSINESS"));
        QCOMPARE(f.agenda().last(), QStringLiteral("55 ANY OTHER BUSINESS"));
        // The published minutes keep natural minute-number order.
        QStringList printed;
        for (const auto& i : MeetingRepository(*f.db).minutes(f.meeting, true).items)
            printed << i.number;
        QCOMPARE(printed, (QStringList{"53", "54", "54a", "55"}));
    }

    void substitutesOfficersAndGuestsByKeyboard()
    {
        Fixture f;
        QVERIFY(f.show());
        auto* tabs = f.editor->findChild<QTabWidget*>();
        tabs->setCurrentIndex(0);
        auto* grid = f.find<QTableWidget>("attendanceGrid");
        auto* substituteFor = f.find<QLineEdit>("substituteFor");
        auto* name = f.find<QLineEdit>("attendeeName");
        auto* kind = f.find<QComboBox>("attendeeKind");
        auto* capacity = f.find<QLineEdit>("attendeeCapacity");

        // A substitute from outside the committee: name, "Substitute member", Enter; then whom they replace,
        // Enter.
        name->setFocus();
        QTest::keyClicks(name, QStringLiteral("Councillor Stephen Carr"));
        name->completer()->popup()->hide();
        kind->setFocus();
        QTest::keyClick(kind, Qt::Key_Down);
        QTest::keyClick(kind, Qt::Key_Down);
        QCOMPARE(kind->currentText(), QStringLiteral("Substitute member"));
        name->setFocus();
        QTest::keyClick(name, Qt::Key_Return);
        QCOMPARE(f.attendance("Councillor Stephen Carr"), QStringLiteral("substitute||"));
        QTRY_VERIFY(substituteFor->hasFocus());
        QTest::keyClicks(substituteFor, QStringLiteral("Councillor Kim Botting"));
        substituteFor->completer()->popup()->hide();
        QTest::keyClick(substituteFor, Qt::Key_Return);
        QCOMPARE(f.attendance("Councillor Stephen Carr"),
                 QStringLiteral("substitute|Councillor Kim Botting|"));
        const int carr =
            grid->findItems(QStringLiteral("Councillor Stephen Carr"), Qt::MatchExactly).first()->row();
        QCOMPARE(grid->item(carr, 3)->text(), QStringLiteral("Councillor Kim Botting"));

        // A committee member recorded as a substitute from the grid: S, the member replaced, Enter.
        const int pierce =
            grid->findItems(QStringLiteral("Councillor Chris Pierce"), Qt::MatchExactly).first()->row();
        grid->setFocus();
        grid->setCurrentCell(pierce, 0);
        QTest::keyClick(grid, Qt::Key_S);
        QVERIFY(substituteFor->hasFocus());
        QTest::keyClicks(substituteFor, QStringLiteral("Councillor Hannah Gray"));
        substituteFor->completer()->popup()->hide();
        QTest::keyClick(substituteFor, Qt::Key_Return);
        QCOMPARE(f.attendance("Councillor Chris Pierce"),
                 QStringLiteral("substitute|Councillor Hannah Gray|"));
        QVERIFY(grid->hasFocus());
        // Escape after S leaves things as they were.
        grid->setCurrentCell(pierce, 0);
        QTest::keyClick(grid, Qt::Key_S);
        QTest::keyClick(substituteFor, Qt::Key_Escape);
        QVERIFY(f.editor->isVisible());
        QCOMPARE(f.attendance("Councillor Chris Pierce"),
                 QStringLiteral("substitute|Councillor Hannah Gray|"));

        // An officer already known, with a capacity; and a guest nobody has met before.
        name->setFocus();
        kind->setCurrentIndex(0);
        QTest::keyClicks(name, QStringLiteral("Janet Bailey"));
        name->completer()->popup()->hide();
        capacity->setFocus();
        QTest::keyClicks(capacity, QStringLiteral("Director of Children's Social Care"));
        QTest::keyClick(capacity, Qt::Key_Return);
        QCOMPARE(f.attendance("Janet Bailey"),
                 QStringLiteral("in attendance||Director of Children's Social Care"));
        const int people = StoreSql::scalar(*f.db, QStringLiteral("SELECT COUNT(*) FROM people")).toInt();
        kind->setCurrentIndex(1);
        name->setFocus();
        QTest::keyClicks(name, QStringLiteral("Dr Priya Shah"));
        QTest::keyClick(name, Qt::Key_Return);
        QCOMPARE(f.attendance("Dr Priya Shah"), QStringLiteral("in attendance||"));
        QCOMPARE(
            StoreSql::scalar(*f.db, QStringLiteral("SELECT kind FROM people WHERE name = 'Dr Priya Shah'"))
                .toString(),
            QStringLiteral("guest"));
        QCOMPARE(StoreSql::scalar(*f.db, QStringLiteral("SELECT COUNT(*) FROM people")).toInt(), people + 1);

        // Undo: the guest goes (and the person made for her), then the officer, then Pierce's substitution.
        f.undo();
        QCOMPARE(f.attendance("Dr Priya Shah"), QString());
        QCOMPARE(StoreSql::scalar(*f.db, QStringLiteral("SELECT COUNT(*) FROM people")).toInt(), people);
        f.undo();
        QCOMPARE(f.attendance("Janet Bailey"), QString());
        f.undo();
        QCOMPARE(f.attendance("Councillor Chris Pierce"), QString());
        // Redo all three: the store holds exactly what was recorded.
        f.redo();
        f.redo();
        f.redo();
        QCOMPARE(f.attendance("Councillor Chris Pierce"),
                 QStringLiteral("substitute|Councillor Hannah Gray|"));
        QCOMPARE(f.attendance("Dr Priya Shah"), QStringLiteral("in attendance||"));
        QCOMPARE(f.attendance("Councillor Stephen Carr"),
                 QStringLiteral("substitute|Councillor Kim Botting|"));
        QCOMPARE(StoreSql::scalar(*f.db,
                                  QStringLiteral("SELECT COUNT(*) FROM attendance WHERE meeting_id = ?"),
                                  {f.meeting})
                     .toInt(),
                 4);
        // Present clears the substitution: P on Pierce's row.
        grid->setFocus();
        grid->setCurrentCell(
            grid->findItems(QStringLiteral("Councillor Chris Pierce"), Qt::MatchExactly).first()->row(), 0);
        QTest::keyClick(grid, Qt::Key_P);
        QCOMPARE(f.attendance("Councillor Chris Pierce"), QStringLiteral("present||"));
        f.undo();
        QCOMPARE(f.attendance("Councillor Chris Pierce"),
                 QStringLiteral("substitute|Councillor Hannah Gray|"));
    }

    void typingIsSavedWithinSeconds()
    {
        Fixture f;
        QVERIFY(f.show());
        f.addItem(QStringLiteral("IMPROVEMENT PLAN UPDATE"));
        auto* text = f.find<QPlainTextEdit>("minutesText");
        text->setFocus();
        QTest::keyClicks(text, QStringLiteral("Members asked why milestones were rated green."));
        const QString sql =
            QStringLiteral("SELECT COALESCE(minutes_text, '') FROM agenda_items WHERE meeting_id = ?");
        // The clerk has not left the field: it is saved within seconds all the same, as one edit to undo.
        QTRY_COMPARE_WITH_TIMEOUT(StoreSql::scalar(*f.db, sql, {f.meeting}).toString(),
                                  QStringLiteral("Members asked why milestones were rated green."),
                                  MeetingEditor::kAutosaveMs + 2000);
        QVERIFY(text->hasFocus());
        QTest::keyClicks(text, QStringLiteral(" Officers replied."));
        QTRY_COMPARE_WITH_TIMEOUT(
            StoreSql::scalar(*f.db, sql, {f.meeting}).toString(),
            QStringLiteral("Members asked why milestones were rated green. Officers replied."),
            MeetingEditor::kAutosaveMs + 2000);
        QCOMPARE(text->textCursor().position(), text->toPlainText().size()); // saving did not move the cursor
        QCOMPARE(f.context->minutesUndoStack(f.meeting)->count(), 2);        // add item, edit (merged)
        f.undo();
        QCOMPARE(StoreSql::scalar(*f.db, sql, {f.meeting}).toString(), QString());
        QCOMPARE(text->toPlainText(), QString());
        // A title typed and not left is saved too.
        auto* title = f.find<QLineEdit>("itemTitle");
        title->setFocus();
        title->selectAll();
        QTest::keyClicks(title, QStringLiteral("PLAN UPDATE"));
        QTRY_COMPARE_WITH_TIMEOUT(
            StoreSql::scalar(*f.db, QStringLiteral("SELECT title FROM agenda_items WHERE meeting_id = ?"),
                             {f.meeting})
                .toString(),
            QStringLiteral("PLAN UPDATE"), MeetingEditor::kAutosaveMs + 2000);
    }

    void mainWindowUndoSavesTheTypingFirst()
    {
        Fixture f;
        QVERIFY(f.show());
        f.addItem(QStringLiteral("IMPROVEMENT PLAN UPDATE"));
        auto* text = f.find<QPlainTextEdit>("minutesText");
        text->setFocus();
        QTest::keyClicks(text, QStringLiteral("Typed and not yet saved."));
        const QString sql =
            QStringLiteral("SELECT COALESCE(minutes_text, '') FROM agenda_items WHERE meeting_id = ?");
        QCOMPARE(StoreSql::scalar(*f.db, sql, {f.meeting}).toString(),
                 QString()); // the autosave has not run yet
        // Edit ▸ Undo in the main window announces itself, then undoes: the typing is saved and is the
        // edit undone, so the item stays.
        emit f.context->aboutToUndo();
        QCOMPARE(StoreSql::scalar(*f.db, sql, {f.meeting}).toString(),
                 QStringLiteral("Typed and not yet saved."));
        f.context->minutesUndoStack(f.meeting)->undo();
        QCOMPARE(StoreSql::scalar(*f.db, sql, {f.meeting}).toString(), QString());
        QCOMPARE(StoreSql::scalar(*f.db,
                                  QStringLiteral("SELECT COUNT(*) FROM agenda_items WHERE meeting_id = ?"),
                                  {f.meeting})
                     .toInt(),
                 1);
    }

    void closingWithTypedWorkAsks()
    {
        Fixture f;
        QVERIFY(f.show());
        f.addItem(QStringLiteral("IMPROVEMENT PLAN UPDATE"));
        auto* text = f.find<QPlainTextEdit>("minutesText");
        text->setFocus();
        QTest::keyClicks(text, QStringLiteral("Noted."));
        auto* resolution = f.find<QLineEdit>("resolutionEntry");
        resolution->setFocus();
        QTest::keyClicks(resolution, QStringLiteral("the report be noted"));
        // Cancel keeps the editor open with the text still there; the minutes typed are already saved.
        QString asked;
        answerMessageBox(QMessageBox::Cancel, &asked);
        f.editor->close();
        QTRY_VERIFY(!asked.isEmpty());
        QVERIFY(asked.contains(QStringLiteral("the resolution “the report be noted”")));
        QVERIFY(f.editor->isVisible());
        QCOMPARE(resolution->text(), QStringLiteral("the report be noted"));
        QCOMPARE(StoreSql::scalar(
                     *f.db, QStringLiteral("SELECT minutes_text FROM agenda_items WHERE meeting_id = ?"),
                     {f.meeting})
                     .toString(),
                 QStringLiteral("Noted."));
        // Escape asks too; "Close Without It" closes.
        asked.clear();
        answerMessageBox(QMessageBox::Discard, &asked);
        QTest::keyClick(f.editor.get(), Qt::Key_Escape);
        QTRY_VERIFY(!asked.isEmpty());
        QTRY_VERIFY(!f.editor->isVisible());
        QCOMPARE(StoreSql::scalar(*f.db, QStringLiteral("SELECT COUNT(*) FROM resolutions")).toInt() > 0,
                 true);
        QCOMPARE(
            StoreSql::scalar(*f.db,
                             QStringLiteral("SELECT COUNT(*) FROM resolutions r JOIN agenda_items i ON i.id "
                                            "= r.item_id WHERE i.meeting_id = ?"),
                             {f.meeting})
                .toInt(),
            0);
        // With nothing pending it closes without asking.
        Fixture g;
        QVERIFY(g.show());
        g.editor->close();
        QVERIFY(!g.editor->isVisible());
    }

    void undoAfterTheEditorHasClosed()
    {
        // Edit ▸ Undo in the main window still takes back the clerk's last edits once the editor is gone.
        Fixture f;
        QVERIFY(f.show());
        f.addItem(QStringLiteral("APOLOGIES"));
        auto* title = f.find<QLineEdit>("itemTitle");
        title->setFocus();
        title->selectAll();
        QTest::keyClicks(title, QStringLiteral("APOLOGIES FOR ABSENCE"));
        f.editor.reset(); // what is typed is saved as the editor goes
        QCOMPARE(f.agenda(), QStringList{QStringLiteral("53 APOLOGIES FOR ABSENCE")});
        QSignalSpy changed(f.context.get(), &AppContext::dataChanged);
        f.context->minutesUndoStack(f.meeting)->undo();
        QCOMPARE(f.agenda(), QStringList{QStringLiteral("53 APOLOGIES")});
        QCOMPARE(changed.count(), 1);
        f.context->minutesUndoStack(f.meeting)->undo();
        QVERIFY(f.agenda().isEmpty());
        f.context->minutesUndoStack(f.meeting)->redo();
        QCOMPARE(f.agenda(), QStringList{QStringLiteral("53 APOLOGIES")});
    }

    void screenshotWithDeclarationsAndSubstitute()
    {
        // The demo's December 2016 meeting, with a substitute and two declarations added, for looking at.
        const QString out = qEnvironmentVariable("SCRUTINEER_SCREENSHOTS");
        if (out.isEmpty())
            QSKIP("Set SCRUTINEER_SCREENSHOTS to a folder to save the editor's screenshots.");
        auto db = Database::open(QStringLiteral(":memory:"), QStringLiteral("admin"));
        DemoData::create(*db);
        db->signIn(QStringLiteral("a.clerk"));
        AppContext context(*db);
        const qint64 meeting =
            StoreSql::scalar(*db,
                             QStringLiteral("SELECT id FROM meetings WHERE starts_at LIKE '2016-12-06%'"))
                .toLongLong();
        MinutesRepository repo(*db);
        const qint64 item =
            StoreSql::scalar(
                *db,
                QStringLiteral("SELECT id FROM agenda_items WHERE meeting_id = ? AND minute_number = '56a'"),
                {meeting})
                .toLongLong();
        const qint64 carr =
            StoreSql::scalar(*db,
                             QStringLiteral("SELECT id FROM people WHERE name = 'Councillor Stephen Carr'"))
                .toLongLong();
        const qint64 botting =
            StoreSql::scalar(*db,
                             QStringLiteral("SELECT id FROM people WHERE name = 'Councillor Kim Botting'"))
                .toLongLong();
        repo.setAttendance(meeting, botting,
                           MinutesRepository::Presence{QStringLiteral("apologies"), 0, QString()});
        repo.setAttendance(meeting, carr,
                           MinutesRepository::Presence{QStringLiteral("substitute"), botting, QString()});
        MinutesRepository::Declaration d;
        d.itemId = item;
        d.personId = StoreSql::scalar(
                         *db, QStringLiteral("SELECT id FROM people WHERE name = 'Councillor Mary Cooke'"))
                         .toLongLong();
        d.type = QStringLiteral("personal");
        d.nature = QStringLiteral("A close relative is an approved foster carer for the Council.");
        repo.addDeclaration(meeting, d);
        d.personId = carr;
        d.type = QStringLiteral("pecuniary");
        d.nature = QStringLiteral("Owns a property let to the Council as temporary accommodation.");
        repo.addDeclaration(meeting, d);
        MeetingEditor editor(context, meeting);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        auto* items = editor.findChild<QListWidget*>(QStringLiteral("itemList"));
        for (int i = 0; i < items->count(); ++i)
            if (items->item(i)->text().startsWith(QStringLiteral("56a ")))
                items->setCurrentRow(i);
        QVERIFY(editor.grab().save(out + QStringLiteral("/meeting-editor-minutes.png")));
        editor.findChild<QTabWidget*>()->setCurrentIndex(0);
        QVERIFY(editor.grab().save(out + QStringLiteral("/meeting-editor-attendance.png")));
    }

    // Defect 2: a new action is due at the committee's next meeting by default; its text, owner and
    // due date are changed by keyboard in the editor, as one step of undo.
    void anActionIsDueAtTheNextMeetingAndCanBeChanged()
    {
        Fixture f;
        const qint64 committee = f.context->committeeId();
        MinutesRepository(*f.db).createMeeting(committee, QDateTime(QDate(2019, 3, 19), QTime(19, 0)),
                                               QString());
        f.editor->reload();
        QVERIFY(f.show());
        f.addItem(QStringLiteral("IMPROVEMENT PLAN UPDATE"));
        auto* resolution = f.find<QLineEdit>("resolutionEntry");
        resolution->setFocus();
        QTest::keyClicks(resolution, QStringLiteral("unfilled posts be reported to each meeting"));
        QTest::keyClick(resolution, Qt::Key_Return);
        auto* due = f.find<QDateEdit>("actionDue");
        QCOMPARE(due->date(), QDate(2019, 3, 19)); // shown before the action is made
        auto* owner = f.find<QLineEdit>("actionOwner");
        owner->setFocus();
        QTest::keyClicks(owner, QStringLiteral("Director of Human Resources"));
        if (owner->completer())
            owner->completer()->popup()->hide();
        QTest::keyClick(owner, Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
        const QString sql =
            QStringLiteral("SELECT text || '|' || owner || '|' || COALESCE(due_date, '') FROM actions "
                           "WHERE meeting_id = ?");
        QCOMPARE(StoreSql::scalar(*f.db, sql, {f.meeting}).toString(),
                 QStringLiteral(
                     "unfilled posts be reported to each meeting|Director of Human Resources|2019-03-19"));

        // Choose the action in the list (arrow key): its fields come up to be changed.
        auto* actions = f.find<QListWidget>("actionList");
        actions->setFocus();
        QTest::keyClick(actions, Qt::Key_Down);
        QCOMPARE(actions->currentRow(), 0);
        auto* text = f.find<QLineEdit>("actionText");
        QCOMPARE(text->text(), QStringLiteral("unfilled posts be reported to each meeting"));
        QCOMPARE(owner->text(), QStringLiteral("Director of Human Resources"));
        // Alt+O goes to the action's text, Alt+W to its owner, Alt+B to its due date.
        QTest::keyClick(f.editor.get(), Qt::Key_O, Qt::AltModifier);
        QCOMPARE(QApplication::focusWidget(), text);
        text->selectAll();
        QTest::keyClicks(text, QStringLiteral("Report unfilled social work posts"));
        QTest::keyClick(f.editor.get(), Qt::Key_W, Qt::AltModifier);
        QCOMPARE(QApplication::focusWidget(), owner);
        owner->selectAll();
        QTest::keyClicks(owner, QStringLiteral("Head of Performance"));
        if (owner->completer())
            owner->completer()->popup()->hide();
        QTest::keyClick(f.editor.get(), Qt::Key_B, Qt::AltModifier);
        QVERIFY(due->hasFocus());
        QTest::keyClick(due, Qt::Key_Up); // a day later
        QTest::keyClick(due, Qt::Key_Return);
        QCOMPARE(StoreSql::scalar(*f.db, sql, {f.meeting}).toString(),
                 QStringLiteral("Report unfilled social work posts|Head of Performance|2019-03-20"));
        QCOMPARE(actions->currentRow(), 0); // still the action chosen
        QVERIFY2(actions->item(0)->text().contains(QStringLiteral("Head of Performance")),
                 qPrintable(actions->item(0)->text()));
        // One step to undo, named by what and where.
        QUndoStack* stack = f.context->minutesUndoStack(f.meeting);
        QVERIFY2(stack->undoText().contains(QStringLiteral("Edit Action")), qPrintable(stack->undoText()));
        QVERIFY2(stack->undoText().contains(QStringLiteral("minutes of 22 Jan 2019")),
                 qPrintable(stack->undoText()));
        stack->undo();
        QCOMPARE(StoreSql::scalar(*f.db, sql, {f.meeting}).toString(),
                 QStringLiteral(
                     "unfilled posts be reported to each meeting|Director of Human Resources|2019-03-19"));
        // Escape goes back to making a new action, due at the next meeting again.
        actions->setFocus();
        actions->setCurrentRow(0);
        QTest::keyClick(actions, Qt::Key_Escape);
        QCOMPARE(actions->currentRow(), -1);
        QCOMPARE(owner->text(), QString());
        QCOMPARE(due->date(), QDate(2019, 3, 19));
    }

    // Without a next meeting on record, the due date is the committee's usual gap after this one,
    // and says so.
    void withoutANextMeetingTheDueDateIsTheUsualGap()
    {
        Fixture f;
        QVERIFY(f.show());
        f.addItem(QStringLiteral("IMPROVEMENT PLAN UPDATE"));
        auto* due = f.find<QDateEdit>("actionDue");
        QVERIFY(due->date() > QDate(2019, 1, 22));
        QVERIFY(due->date() < QDate(2019, 6, 1));
        QVERIFY2(f.find<QLabel>("actionDueHint")->text().contains(QStringLiteral("usual gap")),
                 qPrintable(f.find<QLabel>("actionDueHint")->text()));
    }

    // Defect 4: the Resolved and Actions lists show where the focus is, and typing there is not
    // lost: it goes to the field below. Alt+M is the member declaring, Alt+X the minutes text.
    void theListsPassTypingOnAndMnemonicsAreUnique()
    {
        Fixture f;
        QVERIFY(f.show());
        f.addItem(QStringLiteral("IMPROVEMENT PLAN UPDATE"));
        auto* resolutions = f.find<QListWidget>("resolutionList");
        auto* resolution = f.find<QLineEdit>("resolutionEntry");
        auto* actions = f.find<QListWidget>("actionList");
        auto* text = f.find<QLineEdit>("actionText");
        resolutions->setFocus();
        QVERIFY(resolutions->hasFocus());
        const QImage focused = resolutions->grab().toImage();
        QTest::keyClicks(resolutions, QStringLiteral("the report be noted"));
        QCOMPARE(resolution->text(), QStringLiteral("the report be noted"));
        QVERIFY(resolution->hasFocus());
        QTest::keyClick(resolution, Qt::Key_Return);
        actions->setFocus();
        QTest::keyClicks(actions, QStringLiteral("Circulate"));
        QCOMPARE(text->text(), QStringLiteral("Circulate"));
        QVERIFY(text->hasFocus());
        // The list with the focus looks it: its frame differs from the same list without it.
        const QImage unfocused = resolutions->grab().toImage();
        QCOMPARE(focused.size(), unfocused.size());
        bool differs = false;
        for (int x = 0; x < 3; ++x)
            differs = differs || focused.pixelColor(x, focused.height() / 2) !=
                                     unfocused.pixelColor(x, unfocused.height() / 2);
        QVERIFY(differs);
        // Each mnemonic reaches one field.
        QTest::keyClick(f.editor.get(), Qt::Key_M, Qt::AltModifier);
        QCOMPARE(QApplication::focusWidget(), f.find<QLineEdit>("declarant"));
        QTest::keyClick(f.editor.get(), Qt::Key_X, Qt::AltModifier);
        QCOMPARE(QApplication::focusWidget(), f.find<QPlainTextEdit>("minutesText"));
        QTest::keyClick(f.editor.get(), Qt::Key_R, Qt::AltModifier);
        QCOMPARE(QApplication::focusWidget(), resolution);
    }
};

QTEST_MAIN(TestMeetingEditor)
#include "TestMeetingEditor.moc"
