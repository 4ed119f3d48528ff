#include "Database.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlRecord>
#include <QStandardPaths>
#include <sqlite3.h>

namespace {

QString tr(const char* text) { return QCoreApplication::translate("Database", text); }

QAtomicInt g_connectionCounter;

struct Migration
{
    int number = 0;
    QString file;
};

QList<Migration> migrations()
{
    QList<Migration> list;
    static const QRegularExpression numbered(QStringLiteral("^(\\d+)_.*\\.sql$"));
    const QDir dir(QStringLiteral(":/migrations"));
    for (const QString& name : dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name)) {
        const auto m = numbered.match(name);
        if (m.hasMatch())
            list.append({m.captured(1).toInt(), dir.filePath(name)});
    }
    std::sort(list.begin(), list.end(), [](const Migration& a, const Migration& b) { return a.number < b.number; });
    return list;
}

// Splits a migration into statements. Triggers (CREATE TRIGGER … BEGIN … END;) stay whole.
QStringList statements(const QString& script)
{
    QStringList out;
    QString current;
    bool inTrigger = false;
    for (const QString& rawLine : script.split(QLatin1Char('\n'))) {
        const QString line = rawLine.trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1String("--")))
            continue;
        if (current.isEmpty() && line.startsWith(QLatin1String("CREATE TRIGGER"), Qt::CaseInsensitive))
            inTrigger = true;
        current += rawLine + QLatin1Char('\n');
        const bool ends = line.endsWith(QLatin1Char(';')) &&
                          (!inTrigger || line.compare(QLatin1String("END;"), Qt::CaseInsensitive) == 0);
        if (ends) {
            out.append(current.trimmed());
            current.clear();
            inTrigger = false;
        }
    }
    if (!current.trimmed().isEmpty())
        out.append(current.trimmed());
    return out;
}

QString valueText(const QVariant& v)
{
    if (!v.isValid() || v.isNull())
        return QString();
    if (v.typeId() == QMetaType::QByteArray)
        return QStringLiteral("<%1 bytes>").arg(v.toByteArray().size());
    return v.toString();
}

// SQLite-specific: the sqlite3 handle behind a QSQLITE connection.
sqlite3* sqliteHandle(const QSqlDatabase& db)
{
    const QVariant v = db.driver()->handle();
    if (v.isValid() && qstrcmp(v.typeName(), "sqlite3*") == 0)
        return *static_cast<sqlite3* const*>(v.constData());
    return nullptr;
}

} // namespace

Database::Database(QString path, QString connection) : m_path(std::move(path)), m_connection(std::move(connection)) {}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

int Database::latestSchemaVersion()
{
    const auto list = migrations();
    return list.isEmpty() ? 0 : list.last().number;
}

QString Database::defaultLogin()
{
    QString login = qEnvironmentVariable("SCRUTINEER_LOGIN");
    if (login.isEmpty())
        login = qEnvironmentVariable("USER");
    if (login.isEmpty())
        login = qEnvironmentVariable("USERNAME");
    if (login.isEmpty())
        login = QStringLiteral("user");
    return login;
}

QString Database::defaultPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/Scrutineer");
    return dir + QStringLiteral("/demo.sqlite");
}

std::unique_ptr<Database> Database::open(const QString& path, const QString& login)
{
    return openAtVersion(path, login, latestSchemaVersion());
}

std::unique_ptr<Database> Database::openAtVersion(const QString& path, const QString& login, int version)
{
    const QString name = QStringLiteral("scrutineer-%1").arg(g_connectionCounter.fetchAndAddRelaxed(1));
    std::unique_ptr<Database> self(new Database(path, name));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (path != QLatin1String(":memory:")) {
            const QFileInfo info(path);
            if (!info.absoluteDir().exists())
                throw StoreError(StoreError::Kind::Failed,
                                 tr("The folder %1 does not exist. Choose a database in an existing folder.")
                                     .arg(QDir::toNativeSeparators(info.absolutePath())));
        }
        if (!db.open())
            throw StoreError(StoreError::Kind::Failed,
                             tr("The database %1 could not be opened: %2. Check that the file is a Scrutineer "
                                "database and that you may read and write it.")
                                 .arg(QDir::toNativeSeparators(path), db.lastError().text()),
                             db.lastError().text());
    }
    self->configure();
    self->migrate(version);
    self->ensureUser(login.isEmpty() ? defaultLogin() : login);
    return self;
}

QSqlDatabase Database::connection() const { return QSqlDatabase::database(m_connection, false); }

// SQLite-specific: connection pragmas.
void Database::configure()
{
    exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    exec(QStringLiteral("PRAGMA busy_timeout = 5000"));
    if (m_path != QLatin1String(":memory:")) {
        // A file that is not a database fails here, before anything is written.
        QSqlQuery q(connection());
        const QFileInfo file(m_path);
        const bool wal = q.exec(QStringLiteral("PRAGMA journal_mode = WAL"));
        if (!wal && file.exists() && (!file.isWritable() || !QFileInfo(file.absolutePath()).isWritable()))
            throw StoreError(StoreError::Kind::ReadOnly,
                             tr("%1 is read-only for you (the file, or its folder %2), so Scrutineer cannot "
                                "keep its changes there. Ask whoever manages the file for permission to "
                                "write it, or copy it to a folder of your own and open the copy.")
                                 .arg(QDir::toNativeSeparators(m_path),
                                      QDir::toNativeSeparators(file.absolutePath())),
                             q.lastError().text());
        if (!wal)
            throw StoreError(StoreError::Kind::Failed,
                             tr("%1 is not a Scrutineer database (or it is damaged). Open another file, or "
                                "restore it from a backup.")
                                 .arg(QDir::toNativeSeparators(m_path)),
                             q.lastError().text());
        exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
    }
}

// SQLite-specific: the schema version is kept in PRAGMA user_version.
int Database::schemaVersion() const { return scalar(QStringLiteral("PRAGMA user_version")).toInt(); }

void Database::migrate(int target)
{
    const int current = schemaVersion();
    const auto list = migrations();
    const int latest = list.isEmpty() ? 0 : list.last().number;
    target = qMin(target, latest);
    if (current > latest)
        throw StoreError(StoreError::Kind::TooNew,
                         tr("%1 was last used by a newer version of Scrutineer (database version %2; this "
                            "program knows up to version %3). Open it with the newer Scrutineer; nothing has "
                            "been changed.")
                             .arg(QDir::toNativeSeparators(m_path))
                             .arg(current)
                             .arg(latest));
    if (current >= target)
        return;
    if (current > 0 && m_path != QLatin1String(":memory:")) {
        const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        m_lastBackup = m_path + QStringLiteral(".v%1-%2.backup").arg(current).arg(stamp);
        backupTo(m_lastBackup);
    }
    for (const Migration& m : list) {
        if (m.number <= current || m.number > target)
            continue;
        QFile f(m.file);
        if (!f.open(QIODevice::ReadOnly))
            throw StoreError(StoreError::Kind::Failed, tr("A migration of the program is missing: %1.").arg(m.file));
        const QString script = QString::fromUtf8(f.readAll());
        QSqlDatabase db = connection();
        if (!db.transaction())
            throw StoreError(StoreError::Kind::Locked,
                             tr("The database is in use by another program and could not be upgraded. Close "
                                "other copies of Scrutineer and try again."));
        try {
            for (const QString& statement : statements(script))
                exec(statement);
            // SQLite-specific; a PostgreSQL store would keep a schema_version table.
            exec(QStringLiteral("PRAGMA user_version = %1").arg(m.number));
        } catch (...) {
            db.rollback();
            throw;
        }
        if (!db.commit()) {
            db.rollback();
            throw StoreError(StoreError::Kind::Failed,
                             tr("The database could not be upgraded to version %1; it is unchanged.").arg(m.number));
        }
    }
    m_columns.clear();
}

void Database::ensureUser(const QString& login)
{
    const qint64 users = scalar(QStringLiteral("SELECT COUNT(*) FROM users")).toLongLong();
    if (users == 0) {
        // The first user of a new database is its administrator.
        exec(QStringLiteral("INSERT INTO users (login, role, created_at) VALUES (?, ?, ?)"),
             {login, Roles::code(Role::Administrator), now()});
    }
    signIn(login);
}

void Database::signIn(const QString& login)
{
    m_login = login;
    m_role = Role::Member;
    m_personId = 0;
    const auto found = rows(QStringLiteral("SELECT role, person_id FROM users WHERE login = ?"), {login});
    if (!found.isEmpty()) {
        m_role = Roles::fromCode(found.first().value(QStringLiteral("role")).toString());
        m_personId = found.first().value(QStringLiteral("person_id")).toLongLong();
    }
}

QString Database::now() const { return QDateTime::currentDateTime().toString(Qt::ISODate); }

void Database::raise(const QSqlQuery& query, const QString& doing) const
{
    const QSqlError e = query.lastError();
    const QString native = e.nativeErrorCode();
    const QString text = e.databaseText().isEmpty() ? e.text() : e.databaseText();
    const int code = native.toInt();
    const int primary = code & 0xff;
    if (primary == SQLITE_BUSY || primary == SQLITE_LOCKED)
        throw StoreError(StoreError::Kind::Locked,
                         tr("The database is busy: another program or person is saving to it. Wait a moment "
                            "and try again; nothing you saved before has been lost."),
                         text);
    if (primary == SQLITE_FULL)
        throw StoreError(StoreError::Kind::DiskFull,
                         tr("The disk is full, so this change could not be saved. Free some space and try "
                            "again; what was saved before is safe."),
                         text);
    if (primary == SQLITE_READONLY || primary == SQLITE_PERM || primary == SQLITE_CANTOPEN)
        throw StoreError(StoreError::Kind::ReadOnly,
                         tr("The database cannot be written (it is read-only, or you lack permission). "
                            "Open a copy you may change."),
                         text);
    if (primary == SQLITE_CONSTRAINT) {
        QString what = tr("This change breaks a rule of the data (%1).").arg(text);
        if (text.contains(QLatin1String("FOREIGN KEY")))
            what = tr("This change refers to a record that does not exist, or removes one that others "
                      "still refer to.");
        else if (text.contains(QLatin1String("UNIQUE")))
            what = tr("A record with the same details already exists (%1).").arg(text);
        else if (text.contains(QLatin1String("CHECK")))
            what = tr("A value is not one of those allowed (%1).").arg(text);
        throw StoreError(StoreError::Kind::Invalid, what, text);
    }
    throw StoreError(StoreError::Kind::Failed, tr("The database could not %1: %2").arg(doing, text), text);
}

QSqlQuery Database::exec(const QString& sql, const QVariantList& values) const
{
    if (m_statementLog)
        m_statementLog->append({sql, values});
    QSqlQuery q(connection());
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        raise(q, tr("prepare a query"));
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
    if (!q.exec())
        raise(q, tr("run a query"));
    return q;
}

QVariant Database::scalar(const QString& sql, const QVariantList& values) const
{
    QSqlQuery q = exec(sql, values);
    return q.next() ? q.value(0) : QVariant();
}

QList<QVariantMap> Database::rows(const QString& sql, const QVariantList& values) const
{
    QSqlQuery q = exec(sql, values);
    QList<QVariantMap> out;
    const QSqlRecord rec = q.record();
    while (q.next()) {
        QVariantMap row;
        for (int i = 0; i < rec.count(); ++i)
            row.insert(rec.fieldName(i), q.value(i));
        out.append(row);
    }
    return out;
}

QStringList Database::columns(const QString& table) const
{
    auto it = m_columns.constFind(table);
    if (it != m_columns.constEnd())
        return *it;
    QStringList names;
    const QSqlRecord rec = connection().record(table);
    for (int i = 0; i < rec.count(); ++i)
        names.append(rec.fieldName(i));
    m_columns.insert(table, names);
    return names;
}

bool Database::hasTable(const QString& table) const { return !columns(table).isEmpty(); }

// SQLite-specific: EXPLAIN QUERY PLAN's rows are (id, parent, notused, detail).
QStringList Database::queryPlan(const Statement& statement) const
{
    QSqlQuery q(connection());
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + statement.sql))
        raise(q, tr("plan a query"));
    for (int i = 0; i < statement.values.size(); ++i)
        q.bindValue(i, statement.values.at(i));
    if (!q.exec())
        raise(q, tr("plan a query"));
    QStringList steps;
    while (q.next())
        steps << q.value(3).toString();
    return steps;
}

void Database::checkColumns(const QString& table, const QStringList& names) const
{
    const QStringList known = columns(table);
    if (known.isEmpty())
        throw StoreError(StoreError::Kind::Failed, tr("There is no table called %1.").arg(table));
    for (const QString& n : names)
        if (!known.contains(n))
            throw StoreError(StoreError::Kind::Failed, tr("The table %1 has no field %2.").arg(table, n));
}

void Database::checkWrite(const QString& table) const
{
    if (m_bulk > 0)
        return;
    if (!Roles::mayWrite(m_role, table))
        throw StoreError(StoreError::Kind::NotAllowed,
                         tr("As a %1 you may not change %2. Ask a clerk, an officer or your administrator.")
                             .arg(Roles::displayName(m_role).toLower(), QString(table).replace(QLatin1Char('_'), QLatin1Char(' '))));
}

void Database::checkNoteAuthor(const QString& table, qint64 id) const
{
    if (m_bulk > 0 || table != QLatin1String("notes"))
        return;
    const QVariant author = scalar(QStringLiteral("SELECT author FROM notes WHERE id = ?"), {id});
    if (author.isValid() && author.toString() != m_login)
        throw StoreError(StoreError::Kind::NotAllowed, tr("A note can be changed only by the person who wrote it."));
}

void Database::audit(const QString& table, qint64 rowId, const QString& operation, const QString& field,
                     const QVariant& oldValue, const QVariant& newValue)
{
    if (m_bulk > 0)
        return;
    exec(QStringLiteral("INSERT INTO audit_log (at, login, table_name, row_id, operation, field, old_value, new_value) "
                        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
         {now(), m_login, table, rowId, operation, field.isEmpty() ? QVariant() : QVariant(field),
          oldValue.isNull() ? QVariant() : QVariant(valueText(oldValue)),
          newValue.isNull() ? QVariant() : QVariant(valueText(newValue))});
}

qint64 Database::insert(const QString& table, const QVariantMap& input)
{
    checkWrite(table);
    QVariantMap values = input;
    const QStringList known = columns(table);
    if (table == QLatin1String("notes") && m_bulk == 0)
        values.insert(QStringLiteral("author"), m_login);
    if (known.contains(QStringLiteral("updated_by")) && !values.contains(QStringLiteral("updated_by"))) {
        values.insert(QStringLiteral("updated_by"), m_login);
        values.insert(QStringLiteral("updated_at"), now());
    }
    checkColumns(table, values.keys());
    QStringList names = values.keys();
    QStringList marks;
    QVariantList binds;
    for (const QString& n : names) {
        marks << QStringLiteral("?");
        binds << values.value(n);
    }
    Transaction t(*this);
    QSqlQuery q = exec(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)").arg(table, names.join(QStringLiteral(", ")),
                                                                          marks.join(QStringLiteral(", "))),
                       binds);
    const qint64 id = q.lastInsertId().toLongLong();
    if (m_bulk == 0) {
        for (const QString& n : names) {
            if (n == QLatin1String("updated_by") || n == QLatin1String("updated_at"))
                continue;
            const QVariant v = values.value(n);
            if (!v.isNull())
                audit(table, id, QStringLiteral("insert"), n, QVariant(), v);
        }
    }
    t.commit();
    return id;
}

void Database::update(const QString& table, qint64 id, const QVariantMap& input, int expectedVersion)
{
    checkWrite(table);
    checkColumns(table, input.keys());
    Transaction t(*this);
    checkNoteAuthor(table, id);
    const auto before = rows(QStringLiteral("SELECT * FROM %1 WHERE id = ?").arg(table), {id});
    if (before.isEmpty())
        throw StoreError(StoreError::Kind::NotFound,
                         tr("This record has been deleted by someone else. Reload to see the current data."));
    const QVariantMap old = before.first();
    if (expectedVersion >= 0 && old.value(QStringLiteral("version")).toInt() != expectedVersion) {
        const QString who = old.value(QStringLiteral("updated_by")).toString();
        const QDateTime when = QDateTime::fromString(old.value(QStringLiteral("updated_at")).toString(), Qt::ISODate);
        throw StoreError(StoreError::Kind::Conflict,
                         tr("%1 changed this record at %2, after you opened it. Your change was not saved, "
                            "so that theirs is not overwritten: reload, then make your change again.")
                             .arg(who.isEmpty() ? tr("Someone else") : who,
                                  when.isValid() ? when.toString(QStringLiteral("HH:mm 'on' d MMMM yyyy")) : tr("an unknown time")));
    }
    QVariantMap values;
    for (auto it = input.constBegin(); it != input.constEnd(); ++it) {
        const QVariant& was = old.value(it.key());
        if (it.key() == QLatin1String("version"))
            continue;
        const bool same = (was.isNull() && it.value().isNull()) ||
                          (!was.isNull() && !it.value().isNull() && valueText(was) == valueText(it.value()));
        if (!same)
            values.insert(it.key(), it.value());
    }
    if (values.isEmpty()) {
        t.commit();
        return;
    }
    QStringList sets;
    QVariantList binds;
    for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
        sets << it.key() + QStringLiteral(" = ?");
        binds << it.value();
    }
    const bool versioned = columns(table).contains(QStringLiteral("version"));
    if (versioned) {
        sets << QStringLiteral("version = version + 1") << QStringLiteral("updated_by = ?")
             << QStringLiteral("updated_at = ?");
        binds << m_login << now();
    }
    binds << id;
    QString sql = QStringLiteral("UPDATE %1 SET %2 WHERE id = ?").arg(table, sets.join(QStringLiteral(", ")));
    if (versioned) {
        sql += QStringLiteral(" AND version = ?");
        binds << old.value(QStringLiteral("version"));
    }
    QSqlQuery q = exec(sql, binds);
    if (q.numRowsAffected() == 0)
        throw StoreError(StoreError::Kind::Conflict,
                         tr("Someone else changed this record while you were saving. Reload, then make your "
                            "change again."));
    for (auto it = values.constBegin(); it != values.constEnd(); ++it)
        audit(table, id, QStringLiteral("update"), it.key(), old.value(it.key()), it.value());
    t.commit();
}

void Database::remove(const QString& table, qint64 id, int expectedVersion)
{
    checkWrite(table);
    checkColumns(table, {});
    Transaction t(*this);
    checkNoteAuthor(table, id);
    const auto before = rows(QStringLiteral("SELECT * FROM %1 WHERE id = ?").arg(table), {id});
    if (before.isEmpty()) {
        t.commit();
        return;
    }
    const QVariantMap old = before.first();
    if (expectedVersion >= 0 && old.value(QStringLiteral("version")).toInt() != expectedVersion)
        throw StoreError(StoreError::Kind::Conflict,
                         tr("%1 changed this record after you opened it, so it was not deleted. Reload and "
                            "look again.")
                             .arg(old.value(QStringLiteral("updated_by")).toString()));
    exec(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(table), {id});
    for (auto it = old.constBegin(); it != old.constEnd(); ++it)
        if (!it.value().isNull())
            audit(table, id, QStringLiteral("delete"), it.key(), it.value(), QVariant());
    t.commit();
}

void Database::link(const QString& table, const QVariantMap& key)
{
    checkWrite(table);
    checkColumns(table, key.keys());
    QStringList marks;
    QVariantList binds;
    for (auto it = key.constBegin(); it != key.constEnd(); ++it) {
        marks << QStringLiteral("?");
        binds << it.value();
    }
    Transaction t(*this);
    exec(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
             .arg(table, key.keys().join(QStringLiteral(", ")), marks.join(QStringLiteral(", "))),
         binds);
    for (auto it = key.constBegin(); it != key.constEnd(); ++it)
        audit(table, 0, QStringLiteral("insert"), it.key(), QVariant(), it.value());
    t.commit();
}

void Database::unlink(const QString& table, const QVariantMap& key)
{
    checkWrite(table);
    checkColumns(table, key.keys());
    QStringList conds;
    QVariantList binds;
    for (auto it = key.constBegin(); it != key.constEnd(); ++it) {
        conds << it.key() + QStringLiteral(" = ?");
        binds << it.value();
    }
    Transaction t(*this);
    exec(QStringLiteral("DELETE FROM %1 WHERE %2").arg(table, conds.join(QStringLiteral(" AND "))), binds);
    for (auto it = key.constBegin(); it != key.constEnd(); ++it)
        audit(table, 0, QStringLiteral("delete"), it.key(), it.value(), QVariant());
    t.commit();
}

Database::BulkLoad::BulkLoad(Database& db) : m_db(db)
{
    if (m_db.m_bulk++ == 0)
        m_db.exec(QStringLiteral("INSERT INTO audit_log (at, login, table_name, row_id, operation, field) "
                                 "VALUES (?, ?, '*', 0, 'insert', 'bulk load')"),
                  {m_db.now(), m_db.m_login});
}

Database::BulkLoad::~BulkLoad() { --m_db.m_bulk; }

Database::Transaction::Transaction(Database& db) : m_db(db)
{
    m_outer = m_db.m_transactionDepth == 0;
    if (m_outer && !m_db.connection().transaction())
        throw StoreError(StoreError::Kind::Locked,
                         tr("The database is busy: another program or person is saving to it. Wait a moment "
                            "and try again."),
                         m_db.connection().lastError().text());
    ++m_db.m_transactionDepth;
}

Database::Transaction::~Transaction()
{
    --m_db.m_transactionDepth;
    if (m_outer && !m_done)
        m_db.connection().rollback();
}

void Database::Transaction::commit()
{
    if (m_done)
        return;
    if (m_outer && !m_db.connection().commit()) {
        const QString text = m_db.connection().lastError().text();
        m_db.connection().rollback();
        m_done = true;
        throw StoreError(StoreError::Kind::Failed,
                         tr("The change could not be saved (%1). Nothing was written; try again.").arg(text), text);
    }
    m_done = true;
}

// SQLite-specific: the online backup API copies a consistent snapshot while the database is in use.
void Database::backupTo(const QString& file) const
{
    sqlite3* source = sqliteHandle(connection());
    if (!source)
        throw StoreError(StoreError::Kind::Failed, tr("This database cannot be backed up from here."));
    QFile::remove(file);
    sqlite3* target = nullptr;
    if (sqlite3_open(QFile::encodeName(file).constData(), &target) != SQLITE_OK) {
        const QString why = QString::fromUtf8(sqlite3_errmsg(target));
        sqlite3_close(target);
        throw StoreError(StoreError::Kind::ReadOnly,
                         tr("The backup %1 could not be created (%2). Choose a folder you may write to.")
                             .arg(QDir::toNativeSeparators(file), why));
    }
    sqlite3_backup* backup = sqlite3_backup_init(target, "main", source, "main");
    int rc = SQLITE_ERROR;
    if (backup) {
        do {
            rc = sqlite3_backup_step(backup, -1);
            if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
                sqlite3_sleep(50);
        } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
        sqlite3_backup_finish(backup);
    }
    rc = backup ? sqlite3_errcode(target) : rc;
    const QString why = QString::fromUtf8(sqlite3_errmsg(target));
    sqlite3_close(target);
    if (rc != SQLITE_OK && rc != SQLITE_DONE) {
        QFile::remove(file);
        throw StoreError(rc == SQLITE_FULL ? StoreError::Kind::DiskFull : StoreError::Kind::Failed,
                         tr("The backup to %1 failed (%2); the database itself is unharmed.")
                             .arg(QDir::toNativeSeparators(file), why));
    }
}
