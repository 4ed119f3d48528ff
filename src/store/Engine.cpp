#include "Engine.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlField>
#include <QUrl>
#include <QUrlQuery>

namespace {

// The context of this file's strings, the same for Text::tr() at run time and for lupdate.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ServerAddress)
};

// Calls `plain(start, length)` for each stretch of `sql` outside quotes, identifiers, comments and
// dollar-quoted bodies, and `quoted(start, length)` for the rest, in order.
template <typename Plain, typename Quoted> void scanSql(const QString& sql, Plain plain, Quoted quoted)
{
    const qsizetype n = sql.size();
    qsizetype i = 0;
    qsizetype runStart = 0;
    const auto flushPlain = [&](qsizetype end) {
        if (end > runStart)
            plain(runStart, end - runStart);
    };
    while (i < n) {
        const QChar c = sql.at(i);
        qsizetype end = -1;
        if (c == u'\'' || c == u'"') {
            end = i + 1;
            while (end < n) {
                if (sql.at(end) == c) {
                    if (end + 1 < n && sql.at(end + 1) == c) {
                        end += 2;
                        continue;
                    }
                    ++end;
                    break;
                }
                ++end;
            }
        } else if (c == u'-' && i + 1 < n && sql.at(i + 1) == u'-') {
            end = sql.indexOf(u'\n', i);
            end = end < 0 ? n : end;
        } else if (c == u'/' && i + 1 < n && sql.at(i + 1) == u'*') {
            end = sql.indexOf(QLatin1String("*/"), i + 2);
            end = end < 0 ? n : end + 2;
        } else if (c == u'$') {
            static const QRegularExpression tag(QStringLiteral("\\G\\$[A-Za-z_]*\\$"));
            const auto m = tag.match(sql, i);
            if (m.hasMatch()) {
                const QString t = m.captured();
                end = sql.indexOf(t, i + t.size());
                end = end < 0 ? n : end + t.size();
            }
        }
        if (end < 0) {
            ++i;
            continue;
        }
        flushPlain(i);
        quoted(i, end - i);
        i = end;
        runStart = end;
    }
    flushPlain(n);
}

QString literal(const QVariant& value, const QSqlDriver* driver)
{
    if (!value.isValid() || value.isNull())
        return QStringLiteral("NULL");
    switch (value.typeId()) {
    case QMetaType::Bool:
        return value.toBool() ? QStringLiteral("1") : QStringLiteral("0");
    case QMetaType::QDate:
        return QLatin1Char('\'') + value.toDate().toString(Qt::ISODate) + QLatin1Char('\'');
    case QMetaType::QDateTime: // as QSQLITE binds it: ISO 8601 text
        return QLatin1Char('\'') + value.toDateTime().toString(Qt::ISODateWithMs) + QLatin1Char('\'');
    case QMetaType::QTime:
        return QLatin1Char('\'') + value.toTime().toString(QStringLiteral("hh:mm:ss.zzz")) +
               QLatin1Char('\'');
    default:
        break;
    }
    QSqlField field(QString(), value.metaType());
    field.setValue(value);
    return driver->formatValue(field);
}

} // namespace

// --- ServerAddress ---

bool ServerAddress::isServerUrl(const QString& location)
{
    return location.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive) ||
           location.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

std::optional<ServerAddress> ServerAddress::parse(const QString& text, QString* problem)
{
    const auto fail = [&](const QString& why) -> std::optional<ServerAddress> {
        if (problem)
            *problem = why;
        return std::nullopt;
    };
    if (!isServerUrl(text))
        return fail(Text::tr("A server address starts with postgresql:// (for example "
                             "postgresql://alice@db.council.local/children)."));
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid())
        return fail(
            Text::tr("The server address %1 is not written correctly: %2.").arg(text, url.errorString()));
    ServerAddress a;
    a.user = url.userName(QUrl::FullyDecoded);
    a.password = url.password(QUrl::FullyDecoded);
    a.host = url.host(QUrl::FullyDecoded);
    a.port = url.port(5432);
    a.database = url.path(QUrl::FullyDecoded);
    if (a.database.startsWith(u'/'))
        a.database.remove(0, 1);
    if (a.database.isEmpty() || a.database.contains(u'/'))
        return fail(Text::tr("Say which database on the server, after the last slash (for example "
                             "postgresql://alice@db.council.local/children)."));
    if (a.port <= 0 || a.port > 65535)
        return fail(Text::tr("The port in %1 is not a number from 1 to 65535.").arg(text));
    const QUrlQuery query(url);
    for (const auto& [key, value] : query.queryItems(QUrl::FullyDecoded)) {
        static const QRegularExpression word(QStringLiteral("^[a-z_]+$"));
        if (!word.match(key).hasMatch())
            return fail(Text::tr("The server address has an option %1 that libpq does not know.").arg(key));
        if (key == QLatin1String("user"))
            a.user = value;
        else if (key == QLatin1String("password"))
            a.password = value;
        else if (key == QLatin1String("host"))
            a.host = value;
        else if (key == QLatin1String("dbname"))
            a.database = value;
        else
            a.options << key + QLatin1Char('=') + value;
    }
    return a;
}

QString ServerAddress::url(bool withPassword) const
{
    QUrl u;
    u.setScheme(QStringLiteral("postgresql"));
    u.setUserName(user);
    if (withPassword)
        u.setPassword(password);
    u.setHost(host.isEmpty() ? QStringLiteral("localhost") : host);
    if (port != 5432)
        u.setPort(port);
    u.setPath(QLatin1Char('/') + database);
    if (!options.isEmpty()) {
        QUrlQuery q;
        for (const QString& o : options)
            q.addQueryItem(o.section(u'=', 0, 0), o.section(u'=', 1));
        u.setQuery(q);
    }
    return u.toString();
}

QString ServerAddress::displayName() const
{
    const QString server =
        (host.isEmpty() ? QStringLiteral("localhost") : host) + QLatin1Char(':') + QString::number(port);
    if (user.isEmpty())
        return Text::tr("database %1 on %2").arg(database, server);
    return Text::tr("database %1 on %2, as %3").arg(database, server, user);
}

ServerAddress ServerAddress::withDatabase(const QString& name) const
{
    ServerAddress a = *this;
    a.database = name;
    return a;
}

QString ServerAddress::connectOptions() const
{
    QStringList out;
    for (const QString& o : options) {
        // QPSQL separates options by ";" and passes them to libpq as they are; quote values.
        const QString key = o.section(u'=', 0, 0);
        QString value = o.section(u'=', 1);
        value.replace(u'\\', QLatin1String("\\\\")).replace(u'\'', QLatin1String("\\'"));
        out << key + QStringLiteral("='") + value + QLatin1Char('\'');
    }
    return out.join(u';');
}

// --- Dialect ---

namespace Dialect {

QString engineName(Engine engine)
{
    return engine == Engine::Postgres ? QStringLiteral("PostgreSQL") : QStringLiteral("SQLite");
}

bool isPortableMigration(const QString& fileName)
{
    return !fileName.endsWith(QLatin1String(".sqlite.sql")) &&
           !fileName.endsWith(QLatin1String(".postgres.sql"));
}

bool migrationAppliesTo(const QString& fileName, Engine engine)
{
    if (isPortableMigration(fileName))
        return true;
    return fileName.endsWith(engine == Engine::Postgres ? QLatin1String(".postgres.sql")
                                                        : QLatin1String(".sqlite.sql"));
}

QString adaptPortable(const QString& sql, Engine engine)
{
    if (engine == Engine::Sqlite)
        return sql;
    static const QRegularExpression identity(QStringLiteral("\\bINTEGER\\s+PRIMARY\\s+KEY\\b"),
                                             QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression integer(QStringLiteral("\\bINTEGER\\b"),
                                            QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression real(QStringLiteral("\\bREAL\\b"),
                                         QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression blob(QStringLiteral("\\bBLOB\\b"),
                                         QRegularExpression::CaseInsensitiveOption);
    // Foreign keys may wait for the commit when a bulk load asks (SET CONSTRAINTS ALL DEFERRED);
    // they are checked at once otherwise, as on SQLite.
    static const QRegularExpression reference(
        QStringLiteral(
            "(\\bREFERENCES\\s+\\w+\\s*\\([^)]*\\)(?:\\s+ON\\s+(?:DELETE|UPDATE)\\s+(?:SET\\s+NULL|SET\\s+"
            "DEFAULT|NO\\s+ACTION|CASCADE|RESTRICT))*)"),
        QRegularExpression::CaseInsensitiveOption);
    QString out;
    out.reserve(sql.size() + 64);
    scanSql(
        sql,
        [&](qsizetype start, qsizetype length) {
            QString part = sql.mid(start, length);
            part.replace(identity, QStringLiteral("BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"));
            part.replace(integer, QStringLiteral("BIGINT"));
            part.replace(real, QStringLiteral("DOUBLE PRECISION"));
            part.replace(blob, QStringLiteral("BYTEA"));
            part.replace(reference, QStringLiteral("\\1 DEFERRABLE INITIALLY IMMEDIATE"));
            out += part;
        },
        [&](qsizetype start, qsizetype length) { out += QStringView(sql).mid(start, length); });
    return out;
}

QStringList splitStatements(const QString& script)
{
    QStringList out;
    QString current;
    bool inTrigger = false;
    bool inDollar = false;
    static const QRegularExpression dollar(QStringLiteral("\\$[A-Za-z_]*\\$"));
    static const QRegularExpression begins(QStringLiteral("\\bBEGIN\\b"),
                                           QRegularExpression::CaseInsensitiveOption);
    for (const QString& rawLine : script.split(QLatin1Char('\n'))) {
        const QString line = rawLine.trimmed();
        if (!inDollar && (line.isEmpty() || line.startsWith(QLatin1String("--"))))
            continue;
        if (current.isEmpty() && line.startsWith(QLatin1String("CREATE TRIGGER"), Qt::CaseInsensitive))
            inTrigger = true;
        current += rawLine + QLatin1Char('\n');
        // A $$ … $$ body (PostgreSQL functions, DO blocks) may hold semicolons of its own.
        auto it = dollar.globalMatch(rawLine);
        while (it.hasNext()) {
            it.next();
            inDollar = !inDollar;
        }
        if (inDollar || !line.endsWith(QLatin1Char(';')))
            continue;
        // A SQLite trigger ends at END; a PostgreSQL one (EXECUTE FUNCTION f()) at its semicolon.
        const bool sqliteTrigger = inTrigger && begins.match(current).hasMatch();
        if (sqliteTrigger && line.compare(QLatin1String("END;"), Qt::CaseInsensitive) != 0)
            continue;
        out.append(current.trimmed());
        current.clear();
        inTrigger = false;
    }
    if (!current.trimmed().isEmpty())
        out.append(current.trimmed());
    return out;
}

QString quoteIdentifier(const QString& name)
{
    return QLatin1Char('"') + QString(name).replace(QLatin1Char('"'), QLatin1String("\"\"")) +
           QLatin1Char('"');
}

// Also the one planner hint of SQLite's that PostgreSQL does not read: "CROSS JOIN t x ON …" keeps
// SQLite's join order (an index chosen for the repositories' queries, see TestQueryPlans); to
// PostgreSQL, which plans the order itself, it is the inner join "JOIN t x ON …" (a CROSS JOIN
// with ON is a syntax error there, so no statement that means something else is changed).
QString inlineValues(const QString& sql, const QVariantList& values, const QSqlDriver* driver)
{
    static const QRegularExpression orderedJoin(
        QStringLiteral("\\bCROSS\\s+JOIN(\\s+\\w+(?:\\s+(?:AS\\s+)?(?!ON\\b)\\w+)?\\s+ON\\b)"),
        QRegularExpression::CaseInsensitiveOption);
    if (values.isEmpty() && !sql.contains(QLatin1String("CROSS JOIN"), Qt::CaseInsensitive))
        return sql;
    QString out;
    out.reserve(sql.size() + values.size() * 8);
    qsizetype next = 0;
    scanSql(
        sql,
        [&](qsizetype start, qsizetype length) {
            QString part = sql.mid(start, length);
            part.replace(orderedJoin, QStringLiteral("JOIN\\1"));
            for (const QChar c : std::as_const(part)) {
                if (c == u'?' && next < values.size())
                    out += literal(values.at(next++), driver);
                else
                    out += c;
            }
        },
        [&](qsizetype start, qsizetype length) { out += QStringView(sql).mid(start, length); });
    return out;
}

} // namespace Dialect
