#pragma once

#include "Engine.h"
#include "StoreError.h"
#include "core/Role.h"

#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <QVariantList>
#include <QVariantMap>
#include <memory>

class QSqlDatabase;

// One open Scrutineer database: the connection, its migrations, the signed-in user and role,
// and the audited, versioned, role-checked writes that every repository goes through.
//
// The QSqlDatabase is never kept: only its connection name, looked up on use, on the thread
// that opened it. Every value is bound; identifiers come from the schema itself.
class Database
{
public:
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // Opens (or creates) the file and brings its schema up to date, taking a backup first
    // when an existing database is migrated. ":memory:" gives a private in-memory database.
    // A postgresql://user@host:port/dbname URL opens a database on a server instead (see
    // openServer). `login` is the signed-in user (the operating-system user when empty; on a
    // server, the user it was connected as); the first user of a new database becomes its
    // administrator. Throws StoreError (TooNew, Locked, Unreachable, Authentication, ...).
    static std::unique_ptr<Database> open(const QString& path, const QString& login = QString());
    // Opens bringing the schema only up to `version` (tests of upgrades from earlier versions).
    static std::unique_ptr<Database> openAtVersion(const QString& path, const QString& login, int version);
    // A database on a PostgreSQL server. The password, when the address carries one (typed by a
    // person, never read from or written to a file here), is kept in memory to reconnect; without
    // one libpq looks in PGPASSFILE or ~/.pgpass. The schema is brought up to date only when the
    // connected user owns the database (scrutineer server-init); others are told to ask for it.
    static std::unique_ptr<Database> openServer(const ServerAddress& address, const QString& login = QString(),
                                                int version = -1);

    static int latestSchemaVersion();
    static QString defaultLogin();
    // The database used when none is named: Scrutineer/demo.sqlite in the user's data folder
    // (~/.local/share/Scrutineer/demo.sqlite on Linux).
    static QString defaultPath();

    // The file's path, or the server's URL (without any password).
    QString path() const { return m_path; }
    Engine engine() const { return m_engine; }
    bool isServer() const { return m_engine == Engine::Postgres; }
    const ServerAddress& serverAddress() const { return m_server; }
    QString connectionName() const { return m_connection; }
    QSqlDatabase connection() const;
    int schemaVersion() const;
    QString lastBackup() const { return m_lastBackup; } // the backup taken before migrating, if any

    // The signed-in user.
    QString login() const { return m_login; }
    Role role() const { return m_role; }
    qint64 personId() const { return m_personId; }
    // Signs in as another login (tests, and the administrator checking a role). Unknown logins
    // read only, as members. On a server the connection takes on that login's server role (SET
    // ROLE), so that the server's own rules apply to it; this needs a connection allowed to.
    void signIn(const QString& login);

    // PostgreSQL: sets up the server side of this database (the roles of each Scrutineer role,
    // their privileges, row-level security); run after the migrations by whoever owns the
    // database. The statements, for a database administrator who prefers to read them first.
    QStringList serverPrivilegeStatements() const;
    // PostgreSQL: whether the connection is alive; if not, connects again (signed in as before)
    // and says whether that worked. Nothing is retried inside a transaction.
    bool reconnect();

    // --- Queries: every value bound, errors thrown as StoreError with a person's message. ---
    QSqlQuery exec(const QString& sql, const QVariantList& values = {}) const;
    QVariant scalar(const QString& sql, const QVariantList& values = {}) const;
    QList<QVariantMap> rows(const QString& sql, const QVariantList& values = {}) const;

    // --- Writes: role checked, audited field by field, versioned. ---
    // Inserts a row and returns its id.
    qint64 insert(const QString& table, const QVariantMap& values);
    // Updates the row if it still has `expectedVersion` (pass -1 to skip the check); raises its
    // version. Throws StoreError::Conflict naming who changed it when the version moved on.
    void update(const QString& table, qint64 id, const QVariantMap& values, int expectedVersion = -1);
    void remove(const QString& table, qint64 id, int expectedVersion = -1);
    // Rows of link tables without an id (priority_recommendations, indicator_priorities).
    void link(const QString& table, const QVariantMap& key);
    void unlink(const QString& table, const QVariantMap& key);

    // Bulk loading (the demo generator, importers of many thousand rows): writes skip the
    // field-by-field audit and leave one audit row per table instead. Nesting is allowed.
    class BulkLoad
    {
    public:
        explicit BulkLoad(Database& db);
        ~BulkLoad();
        BulkLoad(const BulkLoad&) = delete;
        BulkLoad& operator=(const BulkLoad&) = delete;

    private:
        Database& m_db;
    };

    // A transaction; rolled back unless commit() is called. Nested transactions join the outer one.
    class Transaction
    {
    public:
        explicit Transaction(Database& db);
        ~Transaction();
        void commit();
        Transaction(const Transaction&) = delete;
        Transaction& operator=(const Transaction&) = delete;

    private:
        Database& m_db;
        bool m_outer = false;
        bool m_done = false;
    };

    // A consistent copy of the open database (SQLite's online backup), safe while in use.
    void backupTo(const QString& file) const;

    // Inserts many rows with one statement, prepared once (bulk loads): run() returns each new id.
    // On a server the rows are sent a few hundred at a time, with ids taken in advance and the
    // foreign keys checked at commit (inside a transaction only); anything else the database is
    // asked, and the commit, sends what is waiting first.
    class Inserter
    {
    public:
        Inserter(Database& db, const QString& sql);
        ~Inserter();
        Inserter(const Inserter&) = delete;
        Inserter& operator=(const Inserter&) = delete;
        qint64 run(const QVariantList& values);
        void flush();

    private:
        Database& m_db;
        QString m_sql;
        QSqlQuery m_query;
        QString m_table;
        QString m_head;  // INSERT INTO t (id, …) VALUES
        QString m_marks; // (?, ?, …)
        QList<qint64> m_ids;
        QStringList m_queued;
        QVariantList m_values;
    };

    // Turns a driver error into a StoreError with a message for a person.
    [[noreturn]] void raise(const QSqlQuery& query, const QString& doing) const;

    QStringList columns(const QString& table) const;
    bool hasTable(const QString& table) const;

private:
    Database(QString path, QString connection);
    void configure();
    // PostgreSQL (DatabaseServer.cpp): what differs on a server.
    void connectServer();
    void configureServer();
    int serverSchemaVersion() const;
    void beginServerMigration(int current, int target);
    void setServerSchemaVersion(int version);
    void applyServerPrivileges();
    void signInServer(const QString& login);
    QSqlQuery execServer(const QString& sql, const QVariantList& values) const;
    [[noreturn]] void raiseServer(const QSqlQuery& query, const QString& doing) const;
    void migrate(int target);
    void ensureUser(const QString& login);
    void checkWrite(const QString& table) const;
    void checkNoteAuthor(const QString& table, qint64 id) const;
    void audit(const QString& table, qint64 rowId, const QString& operation, const QString& field,
               const QVariant& oldValue, const QVariant& newValue);
    QString now() const;
    void checkColumns(const QString& table, const QStringList& names) const;

    QString m_path;
    QString m_connection;
    Engine m_engine = Engine::Sqlite;
    ServerAddress m_server;
    QString m_login;
    Role m_role = Role::Member;
    qint64 m_personId = 0;
    QString m_lastBackup;
    int m_transactionDepth = 0;
    int m_bulk = 0;
    mutable QHash<QString, QStringList> m_columns;
    QList<Inserter*> m_inserters; // on a server: rows waiting to be sent (see Inserter)
    mutable bool m_flushing = false;
    void flushInserters() const;
};
