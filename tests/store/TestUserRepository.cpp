#include "TestStore.h"
#include "store/Database.h"
#include "store/UserRepository.h"

#include <QTest>

class TestUserRepository : public QObject
{
    Q_OBJECT
private slots:
    void administratorManagesRoles()
    {
        auto db = TestStore::open(QStringLiteral("admin"));
        UserRepository repo(*db);
        const qint64 person =
            db->insert(QStringLiteral("people"), {{QStringLiteral("name"), QStringLiteral("Kerry Nicholls")},
                                                  {QStringLiteral("kind"), QStringLiteral("officer")}});
        repo.add(QStringLiteral("k.nicholls"), Role::Clerk, person);
        const auto users = repo.users();
        QCOMPARE(users.size(), 2);
        const auto clerk = users.at(1);
        QCOMPARE(clerk.login, QStringLiteral("k.nicholls"));
        QCOMPARE(clerk.role, Role::Clerk);
        QCOMPARE(clerk.personName, QStringLiteral("Kerry Nicholls"));
        db->signIn(QStringLiteral("k.nicholls"));
        QCOMPARE(db->role(), Role::Clerk);
        QCOMPARE(db->personId(), person);
        // A clerk cannot make herself an administrator.
        auto promoted = clerk;
        promoted.role = Role::Administrator;
        QVERIFY_THROWS_EXCEPTION(StoreError, repo.change(promoted));
        QCOMPARE(repo.users().at(1).role, Role::Clerk);
    }

    void theLastAdministratorStays()
    {
        auto db = TestStore::open(QStringLiteral("admin"));
        UserRepository repo(*db);
        auto admin = repo.users().first();
        admin.role = Role::Member;
        try {
            repo.change(admin);
            QFAIL("the only administrator was demoted");
        } catch (const StoreError& e) {
            QVERIFY(e.message().contains(QStringLiteral("only administrator")));
        }
        QVERIFY_THROWS_EXCEPTION(StoreError, repo.remove(repo.users().first()));
        QCOMPARE(db->role(), Role::Administrator);
    }
};

QTEST_GUILESS_MAIN(TestUserRepository)
#include "TestUserRepository.moc"
