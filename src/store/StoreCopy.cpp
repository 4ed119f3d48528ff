#include "StoreCopy.h"

#include "Database.h"
#include "SearchRepository.h"
#include "StoreSql.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHash>
#include <QSqlRecord>

namespace StoreCopy {

namespace {

// The context of this file's strings, the same for Text::tr() at run time and for lupdate.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(StoreCopy)
};

// Engine-specific: what each engine keeps for itself (the search index and its shadow tables, the
// schema version, the server's roles), not part of the record.
bool isEngineTable(const QString& name)
{
    return name.startsWith(QLatin1String("search_")) || name.startsWith(QLatin1String("sqlite_")) ||
           name == QLatin1String("schema_version") || name == QLatin1String("server_roles");
}

// Engine-specific: the tables in the order they were made, and the tables each refers to.
QStringList tablesByAge(const Database& db)
{
    QStringList out;
    const auto rows =
        db.isServer()
            ? StoreSql::rows(db,
                             QStringLiteral("SELECT relname AS name FROM pg_class WHERE relkind = 'r' AND "
                                            "relnamespace = to_regnamespace(current_schema()) ORDER BY oid"))
            : StoreSql::rows(
                  db, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY rowid"));
    for (const QVariantMap& r : rows) {
        const QString name = r.value(QStringLiteral("name")).toString();
        if (!isEngineTable(name))
            out << name;
    }
    return out;
}

QStringList referencedBy(const Database& db, const QString& table)
{
    QStringList out;
    const auto rows =
        db.isServer()
            ? StoreSql::rows(
                  db,
                  QStringLiteral("SELECT DISTINCT confrelid::regclass::text AS name FROM pg_constraint WHERE "
                                 "contype = 'f' AND conrelid = to_regclass(?)"),
                  {table})
            : StoreSql::rows(
                  db, QStringLiteral("SELECT DISTINCT \"table\" AS name FROM pragma_foreign_key_list(?)"),
                  {table});
    for (const QVariantMap& r : rows)
        out << r.value(QStringLiteral("name")).toString();
    return out;
}

// A value as text that reads the same from either engine (an integer is an integer whether the
// driver says qlonglong or qulonglong; bytes are compared by their hash).
QString canonical(const QVariant& v)
{
    if (!v.isValid() || v.isNull())
        return QStringLiteral("NULL");
    switch (v.typeId()) {
    case QMetaType::QByteArray:
        return QStringLiteral("bytes:") +
               QString::fromLatin1(
                   QCryptographicHash::hash(v.toByteArray(), QCryptographicHash::Sha256).toHex());
    case QMetaType::Double:
    case QMetaType::Float:
        return QString::number(v.toDouble(), 'g', 17);
    case QMetaType::Bool:
        return v.toBool() ? QStringLiteral("1") : QStringLiteral("0");
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        return QString::number(v.toLongLong());
    default:
        return QLatin1Char('\'') + v.toString() + QLatin1Char('\'');
    }
}

QStringList sharedColumns(const Database& a, const Database& b, const QString& table)
{
    QStringList out;
    const QStringList theirs = b.columns(table);
    for (const QString& c : a.columns(table))
        if (theirs.contains(c))
            out << c;
    return out;
}

QString orderBy(const QStringList& columns)
{
    return columns.contains(QStringLiteral("id")) ? QStringLiteral("id") : columns.join(QStringLiteral(", "));
}

} // namespace

QStringList recordTables(const Database& db)
{
    // Creation order, then anything referred to moved before what refers to it.
    const QStringList byAge = tablesByAge(db);
    QStringList out;
    QHash<QString, QStringList> refs;
    for (const QString& t : byAge)
        refs.insert(t, referencedBy(db, t));
    std::function<void(const QString&, QStringList&)> visit = [&](const QString& t, QStringList& path) {
        if (out.contains(t) || path.contains(t) || !byAge.contains(t))
            return;
        path << t;
        for (const QString& r : refs.value(t))
            visit(r, path);
        path.removeLast();
        out << t;
    };
    for (const QString& t : byAge) {
        QStringList path;
        visit(t, path);
    }
    return out;
}

Report copy(const Database& from, Database& to,
            const std::function<void(const QString&, qint64, qint64)>& progress)
{
    if (from.schemaVersion() != to.schemaVersion())
        throw StoreError(
            StoreError::Kind::Invalid,
            Text::tr("The two databases are at different versions (%1 and %2). Open each with this "
                     "Scrutineer first, then copy.")
                .arg(from.schemaVersion())
                .arg(to.schemaVersion()));
    const QStringList sourceTables = recordTables(from);
    QStringList tables;
    for (const QString& t : recordTables(to))
        if (sourceTables.contains(t))
            tables << t;

    // The target holds nothing but its own setting-up: its administrators (the first login, and the
    // one server-init names), and on a server the audit rows of those. The copy replaces them with
    // the source's.
    for (const QString& t : tables) {
        const qint64 n = StoreSql::scalar(to, QStringLiteral("SELECT COUNT(*) FROM %1").arg(t)).toLongLong();
        const bool setup =
            (t == QLatin1String("users") &&
             StoreSql::scalar(to, QStringLiteral("SELECT COUNT(*) FROM users WHERE role <> 'administrator'"))
                     .toLongLong() == 0) ||
            (t == QLatin1String("audit_log") &&
             StoreSql::scalar(to,
                              QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE table_name <> 'users'"))
                     .toLongLong() == 0);
        if (n > 0 && !setup)
            throw StoreError(
                StoreError::Kind::Invalid,
                Text::tr("%1 already holds a record (%n row(s) in %2); copy only into a new database, so "
                         "that nothing there is overwritten.",
                         nullptr, int(n))
                    .arg(to.path(), t));
    }
    qint64 total = 0;
    QHash<QString, qint64> counts;
    for (const QString& t : tables) {
        counts.insert(t,
                      StoreSql::scalar(from, QStringLiteral("SELECT COUNT(*) FROM %1").arg(t)).toLongLong());
        total += counts.value(t);
    }

    const QString login = to.login();
    Report report;
    // A big record takes longer than a server's limit for one question.
    for (const Database* db : {&from, static_cast<const Database*>(&to)})
        if (db->isServer())
            StoreSql::exec(*db, QStringLiteral("SET statement_timeout = 0"));
    {
        Database::Transaction transaction(to);
        // Engine-specific: on a server the copy is the owner's (its own triggers would write a new
        // audit trail over the one being copied; they stand still until the copy is in).
        if (to.isServer()) {
            StoreSql::exec(to, QStringLiteral("RESET ROLE"));
            const bool owner =
                StoreSql::scalar(
                    to, QStringLiteral("SELECT r.rolsuper OR r.rolname = pg_get_userbyid(d.datdba) "
                                       "FROM pg_roles r, pg_database d WHERE r.rolname = current_user "
                                       "AND d.datname = current_database()"))
                    .toBool();
            if (!owner)
                throw StoreError(
                    StoreError::Kind::NotAllowed,
                    Text::tr("A copy onto the server is made by the database's owner (who ran scrutineer "
                             "server-init); connect as the owner."));
            for (const QString& t : tables)
                if (t != QLatin1String("audit_log"))
                    StoreSql::exec(to, QStringLiteral("ALTER TABLE %1 DISABLE TRIGGER \"Audit\"").arg(t));
            // The trail comes over as it is, hashes and all: the server's chain (which would number
            // and hash each row afresh) carries on from its last row once the copy is in.
            StoreSql::exec(to, QStringLiteral("ALTER TABLE audit_log DISABLE TRIGGER audit_log_permanent"));
            StoreSql::exec(to, QStringLiteral("ALTER TABLE audit_log DISABLE TRIGGER audit_log_chained"));
        }
        StoreSql::exec(to, QStringLiteral("DELETE FROM audit_log"));
        StoreSql::exec(to, QStringLiteral("DELETE FROM users"));
        SearchIndexPause pause(to);
        qint64 done = 0;
        for (const QString& t : tables) {
            const QStringList columns = sharedColumns(from, to, t);
            const QString head =
                QStringLiteral("INSERT INTO %1 (%2) VALUES ").arg(t, columns.join(QStringLiteral(", ")));
            const QString row = QLatin1Char('(') +
                                QStringList(columns.size(), QStringLiteral("?")).join(QStringLiteral(", ")) +
                                QLatin1Char(')');
            QSqlQuery source =
                StoreSql::exec(from, QStringLiteral("SELECT %1 FROM %2 ORDER BY %3")
                                         .arg(columns.join(QStringLiteral(", ")), t, orderBy(columns)));
            QStringList marks;
            QVariantList values;
            qsizetype bytes = 0;
            const auto flush = [&]() {
                if (marks.isEmpty())
                    return;
                StoreSql::exec(to, head + marks.join(QStringLiteral(", ")), values);
                done += marks.size();
                marks.clear();
                values.clear();
                bytes = 0;
                if (progress)
                    progress(t, done, total);
            };
            while (source.next()) {
                for (int i = 0; i < columns.size(); ++i) {
                    const QVariant v = source.value(i);
                    bytes += v.typeId() == QMetaType::QByteArray ? v.toByteArray().size() : 16;
                    values << v;
                }
                marks << row;
                if (marks.size() >= 250 || bytes > (4 << 20) || values.size() > 20000)
                    flush();
            }
            flush();
            report.tables.append({t, counts.value(t)});
            report.rows += counts.value(t);
        }
        if (to.isServer()) {
            // Identity columns carry on after the highest id copied.
            for (const QString& t : tables)
                if (to.columns(t).contains(QStringLiteral("id")))
                    StoreSql::exec(
                        to, QStringLiteral(
                                "SELECT setval(pg_get_serial_sequence('%1', 'id'), COALESCE(MAX(id), 0) + 1, "
                                "false) FROM %1")
                                .arg(t));
            for (const QString& t : tables)
                if (t != QLatin1String("audit_log"))
                    StoreSql::exec(to, QStringLiteral("ALTER TABLE %1 ENABLE TRIGGER \"Audit\"").arg(t));
            StoreSql::exec(to, QStringLiteral("ALTER TABLE audit_log ENABLE TRIGGER audit_log_permanent"));
            StoreSql::exec(to, QStringLiteral("ALTER TABLE audit_log ENABLE TRIGGER audit_log_chained"));
        }
        pause.finish();
        transaction.commit();
    }
    // Checked as the copy was made (on a server, as the owner, who sees every private note).
    const Report check = compare(from, to);
    for (const Database* db : {&from, static_cast<const Database*>(&to)})
        if (db->isServer())
            StoreSql::exec(*db, QStringLiteral("SET statement_timeout = '120s'"));
    to.signIn(login);
    report.differences = check.differences;
    return report;
}

Report compare(const Database& a, const Database& b, int limit)
{
    Report report;
    const QStringList theirs = recordTables(b);
    const QStringList ours = recordTables(a);
    for (const QString& t : ours)
        if (!theirs.contains(t))
            report.differences << Text::tr("%1 has no table %2.").arg(b.path(), t);
    for (const QString& t : theirs)
        if (!ours.contains(t))
            report.differences << Text::tr("%1 has no table %2.").arg(a.path(), t);
    for (const QString& t : ours) {
        if (!theirs.contains(t))
            continue;
        const QStringList columns = sharedColumns(a, b, t);
        const QString sql = QStringLiteral("SELECT %1 FROM %2 ORDER BY %3")
                                .arg(columns.join(QStringLiteral(", ")), t, orderBy(columns));
        QSqlQuery x = StoreSql::exec(a, sql);
        QSqlQuery y = StoreSql::exec(b, sql);
        qint64 rows = 0;
        int differences = 0;
        for (;;) {
            const bool more = x.next();
            const bool moreThere = y.next();
            if (!more || !moreThere) {
                if (more != moreThere)
                    report.differences << Text::tr("%1 has more rows in %2 than the other.")
                                              .arg(more ? a.path() : b.path(), t);
                break;
            }
            ++rows;
            for (int i = 0; i < columns.size(); ++i) {
                const QString here = canonical(x.value(i));
                const QString there = canonical(y.value(i));
                if (here == there)
                    continue;
                if (report.differences.size() < limit)
                    report.differences << Text::tr("%1, row %2: %3 is %4 in one and %5 in the other.")
                                              .arg(t)
                                              .arg(canonical(x.value(0)))
                                              .arg(columns.at(i), here.left(60), there.left(60));
                ++differences;
                break;
            }
        }
        report.tables.append({t, rows});
        report.rows += rows;
        if (differences > limit)
            report.differences << Text::tr("%1: %n row(s) differ in all.", nullptr, int(differences)).arg(t);
    }
    return report;
}

} // namespace StoreCopy
