#pragma once

#include "core/Role.h"

#include <QList>
#include <QString>

class Database;

// Logins, the person each stands for, and their role. Only an administrator changes them.
class UserRepository
{
public:
    struct User
    {
        qint64 id = 0;
        QString login;
        qint64 personId = 0;
        QString personName;
        Role role = Role::Member;
        int version = 0;
    };
    struct Person
    {
        qint64 id = 0;
        QString name;
        QString kind;
    };

    explicit UserRepository(Database& db) : m_db(db) {}

    QList<User> users() const;
    QList<Person> people() const;
    qint64 add(const QString& login, Role role, qint64 personId);
    void change(const User& user); // role and person; refused on a stale version
    void remove(const User& user);
    // On a server, where each login is a role of the server's own: sets the password the person
    // signs in with (administrators only; the password is kept by the server, never by Scrutineer).
    void setPassword(const QString& login, const QString& password);

private:
    Database& m_db;
};
