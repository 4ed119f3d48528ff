#include "TestStore.h"
#include "core/Translations.h"
#include "store/Database.h"
#include "store/StoreSql.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>

namespace {

qint64 addCommittee(Database& db, const QString& name = QStringLiteral("Care Services PDS Committee"))
{
    return db.insert(QStringLiteral("committees"), {{QStringLiteral("name"), name}});
}

qint64 addMeeting(Database& db, qint64 committee)
{
    return db.insert(QStringLiteral("meetings"),
                     {{QStringLiteral("committee_id"), committee},
                      {QStringLiteral("starts_at"), QStringLiteral("2016-12-06T19:00")},
                      {QStringLiteral("venue"), QStringLiteral("Bromley Civic Centre")}});
}

// Raw access to a file, bypassing the store, to set up states the store itself would not make.
void rawExec(const QString& path, const QString& sql)
{
    const QString name = QStringLiteral("raw");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY2(q.exec(sql), qPrintable(sql));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

// The file engine's own behaviour (WAL, pragmas, file permissions, SQLite's locks and backup); the
// server's counterparts are tested in TestServer.
#define SQLITE_ONLY()                                                                                        \
    if (TestStore::onServer())                                                                               \
    QSKIP("SQLite file behaviour (the server's is in TestServer)")

// As rawExec, but says whether the statement ran (for statements the schema should refuse).
bool rawTry(const QString& path, const QString& sql)
{
    const QString name = QStringLiteral("raw-try");
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            ok = q.exec(sql);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

QByteArray sha256Of(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return QByteArray();
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex();
}

QFile::Permissions privateFile()
{
    return QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser;
}

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT
private slots:
    void migratesFromEmpty()
    {
        auto db = TestStore::open(QStringLiteral("a.clerk"));
        QCOMPARE(db->schemaVersion(), Database::latestSchemaVersion());
        QVERIFY(Database::latestSchemaVersion() >= 1);
        for (const char* table : {"committees",      "people",          "users",
                                  "meetings",        "attendance",      "agenda_items",
                                  "declarations",    "documents",       "resolutions",
                                  "actions",         "action_updates",  "improvement_plans",
                                  "priorities",      "recommendations", "priority_recommendations",
                                  "milestones",      "rating_changes",  "rating_schemes",
                                  "rating_statuses", "indicators",      "indicator_values",
                                  "teams",           "notes",           "audit_log"})
            QVERIFY2(db->hasTable(QString::fromLatin1(table)), table);
        if (!TestStore::onServer())
            QCOMPARE(StoreSql::scalar(*db, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
    }

    void fileIsInWalMode()
    {
        SQLITE_ONLY();
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("s.sqlite")), QStringLiteral("admin"));
        QCOMPARE(StoreSql::scalar(*db, QStringLiteral("PRAGMA journal_mode")).toString(),
                 QStringLiteral("wal"));
    }

    void migratesFromEachEarlierVersionKeepingRowsAndABackup()
    {
        for (int v = 1; v < Database::latestSchemaVersion(); ++v) {
            const QString path = TestStore::newLocation();
            {
                auto old = Database::openAtVersion(path, QStringLiteral("admin"), v);
                // Migration numbers may skip (each branch of work takes its own): a number that no
                // migration has is no database's version.
                if (old->schemaVersion() < v)
                    continue;
                QCOMPARE(old->schemaVersion(), v);
                addMeeting(*old, addCommittee(*old));
            }
            auto db = Database::open(path, QStringLiteral("admin"));
            QCOMPARE(db->schemaVersion(), Database::latestSchemaVersion());
            QCOMPARE(StoreSql::scalar(*db, QStringLiteral("SELECT COUNT(*) FROM meetings")).toInt(), 1);
            // The rows written before the chain (version 3) were chained by the upgrade, on either engine.
            QVERIFY2(db->auditCheck().intact && db->auditCheck().entries > 0,
                     qPrintable(db->auditCheck().message));
            if (TestStore::onServer())
                continue; // a server is backed up by the server
            QVERIFY2(QFile::exists(db->lastBackup()), qPrintable(db->lastBackup()));
            auto backup = Database::openAtVersion(db->lastBackup(), QStringLiteral("admin"), v);
            QCOMPARE(backup->schemaVersion(), v);
        }
    }

    void newerDatabaseIsRefusedUntouched()
    {
        SQLITE_ONLY();
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("new.sqlite"));
        {
            Database::open(path, QStringLiteral("admin"));
        }
        const int future = Database::latestSchemaVersion() + 1;
        rawExec(path, QStringLiteral("PRAGMA user_version = %1").arg(future));
        try {
            Database::open(path, QStringLiteral("admin"));
            QFAIL("a newer database was opened");
        } catch (const StoreError& e) {
            QCOMPARE(e.kind(), StoreError::Kind::TooNew);
            QVERIFY(e.message().contains(QStringLiteral("newer version")));
        }
        rawExec(path, QStringLiteral("SELECT 1"));
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
        raw.setDatabaseName(path);
        QVERIFY(raw.open());
        QSqlQuery q(QStringLiteral("PRAGMA user_version"), raw);
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), future);
        q.finish();
        raw.close();
        raw = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("check"));
    }

    void notADatabaseGivesAMessage()
    {
        SQLITE_ONLY();
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notes.txt"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("These are not the minutes you are looking for. Not a database at all, just text.\n");
        f.close();
        try {
            Database::open(path, QStringLiteral("admin"));
            QFAIL("a text file was opened as a database");
        } catch (const StoreError& e) {
            QVERIFY(e.message().contains(QStringLiteral("not a Scrutineer database")));
        }
    }

    // A database file the user may not write (chmod 444) is not called damaged or "not a Scrutineer
    // database" (which would send them to a backup): a change is refused as read-only, and a file in
    // a folder they may not write either is named read-only on opening, with what to do. Root may
    // write any file, so this can only be seen as an ordinary user.
    void readOnlyFileIsNamedReadOnlyNotDamaged()
    {
        SQLITE_ONLY();
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("shared.sqlite"));
        {
            auto db = Database::open(path, QStringLiteral("admin"));
            addCommittee(*db);
        }
        const auto readOnly = QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther;
        QVERIFY(QFile::setPermissions(path, readOnly));
        if (QFileInfo(path).isWritable())
            QSKIP("This user may write a read-only file (root): run the test as an ordinary user.");
        QString message;
        try {
            auto db = Database::open(path, QStringLiteral("admin"));
            addCommittee(*db, QStringLiteral("Another Committee"));
        } catch (const StoreError& e) {
            message = e.message();
        }
        QVERIFY2(message.contains(QStringLiteral("read-only")), qPrintable(message));

        // The folder read-only too: SQLite cannot even set up its journal beside the file. The file
        // is still read (opened for reading only, and said so); a change is refused as read-only.
        QFile::remove(path + QStringLiteral("-wal"));
        QFile::remove(path + QStringLiteral("-shm"));
        QVERIFY(QFile::setPermissions(dir.path(),
                                      readOnly | QFile::ExeOwner | QFile::ExeGroup | QFile::ExeOther));
        message.clear();
        int committees = -1;
        bool readOnlyOpen = false;
        try {
            auto db = Database::open(path, QStringLiteral("admin"));
            readOnlyOpen = db->isReadOnly();
            committees = StoreSql::scalar(*db, QStringLiteral("SELECT COUNT(*) FROM committees")).toInt();
            addCommittee(*db, QStringLiteral("Another Committee"));
        } catch (const StoreError& e) {
            message = e.message();
        }
        QFile::setPermissions(dir.path(), readOnly | QFile::WriteOwner | QFile::ExeOwner);
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        QVERIFY(readOnlyOpen);
        QCOMPARE(committees, 1);
        QVERIFY2(!message.contains(QStringLiteral("not a Scrutineer database")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("read-only")), qPrintable(message));
        // Nothing was lost.
        auto db = Database::open(path, QStringLiteral("admin"));
        QCOMPARE(StoreSql::scalar(*db, QStringLiteral("SELECT COUNT(*) FROM committees")).toInt(), 1);
    }

    // Each audit row is chained to the one before by its hash; the triggers refuse UPDATE, DELETE
    // and a row without its hash; a change made behind the triggers' back is found on opening, with
    // where and since when.
    void auditTrailIsTamperEvident()
    {
        SQLITE_ONLY();
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("audited.sqlite"));
        {
            auto db = Database::open(path, QStringLiteral("admin"));
            const qint64 c = addCommittee(*db);
            db->update(QStringLiteral("committees"), c,
                       {{QStringLiteral("name"), QStringLiteral("Children's Scrutiny")}});
            addMeeting(*db, c);
            // A null text (QVariant(QString()), which Qt 6 does not call null) is stored as NULL and
            // must be hashed as NULL: two_writers.py found imports breaking their own chain so.
            db->insert(QStringLiteral("committees"),
                       {{QStringLiteral("name"), QStringLiteral("Null short name")},
                        {QStringLiteral("short_name"), QString()}});
            const auto check = db->verifyAuditTrail();
            QVERIFY2(check.intact, qPrintable(check.message));
            QVERIFY(check.entries >= 5);
            QCOMPARE(StoreSql::scalar(
                         *db, QStringLiteral(
                                  "SELECT COUNT(*) FROM audit_log WHERE hash IS NULL OR length(hash) <> 64"))
                         .toInt(),
                     0);
        }
        QVERIFY(!rawTry(path, QStringLiteral("UPDATE audit_log SET new_value = 'Forged' WHERE id = 2")));
        QVERIFY(!rawTry(path, QStringLiteral("DELETE FROM audit_log WHERE id = 3")));
        QVERIFY(!rawTry(
            path, QStringLiteral("INSERT INTO audit_log (at, login, table_name, row_id, operation) "
                                 "VALUES ('2017-01-01T00:00:00', 'mallory', 'committees', 1, 'delete')")));
        QVERIFY(Database::open(path, QStringLiteral("admin"))->auditCheck().intact);

        // Behind the triggers' back: the second entry rewritten.
        rawExec(path, QStringLiteral("DROP TRIGGER audit_log_no_update"));
        rawExec(path,
                QStringLiteral(
                    "UPDATE audit_log SET new_value = 'Forged', at = '2016-01-01T09:00:00' WHERE id = 2"));
        {
            auto db = Database::open(path, QStringLiteral("admin")); // still read
            const auto& check = db->auditCheck();
            QVERIFY(!check.intact);
            QCOMPARE(check.brokenAt, qint64(2));
            QVERIFY2(check.message.contains(QStringLiteral("entry 2")), qPrintable(check.message));
            QVERIFY2(check.message.contains(QStringLiteral("(dated 9.00 am on 1 January 2016)")),
                     qPrintable(check.message));
            QVERIFY2(check.message.contains(QStringLiteral("changed")), qPrintable(check.message));
            QVERIFY(!check.lastGoodTime.isEmpty());
            QCOMPARE(StoreSql::scalar(*db, QStringLiteral("SELECT COUNT(*) FROM committees")).toInt(), 2);
        }
        {
            // In Welsh, the date too.
            Translations::install(QString::fromLatin1(Translations::Welsh));
            const auto back =
                qScopeGuard([] { Translations::install(QString::fromLatin1(Translations::English)); });
            const QString message = Database::open(path, QStringLiteral("admin"))->auditCheck().message;
            QVERIFY2(message.contains(QStringLiteral("(dyddiedig 9.00 yb ar 1 Ionawr 2016)")),
                     qPrintable(message));
        }
        // An entry removed: the one after it no longer follows on.
        QTemporaryDir other;
        const QString second = other.filePath(QStringLiteral("removed.sqlite"));
        {
            auto db = Database::open(second, QStringLiteral("admin"));
            addMeeting(*db, addCommittee(*db));
        }
        rawExec(second, QStringLiteral("DROP TRIGGER audit_log_no_delete"));
        rawExec(second, QStringLiteral("DELETE FROM audit_log WHERE id = 3"));
        const auto removed = Database::open(second, QStringLiteral("admin"))->verifyAuditTrail();
        QVERIFY(!removed.intact);
        QCOMPARE(removed.brokenAt, qint64(4));
        QVERIFY2(removed.message.contains(QStringLiteral("removed")), qPrintable(removed.message));
    }

    // A database of version 2 is upgraded with its audit trail chained from the first row, and a
    // bulk load (the demo's) leaves a chained audit row for each table it added rows to.
    void upgradeAndBulkLoadsChainTheAuditTrail()
    {
        SQLITE_ONLY();
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v2.sqlite"));
        {
            auto old = Database::openAtVersion(path, QStringLiteral("admin"), 2);
            addMeeting(*old, addCommittee(*old));
        }
        auto db = Database::open(path, QStringLiteral("admin"));
        QVERIFY2(db->auditCheck().intact, qPrintable(db->auditCheck().message));
        QVERIFY(db->auditCheck().entries >= 4);
        {
            Database::Transaction t(*db);
            Database::BulkLoad bulk(*db);
            for (int i = 0; i < 3; ++i)
                addCommittee(*db, QStringLiteral("Bulk %1").arg(i));
            bulk.finish();
            t.commit();
        }
        QCOMPARE(
            StoreSql::scalar(
                *db, QStringLiteral("SELECT new_value FROM audit_log WHERE table_name = 'committees' AND "
                                    "field = '*' AND operation = 'insert'"))
                .toString(),
            QStringLiteral("bulk load: 3 rows, 2 to 4"));
        QVERIFY(db->verifyAuditTrail().intact);
    }

    // Whatever the umask, the database, its -wal and -shm, the backup before a migration, a backup
    // made from the File menu, and the data folder are for their owner only.
    void filesThatHoldTheRecordAreForTheirOwnerOnly()
    {
        SQLITE_ONLY();
        const mode_t old = ::umask(022);
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("data/Scrutineer"));
        QVERIFY(Database::makePrivateFolder(folder));
        QCOMPARE(QFileInfo(folder).permissions() & (QFile::ReadGroup | QFile::ReadOther | QFile::ExeOther),
                 QFile::Permissions());
        const QString path = QDir(folder).filePath(QStringLiteral("v2.sqlite"));
        {
            auto v2 = Database::openAtVersion(path, QStringLiteral("admin"), 2);
            addCommittee(*v2);
        }
        auto db = Database::open(path, QStringLiteral("admin"));
        addCommittee(*db, QStringLiteral("Another"));
        const QString copy = QDir(folder).filePath(QStringLiteral("copy.sqlite"));
        db->backupTo(copy);
        ::umask(old);
        const QStringList files = {path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm"),
                                   db->lastBackup(), copy};
        for (const QString& f : files) {
            QVERIFY2(QFileInfo::exists(f), qPrintable(f));
            QCOMPARE(QFileInfo(f).permissions(), privateFile());
        }
    }

    // A database made by a newer Scrutineer, in rollback-journal mode, is refused and left byte for
    // byte as it was (not switched to WAL); so is another program's SQLite file, even one with a
    // table called meetings.
    void filesThatAreNotOursOrTooNewAreLeftByteForByte()
    {
        SQLITE_ONLY();
        QTemporaryDir dir;
        const QString newer = dir.filePath(QStringLiteral("newer.sqlite"));
        {
            Database::open(newer, QStringLiteral("admin"));
        }
        rawExec(newer, QStringLiteral("PRAGMA journal_mode = DELETE"));
        rawExec(newer, QStringLiteral("PRAGMA user_version = %1").arg(Database::latestSchemaVersion() + 1));
        const QByteArray newerHash = sha256Of(newer);
        try {
            Database::open(newer, QStringLiteral("admin"));
            QFAIL("a newer database was opened");
        } catch (const StoreError& e) {
            QCOMPARE(e.kind(), StoreError::Kind::TooNew);
        }
        QCOMPARE(sha256Of(newer), newerHash);
        QVERIFY(!QFile::exists(newer + QStringLiteral("-wal")));

        const QString foreign = dir.filePath(QStringLiteral("other-program.db"));
        rawExec(foreign, QStringLiteral("CREATE TABLE meetings (id INTEGER PRIMARY KEY, topic TEXT)"));
        rawExec(foreign, QStringLiteral("INSERT INTO meetings (topic) VALUES ('not ours')"));
        const QByteArray foreignHash = sha256Of(foreign);
        try {
            Database::open(foreign, QStringLiteral("admin"));
            QFAIL("another program's file was opened");
        } catch (const StoreError& e) {
            QVERIFY2(e.message().contains(QStringLiteral("not a Scrutineer database")),
                     qPrintable(e.message()));
        }
        QCOMPARE(sha256Of(foreign), foreignHash);
        QVERIFY(!QFile::exists(foreign + QStringLiteral("-wal")));
        QVERIFY(rawTry(foreign, QStringLiteral("SELECT COUNT(*) FROM meetings")));
        QVERIFY(
            !rawTry(foreign, QStringLiteral("SELECT COUNT(*) FROM audit_log"))); // no tables of ours added
    }

    void firstUserIsAdministrator()
    {
        auto db = TestStore::open(QStringLiteral("first.person"));
        QCOMPARE(db->role(), Role::Administrator);
        db->insert(QStringLiteral("users"), {{QStringLiteral("login"), QStringLiteral("a.clerk")},
                                             {QStringLiteral("role"), QStringLiteral("clerk")},
                                             {QStringLiteral("created_at"), QStringLiteral("2016-01-01")}});
        db->signIn(QStringLiteral("a.clerk"));
        QCOMPARE(db->role(), Role::Clerk);
        db->signIn(QStringLiteral("stranger"));
        QCOMPARE(db->role(), Role::Member);
    }

    void auditTrailRecordsEveryChange()
    {
        auto db = TestStore::open(QStringLiteral("admin"));
        const qint64 c = addCommittee(*db);
        QCOMPARE(StoreSql::scalar(
                     *db,
                     QStringLiteral("SELECT new_value FROM audit_log WHERE table_name = 'committees' AND "
                                    "row_id = ? AND operation = 'insert' AND field = 'name'"),
                     {c})
                     .toString(),
                 QStringLiteral("Care Services PDS Committee"));
        db->update(QStringLiteral("committees"), c,
                   {{QStringLiteral("name"), QStringLiteral("Children's Scrutiny")}});
        const auto rows =
            StoreSql::rows(*db,
                           QStringLiteral("SELECT login, old_value, new_value FROM audit_log WHERE "
                                          "operation = 'update' AND row_id = ?"),
                           {c});
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().value(QStringLiteral("login")).toString(), QStringLiteral("admin"));
        QCOMPARE(rows.first().value(QStringLiteral("old_value")).toString(),
                 QStringLiteral("Care Services PDS Committee"));
        QCOMPARE(rows.first().value(QStringLiteral("new_value")).toString(),
                 QStringLiteral("Children's Scrutiny"));
        db->remove(QStringLiteral("committees"), c);
        QVERIFY(StoreSql::scalar(
                    *db,
                    QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE operation = 'delete' AND row_id = ? "
                                   "AND old_value = 'Children''s Scrutiny'"),
                    {c})
                    .toInt() == 1);
    }

    void foreignKeysAreEnforced()
    {
        auto db = TestStore::open(QStringLiteral("admin"));
        try {
            db->insert(QStringLiteral("meetings"),
                       {{QStringLiteral("committee_id"), 999},
                        {QStringLiteral("starts_at"), QStringLiteral("2016-12-06T19:00")}});
            QFAIL("a meeting of no committee was saved");
        } catch (const StoreError& e) {
            QCOMPARE(e.kind(), StoreError::Kind::Invalid);
        }
        QCOMPARE(StoreSql::scalar(*db, QStringLiteral("SELECT COUNT(*) FROM meetings")).toInt(), 0);
        // A committee with meetings cannot be deleted from under them.
        const qint64 c = addCommittee(*db);
        addMeeting(*db, c);
        QVERIFY_THROWS_EXCEPTION(StoreError, db->remove(QStringLiteral("committees"), c));
        QCOMPARE(StoreSql::scalar(*db, QStringLiteral("SELECT COUNT(*) FROM committees")).toInt(), 1);
    }

    void secondSaveOfAStaleRowIsRefusedNamingWhoChangedIt()
    {
        const QString path = TestStore::newLocation();
        auto first = Database::open(path, QStringLiteral("admin"));
        first->insert(QStringLiteral("users"),
                      {{QStringLiteral("login"), QStringLiteral("j.smith")},
                       {QStringLiteral("role"), QStringLiteral("clerk")},
                       {QStringLiteral("created_at"), QStringLiteral("2016-01-01")}});
        const qint64 c = addCommittee(*first);
        const qint64 m = addMeeting(*first, c);
        const int version =
            StoreSql::scalar(*first, QStringLiteral("SELECT version FROM meetings WHERE id = ?"), {m})
                .toInt();

        auto second = Database::open(path, QStringLiteral("j.smith"));
        second->update(QStringLiteral("meetings"), m,
                       {{QStringLiteral("venue"), QStringLiteral("Committee Room 1")}}, version);
        try {
            first->update(QStringLiteral("meetings"), m,
                          {{QStringLiteral("venue"), QStringLiteral("Council Chamber")}}, version);
            QFAIL("a stale save overwrote another's change");
        } catch (const StoreError& e) {
            QCOMPARE(e.kind(), StoreError::Kind::Conflict);
            QVERIFY2(e.message().contains(QStringLiteral("j.smith")), qPrintable(e.message()));
        }
        QCOMPARE(StoreSql::scalar(*first, QStringLiteral("SELECT venue FROM meetings WHERE id = ?"), {m})
                     .toString(),
                 QStringLiteral("Committee Room 1"));
    }

    void rolesAreEnforcedByTheStore()
    {
        auto db = TestStore::open(QStringLiteral("admin"));
        const qint64 c = addCommittee(*db);
        const qint64 m = addMeeting(*db, c);
        const qint64 item = db->insert(QStringLiteral("agenda_items"),
                                       {{QStringLiteral("meeting_id"), m},
                                        {QStringLiteral("title"), QStringLiteral("Improvement plan")}});
        for (const auto& [login, role] :
             {std::pair{"cllr.member", "member"}, std::pair{"p.officer", "officer"}})
            db->insert(QStringLiteral("users"),
                       {{QStringLiteral("login"), QString::fromLatin1(login)},
                        {QStringLiteral("role"), QString::fromLatin1(role)},
                        {QStringLiteral("created_at"), QStringLiteral("2016-01-01")}});
        db->signIn(QStringLiteral("p.officer"));
        // An officer records no resolution.
        QVERIFY_THROWS_EXCEPTION(StoreError, db->insert(QStringLiteral("resolutions"),
                                                        {{QStringLiteral("item_id"), item},
                                                         {QStringLiteral("number"), 1},
                                                         {QStringLiteral("text"), QStringLiteral("noted")}}));
        db->signIn(QStringLiteral("cllr.member"));
        // A member changes no rating.
        QVERIFY_THROWS_EXCEPTION(StoreError, db->insert(QStringLiteral("rating_schemes"),
                                                        {{QStringLiteral("name"), QStringLiteral("RAG")}}));
        QCOMPARE(StoreSql::scalar(*db, QStringLiteral("SELECT COUNT(*) FROM resolutions")).toInt(), 0);
    }

    void notesArePrivateToTheirAuthor()
    {
        auto db = TestStore::open(QStringLiteral("admin"));
        db->insert(QStringLiteral("users"), {{QStringLiteral("login"), QStringLiteral("cllr.a")},
                                             {QStringLiteral("role"), QStringLiteral("member")},
                                             {QStringLiteral("created_at"), QStringLiteral("2016-01-01")}});
        db->insert(QStringLiteral("users"), {{QStringLiteral("login"), QStringLiteral("cllr.b")},
                                             {QStringLiteral("role"), QStringLiteral("member")},
                                             {QStringLiteral("created_at"), QStringLiteral("2016-01-01")}});
        db->signIn(QStringLiteral("cllr.a"));
        const qint64 note = db->insert(QStringLiteral("notes"),
                                       {{QStringLiteral("target_type"), QStringLiteral("milestone")},
                                        {QStringLiteral("target_id"), 1},
                                        {QStringLiteral("text"), QStringLiteral("Ask why this is Green")},
                                        {QStringLiteral("created_at"), QStringLiteral("2016-12-01")}});
        QCOMPARE(
            StoreSql::scalar(*db, QStringLiteral("SELECT author FROM notes WHERE id = ?"), {note}).toString(),
            QStringLiteral("cllr.a"));
        db->signIn(QStringLiteral("cllr.b"));
        QVERIFY_THROWS_EXCEPTION(
            StoreError,
            db->update(QStringLiteral("notes"), note, {{QStringLiteral("text"), QStringLiteral("changed")}}));
        QVERIFY_THROWS_EXCEPTION(StoreError, db->remove(QStringLiteral("notes"), note));
        db->signIn(QStringLiteral("cllr.a")); // on a server, only the author sees the note at all
        QCOMPARE(
            StoreSql::scalar(*db, QStringLiteral("SELECT text FROM notes WHERE id = ?"), {note}).toString(),
            QStringLiteral("Ask why this is Green"));
    }

    void failedTransactionLeavesNothing()
    {
        auto db = TestStore::open(QStringLiteral("admin"));
        try {
            Database::Transaction t(*db);
            addCommittee(*db, QStringLiteral("First"));
            addCommittee(*db, QStringLiteral("First")); // UNIQUE name
            t.commit();
            QFAIL("duplicate committee saved");
        } catch (const StoreError&) {
        }
        QCOMPARE(StoreSql::scalar(*db, QStringLiteral("SELECT COUNT(*) FROM committees")).toInt(), 0);
    }

    void backupIsAConsistentCopyWhileOpen()
    {
        SQLITE_ONLY();
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("live.sqlite"));
        auto db = Database::open(path, QStringLiteral("admin"));
        addCommittee(*db);
        const QString copy = dir.filePath(QStringLiteral("copy.sqlite"));
        db->backupTo(copy);
        auto restored = Database::open(copy, QStringLiteral("admin"));
        QCOMPARE(StoreSql::scalar(*restored, QStringLiteral("SELECT name FROM committees")).toString(),
                 QStringLiteral("Care Services PDS Committee"));
        QCOMPARE(StoreSql::scalar(*restored, QStringLiteral("PRAGMA integrity_check")).toString(),
                 QStringLiteral("ok"));
        QVERIFY_THROWS_EXCEPTION(StoreError,
                                 db->backupTo(dir.filePath(QStringLiteral("no/such/folder/x.sqlite"))));
    }

    void lockedDatabaseGivesAMessageAndLosesNothing()
    {
        SQLITE_ONLY();
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("locked.sqlite"));
        auto db = Database::open(path, QStringLiteral("admin"));
        addCommittee(*db, QStringLiteral("Saved before"));
        // Another program holds the write lock.
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
        other.setDatabaseName(path);
        other.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10"));
        QVERIFY(other.open());
        QSqlQuery hold(other);
        QVERIFY(hold.exec(QStringLiteral("BEGIN IMMEDIATE")));
        QVERIFY(hold.exec(QStringLiteral("INSERT INTO committees (name) VALUES ('Other program')")));
        StoreSql::exec(*db, QStringLiteral("PRAGMA busy_timeout = 50"));
        try {
            addCommittee(*db, QStringLiteral("Blocked"));
            QFAIL("wrote through another program's lock");
        } catch (const StoreError& e) {
            QCOMPARE(e.kind(), StoreError::Kind::Locked);
            QVERIFY(e.message().contains(QStringLiteral("try again")));
        }
        QVERIFY(hold.exec(QStringLiteral("ROLLBACK")));
        hold.finish();
        other.close();
        other = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
        QCOMPARE(StoreSql::scalar(
                     *db, QStringLiteral("SELECT COUNT(*) FROM committees WHERE name = 'Saved before'"))
                     .toInt(),
                 1);
        addCommittee(*db, QStringLiteral("After the lock"));
        QCOMPARE(StoreSql::scalar(*db, QStringLiteral("SELECT COUNT(*) FROM committees")).toInt(), 2);
    }

    void fullDiskGivesAMessageAndLosesNothing()
    {
        SQLITE_ONLY();
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("full.sqlite"));
        auto db = Database::open(path, QStringLiteral("admin"));
        addCommittee(*db, QStringLiteral("Saved before"));
        // The file may grow no further: SQLite answers SQLITE_FULL, as on a full disk.
        const int pages = StoreSql::scalar(*db, QStringLiteral("PRAGMA page_count")).toInt();
        StoreSql::exec(*db, QStringLiteral("PRAGMA max_page_count = %1").arg(pages));
        StoreSql::exec(*db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        const QString big(200000, QLatin1Char('x'));
        try {
            for (int i = 0; i < 50; ++i)
                addCommittee(*db, big + QString::number(i));
            QFAIL("the file grew past its limit");
        } catch (const StoreError& e) {
            QCOMPARE(e.kind(), StoreError::Kind::DiskFull);
            QVERIFY(e.message().contains(QStringLiteral("Free some space")));
        }
        QCOMPARE(StoreSql::scalar(
                     *db, QStringLiteral("SELECT COUNT(*) FROM committees WHERE name = 'Saved before'"))
                     .toInt(),
                 1);
        db.reset();
        auto again = Database::open(path, QStringLiteral("admin"));
        QCOMPARE(StoreSql::scalar(*again, QStringLiteral("PRAGMA integrity_check")).toString(),
                 QStringLiteral("ok"));
        QCOMPARE(StoreSql::scalar(
                     *again, QStringLiteral("SELECT COUNT(*) FROM committees WHERE name = 'Saved before'"))
                     .toInt(),
                 1);
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "TestDatabase.moc"
