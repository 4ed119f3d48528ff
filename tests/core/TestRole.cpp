#include "core/Role.h"

#include <QTest>

class TestRole : public QObject
{
    Q_OBJECT
private slots:
    void codesRoundTrip()
    {
        for (Role r : {Role::Member, Role::Clerk, Role::Officer, Role::Administrator}) {
            bool ok = false;
            QCOMPARE(Roles::fromCode(Roles::code(r), &ok), r);
            QVERIFY(ok);
        }
        bool ok = true;
        QCOMPARE(Roles::fromCode(QStringLiteral("superuser"), &ok), Role::Member);
        QVERIFY(!ok);
    }

    void whatEachRoleMayDo()
    {
        // A member changes no rating and records no minutes, but keeps notes.
        QVERIFY(!Roles::mayChangeRatings(Role::Member));
        QVERIFY(!Roles::mayRecordMinutes(Role::Member));
        QVERIFY(!Roles::mayEnterFigures(Role::Member));
        QVERIFY(Roles::mayWrite(Role::Member, QStringLiteral("notes")));
        // An officer records no resolution, but rates milestones and enters figures.
        QVERIFY(!Roles::mayRecordMinutes(Role::Officer));
        QVERIFY(Roles::mayChangeRatings(Role::Officer));
        QVERIFY(Roles::mayEnterFigures(Role::Officer));
        // A clerk records minutes and may change ratings, but enters no figures.
        QVERIFY(Roles::mayRecordMinutes(Role::Clerk));
        QVERIFY(Roles::mayChangeRatings(Role::Clerk));
        QVERIFY(!Roles::mayEnterFigures(Role::Clerk));
        // Only the administrator manages users.
        QVERIFY(Roles::mayWrite(Role::Administrator, QStringLiteral("users")));
        QVERIFY(!Roles::mayWrite(Role::Clerk, QStringLiteral("users")));
        QVERIFY(!Roles::mayWrite(Role::Officer, QStringLiteral("audit_log")));
    }
};

QTEST_GUILESS_MAIN(TestRole)
#include "TestRole.moc"
