// The indicator catalogue as officers edit it and members read it: filter, sort, save (audited),
// refusals from the store shown in the dialog, worked-out formulas read-only.
#include "gui/IndicatorCatalogueDialog.h"
#include "store/Database.h"
#include "store/DemoData.h"
#include "store/StoreSql.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QTableView>
#include <QTest>

class TestIndicatorCatalogueDialog : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        m_db = Database::open(QStringLiteral(":memory:"), QStringLiteral("admin"));
        DemoData::create(*m_db);
    }

    void listsEveryIndicatorSortableAndFilterable()
    {
        m_db->signIn(QStringLiteral("p.officer"));
        IndicatorCatalogueDialog dialog(*m_db);
        auto* table = dialog.findChild<QTableView*>(QStringLiteral("catalogueTable"));
        auto* filter = dialog.findChild<QLineEdit*>(QStringLiteral("catalogueFilter"));
        QVERIFY(table && filter);
        const int all = StoreSql::scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM indicators")).toInt();
        QCOMPARE(table->model()->rowCount(), all);
        QTest::keyClicks(filter, QStringLiteral("vacanc"));
        QCOMPARE(table->model()->rowCount(), 2); // vacancies and the vacancy rate
        filter->clear();
        QCOMPARE(table->model()->rowCount(), all);
        table->sortByColumn(0, Qt::AscendingOrder);
        QStringList names;
        for (int r = 0; r < table->model()->rowCount(); ++r)
            names << table->model()->index(r, 0).data().toString();
        QStringList sorted = names;
        std::sort(sorted.begin(), sorted.end(),
                  [](const QString& a, const QString& b) { return a.compare(b, Qt::CaseInsensitive) < 0; });
        QCOMPARE(names, sorted);
        // The caseload shows its target as G and A bands.
        QVERIFY(dialog.selectIndicator(QStringLiteral("caseload_average")));
        const QModelIndex current = table->currentIndex();
        QCOMPARE(table->model()->index(current.row(), 4).data().toString(),
                 QStringLiteral("G 11–15, A 0–18"));
    }

    void anOfficerEditsAndSavesWithAnAuditTrail()
    {
        m_db->signIn(QStringLiteral("p.officer"));
        IndicatorCatalogueDialog dialog(*m_db);
        QVERIFY(dialog.isEditable());
        QVERIFY(dialog.selectIndicator(QStringLiteral("permanent_staff_pct")));
        auto* name = dialog.findChild<QLineEdit*>(QStringLiteral("nameEdit"));
        auto* greenLow = dialog.findChild<QLineEdit*>(QStringLiteral("greenLowEdit"));
        auto* save = dialog.findChild<QPushButton*>(QStringLiteral("saveButton"));
        auto* priorities = dialog.findChild<QListWidget*>(QStringLiteral("priorityList"));
        QVERIFY(name && greenLow && save && priorities);
        QCOMPARE(greenLow->text(), QStringLiteral("95"));
        QVERIFY(!save->isEnabled()); // nothing changed yet
        name->selectAll();
        QTest::keyClicks(name, QStringLiteral("Permanent social workers (FTE)"));
        greenLow->selectAll();
        QTest::keyClicks(greenLow, QStringLiteral("90"));
        QVERIFY(save->isEnabled());
        // Link priority 5 as well.
        QListWidgetItem* five = nullptr;
        for (int r = 0; r < priorities->count(); ++r)
            if (priorities->item(r)->text().startsWith(QStringLiteral("Priority 5:")))
                five = priorities->item(r);
        QVERIFY(five);
        five->setCheckState(Qt::Checked);
        QTest::mouseClick(save, Qt::LeftButton);
        QVERIFY(dialog.changed());
        QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("catalogueMessage"))
                    ->text()
                    .contains(QStringLiteral("saved")));
        QCOMPARE(StoreSql::scalar(
                     *m_db, QStringLiteral("SELECT name FROM indicators WHERE key = 'permanent_staff_pct'"))
                     .toString(),
                 QStringLiteral("Permanent social workers (FTE)"));
        QCOMPARE(
            StoreSql::scalar(
                *m_db, QStringLiteral("SELECT green_low FROM indicators WHERE key = 'permanent_staff_pct'"))
                .toDouble(),
            90.0);
        QCOMPARE(StoreSql::scalar(
                     *m_db,
                     QStringLiteral("SELECT COUNT(*) FROM indicator_priorities ip JOIN priorities p ON p.id "
                                    "= ip.priority_id JOIN indicators i ON i.id = ip.indicator_id WHERE "
                                    "i.key = 'permanent_staff_pct' AND p.number = 5"))
                     .toInt(),
                 1);
        QCOMPARE(StoreSql::scalar(
                     *m_db,
                     QStringLiteral("SELECT login FROM audit_log WHERE table_name = 'indicators' AND field = "
                                    "'green_low'"))
                     .toString(),
                 QStringLiteral("p.officer"));
        QVERIFY(!save->isEnabled());
    }

    void badBandsAreRefusedInPlaceAndTheTypingKept()
    {
        m_db->signIn(QStringLiteral("p.officer"));
        IndicatorCatalogueDialog dialog(*m_db);
        QVERIFY(dialog.selectIndicator(QStringLiteral("caseload_average")));
        auto* amberHigh = dialog.findChild<QLineEdit*>(QStringLiteral("amberHighEdit"));
        amberHigh->selectAll();
        QTest::keyClicks(amberHigh, QStringLiteral("14"));
        QVERIFY(!dialog.save());
        const QString message = dialog.findChild<QLabel*>(QStringLiteral("catalogueMessage"))->text();
        QVERIFY2(message.contains(QStringLiteral("must include")), qPrintable(message));
        QCOMPARE(amberHigh->text(), QStringLiteral("14"));
        QCOMPARE(
            StoreSql::scalar(
                *m_db, QStringLiteral("SELECT amber_high FROM indicators WHERE key = 'caseload_average'"))
                .toDouble(),
            18.0);
        dialog.revert();
        QCOMPARE(amberHigh->text(), QStringLiteral("18"));
    }

    void aConflictShowsTheStoresMessage()
    {
        m_db->signIn(QStringLiteral("p.officer"));
        IndicatorCatalogueDialog dialog(*m_db);
        QVERIFY(dialog.selectIndicator(QStringLiteral("referrals")));
        // Someone else changes the same indicator after the dialog read it.
        m_db->signIn(QStringLiteral("admin"));
        m_db->update(
            QStringLiteral("indicators"),
            StoreSql::scalar(*m_db, QStringLiteral("SELECT id FROM indicators WHERE key = 'referrals'"))
                .toLongLong(),
            {{QStringLiteral("source"), QStringLiteral("CIN census")}});
        m_db->signIn(QStringLiteral("p.officer"));
        auto* name = dialog.findChild<QLineEdit*>(QStringLiteral("nameEdit"));
        name->selectAll();
        QTest::keyClicks(name, QStringLiteral("Referrals"));
        QVERIFY(!dialog.save());
        const QString message = dialog.findChild<QLabel*>(QStringLiteral("catalogueMessage"))->text();
        QVERIFY2(message.contains(QStringLiteral("admin changed this record")), qPrintable(message));
        QCOMPARE(name->text(), QStringLiteral("Referrals")); // what was typed is kept
        QCOMPARE(
            StoreSql::scalar(*m_db, QStringLiteral("SELECT name FROM indicators WHERE key = 'referrals'"))
                .toString(),
            QStringLiteral("Referrals to children's social care"));
    }

    void workedOutIndicatorsShowTheirFormulaReadOnly()
    {
        m_db->signIn(QStringLiteral("p.officer"));
        IndicatorCatalogueDialog dialog(*m_db);
        QVERIFY(dialog.selectIndicator(QStringLiteral("vacancy_rate")));
        auto* formula = dialog.findChild<QLabel*>(QStringLiteral("formulaLabel"));
        QVERIFY(formula->text().contains(QStringLiteral("vacancies / (vacancies + fte_in_post) * 100")));
        QVERIFY(formula->text().contains(QStringLiteral("never typed")));
        // No editor for the formula anywhere in the dialog.
        for (auto* edit : dialog.findChildren<QLineEdit*>())
            QVERIFY(!edit->text().contains(QStringLiteral("fte_in_post")));
        saveShot(dialog, QStringLiteral("indicator-catalogue.png"));
    }

    // At the size it opens at on a screen with room for it (1300×720), the list shows every column,
    // Target and Priorities included, without a horizontal scroll. (On a smaller screen the dialog
    // opens smaller, fitting the screen, and the list scrolls.)
    void theListShowsEveryColumnAtItsDefaultSize()
    {
        m_db->signIn(QStringLiteral("p.officer"));
        IndicatorCatalogueDialog dialog(*m_db);
        dialog.resize(1300, 720);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* table = dialog.findChild<QTableView*>(QStringLiteral("catalogueTable"));
        QVERIFY(table);
        const int width = table->viewport()->width();
        for (int c = 0; c < table->model()->columnCount(); ++c) {
            const QString title = table->model()->headerData(c, Qt::Horizontal).toString();
            const int right = table->horizontalHeader()->sectionViewportPosition(c) +
                              table->horizontalHeader()->sectionSize(c);
            QVERIFY2(right <= width,
                     qPrintable(
                         QStringLiteral("%1 ends at %2 in a list %3 wide").arg(title).arg(right).arg(width)));
        }
        QCOMPARE(table->horizontalScrollBar()->maximum(), 0);
        // Every target is shown whole.
        const QFontMetrics metrics(table->font());
        for (int r = 0; r < table->model()->rowCount(); ++r) {
            const QString target = table->model()->index(r, 4).data().toString();
            QVERIFY2(metrics.horizontalAdvance(target) < table->columnWidth(4), qPrintable(target));
        }
        const QString dir = qEnvironmentVariable("SCRUTINEER_SCREENSHOTS");
        if (!dir.isEmpty())
            dialog.grab().save(QDir(dir).filePath(QStringLiteral("indicator-catalogue-default.png")));
    }

    void membersAndClerksReadOnly()
    {
        for (const QString& login : {QStringLiteral("cllr.member"), QStringLiteral("a.clerk")}) {
            m_db->signIn(login);
            IndicatorCatalogueDialog dialog(*m_db);
            QVERIFY(!dialog.isEditable());
            QVERIFY(dialog.selectIndicator(QStringLiteral("caseload_average")));
            QVERIFY(dialog.findChild<QLineEdit*>(QStringLiteral("nameEdit"))->isReadOnly());
            QVERIFY(dialog.findChild<QPlainTextEdit*>(QStringLiteral("definitionEdit"))->isReadOnly());
            QVERIFY(!dialog.findChild<QComboBox*>(QStringLiteral("unitBox"))->isEnabled());
            QVERIFY(dialog.findChild<QPushButton*>(QStringLiteral("saveButton"))->isHidden());
            QVERIFY(!(dialog.findChild<QListWidget*>(QStringLiteral("priorityList"))->item(0)->flags() &
                      Qt::ItemIsUserCheckable));
            QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("catalogueMessage"))
                        ->text()
                        .contains(QStringLiteral("read")));
            // Even if asked, the store refuses (the demo's own load is in the trail already).
            const int audited =
                StoreSql::scalar(
                    *m_db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE table_name = 'indicators'"))
                    .toInt();
            QVERIFY(!dialog.save());
            QCOMPARE(
                StoreSql::scalar(
                    *m_db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE table_name = 'indicators'"))
                    .toInt(),
                audited);
        }
    }

private:
    static void saveShot(QWidget& w, const QString& name)
    {
        const QString dir = qEnvironmentVariable("SCRUTINEER_SCREENSHOTS");
        if (dir.isEmpty())
            return;
        w.resize(1300, 720);
        w.show();
        QTest::qWait(50);
        w.grab().save(QDir(dir).filePath(name));
    }

    std::unique_ptr<Database> m_db;
};

QTEST_MAIN(TestIndicatorCatalogueDialog)
#include "TestIndicatorCatalogueDialog.moc"
