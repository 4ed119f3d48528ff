// The CSV import preview: every error listed with its line and column, Import refused while there is
// one, nothing saved; a good file shows its rows and imports them all.
#include "gui/FigureImportDialog.h"
#include "store/Database.h"
#include "store/DemoData.h"
#include "store/StoreSql.h"

#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

class TestFigureImportDialog : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        m_db = Database::open(QStringLiteral(":memory:"), QStringLiteral("admin"));
        DemoData::create(*m_db);
        m_db->signIn(QStringLiteral("p.officer"));
        QVERIFY(m_dir.isValid());
        m_before = figures();
    }

    void badRowsAreListedByLineAndNothingIsSaved()
    {
        const QString file =
            write(QStringLiteral("bad.csv"), "period,team,indicator,value\n"
                                             "2018-07,Referral and Assessment,referrals,241\n"
                                             "2018-07,Referral and Assessment,referrals,-5\n"
                                             "2018-07,Nowhere Team,referrals,12\n"
                                             "\"2018-13\",Referral and Assessment,permanent_staff_pct,85\n"
                                             "2018-08,Referral and Assessment,caseload_average,14\n");
        FigureImportDialog dialog(*m_db);
        dialog.setFile(file);
        auto* errors = dialog.findChild<QTableWidget*>(QStringLiteral("importErrors"));
        auto* rows = dialog.findChild<QTableWidget*>(QStringLiteral("importRows"));
        auto* import = dialog.findChild<QPushButton*>(QStringLiteral("importButton"));
        auto* summary = dialog.findChild<QLabel*>(QStringLiteral("importSummary"));
        QVERIFY(errors && rows && import && summary);
        QCOMPARE(errors->rowCount(), 4);
        QCOMPARE(errorAt(errors, 0), QStringLiteral("3|value"));
        QCOMPARE(errorAt(errors, 1), QStringLiteral("4|team"));
        QCOMPARE(errorAt(errors, 2), QStringLiteral("5|period"));
        QCOMPARE(errorAt(errors, 3), QStringLiteral("6|indicator"));
        QVERIFY(errors->item(1, 2)->text().contains(QStringLiteral("Nowhere Team")));
        QVERIFY(errors->item(3, 2)->text().contains(QStringLiteral("worked out")));
        // The good line is previewed, but Import is refused while any error stands.
        QCOMPARE(rows->rowCount(), 1);
        QCOMPARE(rows->item(0, 0)->text(), QStringLiteral("2"));
        QCOMPARE(rows->item(0, 1)->text(), QStringLiteral("July 2018"));
        QVERIFY(!import->isEnabled());
        QVERIFY(summary->text().contains(QStringLiteral("4 errors")));
        saveShot(dialog, QStringLiteral("figure-import-errors.png"));
        QTest::mouseClick(import, Qt::LeftButton);
        QCOMPARE(dialog.importedCount(), 0);
        QCOMPARE(figures(), m_before);
    }

    void vacanciesAboveTheirPostsAreShownBeforeImport()
    {
        const QString file = write(QStringLiteral("posts.csv"),
                                   "period,team,indicator,value\n"
                                   "2018-07,Children's Social Care (all teams),vacancies,20\n"
                                   "2018-07,Children's Social Care (all teams),established_posts,18\n");
        FigureImportDialog dialog(*m_db);
        dialog.setFile(file);
        auto* errors = dialog.findChild<QTableWidget*>(QStringLiteral("importErrors"));
        QCOMPARE(errors->rowCount(), 2);
        QCOMPARE(errorAt(errors, 0), QStringLiteral("2|value"));
        QCOMPARE(errorAt(errors, 1), QStringLiteral("3|value"));
        QVERIFY(errors->item(0, 2)->text().contains(QStringLiteral("established posts")));
        QVERIFY(!dialog.findChild<QPushButton*>(QStringLiteral("importButton"))->isEnabled());
    }

    void aGoodFileImportsEveryRow()
    {
        const QString file =
            write(QStringLiteral("good.csv"),
                  "Period,Team,Indicator,Value,Note\n"
                  "2018-07,Referral and Assessment,referrals,241,\n"
                  "2018-07,Children's Social Care (all teams),permanent_staff_pct,85%,\"July, "
                  "after the recruitment day\"\n");
        FigureImportDialog dialog(*m_db);
        dialog.setFile(file);
        auto* rows = dialog.findChild<QTableWidget*>(QStringLiteral("importRows"));
        auto* import = dialog.findChild<QPushButton*>(QStringLiteral("importButton"));
        QCOMPARE(rows->rowCount(), 2);
        QCOMPARE(rows->item(1, 3)->text(), QStringLiteral("Permanent social workers"));
        QCOMPARE(rows->item(1, 5)->text(), QStringLiteral("July, after the recruitment day"));
        QVERIFY(dialog.findChild<QTableWidget*>(QStringLiteral("importErrors"))->rowCount() == 0);
        QVERIFY(import->isEnabled());
        QTest::mouseClick(import, Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.importedCount(), 2);
        QCOMPARE(figures(), m_before + 2);
        QCOMPARE(StoreSql::scalar(
                     *m_db, QStringLiteral("SELECT entered_by FROM indicator_values WHERE note LIKE 'July%'"))
                     .toString(),
                 QStringLiteral("p.officer"));
    }

    void membersSeeThePreviewButCannotImport()
    {
        m_db->signIn(QStringLiteral("cllr.member"));
        const QString file =
            write(QStringLiteral("member.csv"),
                  "period,team,indicator,value\n2018-07,Referral and Assessment,referrals,241\n");
        FigureImportDialog dialog(*m_db);
        dialog.setFile(file);
        QCOMPARE(dialog.findChild<QTableWidget*>(QStringLiteral("importRows"))->rowCount(), 1);
        QVERIFY(!dialog.findChild<QPushButton*>(QStringLiteral("importButton"))->isEnabled());
        QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("importSummary"))
                    ->text()
                    .contains(QStringLiteral("officer")));
    }

    void aFileThatCannotBeReadSaysSo()
    {
        FigureImportDialog dialog(*m_db);
        dialog.setFile(m_dir.filePath(QStringLiteral("missing.csv")));
        QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("importSummary"))
                    ->text()
                    .contains(QStringLiteral("could not be read")));
        QVERIFY(!dialog.findChild<QPushButton*>(QStringLiteral("importButton"))->isEnabled());
    }

private:
    static void saveShot(QWidget& w, const QString& name)
    {
        const QString dir = qEnvironmentVariable("SCRUTINEER_SCREENSHOTS");
        if (dir.isEmpty())
            return;
        w.show();
        QTest::qWait(50);
        w.grab().save(QDir(dir).filePath(name));
    }
    static QString errorAt(QTableWidget* t, int row)
    {
        return t->item(row, 0)->text() + QLatin1Char('|') + t->item(row, 1)->text();
    }
    QString write(const QString& name, const char* text)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (f.open(QIODevice::WriteOnly))
            f.write(text);
        return path;
    }
    int figures() const
    {
        return StoreSql::scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM indicator_values")).toInt();
    }

    std::unique_ptr<Database> m_db;
    QTemporaryDir m_dir;
    int m_before = 0;
};

QTEST_MAIN(TestFigureImportDialog)
#include "TestFigureImportDialog.moc"
