// The review step: what was parsed is shown beside its page, with the selected element highlighted,
// for correction; only what the clerk keeps is saved. A locked PDF asks for its password.
#include "../importer/EncryptedPdf.h"
#include "DemoWindow.h"
#include "ReviewTree.h"
#include "gui/ImportFlow.h"
#include "gui/ImportReviewDialog.h"
#include "importer/MinutesParser.h"

#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFile>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QPushButton>
#include <QScreen>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

namespace {

// A document of the shared corpus: beside the project, or beside the folder of worktrees.
QString corpusFile(const QString& name)
{
    for (const char* base :
         {SCRUTINEER_SOURCE_DIR "/../shared/corpus/", SCRUTINEER_SOURCE_DIR "/../../shared/corpus/"})
        if (QFile::exists(QString::fromUtf8(base) + name))
            return QString::fromUtf8(base) + name;
    return {};
}

} // namespace

class TestImportReviewDialog : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    QString writeText(const QString& name, const QByteArray& text)
    {
        return writeTestFile(m_dir.filePath(name), text);
    }

    // Two pages of minutes drawn at known places (72 dpi, so points are pixels): item 7's
    // resolution is on page 2 at y 300 to 330.
    QString writePdf()
    {
        const QString path = m_dir.filePath(QStringLiteral("two-pages.pdf"));
        QPdfWriter writer(path);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setResolution(72);
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        QPainter painter(&writer);
        QFont font(QStringLiteral("DejaVu Sans"));
        font.setPixelSize(11);
        painter.setFont(font);
        auto text = [&painter](double y, const QString& s) { painter.drawText(QPointF(60, y), s); };
        text(80, QStringLiteral("NORTHFIELD DISTRICT COUNCIL"));
        text(100, QStringLiteral("FAMILIES SCRUTINY PANEL"));
        text(120, QStringLiteral("Minutes of the meeting held on Tuesday 5 March 2024 at 7.00 pm"));
        text(160, QStringLiteral("6. MINUTES OF THE LAST MEETING"));
        text(180, QStringLiteral("RESOLVED that the minutes of the meeting held on 6 February be agreed."));
        writer.newPage();
        text(80, QStringLiteral("7. FOSTERING RECRUITMENT"));
        text(100,
             QStringLiteral("The panel heard that eleven new foster carers had been approved this year."));
        text(115,
             QStringLiteral("Officers agreed to circulate the recruitment figures following the meeting."));
        text(300, QStringLiteral("RESOLVED that the report be noted and a further update be"));
        text(315, QStringLiteral("brought to the panel in September."));
        text(330, QStringLiteral("ACTION: Head of Fostering"));
        return path;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void clerkCorrectsAndLeavesOut()
    {
        const QString path =
            writeText(QStringLiteral("m.txt"),
                      "NORTH COUNCIL\nFAMILIES PANEL\nTuesday 5 March 2024\n\n"
                      "4.  PLAN UPDATE\nMembers agreed to circulate the audit following the meeting.\n\n"
                      "RESOLVED that:\n(1) the update be noted;\n(2) figures come monthly.\nACTION: Head of "
                      "Performance\n");
        const SourceDocument source = MinutesSource::read(path, QString(), QString());
        QVERIFY(source.ok());
        const ParsedMinutes parsed = MinutesParser::parse(source);
        ImportReviewDialog dialog(path, source, parsed);
        auto* tree = dialog.findChild<QTreeWidget*>(QStringLiteral("reviewTree"));
        QVERIFY(tree);
        // Every control has a name a screen reader says (the review tree had none).
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QStringList unnamed = DemoWindow::unnamed(&dialog);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
        QTreeWidgetItem* item = findRow(tree, 1, QStringLiteral("PLAN UPDATE"));
        QVERIFY(item);
        // Nothing changed: the result is what was parsed, suggestions left out until accepted.
        ParsedMinutes kept = dialog.result();
        QCOMPARE(kept.items.size(), 1);
        QCOMPARE(kept.items.first().resolutions.size(), 2);
        QCOMPARE(kept.items.first().actions.size(), 2);
        QCOMPARE(kept.items.first().actions.first().owner, QStringLiteral("Head of Performance"));
        QCOMPARE(kept.date, QDate(2024, 3, 5));
        // The clerk corrects the title, leaves out the second resolution and accepts the suggestion.
        item->setText(1, QStringLiteral("IMPROVEMENT PLAN UPDATE"));
        for (int c = 0; c < item->childCount(); ++c) {
            if (item->child(c)->text(0) == QLatin1String("Resolution 2"))
                item->child(c)->setCheckState(0, Qt::Unchecked);
            if (item->child(c)->text(0) == QLatin1String("Suggested action"))
                item->child(c)->setCheckState(0, Qt::Checked);
        }
        kept = dialog.result();
        QCOMPARE(kept.items.first().title, QStringLiteral("IMPROVEMENT PLAN UPDATE"));
        QCOMPARE(kept.items.first().resolutions, QStringList{QStringLiteral("the update be noted;")});
        QCOMPARE(kept.items.first().actions.size(), 3);
        QVERIFY(kept.items.first().actions.last().text.contains(QStringLiteral("circulate the audit")));
    }

    // Header fields, people, item numbers, owners and due dates can all be corrected; rows can be added.
    void everyPartIsEditable()
    {
        const QString path =
            writeText(QStringLiteral("e.txt"),
                      "NORTH COUNCIL\nFAMILIES PANEL\nTuesday 5 March 2024\n\n"
                      "Present: Councillor Ann Reed, Councillor Bo Lind\n\n"
                      "4.  PLAN UPDATE\nRESOLVED that the update be noted.\nACTION: Head of Performance\n");
        const SourceDocument source = MinutesSource::read(path, QString(), QString());
        ImportReviewDialog dialog(path, source, MinutesParser::parse(source));
        auto* tree = dialog.findChild<QTreeWidget*>(QStringLiteral("reviewTree"));
        QVERIFY(tree);
        // The labels cannot be edited, the texts can (an editor opens).
        QTreeWidgetItem* venue = findRow(tree, 0, QStringLiteral("Venue"));
        QVERIFY(venue);
        tree->setCurrentItem(venue, 0);
        tree->editItem(venue, 0);
        QVERIFY(!tree->indexWidget(tree->currentIndex()));
        tree->setCurrentItem(venue, 1);
        tree->editItem(venue, 1);
        QVERIFY(tree->indexWidget(tree->currentIndex()));
        tree->setCurrentItem(findRow(tree, 0, QStringLiteral("Council")), 0);
        QTreeWidgetItem* action = findRow(tree, 0, QStringLiteral("Action"));
        QVERIFY(action);
        QCOMPARE(action->text(2), QStringLiteral("Head of Performance"));
        venue->setText(1, QStringLiteral("Room 4, North Hall"));
        findRow(tree, 1, QStringLiteral("Councillor Bo Lind"))
            ->setText(1, QStringLiteral("Councillor Bo Lindqvist"));
        findRow(tree, 1, QStringLiteral("PLAN UPDATE"))->setText(0, QStringLiteral("4a"));
        action->setText(2, QStringLiteral("Director of Children's Services"));
        action->setText(3, QStringLiteral("30/04/2024"));
        // A forgotten apology is added under Apologies.
        QTreeWidgetItem* apologies = findRowStarting(tree, 0, QStringLiteral("Apologies"));
        QVERIFY(apologies);
        tree->setCurrentItem(apologies);
        auto* add = dialog.findChild<QPushButton*>(QStringLiteral("addRow"));
        QVERIFY(add && add->isEnabled());
        add->click();
        QCOMPARE(apologies->childCount(), 1);
        apologies->child(0)->setText(1, QStringLiteral("Councillor Cy Moss"));
        const ParsedMinutes kept = dialog.result();
        QCOMPARE(kept.venue, QStringLiteral("Room 4, North Hall"));
        QVERIFY2(kept.present.contains(QStringLiteral("Councillor Bo Lindqvist")),
                 qPrintable(kept.present.join(QLatin1Char('|'))));
        QCOMPARE(kept.apologies, QStringList{QStringLiteral("Councillor Cy Moss")});
        QCOMPARE(kept.items.first().number, QStringLiteral("4a"));
        QCOMPARE(kept.items.first().actions.first().owner, QStringLiteral("Director of Children's Services"));
        QCOMPARE(kept.items.first().actions.first().due, QDate(2024, 4, 30));
    }

    // A date, time or due date the clerk typed that cannot be read is not dropped on saving: Save
    // keeps the review open on that row and says how to write it.
    void unreadableDatesKeepTheReviewOpen()
    {
        const QString path =
            writeText(QStringLiteral("d.txt"),
                      "NORTH COUNCIL\nFAMILIES PANEL\nTuesday 5 March 2024\n\n"
                      "4.  PLAN UPDATE\nRESOLVED that the update be noted.\nACTION: Head of Performance\n");
        const SourceDocument source = MinutesSource::read(path, QString(), QString());
        ImportReviewDialog dialog(path, source, MinutesParser::parse(source));
        auto* tree = dialog.findChild<QTreeWidget*>(QStringLiteral("reviewTree"));
        auto* box = dialog.findChild<QDialogButtonBox*>();
        QVERIFY(tree && box);
        QPushButton* save = box->button(QDialogButtonBox::Save);
        QVERIFY(save);
        QTreeWidgetItem* action = findRow(tree, 0, QStringLiteral("Action"));
        QTreeWidgetItem* date = findRow(tree, 0, QStringLiteral("Date"));
        QVERIFY(action && date);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));

        action->setText(3, QStringLiteral("next Friday"));
        save->click();
        QVERIFY2(dialog.isVisible(), "an unreadable due date was dropped on saving");
        auto* message = dialog.findChild<QLabel*>(QStringLiteral("reviewMessage"));
        QVERIFY(message && message->isVisible());
        QVERIFY2(message->text().contains(QStringLiteral("next Friday")), qPrintable(message->text()));
        QCOMPARE(tree->currentItem(), action);

        action->setText(3, QStringLiteral("30/04/2024"));
        date->setText(1, QStringLiteral("Tuesday 35 Marchember"));
        save->click();
        QVERIFY2(dialog.isVisible(), "an unreadable meeting date was dropped on saving");
        QVERIFY2(message->text().contains(QStringLiteral("Marchember")), qPrintable(message->text()));
        QCOMPARE(tree->currentItem(), date);

        // Put right, the review closes as saved, with what was typed.
        date->setText(1, QStringLiteral("Tuesday 12 March 2024"));
        save->click();
        QVERIFY(!dialog.isVisible());
        QCOMPARE(static_cast<QDialog&>(dialog).result(), int(QDialog::Accepted));
        QCOMPARE(dialog.result().date, QDate(2024, 3, 12));
        QCOMPARE(dialog.result().items.first().actions.first().due, QDate(2024, 4, 30));
    }

    void warningsAreShown()
    {
        const QString path =
            writeText(QStringLiteral("w.txt"),
                      "Some notes of a chat about the budget with no numbered items at all.\n");
        const SourceDocument source = MinutesSource::read(path, QString(), QString());
        const ParsedMinutes parsed = MinutesParser::parse(source);
        QVERIFY(!parsed.warnings.isEmpty());
        ImportReviewDialog dialog(path, source, parsed);
        auto* list = dialog.findChild<QListWidget*>(QStringLiteral("importWarnings"));
        QVERIFY(list);
        QCOMPARE(list->count(), parsed.warnings.size());
        QCOMPARE(list->item(0)->text(), parsed.warnings.first());
    }

    // Selecting a resolution shows its page with its lines highlighted on the rendered page.
    void selectedElementIsHighlightedOnItsPage()
    {
        const QString pdf = writePdf();
        const SourceDocument source = MinutesSource::read(pdf, QString(), QString());
        QVERIFY2(source.ok(), qPrintable(source.message));
        const ParsedMinutes parsed = MinutesParser::parse(source);
        QCOMPARE(parsed.items.size(), 2);
        ImportReviewDialog dialog(pdf, source, parsed);
        dialog.resize(1300, 850);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.shownPage(), 1);
        auto* tree = dialog.findChild<QTreeWidget*>(QStringLiteral("reviewTree"));
        QTreeWidgetItem* resolution = findRowStarting(tree, 1, QStringLiteral("that the report be noted"));
        QVERIFY(resolution);
        tree->setCurrentItem(resolution);
        QCOMPARE(dialog.shownPage(), 2);
        const QRectF box = dialog.highlightedBox();
        // Both lines of the resolution (baselines at 300 and 315), not the ACTION line at 330 nor the
        // narrative.
        QVERIFY2(box.top() > 280 && box.top() < 300 && box.bottom() > 310 && box.bottom() < 322,
                 qPrintable(QStringLiteral("%1..%2").arg(box.top()).arg(box.bottom())));
        // The page image shows it: marker-coloured (yellowish) pixels inside the box, none far from it.
        auto* image = dialog.findChild<QLabel*>(QStringLiteral("pageImage"));
        QVERIFY(image);
        const QImage page = image->pixmap().toImage();
        QVERIFY(!page.isNull());
        const double scale = page.width() / page.devicePixelRatio() / 595.0; // rendered pixels per point
        auto yellowAt = [&page, scale](double x, double y) {
            const QColor c = page.pixelColor(
                QPointF(x * scale * page.devicePixelRatio(), y * scale * page.devicePixelRatio()).toPoint());
            return c.red() > 200 && c.green() > 160 && c.blue() < 100;
        };
        QVERIFY(yellowAt(box.left() + 2, box.center().y()));
        QVERIFY(!yellowAt(box.left() + 2, 100));
        // The action assigned by the ACTION line shows the resolution and that line together.
        QTreeWidgetItem* action = findRow(tree, 0, QStringLiteral("Action"));
        QVERIFY(action);
        tree->setCurrentItem(action);
        QVERIFY(dialog.highlightedBox().bottom() > 325);
        // An item on the first page takes the view back there, to its title.
        tree->setCurrentItem(findRow(tree, 1, QStringLiteral("MINUTES OF THE LAST MEETING")));
        QCOMPARE(dialog.shownPage(), 1);
        QVERIFY(dialog.highlightedBox().top() > 140 && dialog.highlightedBox().bottom() < 170);
        // The narrative commitment is a suggestion, highlighted where it was said.
        tree->setCurrentItem(findRow(tree, 0, QStringLiteral("Suggested action")));
        QCOMPARE(dialog.shownPage(), 2);
        QVERIFY(dialog.highlightedBox().top() > 86 && dialog.highlightedBox().bottom() < 125);
        const QString out = qEnvironmentVariable("SCRUTINEER_SCREENSHOTS");
        if (!out.isEmpty())
            dialog.grab().save(out + QStringLiteral("/import-review-generated.png"));
    }

    // A locked PDF asks for its password in a password field, says when one is wrong, and opens with the
    // right one.
    void lockedPdfAsksForThePassword()
    {
        const QString path = m_dir.filePath(QStringLiteral("locked.pdf"));
        QVERIFY(EncryptedPdf::write(path,
                                    {QStringLiteral("NORTH COUNCIL"), QStringLiteral("Tuesday 5 March 2024"),
                                     QStringLiteral("4. PLAN UPDATE"),
                                     QStringLiteral("RESOLVED that the update be noted.")},
                                    "tiger", "owner"));
        QStringList prompts;
        QList<QLineEdit::EchoMode> modes;
        QStringList answers{QStringLiteral("lion"), QStringLiteral("tiger")};
        std::function<void()> answer = [&] {
            auto* ask = qobject_cast<QInputDialog*>(QApplication::activeModalWidget());
            if (!ask) {
                QTimer::singleShot(50, answer);
                return;
            }
            prompts << ask->labelText();
            modes << ask->textEchoMode();
            ask->setTextValue(answers.isEmpty() ? QString() : answers.takeFirst());
            ask->accept();
            if (!answers.isEmpty())
                QTimer::singleShot(50, answer);
        };
        QTimer::singleShot(50, answer);
        QString password;
        const SourceDocument source = readMinutesAskingPassword(nullptr, path, QString(), &password);
        QVERIFY2(source.ok(), qPrintable(source.message));
        QCOMPARE(password, QStringLiteral("tiger"));
        QCOMPARE(prompts.size(), 2);
        QVERIFY(prompts.at(0).contains(QStringLiteral("protected by a password")));
        QVERIFY(prompts.at(1).contains(QStringLiteral("does not open")));
        QCOMPARE(modes, (QList<QLineEdit::EchoMode>{QLineEdit::Password, QLineEdit::Password}));
        // The review shows the locked page with the password it was opened with.
        ImportReviewDialog dialog(path, source, MinutesParser::parse(source), nullptr, password);
        QVERIFY(!dialog.findChild<QLabel*>(QStringLiteral("pageImage"))->pixmap().isNull());

        // Cancelled: the file stays unread, with the contract's code.
        QTimer::singleShot(50, [] {
            if (auto* ask = qobject_cast<QInputDialog*>(QApplication::activeModalWidget()))
                ask->reject();
        });
        QCOMPARE(readMinutesAskingPassword(nullptr, path, QString()).errorCode, QStringLiteral("encrypted"));
    }

    // Declarations of interest: shown under their own node, each part correctable, a row that
    // should not be saved unticked, a missed one added.
    void declarationsAreReviewed()
    {
        const QString path =
            writeText(QStringLiteral("d.txt"),
                      "NORTH COUNCIL\nFAMILIES PANEL\nTuesday 5 March 2024\n\n"
                      "1.  DECLARATIONS OF INTEREST\n"
                      "Councillor Ann Bell declared a personal interest in item 2 as a foster carer.\n"
                      "Councillor Joe Hart declared a prejudicial interest in item 2 as a governor.\n\n"
                      "2.  FOSTERING\nRESOLVED that the report be noted.\n");
        const SourceDocument source = MinutesSource::read(path, QString(), QString());
        ImportReviewDialog dialog(path, source, MinutesParser::parse(source));
        auto* tree = dialog.findChild<QTreeWidget*>(QStringLiteral("reviewTree"));
        QTreeWidgetItem* group = findRow(tree, 0, QStringLiteral("Declarations of interest (2)"));
        QVERIFY(group);
        QCOMPARE(group->childCount(), 2);
        QTreeWidgetItem* bell = group->child(0);
        QCOMPARE(bell->text(0), QStringLiteral("Councillor Ann Bell"));
        QCOMPARE(bell->text(1), QStringLiteral("as a foster carer"));
        QCOMPARE(bell->text(2), QStringLiteral("personal"));
        QCOMPARE(bell->text(3), QStringLiteral("2"));
        // Unchanged, the result keeps both.
        QCOMPARE(dialog.result().declarations.size(), 2);
        // The member's name opens for editing where the clerk double-clicks.
        tree->setCurrentItem(bell, 0);
        tree->editItem(bell, 0);
        QVERIFY(tree->findChild<QLineEdit*>());
        bell->setText(0, QStringLiteral("Councillor Anne Bell"));
        bell->setText(2, QStringLiteral("personal and prejudicial"));
        group->child(1)->setCheckState(0, Qt::Unchecked);
        // A missed declaration is added below the selected one.
        tree->setCurrentItem(bell, 1);
        auto* add = dialog.findChild<QPushButton*>(QStringLiteral("addRow"));
        QVERIFY(add->isEnabled());
        add->click();
        QTreeWidgetItem* added = tree->currentItem();
        QCOMPARE(added->parent(), group);
        added->setText(0, QStringLiteral("Mr Sam Lowe"));
        added->setText(2, QStringLiteral("pecuniary"));
        const ParsedMinutes kept = dialog.result();
        QCOMPARE(kept.declarations.size(), 2);
        QCOMPARE(kept.declarations.at(0).member, QStringLiteral("Councillor Anne Bell"));
        QCOMPARE(kept.declarations.at(0).kind, QStringLiteral("personal and prejudicial"));
        QCOMPARE(kept.declarations.at(0).itemNumber, QStringLiteral("2"));
        QCOMPARE(kept.declarations.at(1).member, QStringLiteral("Mr Sam Lowe"));
        QCOMPARE(kept.declarations.at(1).kind, QStringLiteral("pecuniary"));
        const QString out = qEnvironmentVariable("SCRUTINEER_SCREENSHOTS");
        if (!out.isEmpty()) {
            dialog.resize(1400, 900);
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            tree->setCurrentItem(bell, 1);
            dialog.grab().save(out + QStringLiteral("/import-review-declarations.png"));
        }
    }

    // What the importer is unsure of is marked for the clerk to check first: an icon, a colour and
    // the word, the reason as tooltip; F8 and Next to Check go from one to the next.
    void unsureElementsAreMarkedToCheckFirst()
    {
        const QString path =
            writeText(QStringLiteral("u.txt"), "NORTH COUNCIL\nFAMILIES PANEL\nTuesday 5 March 2024\n\n"
                                               "4.  PLAN UPDATE\nRESOLVED that the update be noted.\n\n"
                                               "5.  FOSTERING\nRESOLVED that the report be noted.\n"
                                               "ACTION: Head of Fostering\n");
        const SourceDocument source = MinutesSource::read(path, QString(), QString());
        ParsedMinutes parsed = MinutesParser::parse(source);
        QCOMPARE(parsed.items.size(), 2);
        // Whatever the parser was unsure of, these two only.
        parsed.headerCertainty = parsed.attendanceCertainty = Certainty{};
        for (ParsedItem& item : parsed.items) {
            item.certainty = Certainty{};
            item.resolutionCertainty.clear();
            for (ParsedAction& a : item.actions)
                a.certainty = Certainty{};
        }
        parsed.items[0].resolutionCertainty = {
            Certainty{0.4, QStringLiteral("a sentence that reads like a decision")}};
        parsed.items[1].actions[0].certainty =
            Certainty{0.5, QStringLiteral("the owner stands at the right margin")};
        parsed.items[1].certainty = Certainty{0.9, QStringLiteral("a numbered heading")}; // sure: not marked
        ImportReviewDialog dialog(path, source, parsed);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* tree = dialog.findChild<QTreeWidget*>(QStringLiteral("reviewTree"));
        QTreeWidgetItem* resolution = findRowStarting(tree, 1, QStringLiteral("that the update be noted"));
        QTreeWidgetItem* action = findRow(tree, 0, QStringLiteral("Action"));
        QTreeWidgetItem* fostering = findRow(tree, 1, QStringLiteral("FOSTERING"));
        QVERIFY(resolution && action && fostering);
        const int check = tree->columnCount() - 1;
        QCOMPARE(tree->headerItem()->text(check), QStringLiteral("To check"));
        QCOMPARE(resolution->text(check), QStringLiteral("Check"));
        QVERIFY(!resolution->icon(check).isNull());
        QVERIFY(resolution->background(check).style() != Qt::NoBrush);
        QVERIFY2(resolution->toolTip(check).contains(QStringLiteral("reads like a decision")),
                 qPrintable(resolution->toolTip(check)));
        QCOMPARE(action->text(check), QStringLiteral("Check"));
        QVERIFY(fostering->text(check).isEmpty());
        auto* count = dialog.findChild<QLabel*>(QStringLiteral("toCheckCount"));
        QVERIFY(count && count->text().startsWith(QStringLiteral("2 elements")));
        // F8 goes to the first, then the next, then round again.
        tree->setCurrentItem(tree->topLevelItem(0));
        QTest::keyClick(&dialog, Qt::Key_F8);
        QCOMPARE(tree->currentItem(), resolution);
        QTest::keyClick(&dialog, Qt::Key_F8);
        QCOMPARE(tree->currentItem(), action);
        dialog.findChild<QPushButton*>(QStringLiteral("nextToCheck"))->click();
        QCOMPARE(tree->currentItem(), resolution);
        const QString out = qEnvironmentVariable("SCRUTINEER_SCREENSHOTS");
        if (!out.isEmpty()) {
            dialog.resize(1024, 700);
            QTest::qWait(50);
            dialog.grab().save(out + QStringLiteral("/import-review-to-check.png"));
        }
    }

    // Draft minutes are shown as such, and the clerk can say otherwise.
    void theMinutesStatusIsShownAndCanBeChanged()
    {
        const QString path =
            writeText(QStringLiteral("s.txt"), "NORTH COUNCIL\nFAMILIES PANEL\nTuesday 5 March 2024\n\n"
                                               "4.  PLAN UPDATE\nRESOLVED that the update be noted.\n");
        const SourceDocument source = MinutesSource::read(path, QString(), QString());
        ParsedMinutes parsed = MinutesParser::parse(source);
        parsed.draft = true;
        ImportReviewDialog dialog(path, source, parsed);
        auto* tree = dialog.findChild<QTreeWidget*>(QStringLiteral("reviewTree"));
        QTreeWidgetItem* status = findRow(tree, 0, QStringLiteral("Minutes"));
        QVERIFY(status);
        QVERIFY(status->text(1).startsWith(QStringLiteral("Draft")));
        QVERIFY(dialog.result().draft);
        // The status is chosen from a list.
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        tree->setCurrentItem(status, 1);
        tree->editItem(status, 1);
        auto* box = tree->findChild<QComboBox*>(QStringLiteral("statusEditor"));
        QVERIFY(box);
        box->setCurrentText(QStringLiteral("Approved"));
        tree->setCurrentItem(tree->topLevelItem(0)); // the edit is committed
        QCOMPARE(status->text(1), QStringLiteral("Approved"));
        QVERIFY(!dialog.result().draft);
    }

    // The committee the document names is matched to the one in the database (AUDIT COMMITTEE is the
    // Audit Committee), and typing the committee offers the known ones; an unknown one is marked new.
    void theCommitteeIsMatchedAndCompleted()
    {
        const QString path =
            writeText(QStringLiteral("c.txt"), "WESTBROOK COUNCIL\nAUDIT COMMITTEE\nTuesday 5 March "
                                               "2024\n\n4.  ACCOUNTS\nRESOLVED that they be noted.\n");
        const SourceDocument source = MinutesSource::read(path, QString(), QString());
        const ParsedMinutes parsed = MinutesParser::parse(source);
        QCOMPARE(parsed.committee, QStringLiteral("AUDIT COMMITTEE"));
        ImportReviewDialog dialog(path, source, parsed);
        dialog.setKnownCommittees({QStringLiteral("Cabinet"), QStringLiteral("Audit Committee"),
                                   QStringLiteral("Audit and Governance Board")});
        auto* tree = dialog.findChild<QTreeWidget*>(QStringLiteral("reviewTree"));
        QTreeWidgetItem* committee = findRow(tree, 0, QStringLiteral("Committee"));
        QCOMPARE(committee->text(1), QStringLiteral("Audit Committee"));
        QVERIFY(committee->toolTip(1).contains(QStringLiteral("AUDIT COMMITTEE")));
        QCOMPARE(dialog.result().committee, QStringLiteral("Audit Committee"));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        tree->setCurrentItem(committee, 1);
        tree->editItem(committee, 1);
        auto* editor = qobject_cast<QLineEdit*>(tree->focusWidget());
        QVERIFY(editor && editor->completer());
        editor->completer()->setCompletionPrefix(QStringLiteral("audit"));
        QCOMPARE(editor->completer()->completionCount(), 2);
        // Not one of them: marked as a new committee, to be checked.
        ImportReviewDialog other(path, source, parsed);
        other.setKnownCommittees({QStringLiteral("Cabinet")});
        QTreeWidgetItem* unknown = findRow(other.findChild<QTreeWidget*>(QStringLiteral("reviewTree")), 0,
                                           QStringLiteral("Committee"));
        QCOMPARE(unknown->text(1), QStringLiteral("AUDIT COMMITTEE"));
        QCOMPARE(unknown->text(4), QStringLiteral("New"));
    }

    // On a 1024 × 700 screen the review fits, its buttons on it.
    void fitsASmallScreen()
    {
        const QString pdf = writePdf();
        const SourceDocument source = MinutesSource::read(pdf, QString(), QString());
        ImportReviewDialog dialog(pdf, source, MinutesParser::parse(source));
        const QRect screen = QGuiApplication::primaryScreen()->availableGeometry();
        QVERIFY(dialog.width() <= screen.width() && dialog.height() <= screen.height());
        QVERIFY2(dialog.minimumSizeHint().width() <= 1024 && dialog.minimumSizeHint().height() <= 700,
                 qPrintable(QStringLiteral("%1x%2")
                                .arg(dialog.minimumSizeHint().width())
                                .arg(dialog.minimumSizeHint().height())));
        dialog.resize(1024, 700);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.size(), QSize(1024, 700));
        for (QPushButton* b : dialog.findChildren<QPushButton*>()) {
            if (!b->isVisible())
                continue;
            const QRect r(b->mapTo(&dialog, QPoint(0, 0)), b->size());
            QVERIFY2(dialog.rect().contains(r), qPrintable(b->text()));
        }
        QVERIFY(dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save)->isVisible());
        QVERIFY(dialog.findChild<QTreeWidget*>(QStringLiteral("reviewTree"))->height() > 250);
        const QString out = qEnvironmentVariable("SCRUTINEER_SCREENSHOTS");
        if (!out.isEmpty())
            dialog.grab().save(out + QStringLiteral("/import-review-1024x700.png"));
    }

    // The review of real documents, drawn by the importer's renderer from the bytes read once.
    void screenshotsOfRealDocuments_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("shot");
        QTest::newRow("merton") << "real/merton-audit-committee-2009-agenda-pack.pdf"
                                << "import-review.png";
        QTest::newRow("kent") << "real/kent-county-council-2024-12-19.pdf"
                              << "import-review-kent.png";
        QTest::newRow("sutton") << "real/sutton-coldfield-tc-amenities-leisure-community-2018-03-13.pdf"
                                << "import-review-sutton.png";
    }
    void screenshotsOfRealDocuments()
    {
        QFETCH(QString, file);
        QFETCH(QString, shot);
        const QString pdf = corpusFile(file);
        if (pdf.isEmpty())
            QSKIP("the shared corpus is not beside the project");
        const SourceDocument source = MinutesSource::read(pdf, QString(), QString());
        QVERIFY2(source.ok(), qPrintable(source.message));
        ImportReviewDialog dialog(pdf, source, MinutesParser::parse(source));
        dialog.setKnownCommittees({QStringLiteral("Cabinet"), QStringLiteral("Audit Committee")});
        dialog.resize(1280, 800);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* tree = dialog.findChild<QTreeWidget*>(QStringLiteral("reviewTree"));
        if (QTreeWidgetItem* r = findRowStarting(tree, 0, QStringLiteral("Resolution")))
            tree->setCurrentItem(r);
        else if (tree->topLevelItemCount() > 4)
            tree->setCurrentItem(tree->topLevelItem(4));
        QVERIFY(dialog.shownPage() >= 1);
        QVERIFY(!dialog.findChild<QLabel*>(QStringLiteral("pageImage"))->pixmap().isNull());
        const QString out = qEnvironmentVariable("SCRUTINEER_SCREENSHOTS");
        if (!out.isEmpty())
            dialog.grab().save(out + QLatin1Char('/') + shot);
    }
};

QTEST_MAIN(TestImportReviewDialog)
#include "TestImportReviewDialog.moc"
