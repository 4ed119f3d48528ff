// The shared server's own behaviour: what a person sees when the server is down, the password is
// wrong or the schema is newer; the roles enforced by the server itself, for anyone connecting
// with the plain psql client; the audit trail written by the server and kept from change; a
// connection lost and made again. Runs on the test server only (ctest: TestServer.postgres).
#include "TestStore.h"
#include "store/MeetingRepository.h"
#include "store/MinutesImport.h"
#include "store/StoreSql.h"
#include "store/UserRepository.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

QString s(const char* text)
{
    return QString::fromUtf8(text);
}

const QString kPassword = s("correct-horse-9");

// A database with a committee, a meeting with an item, a milestone to rate, an indicator and a
// login of each role (with a password), opened as its administrator.
struct Committee
{
    QString location;
    std::unique_ptr<Database> db;
    qint64 meeting = 0;
    qint64 item = 0;
    qint64 indicator = 0;
    qint64 team = 0;

    Committee()
    {
        location = TestStore::newLocation();
        db = Database::open(location, s("admin"));
        const qint64 committee =
            db->insert(s("committees"), {{s("name"), s("Children's Services Scrutiny")}});
        meeting = db->insert(s("meetings"),
                             {{s("committee_id"), committee}, {s("starts_at"), s("2016-12-06T19:00")}});
        item =
            db->insert(s("agenda_items"), {{s("meeting_id"), meeting}, {s("title"), s("Improvement plan")}});
        indicator =
            db->insert(s("indicators"),
                       {{s("key"), s("caseload")}, {s("name"), s("Caseload")}, {s("unit"), s("number")}});
        team = db->insert(s("teams"), {{s("name"), s("Assessment")}});
        UserRepository users(*db);
        for (const auto& [login, role] :
             {std::pair{"cllr.member", Role::Member}, std::pair{"a.clerk", Role::Clerk},
              std::pair{"p.officer", Role::Officer}, std::pair{"admin", Role::Administrator}}) {
            if (role != Role::Administrator)
                users.add(s(login), role, 0);
            users.setPassword(s(login), kPassword);
        }
    }

    // The address with which `login` connects with psql.
    QString urlAs(const QString& login, const QString& password = kPassword) const
    {
        ServerAddress a = *ServerAddress::parse(location);
        a.user = login;
        a.password = password;
        return a.url(true);
    }

    int auditRows() const { return StoreSql::scalar(*db, s("SELECT COUNT(*) FROM audit_log")).toInt(); }
};

StoreError openingError(const QString& url)
{
    try {
        Database::open(url);
    } catch (const StoreError& e) {
        return e;
    }
    return StoreError(StoreError::Kind::Failed, s("it opened"));
}

} // namespace

class TestServer : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        if (!TestStore::onServer())
            QFAIL("TestServer runs against the test server only (SCRUTINEER_TEST_ENGINE=postgres).");
    }

    void aNewServerDatabaseIsSetUpWithItsRoles()
    {
        Committee c;
        QCOMPARE(c.db->schemaVersion(), Database::latestSchemaVersion());
        QCOMPARE(c.db->role(), Role::Administrator);
        QVERIFY(c.db->isServer());
        // Each Scrutineer role has its server role, and each login is a member of its own.
        QCOMPARE(StoreSql::scalar(*c.db, s("SELECT COUNT(*) FROM server_roles")).toInt(), 4);
        QVERIFY(
            StoreSql::scalar(
                *c.db,
                s("SELECT pg_has_role('a.clerk', (SELECT pg_role FROM server_roles WHERE role = 'clerk'), "
                  "'MEMBER')"))
                .toBool());
        QVERIFY(!StoreSql::scalar(
                     *c.db, s("SELECT pg_has_role('a.clerk', (SELECT pg_role FROM server_roles WHERE role = "
                              "'officer'), 'MEMBER')"))
                     .toBool());
    }

    void changingARoleMovesTheLoginsServerRole()
    {
        Committee c;
        UserRepository users(*c.db);
        for (UserRepository::User u : users.users()) {
            if (u.login != s("a.clerk"))
                continue;
            u.role = Role::Officer;
            users.change(u);
        }
        QString out;
        QCOMPARE(TestStore::psql(
                     c.urlAs(s("a.clerk")),
                     s("INSERT INTO indicator_values (indicator_id, team_id, period, value) VALUES (%1, %2, "
                       "'2016-11', 14);")
                         .arg(c.indicator)
                         .arg(c.team),
                     &out),
                 0);
        QVERIFY(TestStore::psql(c.urlAs(s("a.clerk")), s("UPDATE meetings SET venue = 'x';"), &out) != 0);
    }

    void newerSchemaIsRefusedUntouched()
    {
        Committee c;
        const int future = Database::latestSchemaVersion() + 1;
        TestStore::execAsOwner(*c.db, s("UPDATE schema_version SET version = %1").arg(future));
        const StoreError e = openingError(c.location);
        QCOMPARE(e.kind(), StoreError::Kind::TooNew);
        QVERIFY2(e.message().contains(s("newer version")), qPrintable(e.message()));
        QCOMPARE(StoreSql::scalar(*c.db, s("SELECT version FROM schema_version")).toInt(), future);
        QCOMPARE(StoreSql::scalar(*c.db, s("SELECT COUNT(*) FROM meetings")).toInt(), 1);
    }

    void wrongPasswordIsRefusedWithAMessage()
    {
        Committee c;
        const StoreError e = openingError(c.urlAs(s("a.clerk"), s("not-the-password")));
        QCOMPARE(e.kind(), StoreError::Kind::Authentication);
        QVERIFY2(e.message().contains(s("refused the password")) && e.message().contains(s("a.clerk")),
                 qPrintable(e.message()));
        // The right one opens it, as the clerk.
        auto db = Database::open(c.urlAs(s("a.clerk")));
        QCOMPARE(db->login(), s("a.clerk"));
        QCOMPARE(db->role(), Role::Clerk);
    }

    void aMissingPasswordIsAskedFor()
    {
        Committee c;
        qputenv("PGPASSFILE", "/nonexistent/pgpass");
        const StoreError e = openingError(c.urlAs(s("a.clerk"), QString()));
        qunsetenv("PGPASSFILE");
        QCOMPARE(e.kind(), StoreError::Kind::Authentication);
        QVERIFY2(e.message().contains(s("asks for the password")), qPrintable(e.message()));
    }

    void thePasswordMayComeFromPgpass()
    {
        Committee c;
        QTemporaryDir dir;
        const ServerAddress a = *ServerAddress::parse(c.location);
        QFile pgpass(dir.filePath(s("pgpass")));
        QVERIFY(pgpass.open(QIODevice::WriteOnly));
        pgpass.write(s("%1:%2:%3:a.clerk:%4\n").arg(a.host).arg(a.port).arg(a.database, kPassword).toUtf8());
        pgpass.close();
        pgpass.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        qputenv("PGPASSFILE", pgpass.fileName().toLocal8Bit());
        std::unique_ptr<Database> db;
        try {
            db = Database::open(c.urlAs(s("a.clerk"), QString()));
        } catch (const StoreError& e) {
            qunsetenv("PGPASSFILE");
            QFAIL(qPrintable(e.message()));
        }
        qunsetenv("PGPASSFILE");
        QCOMPARE(db->role(), Role::Clerk);
    }

    void serverDownGivesAMessage()
    {
        ServerAddress a = *ServerAddress::parse(TestStore::serverUrl());
        a.port = 1; // nothing listens there
        const StoreError e = openingError(a.url(true));
        QCOMPARE(e.kind(), StoreError::Kind::Unreachable);
        QVERIFY2(e.message().contains(s("could not be reached")), qPrintable(e.message()));
    }

    void noSuchDatabaseGivesAMessage()
    {
        const ServerAddress a =
            ServerAddress::parse(TestStore::serverUrl())->withDatabase(s("no_such_committee"));
        const StoreError e = openingError(a.url(true));
        QVERIFY2(e.message().contains(s("no database called no_such_committee")), qPrintable(e.message()));
    }

    void anotherProgramsDatabaseIsRefusedUntouched()
    {
        const QString location = TestStore::newLocation();
        QCOMPARE(TestStore::psql(location, s("CREATE TABLE invoices (id INTEGER, total NUMERIC);")), 0);
        const StoreError e = openingError(location);
        QVERIFY2(e.message().contains(s("not Scrutineer's")), qPrintable(e.message()));
        QString out;
        TestStore::psql(location, s("SELECT COUNT(*) FROM pg_tables WHERE schemaname = 'public';"), &out);
        QCOMPARE(out.trimmed(), s("1"));
    }

    void aBadAddressIsExplained()
    {
        QString problem;
        QVERIFY(!ServerAddress::parse(s("postgresql://alice@db.council.local"), &problem));
        QVERIFY2(problem.contains(s("which database")), qPrintable(problem));
        const auto a =
            ServerAddress::parse(s("postgresql://alice@db.council.local:6543/children?sslmode=require"));
        QVERIFY(a);
        QCOMPARE(a->user, s("alice"));
        QCOMPARE(a->port, 6543);
        QCOMPARE(a->database, s("children"));
        QCOMPARE(a->options, QStringList{s("sslmode=require")});
        QVERIFY(!a->url().contains(s("password")));
    }

    // The acceptance test of the roles: connected as each role with plain psql, each forbidden write
    // is refused by the server itself, and what the role may do still works.
    void eachRoleIsHeldToItsRightsByTheServer_data()
    {
        QTest::addColumn<QString>("login");
        QTest::addColumn<QString>("sql");
        QTest::addColumn<bool>("allowed");
        const auto add = [](const char* name, const char* login, const char* sql, bool allowed) {
            QTest::newRow(name) << s(login) << s(sql) << allowed;
        };
        add("member changes a meeting", "cllr.member", "UPDATE meetings SET venue = 'Somewhere else';",
            false);
        add("member adds a meeting", "cllr.member",
            "INSERT INTO meetings (committee_id, starts_at) SELECT id, '2017-01-01' FROM committees;", false);
        add("member deletes a meeting", "cllr.member", "DELETE FROM meetings;", false);
        add("member enters a figure", "cllr.member",
            "INSERT INTO indicator_values (indicator_id, team_id, period, value) SELECT i.id, t.id, "
            "'2016-11', 3 FROM "
            "indicators i, teams t;",
            false);
        add("member makes himself administrator", "cllr.member",
            "UPDATE users SET role = 'administrator' WHERE login = 'cllr.member';", false);
        add("member reads the minutes", "cllr.member", "SELECT COUNT(*) FROM agenda_items;", true);
        add("member keeps a note", "cllr.member",
            "INSERT INTO notes (target_type, target_id, text, created_at) VALUES ('item', 1, 'Ask', "
            "'2016-12-01');",
            true);
        add("officer edits the minutes", "p.officer", "UPDATE agenda_items SET minutes_text = 'Rewritten';",
            false);
        add("officer adds a resolution", "p.officer",
            "INSERT INTO resolutions (item_id, number, text) SELECT id, 9, 'x' FROM agenda_items;", false);
        add("officer enters a figure", "p.officer",
            "INSERT INTO indicator_values (indicator_id, team_id, period, value) SELECT i.id, t.id, "
            "'2016-11', 3 FROM "
            "indicators i, teams t;",
            true);
        add("clerk enters a figure", "a.clerk",
            "INSERT INTO indicator_values (indicator_id, team_id, period, value) SELECT i.id, t.id, "
            "'2016-11', 3 FROM "
            "indicators i, teams t;",
            false);
        add("clerk adds a user", "a.clerk",
            "INSERT INTO users (login, role, created_at) VALUES ('intruder', 'administrator', '2016-01-01');",
            false);
        add("clerk edits the minutes", "a.clerk", "UPDATE agenda_items SET minutes_text = 'Corrected';",
            true);
        add("administrator adds a user", "admin",
            "INSERT INTO users (login, role, created_at) VALUES ('new.member', 'member', '2016-01-01');",
            true);
        add("clerk writes the audit trail", "a.clerk",
            "INSERT INTO audit_log (at, login, table_name, row_id, operation) VALUES ('2016-01-01', 'admin', "
            "'meetings', 1, 'delete');",
            false);
        add("clerk sets a password", "a.clerk", "SELECT scrutineer_set_password('admin', 'taken-over-1');",
            false);
        add("member creates a table", "cllr.member", "CREATE TABLE mine (x INTEGER);", false);
    }
    void eachRoleIsHeldToItsRightsByTheServer()
    {
        QFETCH(QString, login);
        QFETCH(QString, sql);
        QFETCH(bool, allowed);
        Committee c;
        QString out;
        const int status = TestStore::psql(c.urlAs(login), sql, &out);
        if (allowed)
            QVERIFY2(status == 0, qPrintable(out));
        else
            QVERIFY2(status != 0 &&
                         (out.contains(s("permission denied")) || out.contains(s("row-level security"))),
                     qPrintable(out));
    }

    void theAuditTrailCannotBeChangedOrRemovedByAnyone()
    {
        Committee c;
        const int before = c.auditRows();
        QVERIFY(before > 0);
        for (const QString& login : {s("cllr.member"), s("a.clerk"), s("p.officer"), s("admin")}) {
            for (const QString& sql : {s("UPDATE audit_log SET login = 'nobody';"),
                                       s("DELETE FROM audit_log;"), s("TRUNCATE audit_log;")}) {
                QString out;
                QVERIFY2(TestStore::psql(c.urlAs(login), sql, &out) != 0, qPrintable(login + s(": ") + sql));
            }
        }
        // Not even the owner (here a superuser, who passes every privilege check).
        for (const QString& sql :
             {s("UPDATE audit_log SET login = 'nobody';"), s("DELETE FROM audit_log;")}) {
            QString out;
            QVERIFY2(TestStore::psql(c.location, sql, &out) != 0, qPrintable(sql));
            QVERIFY2(out.contains(s("cannot be changed")), qPrintable(out));
        }
        QCOMPARE(c.auditRows(), before);
        QCOMPARE(StoreSql::scalar(*c.db, s("SELECT COUNT(*) FROM audit_log WHERE login = 'nobody'")).toInt(),
                 0);
    }

    // The tamper-evident trail on a server: the server chains each row as its triggers write it,
    // whoever makes the change (Scrutineer, or psql), with the hash the program computes, so that
    // verify finds it intact, also for a login who may not read another's private note.
    void theServerChainsTheAuditTrailHoweverTheChangeIsMade()
    {
        Committee c;
        QString out;
        QCOMPARE(
            TestStore::psql(c.urlAs(s("a.clerk")), s("UPDATE meetings SET venue = 'Council Chamber';"), &out),
            0);
        c.db->update(s("meetings"), c.meeting, {{s("venue"), s("Town Hall")}});
        QCOMPARE(TestStore::psql(c.urlAs(s("cllr.member")),
                                 s("INSERT INTO notes (target_type, target_id, text, created_at) VALUES "
                                   "('item', 1, 'Ask about agency staff', '2016-12-01');"),
                                 &out),
                 0);
        // Even the owner's row put in by hand is numbered after the last and chained by the server
        // (the id and hash handed in are not taken); nobody else may add one at all.
        TestStore::execAsOwner(*c.db,
                               s("INSERT INTO audit_log (id, at, login, table_name, row_id, operation, "
                                 "prev_hash, hash) VALUES (1, '2016-01-01T00:00:00', 'owner', 'meetings', "
                                 "1, 'update', NULL, repeat('0', 64))"));
        const qint64 entries =
            StoreSql::scalar(*c.db, s("SELECT COUNT(*) FROM scrutineer_audit_links()")).toLongLong();
        QCOMPARE(StoreSql::scalar(*c.db, s("SELECT MAX(id) - MIN(id) + 1 FROM scrutineer_audit_links()"))
                     .toLongLong(),
                 entries);
        QCOMPARE(StoreSql::scalar(
                     *c.db, s("SELECT COUNT(*) FROM scrutineer_audit_links() WHERE hash = repeat('0', 64)"))
                     .toInt(),
                 0);
        QVERIFY(entries > c.auditRows()); // the member's note's rows are hidden from the administrator
        const Database::AuditCheck check = c.db->verifyAuditTrail();
        QVERIFY2(check.intact, qPrintable(check.message));
        QCOMPARE(check.entries, entries);
        QVERIFY(c.db->auditCheck().intact); // checked on opening too
        // The clerk may not read the member's note, but checks the whole chain all the same.
        auto clerk = Database::open(c.urlAs(s("a.clerk")));
        const Database::AuditCheck asClerk = clerk->verifyAuditTrail();
        QVERIFY2(asClerk.intact, qPrintable(asClerk.message));
        QCOMPARE(asClerk.entries, check.entries);
    }

    // The owner may switch the triggers off and rewrite the trail; the chain shows where.
    void verifyFindsTheTrailRewrittenByTheOwner_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("why");
        QTest::newRow("a value changed") << s("UPDATE audit_log SET new_value = 'Elsewhere' WHERE id = %1")
                                         << s("changed since it was written");
        QTest::newRow("a row removed") << s("DELETE FROM audit_log WHERE id = %1") << s("removed");
        QTest::newRow("a note's value changed")
            << s("UPDATE audit_log SET new_value = 'Forged' WHERE table_name = 'notes' AND id >= %1")
            << s("changed since it was written");
    }
    void verifyFindsTheTrailRewrittenByTheOwner()
    {
        QFETCH(QString, sql);
        QFETCH(QString, why);
        Committee c;
        c.db->update(s("meetings"), c.meeting, {{s("venue"), s("Town Hall")}});
        QString out;
        QCOMPARE(TestStore::psql(c.urlAs(s("cllr.member")),
                                 s("INSERT INTO notes (target_type, target_id, text, created_at) VALUES "
                                   "('item', 1, 'Ask about agency staff', '2016-12-01');"),
                                 &out),
                 0);
        const qint64 row =
            StoreSql::scalar(*c.db,
                             s("SELECT id FROM audit_log WHERE table_name = 'meetings' AND field = 'venue'"))
                .toLongLong();
        QVERIFY(c.db->verifyAuditTrail().intact);
        TestStore::execAsOwner(*c.db, s("ALTER TABLE audit_log DISABLE TRIGGER audit_log_permanent"));
        TestStore::execAsOwner(*c.db, sql.arg(row));
        TestStore::execAsOwner(*c.db, s("ALTER TABLE audit_log ENABLE TRIGGER audit_log_permanent"));
        // Checked by the administrator and a clerk, who may not read the member's note: the server
        // vouches for that row's hash, and the chain's links are checked here.
        auto clerk = Database::open(c.urlAs(s("a.clerk")));
        for (const Database* db : {c.db.get(), clerk.get()}) {
            const Database::AuditCheck check = db->verifyAuditTrail();
            QVERIFY(!check.intact);
            QVERIFY2(check.brokenAt >= row, qPrintable(check.message));
            QVERIFY2(check.message.contains(why) && check.message.contains(s("tampered")),
                     qPrintable(check.message));
        }
    }

    // Two people saving at once on a server: both saved, one after the other (the writers' lock),
    // neither refused, the chain unbroken.
    void twoWritersAtOnceAreBothSaved()
    {
        Committee c;
        auto other = Database::open(c.location, s("admin"));
        {
            Database::Transaction first(*c.db);
            c.db->update(s("meetings"), c.meeting, {{s("venue"), s("Town Hall")}});
            // The other waits for the lock meanwhile; the lock timeout is short here so that the
            // test sees it wait and try again rather than hang.
            StoreSql::exec(*other, s("SET lock_timeout = '200ms'"));
            QElapsedTimer waited;
            waited.start();
            bool refused = false;
            try {
                Database::Transaction second(*other);
                second.commit();
            } catch (const StoreError& e) {
                refused = e.kind() == StoreError::Kind::Locked;
            }
            QVERIFY(refused); // still held after its retries: said as busy, nothing lost
            QVERIFY2(waited.elapsed() >= 600, qPrintable(QString::number(waited.elapsed())));
            first.commit();
        }
        StoreSql::exec(*other, s("SET lock_timeout = '10s'"));
        // Another writer (here psql, as Scrutineer's writers do) holds the lock for a second: the
        // change waits its turn and is saved.
        QProcess holder;
        holder.start(s("psql"),
                     {s("-X"), s("-q"), s("-v"), s("ON_ERROR_STOP=1"), s("-d"), c.location, s("-c"),
                      s("BEGIN; SELECT pg_advisory_xact_lock(%1); SELECT pg_sleep(1.5); COMMIT;")
                          .arg(Database::kApplicationId)});
        QVERIFY(holder.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(
            StoreSql::scalar(
                *c.db,
                s("SELECT COUNT(*) FROM pg_locks WHERE locktype = 'advisory' AND granted AND database = "
                  "(SELECT oid FROM pg_database WHERE datname = current_database())"))
                    .toInt() == 1,
            5000);
        QElapsedTimer waited;
        waited.start();
        other->update(s("agenda_items"), c.item, {{s("title"), s("Improvement plan (revised)")}});
        QVERIFY2(waited.elapsed() >= 500, qPrintable(QString::number(waited.elapsed())));
        QVERIFY(holder.waitForFinished(10000));
        QCOMPARE(holder.exitCode(), 0);
        c.db->update(s("meetings"), c.meeting, {{s("venue"), s("Council Chamber")}});
        QCOMPARE(StoreSql::scalar(*c.db, s("SELECT venue FROM meetings")).toString(), s("Council Chamber"));
        QCOMPARE(StoreSql::scalar(*c.db, s("SELECT title FROM agenda_items")).toString(),
                 s("Improvement plan (revised)"));
        QVERIFY(c.db->verifyAuditTrail().intact);
    }

    void aChangeMadeWithPsqlIsAuditedUnderItsLogin()
    {
        Committee c;
        QString out;
        QCOMPARE(
            TestStore::psql(c.urlAs(s("a.clerk")), s("UPDATE meetings SET venue = 'Council Chamber';"), &out),
            0);
        const auto rows =
            StoreSql::rows(*c.db, s("SELECT login, old_value, new_value FROM audit_log WHERE table_name = "
                                    "'meetings' AND operation = 'update' AND field = 'venue'"));
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().value(s("login")).toString(), s("a.clerk"));
        QVERIFY(rows.first().value(s("old_value")).isNull());
        QCOMPARE(rows.first().value(s("new_value")).toString(), s("Council Chamber"));
        // A delete that cascades is the clerk's too, item by item.
        QCOMPARE(TestStore::psql(c.urlAs(s("a.clerk")), s("DELETE FROM meetings;"), &out), 0);
        QCOMPARE(StoreSql::scalar(
                     *c.db, s("SELECT login FROM audit_log WHERE table_name = 'agenda_items' AND operation = "
                              "'delete' AND field = 'title'"))
                     .toString(),
                 s("a.clerk"));
    }

    void privateNotesAreTheirAuthorsAloneOnTheServer()
    {
        Committee c;
        UserRepository(*c.db).add(s("cllr.other"), Role::Member, 0);
        UserRepository(*c.db).setPassword(s("cllr.other"), kPassword);
        QString out;
        QCOMPARE(TestStore::psql(
                     c.urlAs(s("cllr.member")),
                     s("INSERT INTO notes (target_type, target_id, text, created_at) VALUES ('item', 1, "
                       "'Ask about agency staff', '2016-12-01');"),
                     &out),
                 0);
        TestStore::psql(c.urlAs(s("cllr.other")), s("SELECT COUNT(*) FROM notes;"), &out);
        QCOMPARE(out.trimmed(), s("0"));
        TestStore::psql(c.urlAs(s("cllr.other")),
                        s("SELECT COUNT(*) FROM audit_log WHERE new_value = 'Ask about agency staff';"),
                        &out);
        QCOMPARE(out.trimmed(), s("0"));
        TestStore::psql(c.urlAs(s("cllr.other")), s("UPDATE notes SET text = 'x';"), &out);
        TestStore::psql(c.urlAs(s("cllr.member")), s("SELECT text FROM notes;"), &out);
        QCOMPARE(out.trimmed(), s("Ask about agency staff"));
        // Nor may one write a note in another's name.
        QVERIFY(
            TestStore::psql(c.urlAs(s("cllr.other")),
                            s("INSERT INTO notes (author, target_type, target_id, text, created_at) VALUES "
                              "('cllr.member', 'item', 1, 'Forged', '2016-12-01');"),
                            &out) != 0);
    }

    void aLostConnectionIsMadeAgainSignedInAsBefore()
    {
        Committee c;
        c.db->signIn(s("a.clerk"));
        const QString pid = StoreSql::scalar(*c.db, s("SELECT pg_backend_pid()")).toString();
        QString out;
        QCOMPARE(
            TestStore::psql(TestStore::serverUrl(), s("SELECT pg_terminate_backend(%1);").arg(pid), &out), 0);
        // The next read connects again, as the clerk.
        QCOMPARE(StoreSql::scalar(*c.db, s("SELECT COUNT(*) FROM meetings")).toInt(), 1);
        QVERIFY(StoreSql::scalar(*c.db, s("SELECT pg_backend_pid()")).toString() != pid);
        QCOMPARE(StoreSql::scalar(*c.db, s("SELECT current_user")).toString(), s("a.clerk"));
        MeetingRepository meetings(*c.db);
        QCOMPARE(meetings.meetings(0).size(), 1);
    }

    void aConnectionLostInsideAChangeSavesNoneOfIt()
    {
        Committee c;
        // The connection drops at the second of three inserts of one change.
        TestStore::execAsOwner(
            *c.db,
            s("CREATE FUNCTION test_drop() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER AS $$ BEGIN "
              "IF NEW.number = 2 THEN PERFORM pg_terminate_backend(pg_backend_pid()); END IF; "
              "RETURN NEW; END $$"));
        TestStore::execAsOwner(*c.db,
                               s("CREATE TRIGGER test_drop BEFORE INSERT ON resolutions FOR EACH ROW EXECUTE "
                                 "FUNCTION test_drop()"));
        StoreError::Kind kind = StoreError::Kind::Failed;
        QString message;
        try {
            Database::Transaction t(*c.db);
            for (int n = 1; n <= 3; ++n)
                c.db->insert(s("resolutions"),
                             {{s("item_id"), c.item}, {s("number"), n}, {s("text"), s("Noted")}});
            t.commit();
        } catch (const StoreError& e) {
            kind = e.kind();
            message = e.message();
        }
        QCOMPARE(kind, StoreError::Kind::Unreachable);
        QVERIFY2(message.contains(s("connection to the server was lost")), qPrintable(message));
        QCOMPARE(StoreSql::scalar(*c.db, s("SELECT COUNT(*) FROM resolutions")).toInt(), 0);
        // And the next change goes through on a new connection.
        c.db->insert(s("resolutions"), {{s("item_id"), c.item}, {s("number"), 5}, {s("text"), s("Agreed")}});
        QCOMPARE(StoreSql::scalar(*c.db, s("SELECT COUNT(*) FROM resolutions")).toInt(), 1);
    }

    // An import is all or nothing on a server too: the connection dropped while its items are
    // being written leaves no meeting, no item and no kept PDF, and the import may then be run again.
    void anImportCutOffByADroppedConnectionSavesNothing()
    {
        Committee c;
        TestStore::execAsOwner(
            *c.db,
            s("CREATE FUNCTION test_drop_item() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER AS $$ "
              "BEGIN IF NEW.title = 'Parks Strategy' THEN PERFORM pg_terminate_backend(pg_backend_pid()); "
              "END IF; RETURN NEW; END $$"));
        TestStore::execAsOwner(*c.db,
                               s("CREATE TRIGGER test_drop_item BEFORE INSERT ON agenda_items FOR EACH ROW "
                                 "EXECUTE FUNCTION test_drop_item()"));
        const auto counts = [&c] {
            return StoreSql::scalar(
                       *c.db,
                       s("SELECT (SELECT COUNT(*) FROM meetings) || '/' || (SELECT COUNT(*) FROM "
                         "agenda_items) "
                         "|| '/' || (SELECT COUNT(*) FROM resolutions) || '/' || (SELECT COUNT(*) FROM "
                         "documents) || '/' || (SELECT COUNT(*) FROM committees)"))
                .toString();
        };
        const QString before = counts();
        ParsedMinutes m;
        m.committee = s("Leisure Committee");
        m.date = QDate(2025, 7, 9);
        ParsedItem pool;
        pool.number = s("4");
        pool.title = s("Swimming Pool Refurbishment");
        pool.resolutions = {s("the second option be taken forward")};
        ParsedItem parks;
        parks.number = s("5");
        parks.title = s("Parks Strategy");
        m.items = {pool, parks};
        StoreError::Kind kind = StoreError::Kind::Failed;
        QString message;
        try {
            MinutesImport::save(*c.db, m, s("leisure.pdf"), QByteArray("%PDF-1.4 leisure"), 2);
        } catch (const StoreError& e) {
            kind = e.kind();
            message = e.message();
        }
        QCOMPARE(kind, StoreError::Kind::Unreachable);
        QVERIFY2(message.contains(s("Nothing half-done")), qPrintable(message));
        QCOMPARE(counts(), before);
        // Once the cause is gone the same import goes through whole, on a new connection.
        TestStore::execAsOwner(*c.db, s("DROP TRIGGER test_drop_item ON agenda_items"));
        const auto saved = MinutesImport::save(*c.db, m, s("leisure.pdf"), QByteArray("%PDF-1.4 leisure"), 2);
        QVERIFY(saved.meetingId > 0);
        QCOMPARE(StoreSql::scalar(*c.db, s("SELECT COUNT(*) FROM agenda_items WHERE meeting_id = ?"),
                                  {saved.meetingId})
                     .toInt(),
                 2);
        QVERIFY(c.db->verifyAuditTrail().intact);
    }
};

QTEST_GUILESS_MAIN(TestServer)
#include "TestServer.moc"
