// PostgreSQL-specific parts of Database: connecting to a server, its session settings, where it
// keeps the schema version, who may upgrade it, the server roles and their privileges, SET ROLE
// for a sign-in, reconnecting, and the server's error codes. Everything here is marked by the
// engine check at its one call site in Database.cpp.
#include "Database.h"
#include "StoreSql.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlRecord>
#include <QTimeZone>

namespace {

// The context of this file's strings, the same for Text::tr() at run time and for lupdate.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Database)
};

QAtomicInt g_serverConnectionCounter;

// The tables the server keeps itself: read by all, written by nobody directly (the audit trail is
// added to by its triggers only).
const QStringList& serverKeptTables()
{
    static const QStringList t = {QStringLiteral("audit_log"), QStringLiteral("schema_version"),
                                  QStringLiteral("server_roles"), QStringLiteral("search_index")};
    return t;
}

// libpq's message without its "ERROR:  " and "(SQLSTATE)" dressing.
QString serverText(const QSqlError& e)
{
    QString text = e.databaseText().isEmpty() ? e.driverText() : e.databaseText();
    static const QRegularExpression dressing(QStringLiteral("^(ERROR|FATAL):\\s+|\\(\\w{5}\\)\\s*$"));
    text.replace(dressing, QString());
    return text.trimmed();
}

// The message for a connection that could not be made.
StoreError connectionError(const ServerAddress& a, const QSqlError& e)
{
    const QString text = e.databaseText().isEmpty() ? e.text() : e.databaseText();
    const QString where = a.displayName();
    if (text.contains(QLatin1String("no password supplied")))
        return StoreError(
            StoreError::Kind::Authentication,
            Text::tr("The server asks for the password of %1. Type it (Scrutineer keeps it only while "
                     "the database is open), or keep it in your ~/.pgpass file.")
                .arg(a.user.isEmpty() ? where : a.user),
            text);
    if (text.contains(QLatin1String("password authentication failed")) ||
        text.contains(QLatin1String("authentication failed")))
        return StoreError(
            StoreError::Kind::Authentication,
            Text::tr("The server refused the password for %1. Check the login name and password (they "
                     "are case-sensitive), or ask your administrator to set a new password.")
                .arg(a.user.isEmpty() ? where : a.user),
            text);
    if (text.contains(QLatin1String("does not exist")) && text.contains(QLatin1String("database")))
        return StoreError(
            StoreError::Kind::Failed,
            Text::tr("The server has no database called %1. Check the name, or ask whoever runs the "
                     "server to create it (scrutineer server-init sets up a new one).")
                .arg(a.database),
            text);
    if (text.contains(QLatin1String("permission denied for database")) ||
        text.contains(QLatin1String("CONNECT privilege")))
        return StoreError(
            StoreError::Kind::NotAllowed,
            Text::tr("You (%1) have no role in the database %2. Ask its administrator to add you in "
                     "Users and Roles.")
                .arg(a.user, a.database),
            text);
    if (text.contains(QLatin1String("starting up")) || text.contains(QLatin1String("shutting down")) ||
        text.contains(QLatin1String("in recovery mode")))
        return StoreError(
            StoreError::Kind::Unreachable,
            Text::tr("The server %1 is starting or stopping. Wait a minute and try again.").arg(where), text);
    return StoreError(
        StoreError::Kind::Unreachable,
        Text::tr("The server could not be reached (%1): %2. Check the address and your network, or ask "
                 "whoever runs the server whether it is up; nothing has been changed.")
            .arg(where, text.section(QLatin1Char('\n'), 0, 0).trimmed()),
        text);
}

} // namespace

std::unique_ptr<Database> Database::openServer(const ServerAddress& address, const QString& login,
                                               int version)
{
    const QString name =
        QStringLiteral("scrutineer-server-%1").arg(g_serverConnectionCounter.fetchAndAddRelaxed(1));
    std::unique_ptr<Database> self(new Database(address.url(false), name));
    self->m_engine = Engine::Postgres;
    self->m_server = address;
    self->connectServer();
    self->configure();
    self->migrate(version < 0 ? latestSchemaVersion() : version);
    self->exec(QStringLiteral("SET statement_timeout = '120s'")); // an upgrade took the time it needed
    QString who = login;
    if (who.isEmpty())
        who = self->scalar(QStringLiteral("SELECT session_user")).toString();
    self->ensureUser(who);
    if (self->columns(QStringLiteral("audit_log")).contains(QStringLiteral("hash")))
        self->m_auditCheck = self->verifyAuditTrail(); // from version 3 on, as on a file
    return self;
}

void Database::connectServer()
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        throw StoreError(
            StoreError::Kind::Failed,
            Text::tr("This copy of Scrutineer cannot reach PostgreSQL servers: Qt's PostgreSQL driver is "
                     "missing (on Debian, install libqt6sql6-psql)."));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connection);
    db.setDatabaseName(m_server.database);
    db.setHostName(m_server.host);
    db.setPort(m_server.port);
    db.setUserName(m_server.user);
    db.setPassword(m_server.password);
    QStringList options;
    if (!m_server.options.join(u' ').contains(QLatin1String("connect_timeout")))
        options << QStringLiteral("connect_timeout=10");
    options << QStringLiteral("application_name=Scrutineer");
    const QString extra = m_server.connectOptions();
    db.setConnectOptions(options.join(u';') + (extra.isEmpty() ? QString() : QLatin1Char(';') + extra));
    if (!db.open())
        throw connectionError(m_server, db.lastError());
}

// Session settings: the user's time zone for the audit trail's times, and a bounded wait for a
// row another person is saving (as SQLite's busy timeout).
void Database::configureServer()
{
    const int version = scalar(QStringLiteral("SELECT current_setting('server_version_num')")).toInt();
    if (version < 140000)
        throw StoreError(
            StoreError::Kind::Failed,
            Text::tr("The server runs PostgreSQL %1; Scrutineer needs version 14 or later (15 is what it is "
                     "tested with).")
                .arg(version / 10000));
    const QByteArray zone = QTimeZone::systemTimeZoneId();
    if (!zone.isEmpty())
        exec(QStringLiteral("SELECT set_config('TimeZone', ?, false)"), {QString::fromUtf8(zone)});
    exec(QStringLiteral("SET lock_timeout = '10s'"));
    // A server that is slow (or a query gone wrong) holds the window for two minutes at most;
    // upgrades, copies and bulk loads lift the limit while they run.
    exec(QStringLiteral("SET statement_timeout = '120s'"));
    exec(QStringLiteral("SET client_min_messages = warning"));
}

int Database::serverSchemaVersion() const
{
    if (scalar(QStringLiteral("SELECT to_regclass('schema_version') IS NULL")).toBool()) {
        // Not (yet) a Scrutineer database: empty, or something else's.
        const int tables =
            scalar(QStringLiteral("SELECT COUNT(*) FROM pg_tables WHERE schemaname = current_schema()"))
                .toInt();
        if (tables > 0)
            throw StoreError(
                StoreError::Kind::Failed,
                Text::tr("The database %1 holds tables that are not Scrutineer's. Choose an empty database, "
                         "or one set up with scrutineer server-init; nothing has been changed.")
                    .arg(m_server.database));
        return 0;
    }
    return scalar(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_version")).toInt();
}

// Only the database's owner (or a superuser) changes its schema and makes its roles.
void Database::beginServerMigration(int current, int target)
{
    const auto who = rows(QStringLiteral(
        "SELECT r.rolsuper OR r.rolname = pg_get_userbyid(d.datdba) AS owner, r.rolsuper OR r.rolcreaterole "
        "AS makes_roles"
        " FROM pg_roles r, pg_database d WHERE r.rolname = current_user AND d.datname = current_database()"));
    const bool owner = !who.isEmpty() && who.first().value(QStringLiteral("owner")).toBool();
    const bool makesRoles = !who.isEmpty() && who.first().value(QStringLiteral("makes_roles")).toBool();
    if (!owner) {
        if (current == 0)
            throw StoreError(
                StoreError::Kind::NotAllowed,
                Text::tr("The database %1 has not been set up for Scrutineer. Its owner sets it up with: "
                         "scrutineer server-init %2")
                    .arg(m_server.database, m_server.url()));
        throw StoreError(
            StoreError::Kind::NotAllowed,
            Text::tr("The database %1 needs upgrading from version %2 to %3 for this Scrutineer. Ask whoever "
                     "looks after the server to run: scrutineer server-init %4 (nothing has been changed).")
                .arg(m_server.database)
                .arg(current)
                .arg(target)
                .arg(m_server.url()));
    }
    if (current == 0 && !makesRoles)
        throw StoreError(
            StoreError::Kind::NotAllowed,
            Text::tr(
                "Setting up %1 makes a server role for each Scrutineer role, which needs a login allowed "
                "to create roles (CREATEROLE). Run scrutineer server-init as such a login.")
                .arg(m_server.database));
    exec(QStringLiteral("SET statement_timeout = 0")); // an upgrade takes the time it needs
}

void Database::setServerSchemaVersion(int version)
{
    exec(QStringLiteral("DELETE FROM schema_version"));
    exec(QStringLiteral("INSERT INTO schema_version (version) VALUES (?)"), {version});
}

QStringList Database::serverPrivilegeStatements() const
{
    QStringList out;
    const auto roles = rows(QStringLiteral("SELECT role, pg_role FROM server_roles ORDER BY role"));
    const auto tables = rows(QStringLiteral(
        "SELECT c.relname AS name, COALESCE(string_agg(a.attname, ',' ORDER BY a.attnum) FILTER "
        "(WHERE a.atttypid = 'bytea'::regtype), '') AS binary_columns,"
        " bool_or(a.attname = 'id') AS has_id,"
        " CASE WHEN bool_or(a.attname = 'id') THEN pg_get_serial_sequence(quote_ident(c.relname), 'id') END "
        "AS sequence"
        " FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped"
        " WHERE c.relnamespace = to_regnamespace(current_schema()) AND c.relkind = 'r'"
        " GROUP BY c.relname ORDER BY c.relname"));
    QString administrators;
    for (const QVariantMap& r : roles)
        if (r.value(QStringLiteral("role")).toString() == QLatin1String("administrator"))
            administrators = Dialect::quoteIdentifier(r.value(QStringLiteral("pg_role")).toString());
    for (const QVariantMap& t : tables) {
        const QString table = t.value(QStringLiteral("name")).toString();
        const QString quoted = Dialect::quoteIdentifier(table);
        const bool kept = serverKeptTables().contains(table);
        out << QStringLiteral("REVOKE ALL ON %1 FROM PUBLIC").arg(quoted);
        for (const QVariantMap& r : roles) {
            const Role role = Roles::fromCode(r.value(QStringLiteral("role")).toString());
            const QString grantee = Dialect::quoteIdentifier(r.value(QStringLiteral("pg_role")).toString());
            QStringList privileges = {QStringLiteral("SELECT")};
            if (table == QLatin1String("audit_log"))
                privileges << QStringLiteral("INSERT"); // by the triggers only (row-level security)
            else if (!kept && Roles::mayWrite(role, table))
                privileges << QStringLiteral("INSERT") << QStringLiteral("UPDATE")
                           << QStringLiteral("DELETE");
            out << QStringLiteral("REVOKE ALL ON %1 FROM %2").arg(quoted, grantee);
            out << QStringLiteral("GRANT %1 ON %2 TO %3")
                       .arg(privileges.join(QStringLiteral(", ")), quoted, grantee);
            // Ids taken in advance by a bulk load (Database::Inserter) come from the table's sequence.
            const QString sequence = t.value(QStringLiteral("sequence")).toString();
            if (!sequence.isEmpty() && privileges.contains(QStringLiteral("INSERT")) && !kept &&
                table != QLatin1String("audit_log"))
                out << QStringLiteral("GRANT USAGE ON SEQUENCE %1 TO %2").arg(sequence, grantee);
        }
        if (kept || table == QLatin1String("search_paused")) // the engine's own; not the record
            continue;
        // Every change is audited and announced, however it is made. The actor trigger's name sorts
        // before the foreign keys' own ("RI_…"), so that it runs before their cascades.
        QStringList binary;
        for (const QString& c :
             t.value(QStringLiteral("binary_columns")).toString().split(u',', Qt::SkipEmptyParts))
            binary << QLatin1Char('\'') + c + QLatin1Char('\'');
        out << QStringLiteral(
                   "CREATE OR REPLACE TRIGGER \"Audit actor\" BEFORE INSERT OR UPDATE OR DELETE ON %1 "
                   "FOR EACH STATEMENT EXECUTE FUNCTION scrutineer_actor()")
                   .arg(quoted);
        out << QStringLiteral("CREATE OR REPLACE TRIGGER \"Audit\" AFTER INSERT OR UPDATE OR DELETE ON %1 "
                              "FOR EACH ROW EXECUTE FUNCTION scrutineer_audit(%2)")
                   .arg(quoted, binary.join(QStringLiteral(", ")));
        out << QStringLiteral(
                   "CREATE OR REPLACE TRIGGER notify_change AFTER INSERT OR UPDATE OR DELETE ON %1 "
                   "FOR EACH STATEMENT EXECUTE FUNCTION scrutineer_notify()")
                   .arg(quoted);
    }
    // The owner's functions that only administrators may call.
    for (const char* function : {"scrutineer_set_password(TEXT, TEXT)", "scrutineer_search_rebuild()"}) {
        if (scalar(QStringLiteral("SELECT to_regprocedure(?) IS NULL"), {QLatin1String(function)}).toBool())
            continue; // made by a later version

        out << QStringLiteral("REVOKE ALL ON FUNCTION %1 FROM PUBLIC").arg(QLatin1String(function));
        if (!administrators.isEmpty())
            out << QStringLiteral("GRANT EXECUTE ON FUNCTION %1 TO %2")
                       .arg(QLatin1String(function), administrators);
    }
    return out;
}

void Database::applyServerPrivileges()
{
    // In one round trip: a few hundred statements, each made of names from the catalogue.
    exec(QStringLiteral("DO $scrutineer$ BEGIN\n%1;\nEND $scrutineer$")
             .arg(serverPrivilegeStatements().join(QStringLiteral(";\n"))));
}

// The connection acts as the login (SET ROLE), so that the server's privileges, row-level security
// and audit trail apply to it; an unknown login reads as a member.
void Database::signInServer(const QString& login)
{
    exec(QStringLiteral("RESET ROLE"));
    const QString session = scalar(QStringLiteral("SELECT session_user")).toString();
    if (login == session)
        return;
    QString role = login;
    if (!scalar(QStringLiteral("SELECT COUNT(*) FROM pg_roles WHERE rolname = ?"), {login}).toInt())
        role = scalar(QStringLiteral("SELECT pg_role FROM server_roles WHERE role = 'member'")).toString();
    QSqlQuery q(connection());
    if (!q.exec(QStringLiteral("SET ROLE ") + Dialect::quoteIdentifier(role)))
        throw StoreError(
            StoreError::Kind::NotAllowed,
            Text::tr("You are connected to the server as %1, who may not act as %2. Connect as %2 instead.")
                .arg(session, login),
            serverText(q.lastError()));
}

// A transaction on a server: a lost connection is made again first (nothing is open on it yet), then
// the database's writers' lock is taken, as SQLite's BEGIN IMMEDIATE takes the file's: the audit
// trail's chain takes the same lock at its first row (003_audit_chain.postgres.sql), and a writer
// that took row locks before it could wait for another that waits for those rows. Taken first, two
// people saving at once are saved one after the other, neither refused. The lock is waited for up
// to the lock timeout, a few times over.
void Database::beginServer()
{
    if (!reconnect())
        throw StoreError(
            StoreError::Kind::Unreachable,
            Text::tr("The server cannot be reached, so nothing can be saved just now. What you typed is "
                     "kept; try again when the server is back."));
    for (int attempt = 0;; ++attempt) {
        QSqlQuery begin(connection());
        if (!begin.exec(QStringLiteral("BEGIN"))) {
            // The server restarted since the last question: nothing is open yet, so connect again.
            if (!connection().driver()->isOpen() && attempt == 0 && reconnect())
                continue;
            raise(begin, Text::tr("begin a change"));
        }
        QSqlQuery lock(connection());
        if (lock.exec(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(kApplicationId)))
            return;
        const QString state = lock.lastError().nativeErrorCode();
        QSqlQuery(connection()).exec(QStringLiteral("ROLLBACK"));
        if ((state == QLatin1String("55P03") || state == QLatin1String("40P01")) && attempt < 3)
            continue;
        raise(lock, Text::tr("begin a change"));
    }
}

bool Database::reconnect()
{
    if (m_engine != Engine::Postgres)
        return true;
    QSqlDatabase db = connection();
    if (db.isOpen() && db.driver()->isOpen())
        return true;
    if (m_transactionDepth > 0)
        return false;
    const QStringList subscriptions = db.driver()->subscribedToNotifications();
    db.close();
    if (!db.open())
        return false;
    try {
        configureServer();
        signIn(m_login);
        for (const QString& name : subscriptions)
            db.driver()->subscribeToNotification(name);
    } catch (const StoreError&) {
        db.close();
        return false;
    }
    return true;
}

QSqlQuery Database::execServer(const QString& sql, const QVariantList& values) const
{
    flushInserters(); // what the question may depend on goes first
    QSqlDatabase db = connection();
    const QString statement = Dialect::inlineValues(sql, values, db.driver());
    for (int attempt = 0;; ++attempt) {
        QSqlQuery q(db);
        // Whole results at once: QPSQL's forward-only mode loses a result when another query runs.
        q.setForwardOnly(false);
        if (q.exec(statement))
            return q;
        // A lost connection is made again, outside a transaction (inside one, the change is lost
        // with it and the caller hears so), and the statement tried once more.
        const bool lost = !db.driver()->isOpen();
        if (lost && attempt == 0 && m_transactionDepth == 0 && const_cast<Database*>(this)->reconnect())
            continue;
        raise(q, Text::tr("run a query"));
    }
}

void Database::raiseServer(const QSqlQuery& query, const QString& doing) const
{
    const QSqlError e = query.lastError();
    const QString state = e.nativeErrorCode();
    const QString text = serverText(e);
    const QString detail = e.text();
    if (!connection().driver()->isOpen() || state.startsWith(QLatin1String("08")) ||
        state == QLatin1String("57P01") || state == QLatin1String("57P02") || state == QLatin1String("57P03"))
        throw StoreError(
            StoreError::Kind::Unreachable,
            Text::tr("The connection to the server was lost, so this was not done (%1). Nothing half-done "
                     "was kept: the server undoes an unfinished change. Scrutineer connects again when "
                     "the server is back; then try again.")
                .arg(m_server.displayName()),
            detail);
    if (state == QLatin1String("40001") || state == QLatin1String("40P01") || state == QLatin1String("55P03"))
        throw StoreError(
            StoreError::Kind::Locked,
            Text::tr("The database is busy: someone else is saving the same records. Wait a moment and try "
                     "again; nothing you saved before has been lost."),
            detail);
    if (state == QLatin1String("53100"))
        throw StoreError(
            StoreError::Kind::DiskFull,
            Text::tr("The server's disk is full, so this change could not be saved. Tell whoever runs the "
                     "server; what was saved before is safe."),
            detail);
    if (state == QLatin1String("42501"))
        throw StoreError(
            StoreError::Kind::NotAllowed,
            Text::tr("The server refused this: %1. Your role does not allow it; ask your administrator.")
                .arg(text),
            detail);
    if (state == QLatin1String("23503"))
        throw StoreError(
            StoreError::Kind::Invalid,
            Text::tr("This change refers to a record that does not exist, or removes one that others still "
                     "refer to."),
            detail);
    if (state == QLatin1String("23505"))
        throw StoreError(StoreError::Kind::Invalid,
                         Text::tr("A record with the same details already exists (%1).").arg(text), detail);
    if (state == QLatin1String("23514") || state == QLatin1String("23502") ||
        state.startsWith(QLatin1String("22")))
        throw StoreError(StoreError::Kind::Invalid,
                         Text::tr("A value is not one of those allowed (%1).").arg(text), detail);
    if (state == QLatin1String("57014"))
        throw StoreError(
            StoreError::Kind::Failed,
            Text::tr("The server took too long and stopped (%1). Try again, or narrow what you asked for.")
                .arg(text),
            detail);
    throw StoreError(StoreError::Kind::Failed, Text::tr("The database could not %1: %2").arg(doing, text),
                     detail);
}
