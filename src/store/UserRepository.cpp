#include "UserRepository.h"

#include "Database.h"
#include "StoreSql.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>

QList<UserRepository::User> UserRepository::users() const
{
    QList<User> out;
    QSqlQuery q = StoreSql::exec(
        m_db, QStringLiteral("SELECT u.id, u.login, u.person_id, p.name, u.role, u.version FROM users u "
                             "LEFT JOIN people p ON p.id = u.person_id ORDER BY u.login"));
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong(),
                    q.value(3).toString(), Roles::fromCode(q.value(4).toString()), q.value(5).toInt()});
    return out;
}

namespace {

const QString kPersonColumns =
    QStringLiteral("SELECT id, name, kind, job_title, organisation, email, version FROM people ");

UserRepository::Person readPerson(const QSqlQuery& q)
{
    return {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
            q.value(4).toString(),   q.value(5).toString(), q.value(6).toInt()};
}

// The context of this file's strings, the same for tr() at run time and for lupdate.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(UserRepository)
};

QVariant orNull(const QString& text)
{
    return text.trimmed().isEmpty() ? QVariant() : QVariant(text.trimmed());
}

} // namespace

QList<UserRepository::Person> UserRepository::people() const
{
    QList<Person> out;
    QSqlQuery q = StoreSql::exec(m_db, kPersonColumns + QStringLiteral("ORDER BY name, id"));
    while (q.next())
        out.append(readPerson(q));
    return out;
}

UserRepository::Person UserRepository::person(qint64 personId) const
{
    QSqlQuery q = StoreSql::exec(m_db, kPersonColumns + QStringLiteral("WHERE id = ?"), {personId});
    return q.next() ? readPerson(q) : Person{};
}

UserRepository::Person UserRepository::signedInPerson() const
{
    return m_db.personId() > 0 ? person(m_db.personId()) : Person{};
}

QString UserRepository::checkEmail(const QString& email)
{
    const QString e = email.trimmed();
    if (e.isEmpty())
        return QString();
    static const QRegularExpression address(QStringLiteral("^[^@\\s<>,;]+@[^@\\s<>,;]+\\.[^@\\s<>,;.]+$"));
    if (!address.match(e).hasMatch())
        return Text::tr(
                   "“%1” is not an e-mail address. Type one such as name@council.gov.uk, or leave it empty.")
            .arg(e);
    return QString();
}

QVariantMap UserRepository::personRow(const Person& p) const
{
    if (m_db.role() != Role::Administrator)
        throw StoreError(
            StoreError::Kind::NotAllowed,
            Text::tr("Only an administrator may change people's names, job titles and e-mail addresses."));
    if (p.name.trimmed().isEmpty())
        throw StoreError(StoreError::Kind::Invalid, Text::tr("Give the person's name."));
    if (const QString why = checkEmail(p.email); !why.isEmpty())
        throw StoreError(StoreError::Kind::Invalid, why);
    return {{QStringLiteral("name"), p.name.trimmed()},
            {QStringLiteral("kind"), p.kind.isEmpty() ? QStringLiteral("officer") : p.kind},
            {QStringLiteral("job_title"), orNull(p.jobTitle)},
            {QStringLiteral("organisation"), orNull(p.organisation)},
            {QStringLiteral("email"), orNull(p.email)}};
}

void UserRepository::savePerson(const Person& p)
{
    m_db.update(QStringLiteral("people"), p.id, personRow(p), p.version);
}

qint64 UserRepository::addPerson(const Person& p)
{
    return m_db.insert(QStringLiteral("people"), personRow(p));
}

qint64 UserRepository::add(const QString& login, Role role, qint64 personId)
{
    if (login.trimmed().isEmpty())
        throw StoreError(
            StoreError::Kind::Invalid,
            QCoreApplication::translate("UserRepository", "Give the login name the person signs in with."));
    return m_db.insert(QStringLiteral("users"),
                       {{QStringLiteral("login"), login.trimmed()},
                        {QStringLiteral("role"), Roles::code(role)},
                        {QStringLiteral("person_id"), personId > 0 ? QVariant(personId) : QVariant()},
                        {QStringLiteral("created_at"), QDateTime::currentDateTime().toString(Qt::ISODate)}});
}

void UserRepository::change(const User& user)
{
    // The last administrator cannot be demoted: the database would have nobody to manage it.
    if (user.role != Role::Administrator) {
        const int admins =
            StoreSql::scalar(
                m_db, QStringLiteral("SELECT COUNT(*) FROM users WHERE role = 'administrator' AND id <> ?"),
                {user.id})
                .toInt();
        if (admins == 0)
            throw StoreError(StoreError::Kind::Invalid,
                             QCoreApplication::translate("UserRepository",
                                                         "%1 is the only administrator. Make someone else an "
                                                         "administrator first.")
                                 .arg(user.login));
    }
    m_db.update(QStringLiteral("users"), user.id,
                {{QStringLiteral("role"), Roles::code(user.role)},
                 {QStringLiteral("person_id"), user.personId > 0 ? QVariant(user.personId) : QVariant()}},
                user.version);
}

void UserRepository::remove(const User& user)
{
    if (user.login == m_db.login())
        throw StoreError(StoreError::Kind::Invalid,
                         QCoreApplication::translate("UserRepository", "You cannot remove your own login."));
    m_db.remove(QStringLiteral("users"), user.id, user.version);
}

void UserRepository::setPassword(const QString& login, const QString& password)
{
    if (!m_db.isServer())
        throw StoreError(StoreError::Kind::Invalid,
                         QCoreApplication::translate(
                             "UserRepository", "A database file has no passwords: whoever may open the file "
                                               "signs in as their own login."));
    if (password.size() < 8)
        throw StoreError(StoreError::Kind::Invalid,
                         QCoreApplication::translate("UserRepository",
                                                     "Choose a password of at least 8 characters for %1.")
                             .arg(login));
    StoreSql::exec(m_db, QStringLiteral("SELECT scrutineer_set_password(?, ?)"), {login, password});
}
