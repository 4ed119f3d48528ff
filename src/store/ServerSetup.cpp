#include "ServerSetup.h"

#include "Database.h"
#include "StoreSql.h"
#include "UserRepository.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace ServerSetup {

namespace {

// The context of this file's strings, the same for Text::tr() at run time and for lupdate.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ServerSetup)
};

// Makes the database when the server has none of that name, connected to the server's own
// "postgres" database; says whether it did.
bool createDatabaseIfMissing(const ServerAddress& address)
{
    const QString name = QStringLiteral("scrutineer-server-init");
    bool created = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        const ServerAddress maintenance = address.withDatabase(QStringLiteral("postgres"));
        db.setHostName(maintenance.host);
        db.setPort(maintenance.port);
        db.setUserName(maintenance.user);
        db.setPassword(maintenance.password);
        db.setDatabaseName(maintenance.database);
        db.setConnectOptions(maintenance.connectOptions());
        if (db.open()) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("SELECT COUNT(*) FROM pg_database WHERE datname = ?"));
            q.addBindValue(address.database);
            if (q.exec() && q.next() && q.value(0).toInt() == 0) {
                if (!q.exec(QStringLiteral("CREATE DATABASE ") + Dialect::quoteIdentifier(address.database) +
                            QStringLiteral(" ENCODING 'UTF8' TEMPLATE template0"))) {
                    const QString why = q.lastError().databaseText();
                    q.finish();
                    db.close();
                    db = QSqlDatabase();
                    QSqlDatabase::removeDatabase(name);
                    throw StoreError(
                        StoreError::Kind::NotAllowed,
                        Text::tr(
                            "The database %1 could not be created (%2). Create it as a login that may "
                            "(CREATEDB), or ask whoever runs the server to: CREATE DATABASE %1 OWNER you;")
                            .arg(address.database, why.trimmed()),
                        why);
                }
                created = true;
            }
        }
        // When the maintenance database cannot be reached, opening the database itself says why.
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return created;
}

} // namespace

Result initialise(const ServerAddress& address, const QString& administrator, const QString& password)
{
    Result result;
    result.createdDatabase = createDatabaseIfMissing(address);
    // Opening migrates (the owner may) and sets the privileges afresh; an old version is reported.
    {
        // As the connecting login (the owner), the database's first administrator when it is new.
        auto probe = Database::openServer(address);
        result.version = probe->schemaVersion();
        result.administrator = administrator.isEmpty() ? probe->login() : administrator;
        UserRepository users(*probe);
        bool known = false;
        for (UserRepository::User u : users.users()) {
            if (u.login != result.administrator)
                continue;
            known = true;
            if (u.role != Role::Administrator) {
                u.role = Role::Administrator;
                users.change(u);
            }
        }
        if (!known)
            users.add(result.administrator, Role::Administrator, 0);
        if (!password.isEmpty())
            users.setPassword(result.administrator, password);
        for (const QVariantMap& r :
             StoreSql::rows(*probe, QStringLiteral("SELECT role, pg_role FROM server_roles ORDER BY role")))
            result.serverRoles << r.value(QStringLiteral("role")).toString() + QStringLiteral(": ") +
                                      r.value(QStringLiteral("pg_role")).toString();
    }
    return result;
}

} // namespace ServerSetup
