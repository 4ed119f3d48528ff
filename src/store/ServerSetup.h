#pragma once

#include "Engine.h"

#include <QString>
#include <QStringList>

// Setting up a committee's database on a PostgreSQL server (scrutineer server-init): the
// database itself when it is not there yet, its schema, a server role for each Scrutineer role
// with its privileges and row-level security, the audit triggers, and its first administrator.
// Run by a login that may create databases and roles (CREATEDB, CREATEROLE), which owns the
// database; run again after an upgrade of Scrutineer, it brings the schema up to date.
namespace ServerSetup {

struct Result
{
    bool createdDatabase = false;
    int version = 0;
    QString administrator;
    QStringList serverRoles; // "member: children_member", …
};

// `administrator`: the login of the first administrator (the connecting login when empty); made
// when missing, with `password` when given. Throws StoreError with what to do.
Result initialise(const ServerAddress& address, const QString& administrator = QString(),
                  const QString& password = QString());

} // namespace ServerSetup
