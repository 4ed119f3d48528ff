#pragma once

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
    // `login` is the signed-in user (the operating-system user when empty); the first user of
    // a new database becomes its administrator. Throws StoreError (TooNew, Locked, ...).
    static std::unique_ptr<Database> open(const QString& path, const QString& login = QString());
    // Opens bringing the schema only up to `version` (tests of upgrades from earlier versions).
    static std::unique_ptr<Database> openAtVersion(const QString& path, const QString& login, int version);

    static int latestSchemaVersion();
    static QString defaultLogin();
    // The database used when none is named: Scrutineer/demo.sqlite in the user's data folder
    // (~/.local/share/Scrutineer/demo.sqlite on Linux).
    static QString defaultPath();

    QString path() const { return m_path; }
    QString connectionName() const { return m_connection; }
    QSqlDatabase connection() const;
    int schemaVersion() const;
    QString lastBackup() const { return m_lastBackup; } // the backup taken before migrating, if any

    // The signed-in user.
    QString login() const { return m_login; }
    Role role() const { return m_role; }
    qint64 personId() const { return m_personId; }
    // Signs in as another login (tests, and the administrator checking a role). Unknown logins
    // read only, as members.
    void signIn(const QString& login);

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
    Database(QString path, QString connection);
    void configure();
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
    QString m_login;
    Role m_role = Role::Member;
    qint64 m_personId = 0;
    QString m_lastBackup;
    int m_transactionDepth = 0;
    int m_bulk = 0;
    mutable QHash<QString, QStringList> m_columns;
    mutable QList<Statement>* m_statementLog = nullptr;
};
