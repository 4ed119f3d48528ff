#pragma once

#include "core/Role.h"

#include <QList>
#include <QString>
#include <QVariantMap>

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
    // A member, co-opted member, officer or guest, with what letters and the briefing pack print.
    struct Person
    {
        qint64 id = 0;
        QString name;
        QString kind; // member, co-opted, officer, guest
        QString jobTitle, organisation, email;
        int version = 0;
    };

    explicit UserRepository(Database& db) : m_db(db) {}

    QList<User> users() const;
    QList<Person> people() const;
    Person person(qint64 personId) const; // id 0 when there is none
    // The person the signed-in login stands for (id 0 when none is linked).
    Person signedInPerson() const;
    // Saves a person's name, kind, job title, organisation and e-mail address. Administrators only
    // (StoreError NotAllowed otherwise); refused when the name is empty or the address is not one;
    // a Conflict when someone else changed the person since `person.version`.
    void savePerson(const Person& person);
    qint64 addPerson(const Person& person); // administrators only, checked as savePerson
    // Why `email` cannot be an e-mail address ("name@example.org"), for a person; empty when it can
    // (or is empty).
    static QString checkEmail(const QString& email);
    qint64 add(const QString& login, Role role, qint64 personId);
    void change(const User& user); // role and person; refused on a stale version
    void remove(const User& user);
    // On a server, where each login is a role of the server's own: sets the password the person
    // signs in with (administrators only; the password is kept by the server, never by Scrutineer).
    void setPassword(const QString& login, const QString& password);

private:
    QVariantMap personRow(const Person& person) const;
    Database& m_db;
};
