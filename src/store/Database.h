#pragma once

#include "Engine.h"
#include "StoreError.h"
#include "core/Role.h"

#include <QHash>
#include <QString>
#include <QVariant>
#include <QVariantList>
#include <QVariantMap>
#include <memory>

class QSqlDatabase;
class QSqlQuery;

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
    // Opens for reading only, whoever may write the file (File ▸ Open Read-Only…): a member looking
    // at the committee's file without a risk of changing it. Nothing is migrated or written.
    static std::unique_ptr<Database> openReadOnly(const QString& path, const QString& login = QString());
    // Opens bringing the schema only up to `version` (tests of upgrades from earlier versions).
    static std::unique_ptr<Database> openAtVersion(const QString& path, const QString& login, int version,
                                                   bool readOnly = false);
    // A database on a PostgreSQL server. The password, when the address carries one (typed by a
    // person, never read from or written to a file here), is kept in memory to reconnect; without
    // one libpq looks in PGPASSFILE or ~/.pgpass. The schema is brought up to date only when the
    // connected user owns the database (scrutineer server-init); others are told to ask for it.
    static std::unique_ptr<Database> openServer(const ServerAddress& address,
                                                const QString& login = QString(), int version = -1);

    static int latestSchemaVersion();
    static QString defaultLogin();
    // The database used when none is named: Scrutineer/demo.sqlite in the user's data folder
    // (~/.local/share/Scrutineer/demo.sqlite on Linux).
    static QString defaultPath();
    // Makes `dir` (and its parents) when missing and leaves it readable by its owner only (0700),
    // whatever the umask: the folder that holds the databases, exempt business and all.
    static bool makePrivateFolder(const QString& dir);

    // The value of PRAGMA application_id that marks a Scrutineer database ("SCRU").
    static constexpr int kApplicationId = 0x53435255;

    // The file's path, or the server's URL (without any password).
    QString path() const { return m_path; }
    Engine engine() const { return m_engine; }
    bool isServer() const { return m_engine == Engine::Postgres; }
    const ServerAddress& serverAddress() const { return m_server; }
    QString connectionName() const { return m_connection; }
    QSqlDatabase connection() const;
    int schemaVersion() const;
    QString lastBackup() const { return m_lastBackup; } // the backup taken before migrating, if any
    // Opened for reading only, because the file or its folder may not be written by this user:
    // reading works, every change is refused with readOnlyReason().
    bool isReadOnly() const { return m_readOnly; }
    QString readOnlyReason() const { return m_readOnlyReason; }

    // --- The audit trail is tamper-evident: each row carries a SHA-256 hash over its fields and
    // the hash of the row before it, and triggers refuse UPDATE and DELETE of its rows. On a
    // server the chain is made by the server itself as its audit triggers write each row (the same
    // hash), so that the check below means the same on both engines. ---
    struct AuditCheck
    {
        bool intact = true;
        qint64 entries = 0;   // rows checked
        qint64 brokenAt = 0;  // the first row that does not match (its id), 0 when intact
        QString brokenAtTime; // when that row says it was written
        QString lastGoodTime; // when the last row that still matches was written (empty: none)
        QString message;      // for a person: where and since when, and what to do
    };
    // Checks the whole chain. Opening a database checks it too: auditCheck() is that result.
    AuditCheck verifyAuditTrail() const;
    const AuditCheck& auditCheck() const { return m_auditCheck; }
    // The hash of one audit row: fields as stored (null distinct from empty), then the previous
    // row's hash. Kept here so that writing and checking cannot disagree.
    static QByteArray auditHash(const QList<QVariant>& fields, const QByteArray& previousHash);

    // The signed-in user.
    QString login() const { return m_login; }
    Role role() const { return m_role; }
    // What this connection may change: what its role may (a rule of core/Role.h), and nothing when
    // the file is opened for reading only. The window offers only what these allow.
    bool may(bool (*rule)(Role)) const { return !m_readOnly && rule(m_role); }
    bool mayWrite(const QString& table) const { return !m_readOnly && Roles::mayWrite(m_role, table); }
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
    // field-by-field audit; finish() then records, for each table the load added rows to, one audit
    // row in the chain like any other (table, first row, "insert", field "*", "bulk load: N rows,
    // A to B"), so that a ten-year demo costs a few dozen audit rows, not a hundred thousand. Call
    // finish() before the transaction's commit(). Nesting is allowed: only the outermost records.
    // On a server the audit triggers record every row added instead, one audit row each (field
    // "*"), however the rows are written; finish() then has nothing to add.
    class BulkLoad
    {
    public:
        explicit BulkLoad(Database& db);
        ~BulkLoad();
        void finish();
        BulkLoad(const BulkLoad&) = delete;
        BulkLoad& operator=(const BulkLoad&) = delete;

    private:
        Database& m_db;
        bool m_outer = false;
        bool m_done = false;
        QHash<QString, qint64> m_lastRow; // table -> its largest rowid when the load began
    };

    // A transaction; rolled back unless commit() is called. Nested transactions join the outer one.
    // The outer one takes the write lock at once (BEGIN IMMEDIATE), waiting for another writer up to
    // the busy timeout and trying again, so that two people saving at once both succeed. On a
    // server the same: the outer transaction first takes the database's writers' lock (an advisory
    // lock, which the audit trail's chain also takes), waiting up to the lock timeout and trying
    // again; a connection lost before it begins is made again.
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
        std::unique_ptr<QSqlQuery> m_query;
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

    // --- Query plans (the query-plan test, benchmarks). ---
    // One statement as run through exec(): its SQL and bound values.
    struct Statement
    {
        QString sql;
        QVariantList values;
    };
    // While a log is set, every statement run through exec() is appended to it; pass null to stop.
    void setStatementLog(QList<Statement>* log) const { m_statementLog = log; }
    // SQLite-specific: the engine's EXPLAIN QUERY PLAN of a statement, one step a line, each line
    // "SCAN t", "SEARCH t USING INDEX i (c=?)", … with the table as the statement names it (its
    // alias when it has one). Running it changes nothing.
    QStringList queryPlan(const Statement& statement) const;

private:
    // --- Queries: every value bound, errors thrown as StoreError with a person's message. ---
    // SQL is the store's own: these are reached through StoreSql (store/StoreSql.h), which only the
    // store and the tests can include (Qt6::Sql is linked PRIVATE), so the window, the reports and
    // the verbs ask a repository instead.
    friend class StoreSql;
    QSqlQuery exec(const QString& sql, const QVariantList& values = {}) const;
    QVariant scalar(const QString& sql, const QVariantList& values = {}) const;
    QList<QVariantMap> rows(const QString& sql, const QVariantList& values = {}) const;

    Database(QString path, QString connection);
    void connect(bool readOnly, bool immutable);
    void identify();
    void configure();
    void begin();
    // PostgreSQL (DatabaseServer.cpp): what differs on a server.
    void connectServer();
    void configureServer();
    int serverSchemaVersion() const;
    void beginServerMigration(int current, int target);
    void setServerSchemaVersion(int version);
    void applyServerPrivileges();
    void signInServer(const QString& login);
    void beginServer();
    AuditCheck verifyServerAuditTrail() const;
    QSqlQuery execServer(const QString& sql, const QVariantList& values) const;
    [[noreturn]] void raiseServer(const QSqlQuery& query, const QString& doing) const;
    void sealAuditTrail();
    void migrate(int target);
    void ensureUser(const QString& login);
    void checkWrite(const QString& table) const;
    void checkNoteAuthor(const QString& table, qint64 id) const;
    void audit(const QString& table, qint64 rowId, const QString& operation, const QString& field,
               const QVariant& oldValue, const QVariant& newValue);
    void appendAudit(const QVariantList& values);
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
    bool m_readOnly = false;
    QString m_readOnlyReason;
    AuditCheck m_auditCheck;
    // The last audit row's id and hash, known while a write transaction holds the lock.
    bool m_auditTailKnown = false;
    qint64 m_auditTailId = 0;
    QByteArray m_auditTailHash;
    mutable QHash<QString, QStringList> m_columns;
    mutable QList<Statement>* m_statementLog = nullptr;
    QList<Inserter*> m_inserters; // on a server: rows waiting to be sent (see Inserter)
    mutable bool m_flushing = false;
    void flushInserters() const;
};
