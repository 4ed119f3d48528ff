// File ▸ Import Minutes… as a clerk lives it: the file is read (a progress box while it is), the
// review opens on top of everything, Save asks about a meeting already recorded for that committee
// and date, says what was saved, and opens the meeting on the Meetings page.
#include "ReviewTree.h"
#include "gui/AppContext.h"
#include "gui/ImportFlow.h"
#include "gui/ImportReviewDialog.h"
#include "store/Database.h"
#include "store/MinutesImport.h"
#include "store/StoreSql.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QMessageBox>
#include <QPointer>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <functional>

namespace {

// Runs `step` on each modal window as it comes up (the review, the questions, the summary), until
// `step` returns false.
void whenModal(std::function<bool(QWidget*)> step)
{
    auto poll = std::make_shared<std::function<void()>>();
    // A QPointer: a dialog on the stack may be followed by another at the same address.
    auto last = std::make_shared<QPointer<QWidget>>();
    *poll = [poll, last, step] {
        QWidget* modal = QApplication::activeModalWidget();
        if (modal && modal != *last && modal->isVisible()) {
            *last = modal;
            if (!step(modal))
                return;
        }
        QTimer::singleShot(20, *poll);
    };
    QTimer::singleShot(20, *poll);
}

} // namespace

class TestImportFlow : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    QString write(const QString& name, const QByteArray& text)
    {
        return writeTestFile(m_dir.filePath(name), text);
    }

    static void clickButton(QWidget* box, const QString& text)
    {
        for (QAbstractButton* b : box->findChildren<QAbstractButton*>())
            if (b->text().remove(QLatin1Char('&')) == text) {
                b->click();
                return;
            }
        QFAIL(qPrintable(QStringLiteral("no button %1 in %2").arg(text, box->objectName())));
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // The "Reading…" progress box is gone before the review opens: it stayed on top of the review
    // and blocked it until its Cancel was pressed.
    void theProgressBoxDoesNotStayOnTopOfTheReview()
    {
        auto db = Database::open(QStringLiteral(":memory:"), QStringLiteral("admin"));
        AppContext context(*db);
        QWidget window;
        window.resize(900, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QString path =
            write(QStringLiteral("progress.txt"), "NORTH COUNCIL\nFAMILIES PANEL\nTuesday 5 March 2024\n\n"
                                                  "4.  PLAN UPDATE\nRESOLVED that the update be noted.\n");
        bool reviewSeen = false, progressOnTop = false, reviewActive = false;
        whenModal([&](QWidget* modal) {
            if (auto* review = qobject_cast<ImportReviewDialog*>(modal)) {
                reviewSeen = true;
                // Long enough for a progress box's own timer to show it.
                QTest::qWait(900);
                for (QWidget* w : QApplication::topLevelWidgets())
                    if (qobject_cast<QProgressDialog*>(w) && w->isVisible())
                        progressOnTop = true;
                reviewActive = QApplication::activeModalWidget() == review;
                review->reject();
                return true;
            }
            if (auto* box = qobject_cast<QMessageBox*>(modal)) {
                box->accept();
                return false;
            }
            return true;
        });
        importMinutesInteractively(&window, context, {path});
        QVERIFY(reviewSeen);
        QVERIFY2(!progressOnTop, "the progress box stayed on top of the review");
        QVERIFY(reviewActive);
    }

    // The committee and date the clerk types in the review are those of a meeting already recorded:
    // Save asks, with what was typed, and Merge adds to that meeting instead of making a second
    // "Tuesday 5 March 2024". Afterwards it says what was saved and opens the meeting.
    void aMeetingAlreadyRecordedIsOfferedForMerging()
    {
        auto db = Database::open(QStringLiteral(":memory:"), QStringLiteral("admin"));
        ParsedMinutes recorded;
        recorded.committee = QStringLiteral("Families Panel");
        recorded.date = QDate(2024, 3, 5);
        ParsedItem plan;
        plan.number = QStringLiteral("4");
        plan.title = QStringLiteral("PLAN UPDATE");
        recorded.items = {plan};
        const auto first =
            MinutesImport::save(*db, recorded, QStringLiteral("agenda.pdf"), "%PDF-1.4 agenda", 1);
        AppContext context(*db);
        QSignalSpy navigated(&context, &AppContext::navigateRequested);
        // Minutes whose heading names neither committee nor date.
        const QString path =
            write(QStringLiteral("undated.txt"),
                  "Notes of the meeting\n\n4.  PLAN UPDATE\nRESOLVED that the update be noted.\n\n"
                  "5.  FOSTERING\nRESOLVED that the report be noted.\n");
        QString asked, summary;
        whenModal([&](QWidget* modal) {
            if (auto* review = qobject_cast<ImportReviewDialog*>(modal)) {
                auto* tree = review->findChild<QTreeWidget*>(QStringLiteral("reviewTree"));
                findRow(tree, 0, QStringLiteral("Committee"))
                    ->setText(1, QStringLiteral("the families panel"));
                findRow(tree, 0, QStringLiteral("Date"))->setText(1, QStringLiteral("Tuesday 5 March 2024"));
                review->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save)->click();
                return true;
            }
            if (auto* box = qobject_cast<QMessageBox*>(modal)) {
                if (box->objectName() == QLatin1String("sameMeeting")) {
                    asked = box->text();
                    if (const QString out = qEnvironmentVariable("SCRUTINEER_SCREENSHOTS"); !out.isEmpty())
                        box->grab().save(out + QStringLiteral("/import-same-meeting.png"));
                    clickButton(box, QStringLiteral("Merge into It"));
                    return true;
                }
                summary = box->text();
                if (const QString out = qEnvironmentVariable("SCRUTINEER_SCREENSHOTS"); !out.isEmpty())
                    box->grab().save(out + QStringLiteral("/import-saved.png"));
                box->accept();
                return false;
            }
            return true;
        });
        importMinutesInteractively(nullptr, context, {path});
        QVERIFY2(asked.contains(QStringLiteral("Families Panel")) &&
                     asked.contains(QStringLiteral("5 March 2024")),
                 qPrintable(asked));
        QCOMPARE(StoreSql::scalar(*db, QStringLiteral("SELECT COUNT(*) FROM meetings")).toInt(), 1);
        QCOMPARE(StoreSql::scalar(*db, QStringLiteral("SELECT COUNT(*) FROM agenda_items")).toInt(), 2);
        QCOMPARE(StoreSql::scalar(*db, QStringLiteral("SELECT COUNT(*) FROM resolutions")).toInt(), 2);
        // What was saved, in numbers.
        QVERIFY2(summary.contains(QStringLiteral("1 item,")) &&
                     summary.contains(QStringLiteral("2 resolutions")),
                 qPrintable(summary));
        // And the meeting is shown.
        QCOMPARE(context.meetingId(), first.meetingId);
        QVERIFY(!navigated.isEmpty());
        QCOMPARE(navigated.last().at(0).value<PageId>(), PageId::Meetings);
        QCOMPARE(navigated.last().at(1).toMap().value(QStringLiteral("meeting")).toLongLong(),
                 first.meetingId);
    }

    // The same question, answered Keep Both and Replace.
    void keepBothOrReplace_data()
    {
        QTest::addColumn<QString>("answer");
        QTest::addColumn<int>("meetings");
        QTest::addColumn<int>("items");
        QTest::newRow("keep both") << "Keep Both" << 2 << 3;
        QTest::newRow("replace") << "Replace It" << 1 << 2;
    }
    void keepBothOrReplace()
    {
        QFETCH(QString, answer);
        QFETCH(int, meetings);
        QFETCH(int, items);
        auto db = Database::open(QStringLiteral(":memory:"), QStringLiteral("admin"));
        ParsedMinutes recorded;
        recorded.committee = QStringLiteral("Families Panel");
        recorded.date = QDate(2024, 3, 5);
        recorded.items = {ParsedItem{}};
        MinutesImport::save(*db, recorded, QStringLiteral("agenda.pdf"), "%PDF-1.4 agenda", 1);
        AppContext context(*db);
        const QString path =
            write(QStringLiteral("dated.txt"),
                  "NORTH COUNCIL\nFAMILIES PANEL\nTuesday 5 March 2024\n\n4.  PLAN UPDATE\n"
                  "RESOLVED that the update be noted.\n\n5.  FOSTERING\nRESOLVED that it be noted.\n");
        whenModal([&](QWidget* modal) {
            if (auto* review = qobject_cast<ImportReviewDialog*>(modal)) {
                review->accept();
                return true;
            }
            if (auto* box = qobject_cast<QMessageBox*>(modal)) {
                if (box->objectName() == QLatin1String("sameMeeting")) {
                    clickButton(box, answer);
                    return true;
                }
                box->accept();
                return false;
            }
            return true;
        });
        importMinutesInteractively(nullptr, context, {path});
        QCOMPARE(StoreSql::scalar(*db, QStringLiteral("SELECT COUNT(*) FROM meetings")).toInt(), meetings);
        QCOMPARE(StoreSql::scalar(*db, QStringLiteral("SELECT COUNT(*) FROM agenda_items")).toInt(), items);
    }

    // Draft minutes are saved as held, not approved, and the review shows it; and a committee printed
    // in capitals is the committee already there.
    void draftMinutesAndAKnownCommittee()
    {
        auto db = Database::open(QStringLiteral(":memory:"), QStringLiteral("admin"));
        db->insert(QStringLiteral("committees"),
                   {{QStringLiteral("name"), QStringLiteral("Families Panel")}});
        AppContext context(*db);
        const QString path = write(QStringLiteral("draft.txt"),
                                   "NORTH COUNCIL\nFAMILIES PANEL\nTuesday 5 March 2024\n\n4.  PLAN UPDATE\n"
                                   "RESOLVED that the update be noted.\n");
        QString status, committee;
        whenModal([&](QWidget* modal) {
            if (auto* review = qobject_cast<ImportReviewDialog*>(modal)) {
                auto* tree = review->findChild<QTreeWidget*>(QStringLiteral("reviewTree"));
                committee = findRow(tree, 0, QStringLiteral("Committee"))->text(1);
                QTreeWidgetItem* minutes = findRow(tree, 0, QStringLiteral("Minutes"));
                status = minutes ? minutes->text(1) : QString();
                // The clerk knows these are the draft circulated before the meeting approved them.
                if (minutes)
                    minutes->setText(1, QStringLiteral("Draft: held, not yet approved"));
                review->accept();
                return true;
            }
            if (auto* box = qobject_cast<QMessageBox*>(modal)) {
                box->accept();
                return false;
            }
            return true;
        });
        importMinutesInteractively(nullptr, context, {path});
        QCOMPARE(status, QStringLiteral("Approved"));
        QCOMPARE(committee, QStringLiteral("Families Panel"));
        QCOMPARE(StoreSql::scalar(*db, QStringLiteral("SELECT COUNT(*) FROM committees")).toInt(), 1);
        QCOMPARE(StoreSql::scalar(*db, QStringLiteral("SELECT status FROM meetings")).toString(),
                 QStringLiteral("held"));
    }
};

QTEST_MAIN(TestImportFlow)
#include "TestImportFlow.moc"
