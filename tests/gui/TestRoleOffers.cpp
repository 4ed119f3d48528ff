// The GUI offers only what the signed-in role may do.
#include "gui/MainWindow.h"
#include "gui/Page.h"
#include "store/Database.h"
#include "store/DemoData.h"

#include <QAbstractItemView>
#include <QAction>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

class TestRoleOffers : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        qputenv("XDG_CONFIG_HOME", m_dir.filePath(QStringLiteral("config")).toUtf8());
        m_db = m_dir.filePath(QStringLiteral("demo.sqlite"));
        auto db = Database::open(m_db, QStringLiteral("admin"));
        DemoData::create(*db);
    }

    void memberMayNotChangeRatingsOrFigures()
    {
        qputenv("SCRUTINEER_LOGIN", "cllr.member");
        MainWindow window;
        QVERIFY(window.openDatabase(m_db));
        QCOMPARE(window.database()->role(), Role::Member);
        QVERIFY(!changeRatingButton(window)->isVisibleTo(window.page(PageId::Plan)));
        QVERIFY(!figuresEditable(window));
        QVERIFY(!usersAction(window)->isVisible());
    }

    void officerChangesRatingsAndEntersFigures()
    {
        qputenv("SCRUTINEER_LOGIN", "p.officer");
        MainWindow window;
        QVERIFY(window.openDatabase(m_db));
        QCOMPARE(window.database()->role(), Role::Officer);
        QVERIFY(changeRatingButton(window)->isVisibleTo(window.page(PageId::Plan)));
        QVERIFY(figuresEditable(window));
        QVERIFY(!usersAction(window)->isVisible());
    }

    void administratorManagesUsers()
    {
        qputenv("SCRUTINEER_LOGIN", "admin");
        MainWindow window;
        QVERIFY(window.openDatabase(m_db));
        QVERIFY(usersAction(window)->isVisible());
    }

private:
    static QPushButton* changeRatingButton(MainWindow& w)
    {
        return w.page(PageId::Plan)->findChild<QPushButton*>(QStringLiteral("changeRating"));
    }
    static bool figuresEditable(MainWindow& w)
    {
        auto* grid = w.page(PageId::Figures)->findChild<QTableView*>(QStringLiteral("figuresGrid"));
        if (!grid || !grid->model())
            return false;
        // The first row that is typed, not worked out, in the latest month.
        for (int r = 0; r < grid->model()->rowCount(); ++r) {
            const QModelIndex i = grid->model()->index(r, grid->model()->columnCount() - 1);
            if (!grid->model()->headerData(r, Qt::Vertical).toString().contains(QStringLiteral("worked out")))
                return i.flags() & Qt::ItemIsEditable;
        }
        return false;
    }
    static QAction* usersAction(MainWindow& w)
    {
        for (auto* a : w.findChildren<QAction*>())
            if (a->text().contains(QStringLiteral("Users and Roles")))
                return a;
        return nullptr;
    }

    QTemporaryDir m_dir;
    QString m_db;
};

QTEST_MAIN(TestRoleOffers)
#include "TestRoleOffers.moc"
