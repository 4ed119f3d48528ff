#pragma once

#include <QString>
#include <exception>

// What the store throws. `message` is for a person: what happened and what to do.
class StoreError : public std::exception
{
public:
    enum class Kind
    {
        Failed,         // any other database error
        Locked,         // another program holds the database (SQLITE_BUSY / LOCKED)
        DiskFull,       // no space left
        ReadOnly,       // the file cannot be written
        Conflict,       // someone else changed the row since it was read
        NotAllowed,     // the role may not do this
        Invalid,        // a rule of the data was broken (constraint, bad value)
        NotFound,       // the row is gone
        TooNew,         // the database was made by a newer program
        Unreachable,    // the server cannot be reached, or the connection to it was lost
        Authentication, // the server refused the login (no password, wrong password)
    };

    StoreError(Kind kind, QString message, QString detail = QString())
        : m_kind(kind), m_message(std::move(message)), m_detail(std::move(detail)), m_what(m_message.toUtf8())
    {
    }

    Kind kind() const { return m_kind; }
    const QString& message() const { return m_message; }
    const QString& detail() const { return m_detail; } // the driver's own text, for logs
    const char* what() const noexcept override { return m_what.constData(); }

private:
    Kind m_kind;
    QString m_message;
    QString m_detail;
    QByteArray m_what;
};
