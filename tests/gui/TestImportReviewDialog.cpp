// The review step: what was parsed is shown for correction, and only what the clerk keeps is saved.
#include "gui/ImportReviewDialog.h"
#include "importer/MinutesParser.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

class TestImportReviewDialog : public QObject
{
    Q_OBJECT
private slots:
    void clerkCorrectsAndLeavesOut()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("m.txt"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("NORTH COUNCIL\nFAMILIES PANEL\nTuesday 5 March 2024\n\n"
                "4.  PLAN UPDATE\nMembers agreed to circulate the audit following the meeting.\n\n"
                "RESOLVED that:\n(1) the update be noted;\n(2) figures come monthly.\nACTION: Head of Performance\n");
        f.close();
        const SourceDocument source = MinutesSource::read(path, QString(), QString());
        QVERIFY(source.ok());
        const ParsedMinutes parsed = MinutesParser::parse(source);
        ImportReviewDialog dialog(path, source, parsed);
        auto* tree = dialog.findChild<QTreeWidget*>(QStringLiteral("reviewTree"));
        QVERIFY(tree);
        QTreeWidgetItem* item = nullptr;
        for (int i = 0; i < tree->topLevelItemCount(); ++i)
            if (tree->topLevelItem(i)->text(1) == QLatin1String("PLAN UPDATE"))
                item = tree->topLevelItem(i);
        QVERIFY(item);
        // Nothing changed: the result is what was parsed, suggestions left out until accepted.
        ParsedMinutes kept = dialog.result();
        QCOMPARE(kept.items.size(), 1);
        QCOMPARE(kept.items.first().resolutions.size(), 2);
        QCOMPARE(kept.items.first().actions.size(), 2);
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

    void screenshotOfAPdfReview()
    {
        const QString pdf = QStringLiteral(SCRUTINEER_SOURCE_DIR "/../shared/corpus/minutes/eastmere-childrens-scrutiny-2024-03-12.moderngov.pdf");
        if (!QFile::exists(pdf))
            QSKIP("the shared corpus is not beside the project");
        const SourceDocument source = MinutesSource::read(pdf, QString(), QString());
        ImportReviewDialog dialog(pdf, source, MinutesParser::parse(source));
        dialog.resize(1300, 850);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QString out = qEnvironmentVariable("SCRUTINEER_SCREENSHOTS");
        if (!out.isEmpty())
            dialog.grab().save(out + QStringLiteral("/import-review.png"));
    }
};

QTEST_MAIN(TestImportReviewDialog)
#include "TestImportReviewDialog.moc"
