#include "Database.h"

#include "core/BritishDate.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QUrl>
#include <array>
#include <fcntl.h>
#include <optional>
#include <sqlite3.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

// The context of this file's strings, the same for Text::tr() at run time and for lupdate.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Database)
};

// "9.00 am on 1 January 2016", in the interface's language.
QString timeOnDate(const QDateTime& when)
{
    return Text::tr("%1 on %2", "a time on a date: 9.00 am on 1 January 2016")
        .arg(BritishDate::time12(when.time()), BritishDate::mediumDate(when.date()));
}

QAtomicInt g_connectionCounter;

struct Migration
{
    int number = 0;
    QString file;
    bool portable = true;
};

// Every migration file, by number; for one number the portable file (NNN_name.sql) comes before
// the engine's own (NNN_name.sqlite.sql, NNN_name.postgres.sql).
QList<Migration> migrations()
{
    QList<Migration> list;
    static const QRegularExpression numbered(QStringLiteral("^(\\d+)_.*\\.sql$"));
    const QDir dir(QStringLiteral(":/migrations"));
    for (const QString& name : dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name)) {
        const auto m = numbered.match(name);
        if (m.hasMatch())
            list.append({m.captured(1).toInt(), dir.filePath(name), Dialect::isPortableMigration(name)});
    }
    std::sort(list.begin(), list.end(), [](const Migration& a, const Migration& b) {
        return a.number != b.number ? a.number < b.number : a.portable > b.portable;
    });
    return list;
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

Database::Database(QString path, QString connection)
    : m_path(std::move(path)), m_connection(std::move(connection))
{
}

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
    const QString dir =
        QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/Scrutineer");
    return dir + QStringLiteral("/demo.sqlite");
}

bool Database::makePrivateFolder(const QString& dir)
{
    if (!QDir().mkpath(dir))
        return false;
    // chmod, unlike mkdir, is not narrowed by the umask.
    return QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

namespace {

// Makes an empty file readable and writable by its owner only (0600), whatever the umask, so that
// SQLite, which gives the -wal and -shm files the mode of the database, keeps them private too.
void createPrivateFile(const QString& path)
{
    const QByteArray name = QFile::encodeName(path);
    const int fd = ::open(name.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, S_IRUSR | S_IWUSR);
    if (fd < 0)
        return; // it exists already, or cannot be made: SQLite will say why
    ::fchmod(fd, S_IRUSR | S_IWUSR);
    ::close(fd);
}

bool isOurs(int applicationId, int userVersion, const QStringList& tables)
{
    if (applicationId == Database::kApplicationId)
        return true;
    if (applicationId != 0)
        return false;
    if (tables.isEmpty())
        return userVersion == 0; // an empty database
    // Databases made before the application id was set (versions 1 and 2) are known by their tables.
    for (const char* t : {"meetings", "agenda_items", "audit_log", "users", "milestones"})
        if (!tables.contains(QLatin1String(t)))
            return false;
    return userVersion >= 1;
}

// The audit hash: each field as stored, a null told apart from an empty text (a zero byte for
// null; else a one byte, the length in eight bytes and the UTF-8), then the previous row's hash
// the same way; SHA-256, in hexadecimal.
void addHashField(QCryptographicHash& h, const char* data, qsizetype size, bool isNull)
{
    if (isNull) {
        h.addData(QByteArrayView("\0", 1));
        return;
    }
    char head[9];
    head[0] = 1;
    const auto n = quint64(size);
    for (int i = 0; i < 8; ++i)
        head[1 + i] = char((n >> (56 - 8 * i)) & 0xff);
    h.addData(QByteArrayView(head, 9));
    h.addData(QByteArrayView(data, size));
}

// A value as SQLite will keep it: the QSQLITE driver binds a null QString as NULL, although
// QVariant(QString()) is not null to Qt 6. Hashing and binding both go through this.
QVariant asStored(const QVariant& v)
{
    if (!v.isValid() || v.isNull())
        return QVariant();
    if (v.typeId() == QMetaType::QString && v.toString().isNull())
        return QVariant();
    return v;
}

QString notOursMessage(const QString& path)
{
    return QCoreApplication::translate(
               "Database", "%1 is not a Scrutineer database: it belongs to another program, or is "
                           "damaged. It has been left exactly as it was. Open a Scrutineer database, "
                           "or restore this one from a backup.")
        .arg(QDir::toNativeSeparators(path));
}

} // namespace

QByteArray Database::auditHash(const QList<QVariant>& f, const QByteArray& previousHash)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    for (const QVariant& value : f) {
        const QVariant v = asStored(value);
        const QByteArray text = v.isNull() ? QByteArray() : v.toString().toUtf8();
        addHashField(h, text.constData(), text.size(), v.isNull());
    }
    addHashField(h, previousHash.constData(), previousHash.size(), previousHash.isEmpty());
    return h.result().toHex();
}

// Rows written before version 3 had no hashes: they are chained now, in order, so that from the
// upgrade on nothing can be changed unnoticed. (The trigger lets a row without a hash get one, once.)
void Database::sealAuditTrail()
{
    QByteArray previous;
    const auto rows =
        this->rows(QStringLiteral("SELECT id, at, login, table_name, row_id, operation, field, old_value, "
                                  "new_value, hash FROM audit_log ORDER BY id"));
    for (const QVariantMap& r : rows) {
        if (!r.value(QStringLiteral("hash")).isNull()) {
            previous = r.value(QStringLiteral("hash")).toByteArray();
            continue;
        }
        QVariantList fields;
        for (const char* name :
             {"id", "at", "login", "table_name", "row_id", "operation", "field", "old_value", "new_value"})
            fields << r.value(QLatin1String(name));
        const QByteArray hash = auditHash(fields, previous);
        exec(QStringLiteral("UPDATE audit_log SET prev_hash = ?, hash = ? WHERE id = ?"),
             {previous.isEmpty() ? QVariant() : QVariant(QString::fromLatin1(previous)),
              QString::fromLatin1(hash), r.value(QStringLiteral("id"))});
        previous = hash;
    }
    m_auditTailKnown = false;
}

namespace {

// Follows the audit chain row by row, as either engine reads it: recomputes each row's hash from its
// fields and the previous row's hash, and stops at the first row that does not match.
class ChainCheck
{
public:
    explicit ChainCheck(Database::AuditCheck& check) : m_check(check) {}

    // One row: its nine hashed fields (id … new_value, each as stored: text, or null), the hashes
    // it carries, and, for a row whose values this reader may not see, the server's word on whether
    // its hash matches (the fields are then not hashed here). Returns false at the first broken row.
    bool row(qint64 id, const QString& at, const std::array<QByteArrayView, 9>& fields,
             const std::array<bool, 9>& isNull, QByteArrayView prevStored, QByteArrayView stored,
             std::optional<bool> matchesElsewhere = std::nullopt)
    {
        ++m_check.entries;
        QString why;
        const auto expected = [&]() {
            m_hash.reset();
            for (int c = 0; c < 9; ++c)
                addHashField(m_hash, fields[c].data(), fields[c].size(), isNull[c]);
            addHashField(m_hash, m_previous.constData(), m_previous.size(), m_previous.isEmpty());
            return m_hash.result().toHex();
        };
        if (stored.isEmpty())
            why = Text::tr("it carries no hash: it was added from outside Scrutineer");
        else if (prevStored != QByteArrayView(m_previous))
            why =
                id != m_previousId + 1 && m_previousId > 0
                    ? Text::tr("the entries before it (after number %1) have been removed").arg(m_previousId)
                    : Text::tr(
                          "it does not follow on from the entry before it: entries have been removed or put "
                          "in");
        else if (matchesElsewhere ? !*matchesElsewhere : stored != QByteArrayView(expected()))
            why = Text::tr("its contents have been changed since it was written");
        if (!why.isEmpty()) {
            m_check.intact = false;
            m_check.brokenAt = id;
            m_check.brokenAtTime = at;
            m_check.lastGoodTime = m_lastGood;
            m_why = why;
            return false;
        }
        m_previous = stored.toByteArray();
        m_previousId = id;
        m_lastGood = at;
        return true;
    }

    // The message for a person, once the chain has been followed (to its end, or to its break).
    void describe(const QString& where)
    {
        if (m_check.intact)
            return;
        const auto when = [](const QString& iso) {
            const QDateTime t = QDateTime::fromString(iso, Qt::ISODate);
            return t.isValid() ? timeOnDate(t) : iso;
        };
        m_check.message =
            Text::tr(
                "The audit trail of %1 has been tampered with at entry %2 (dated %3): %4. The record of "
                "changes cannot be trusted from then on%5. The data itself can still be read; keep a copy "
                "of this database for whoever investigates, and compare it with a backup.")
                .arg(where)
                .arg(m_check.brokenAt)
                .arg(when(m_check.brokenAtTime), m_why,
                     m_check.lastGoodTime.isEmpty()
                         ? QString()
                         : Text::tr("; the entries up to %1 are as they were written")
                               .arg(when(m_check.lastGoodTime)));
    }

private:
    Database::AuditCheck& m_check;
    QCryptographicHash m_hash{QCryptographicHash::Sha256};
    QByteArray m_previous;
    qint64 m_previousId = 0;
    QString m_lastGood;
    QString m_why;
};

} // namespace

// SQLite-specific, straight through the C interface: a big trail is checked in a fraction of a second.
Database::AuditCheck Database::verifyAuditTrail() const
{
    if (m_engine == Engine::Postgres)
        return verifyServerAuditTrail();
    AuditCheck check;
    sqlite3* handle = sqliteHandle(connection());
    if (!handle)
        return check;
    sqlite3_stmt* st = nullptr;
    if (sqlite3_prepare_v2(
            handle,
            "SELECT id, at, login, table_name, row_id, operation, field, old_value, new_value, "
            "prev_hash, hash FROM audit_log ORDER BY id",
            -1, &st, nullptr) != SQLITE_OK) {
        check.intact = false;
        check.message = Text::tr("The audit trail of %1 cannot be read (%2), so it cannot be checked.")
                            .arg(QDir::toNativeSeparators(m_path), QString::fromUtf8(sqlite3_errmsg(handle)));
        sqlite3_finalize(st);
        return check;
    }
    ChainCheck chain(check);
    const auto text = [&](int c) {
        return QByteArrayView(reinterpret_cast<const char*>(sqlite3_column_text(st, c)),
                              sqlite3_column_bytes(st, c));
    };
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        std::array<QByteArrayView, 9> fields;
        std::array<bool, 9> isNull;
        for (int c = 0; c < 9; ++c) {
            isNull[c] = sqlite3_column_type(st, c) == SQLITE_NULL;
            fields[c] = text(c);
        }
        if (!chain.row(sqlite3_column_int64(st, 0), QString::fromUtf8(text(1)), fields, isNull, text(9),
                       text(10)))
            break;
    }
    sqlite3_finalize(st);
    if (check.intact && rc != SQLITE_DONE) {
        check.intact = false;
        check.message = Text::tr("The audit trail of %1 could not be read to the end (%2).")
                            .arg(QDir::toNativeSeparators(m_path), QString::fromUtf8(sqlite3_errmsg(handle)));
    }
    chain.describe(QDir::toNativeSeparators(m_path));
    return check;
}

// PostgreSQL-specific: the same chain, read through the driver. The rows this login may read come
// from audit_log itself; the links of all of them (and the server's check of the rows it may not
// read, others' private notes) from scrutineer_audit_links (003_audit_chain.postgres.sql).
Database::AuditCheck Database::verifyServerAuditTrail() const
{
    AuditCheck check;
    QSqlQuery q;
    try {
        q = exec(QStringLiteral(
            "SELECT l.id, l.at, a.login, a.table_name, a.row_id, a.operation, a.field, a.old_value, "
            "a.new_value, l.prev_hash, l.hash, a.id IS NULL AS hidden, l.note_hash_matches"
            " FROM scrutineer_audit_links() l LEFT JOIN audit_log a ON a.id = l.id ORDER BY l.id"));
    } catch (const StoreError& e) {
        check.intact = false;
        check.message = Text::tr("The audit trail of %1 cannot be read (%2), so it cannot be checked.")
                            .arg(m_path, e.message());
        return check;
    }
    ChainCheck chain(check);
    while (q.next()) {
        std::array<QByteArray, 9> text;
        std::array<QByteArrayView, 9> fields;
        std::array<bool, 9> isNull;
        for (int c = 0; c < 9; ++c) {
            const QVariant v = q.value(c);
            isNull[c] = v.isNull();
            text[c] = isNull[c] ? QByteArray() : v.toString().toUtf8();
            fields[c] = text[c];
        }
        const QByteArray prev = q.value(9).toString().toLatin1();
        const QByteArray stored = q.value(10).toString().toLatin1();
        const bool hidden = q.value(11).toBool();
        if (!chain.row(q.value(0).toLongLong(), q.value(1).toString(), fields, isNull, prev, stored,
                       hidden ? std::optional<bool>(q.value(12).toBool()) : std::nullopt))
            break;
    }
    chain.describe(m_server.displayName());
    return check;
}

std::unique_ptr<Database> Database::open(const QString& path, const QString& login)
{
    return openAtVersion(path, login, latestSchemaVersion());
}

std::unique_ptr<Database> Database::openReadOnly(const QString& path, const QString& login)
{
    return openAtVersion(path, login, latestSchemaVersion(), true);
}

std::unique_ptr<Database> Database::openAtVersion(const QString& path, const QString& login, int version,
                                                  bool readOnly)
{
    if (ServerAddress::isServerUrl(path)) {
        QString problem;
        const auto address = ServerAddress::parse(path, &problem);
        if (!address)
            throw StoreError(StoreError::Kind::Failed, problem);
        auto self = openServer(*address, login, version);
        if (readOnly) { // the server's roles apply as well; this window changes nothing at all
            self->m_readOnly = true;
            self->m_readOnlyReason =
                Text::tr(
                    "%1 was opened for reading only: nothing can be changed or saved in it. To make changes, "
                    "connect again with File ▸ Connect to Server….")
                    .arg(self->m_server.displayName());
        }
        return self;
    }
    const QString name = QStringLiteral("scrutineer-%1").arg(g_connectionCounter.fetchAndAddRelaxed(1));
    std::unique_ptr<Database> self(new Database(path, name));
    if (readOnly)
        self->m_readOnlyReason =
            Text::tr(
                "%1 was opened for reading only: nothing can be changed or saved in it. To make changes, "
                "open it again with File ▸ Open Database….")
                .arg(QDir::toNativeSeparators(path));
    if (path != QLatin1String(":memory:")) {
        const QFileInfo info(path);
        if (!info.absoluteDir().exists())
            throw StoreError(
                StoreError::Kind::Failed,
                Text::tr("The folder %1 does not exist. Choose a database in an existing folder.")
                    .arg(QDir::toNativeSeparators(info.absolutePath())));
        const bool folderWritable = QFileInfo(info.absolutePath()).isWritable();
        if (!info.exists() && readOnly)
            throw StoreError(StoreError::Kind::Failed,
                             Text::tr("%1 does not exist. Choose a database that does.")
                                 .arg(QDir::toNativeSeparators(path)));
        if (!info.exists()) {
            if (!folderWritable)
                throw StoreError(
                    StoreError::Kind::ReadOnly,
                    Text::tr("%1 cannot be created: the folder %2 is read-only for you. Choose a folder "
                             "of your own.")
                        .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(info.absolutePath())));
            createPrivateFile(path);
        } else if (!info.isReadable()) {
            throw StoreError(
                StoreError::Kind::ReadOnly,
                Text::tr("%1 cannot be read: you lack permission. Ask whoever manages the file for "
                         "access, or open another database.")
                    .arg(QDir::toNativeSeparators(path)));
        } else if (!readOnly && (!info.isWritable() || !folderWritable)) {
            readOnly = true;
            self->m_readOnlyReason =
                Text::tr(
                    "%1 is read-only for you (the file, or its folder %2), so it has been opened for reading "
                    "only: nothing can be changed or saved in it. To make changes, ask whoever manages the "
                    "file "
                    "for permission to write it, or copy it to a folder of your own and open the copy.")
                    .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(info.absolutePath()));
        }
    }
    self->m_readOnly = readOnly;
    self->connect(readOnly, false);
    self->identify();
    self->configure();
    self->migrate(version);
    self->ensureUser(login.isEmpty() ? defaultLogin() : login);
    if (self->hasTable(QStringLiteral("audit_log")) &&
        self->columns(QStringLiteral("audit_log")).contains(QStringLiteral("hash")))
        self->m_auditCheck = self->verifyAuditTrail();
    return self;
}

void Database::connect(bool readOnly, bool immutable)
{
    QSqlDatabase db = QSqlDatabase::contains(m_connection)
                          ? QSqlDatabase::database(m_connection, false)
                          : QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    if (db.isOpen())
        db.close();
    QStringList options = {QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000")};
    if (readOnly)
        options << QStringLiteral("QSQLITE_OPEN_READONLY");
    if (immutable) {
        // A database in WAL mode in a folder that may not be written: SQLite cannot make the
        // shared-memory file it reads through, but may read the file as it stands.
        options << QStringLiteral("QSQLITE_OPEN_URI");
        db.setDatabaseName(
            QUrl::fromLocalFile(QFileInfo(m_path).absoluteFilePath()).toString(QUrl::FullyEncoded) +
            QStringLiteral("?immutable=1"));
    } else {
        db.setDatabaseName(m_path);
    }
    db.setConnectOptions(options.join(QLatin1Char(';')));
    if (!db.open())
        throw StoreError(
            StoreError::Kind::Failed,
            Text::tr("The database %1 could not be opened: %2. Check that the file is a Scrutineer "
                     "database and that you may read it.")
                .arg(QDir::toNativeSeparators(m_path), db.lastError().text()),
            db.lastError().text());
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connection, false);
}

// SQLite-specific. Whether the file is ours, read without writing a byte to it: another program's
// file, or one made by a newer Scrutineer, is refused exactly as it was (not even switched to WAL).
void Database::identify()
{
    if (m_path == QLatin1String(":memory:"))
        return;
    QSqlQuery q(connection());
    bool ok = q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"));
    if (!ok && m_readOnly) {
        // In WAL mode in a read-only folder: read the file as it stands instead.
        q = QSqlQuery();
        connect(true, true);
        q = QSqlQuery(connection());
        ok = q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"));
    }
    if (!ok) {
        const int code = q.lastError().nativeErrorCode().toInt() & 0xff;
        if (code == SQLITE_BUSY || code == SQLITE_LOCKED)
            throw StoreError(
                StoreError::Kind::Locked,
                Text::tr("%1 is locked by another program. Close it there, or wait a moment, and try "
                         "again.")
                    .arg(QDir::toNativeSeparators(m_path)),
                q.lastError().text());
        if (code == SQLITE_CANTOPEN || code == SQLITE_READONLY || code == SQLITE_PERM)
            throw StoreError(
                StoreError::Kind::ReadOnly,
                Text::tr("%1 cannot be read here: it is read-only for you and SQLite cannot set up the "
                         "files it reads through beside it. Copy it to a folder of your own and open "
                         "the copy.")
                    .arg(QDir::toNativeSeparators(m_path)),
                q.lastError().text());
        throw StoreError(StoreError::Kind::Failed, notOursMessage(m_path), q.lastError().text());
    }
    QStringList tables;
    while (q.next())
        tables << q.value(0).toString();
    q.finish();
    const int app = scalar(QStringLiteral("PRAGMA application_id")).toInt();
    const int version = scalar(QStringLiteral("PRAGMA user_version")).toInt();
    if (!isOurs(app, version, tables))
        throw StoreError(StoreError::Kind::Failed, notOursMessage(m_path));
}

// SQLite-specific: connection pragmas (a server's session settings: configureServer()).
void Database::configure()
{
    if (m_engine == Engine::Postgres)
        return configureServer();
    exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    exec(QStringLiteral("PRAGMA busy_timeout = 5000"));
    if (m_path == QLatin1String(":memory:") || m_readOnly)
        return;
    // Not before the version is known: a newer database is left as it is, its journal too.
    const int current = schemaVersion();
    if (current > latestSchemaVersion())
        return; // migrate() refuses it
    QSqlQuery q(connection());
    if (!q.exec(QStringLiteral("PRAGMA journal_mode = WAL")))
        throw StoreError(StoreError::Kind::Failed, notOursMessage(m_path), q.lastError().text());
    exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
}

// SQLite-specific: the schema version is kept in PRAGMA user_version.
int Database::schemaVersion() const
{
    if (m_engine == Engine::Postgres)
        return serverSchemaVersion(); // a table: PostgreSQL has no user_version
    return scalar(QStringLiteral("PRAGMA user_version")).toInt();
}

void Database::migrate(int target)
{
    int current = schemaVersion();
    const auto list = migrations();
    const int latest = latestSchemaVersion();
    target = qMin(target, latest);
    if (current > latest)
        throw StoreError(
            StoreError::Kind::TooNew,
            Text::tr("%1 was last used by a newer version of Scrutineer (database version %2; this "
                     "program knows up to version %3). Open it with the newer Scrutineer; nothing has "
                     "been changed.")
                .arg(QDir::toNativeSeparators(m_path))
                .arg(current)
                .arg(latest));
    if (current >= target)
        return;
    if (m_readOnly)
        throw StoreError(
            StoreError::Kind::ReadOnly,
            Text::tr("%1 was made by an earlier version of Scrutineer and must be brought up to date "
                     "before it can be read, but it is read-only for you. Copy it to a folder of your "
                     "own and open the copy; the original is unchanged.")
                .arg(QDir::toNativeSeparators(m_path)));
    // The backup first (a consistent copy cannot be read through a write transaction of its own
    // connection), then the write lock, then the version again: another program may have upgraded
    // the file meanwhile. A server is upgraded by the database's owner only, and backed up by the
    // server (no file to copy).
    if (m_engine == Engine::Postgres) {
        beginServerMigration(current, target);
    } else if (current > 0 && m_path != QLatin1String(":memory:")) {
        const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        m_lastBackup = m_path + QStringLiteral(".v%1-%2.backup").arg(current).arg(stamp);
        backupTo(m_lastBackup);
    }
    Transaction lock(*this);
    current = schemaVersion();
    if (current >= target) {
        lock.commit();
        return;
    }
    QList<int> numbers;
    for (const Migration& m : list)
        if (m.number > current && m.number <= target && !numbers.contains(m.number))
            numbers << m.number;
    for (const int number : std::as_const(numbers)) {
        // The portable file first, then the engine's own part of the same version.
        for (const Migration& m : list) {
            if (m.number != number || !Dialect::migrationAppliesTo(m.file, m_engine))
                continue;
            QFile f(m.file);
            if (!f.open(QIODevice::ReadOnly))
                throw StoreError(StoreError::Kind::Failed,
                                 Text::tr("A migration of the program is missing: %1.").arg(m.file));
            const QString script = QString::fromUtf8(f.readAll());
            const QString adapted = m.portable ? Dialect::adaptPortable(script, m_engine) : script;
            for (const QString& statement : Dialect::splitStatements(adapted))
                exec(statement);
        }
        m_columns.clear();
        if (m_engine == Engine::Postgres) {
            setServerSchemaVersion(number); // the server's 003 chains its own rows
        } else {
            if (number == 3)
                sealAuditTrail(); // the rows written before the chain existed get their hashes
            exec(QStringLiteral("PRAGMA user_version = %1").arg(number));
        }
    }
    if (m_engine == Engine::Postgres && !numbers.isEmpty()) {
        m_columns.clear();
        applyServerPrivileges(); // the tables of every version, granted and audited
    }
    lock.commit();
    m_columns.clear();
}

void Database::ensureUser(const QString& login)
{
    const qint64 users = scalar(QStringLiteral("SELECT COUNT(*) FROM users")).toLongLong();
    if (users == 0 && !m_readOnly) {
        // The first user of a new database is its administrator.
        exec(QStringLiteral("INSERT INTO users (login, role, created_at) VALUES (?, ?, ?)"),
             {login, Roles::code(Role::Administrator), now()});
    }
    signIn(login);
}

void Database::signIn(const QString& login)
{
    if (m_engine == Engine::Postgres)
        signInServer(login); // the connection takes on the login's server role first
    m_login = login;
    m_role = Role::Member;
    m_personId = 0;
    const auto found = rows(QStringLiteral("SELECT role, person_id FROM users WHERE login = ?"), {login});
    if (!found.isEmpty()) {
        m_role = Roles::fromCode(found.first().value(QStringLiteral("role")).toString());
        m_personId = found.first().value(QStringLiteral("person_id")).toLongLong();
    }
}

QString Database::now() const
{
    return QDateTime::currentDateTime().toString(Qt::ISODate);
}

void Database::raise(const QSqlQuery& query, const QString& doing) const
{
    if (m_engine == Engine::Postgres)
        raiseServer(query, doing); // SQLSTATE codes, not SQLite's
    const QSqlError e = query.lastError();
    const QString native = e.nativeErrorCode();
    const QString text = e.databaseText().isEmpty() ? e.text() : e.databaseText();
    const int code = native.toInt();
    const int primary = code & 0xff;
    if (primary == SQLITE_BUSY || primary == SQLITE_LOCKED)
        throw StoreError(
            StoreError::Kind::Locked,
            Text::tr("The database is busy: another program or person is saving to it. Wait a moment "
                     "and try again; nothing you saved before has been lost."),
            text);
    if (primary == SQLITE_FULL)
        throw StoreError(
            StoreError::Kind::DiskFull,
            Text::tr("The disk is full, so this change could not be saved. Free some space and try "
                     "again; what was saved before is safe."),
            text);
    if (primary == SQLITE_READONLY || primary == SQLITE_PERM || primary == SQLITE_CANTOPEN)
        throw StoreError(StoreError::Kind::ReadOnly,
                         Text::tr("The database cannot be written (it is read-only, or you lack permission). "
                                  "Open a copy you may change."),
                         text);
    if (primary == SQLITE_CONSTRAINT) {
        QString what = Text::tr("This change breaks a rule of the data (%1).").arg(text);
        if (text.contains(QLatin1String("FOREIGN KEY")))
            what = Text::tr("This change refers to a record that does not exist, or removes one that others "
                            "still refer to.");
        else if (text.contains(QLatin1String("UNIQUE")))
            what = Text::tr("A record with the same details already exists (%1).").arg(text);
        else if (text.contains(QLatin1String("CHECK")))
            what = Text::tr("A value is not one of those allowed (%1).").arg(text);
        throw StoreError(StoreError::Kind::Invalid, what, text);
    }
    throw StoreError(StoreError::Kind::Failed, Text::tr("The database could not %1: %2").arg(doing, text),
                     text);
}

QSqlQuery Database::exec(const QString& sql, const QVariantList& values) const
{
    if (m_statementLog)
        m_statementLog->append({sql, values});
    if (m_engine == Engine::Postgres)
        return execServer(sql, values);
    QSqlQuery q(connection());
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        raise(q, Text::tr("prepare a query"));
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
    if (!q.exec())
        raise(q, Text::tr("run a query"));
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

bool Database::hasTable(const QString& table) const
{
    return !columns(table).isEmpty();
}

// SQLite-specific: EXPLAIN QUERY PLAN's rows are (id, parent, notused, detail).
QStringList Database::queryPlan(const Statement& statement) const
{
    QSqlQuery q(connection());
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + statement.sql))
        raise(q, Text::tr("plan a query"));
    for (int i = 0; i < statement.values.size(); ++i)
        q.bindValue(i, statement.values.at(i));
    if (!q.exec())
        raise(q, Text::tr("plan a query"));
    QStringList steps;
    while (q.next())
        steps << q.value(3).toString();
    return steps;
}

void Database::checkColumns(const QString& table, const QStringList& names) const
{
    const QStringList known = columns(table);
    if (known.isEmpty())
        throw StoreError(StoreError::Kind::Failed, Text::tr("There is no table called %1.").arg(table));
    for (const QString& n : names)
        if (!known.contains(n))
            throw StoreError(StoreError::Kind::Failed,
                             Text::tr("The table %1 has no field %2.").arg(table, n));
}

void Database::checkWrite(const QString& table) const
{
    if (m_readOnly)
        throw StoreError(StoreError::Kind::ReadOnly, m_readOnlyReason);
    if (m_bulk > 0)
        return;
    if (!Roles::mayWrite(m_role, table))
        throw StoreError(
            StoreError::Kind::NotAllowed,
            Text::tr("As a %1 you may not change %2. Ask a clerk, an officer or your administrator.")
                .arg(Roles::displayName(m_role).toLower(),
                     QString(table).replace(QLatin1Char('_'), QLatin1Char(' '))));
}

void Database::checkNoteAuthor(const QString& table, qint64 id) const
{
    if (m_bulk > 0 || table != QLatin1String("notes"))
        return;
    const QVariant author = scalar(QStringLiteral("SELECT author FROM notes WHERE id = ?"), {id});
    // Engine-specific: a server shows nobody another's note (row-level security), so ask whether it exists.
    const bool hidden = !author.isValid() && m_engine == Engine::Postgres &&
                        scalar(QStringLiteral("SELECT scrutineer_note_exists(?)"), {id}).toBool();
    if (hidden || (author.isValid() && author.toString() != m_login))
        throw StoreError(StoreError::Kind::NotAllowed,
                         Text::tr("A note can be changed only by the person who wrote it."));
}

void Database::audit(const QString& table, qint64 rowId, const QString& operation, const QString& field,
                     const QVariant& oldValue, const QVariant& newValue)
{
    if (m_bulk > 0 || m_engine == Engine::Postgres) // on a server, triggers write the audit trail
        return;
    appendAudit({now(), m_login, table, rowId, operation, field.isEmpty() ? QVariant() : QVariant(field),
                 oldValue.isNull() ? QVariant() : QVariant(valueText(oldValue)),
                 newValue.isNull() ? QVariant() : QVariant(valueText(newValue))});
}

// One row at the end of the audit trail, chained to the row before it. Called inside a write
// transaction, which holds the lock: nobody else can append meanwhile.
void Database::appendAudit(const QVariantList& values)
{
    if (!columns(QStringLiteral("audit_log")).contains(QStringLiteral("hash"))) {
        // A database opened below version 3 (tests of upgrades): no chain yet.
        exec(QStringLiteral(
                 "INSERT INTO audit_log (at, login, table_name, row_id, operation, field, old_value, "
                 "new_value) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
             values);
        return;
    }
    if (!m_auditTailKnown) {
        const auto last = rows(QStringLiteral("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1"));
        m_auditTailId = last.isEmpty() ? 0 : last.first().value(QStringLiteral("id")).toLongLong();
        m_auditTailHash =
            last.isEmpty() ? QByteArray() : last.first().value(QStringLiteral("hash")).toByteArray();
        m_auditTailKnown = true;
    }
    const qint64 id = m_auditTailId + 1;
    QVariantList fields = {id};
    for (const QVariant& v : values)
        fields << asStored(v);
    const QByteArray hash = auditHash(fields, m_auditTailHash);
    QVariantList binds = fields;
    binds << (m_auditTailHash.isEmpty() ? QVariant() : QVariant(QString::fromLatin1(m_auditTailHash)))
          << QString::fromLatin1(hash);
    exec(QStringLiteral(
             "INSERT INTO audit_log (id, at, login, table_name, row_id, operation, field, old_value, "
             "new_value, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
         binds);
    m_auditTailId = id;
    m_auditTailHash = hash;
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
    QString sql = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                      .arg(table, names.join(QStringLiteral(", ")), marks.join(QStringLiteral(", ")));
    // Engine-specific: PostgreSQL returns the new id (lastval() would be the audit trail's).
    const bool returning = m_engine == Engine::Postgres && known.contains(QStringLiteral("id"));
    if (returning)
        sql += QStringLiteral(" RETURNING id");
    QSqlQuery q = exec(sql, binds);
    const qint64 id = returning ? (q.next() ? q.value(0).toLongLong() : 0) : q.lastInsertId().toLongLong();
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
        throw StoreError(
            StoreError::Kind::NotFound,
            Text::tr("This record has been deleted by someone else. Reload to see the current data."));
    const QVariantMap old = before.first();
    if (expectedVersion >= 0 && old.value(QStringLiteral("version")).toInt() != expectedVersion) {
        const QString who = old.value(QStringLiteral("updated_by")).toString();
        const QDateTime when =
            QDateTime::fromString(old.value(QStringLiteral("updated_at")).toString(), Qt::ISODate);
        throw StoreError(
            StoreError::Kind::Conflict,
            Text::tr("%1 changed this record at %2, after you opened it. Your change was not saved, "
                     "so that theirs is not overwritten: reload, then make your change again.")
                .arg(who.isEmpty() ? Text::tr("Someone else") : who,
                     when.isValid() ? timeOnDate(when) : Text::tr("an unknown time")));
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
        throw StoreError(
            StoreError::Kind::Conflict,
            Text::tr("Someone else changed this record while you were saving. Reload, then make your "
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
        throw StoreError(
            StoreError::Kind::Conflict,
            Text::tr("%1 changed this record after you opened it, so it was not deleted. Reload and "
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
    m_outer = m_db.m_bulk++ == 0;
    if (!m_outer)
        return;
    // Engine-specific: on a server the audit triggers record one row per row added instead.
    if (m_db.m_engine == Engine::Postgres) {
        m_db.exec(QStringLiteral("SELECT set_config('scrutineer.bulk_load', 'on', false), "
                                 "set_config('statement_timeout', '0', false)"));
        return;
    }
    // SQLite-specific: every table's largest rowid now; what is above it at finish() was loaded.
    const auto tables =
        m_db.rows(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT "
                                 "LIKE 'sqlite_%' AND name NOT LIKE 'search_%' AND name <> 'audit_log'"));
    for (const QVariantMap& t : tables) {
        const QString name = t.value(QStringLiteral("name")).toString();
        m_lastRow.insert(
            name,
            m_db.scalar(QStringLiteral("SELECT COALESCE(MAX(rowid), 0) FROM %1").arg(name)).toLongLong());
    }
}

Database::BulkLoad::~BulkLoad()
{
    if (--m_db.m_bulk == 0 && m_db.m_engine == Engine::Postgres) {
        try {
            m_db.exec(QStringLiteral("SELECT set_config('scrutineer.bulk_load', 'off', false), "
                                     "set_config('statement_timeout', '120s', false)"));
        } catch (const StoreError&) {
            // The connection is gone, and the setting with it.
        }
    }
}

void Database::BulkLoad::finish()
{
    if (!m_outer || m_done)
        return;
    m_done = true;
    if (m_db.m_engine == Engine::Postgres)
        return; // the triggers have recorded each row
    QStringList names = m_lastRow.keys();
    names.sort();
    const QString at = m_db.now();
    for (const QString& table : std::as_const(names)) {
        const auto added = m_db.rows(
            QStringLiteral(
                "SELECT COUNT(*) AS n, MIN(rowid) AS first, MAX(rowid) AS last FROM %1 WHERE rowid > ?")
                .arg(table),
            {m_lastRow.value(table)});
        const qint64 n = added.isEmpty() ? 0 : added.first().value(QStringLiteral("n")).toLongLong();
        if (n == 0)
            continue;
        const qint64 first = added.first().value(QStringLiteral("first")).toLongLong();
        const qint64 last = added.first().value(QStringLiteral("last")).toLongLong();
        // One entry per table loaded, in the chain like any other: which rows, by whom, when.
        m_db.appendAudit({at, m_db.m_login, table, first, QStringLiteral("insert"), QStringLiteral("*"),
                          QVariant(),
                          QStringLiteral("bulk load: %1 rows, %2 to %3").arg(n).arg(first).arg(last)});
    }
}

// SQLite-specific: BEGIN IMMEDIATE takes the write lock before the first read, so that a
// transaction never finds, halfway, that another writer got there first (SQLITE_BUSY without
// waiting). The busy timeout waits for the other writer; then it is tried again, a few times.
void Database::begin()
{
    if (m_engine == Engine::Postgres)
        return beginServer();
    const QString sql = m_readOnly ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE");
    for (int attempt = 0;; ++attempt) {
        QSqlQuery q(connection());
        if (q.exec(sql)) {
            m_auditTailKnown = false; // another program may have written since our last transaction
            return;
        }
        const int code = q.lastError().nativeErrorCode().toInt() & 0xff;
        if ((code == SQLITE_BUSY || code == SQLITE_LOCKED) && attempt < 3)
            continue;
        throw StoreError(
            StoreError::Kind::Locked,
            Text::tr("The database is busy: another program or person is saving to it. Wait a moment "
                     "and try again."),
            q.lastError().text());
    }
}

Database::Transaction::Transaction(Database& db) : m_db(db)
{
    m_outer = m_db.m_transactionDepth == 0;
    if (m_outer)
        m_db.begin();
    ++m_db.m_transactionDepth;
}

Database::Transaction::~Transaction()
{
    --m_db.m_transactionDepth;
    if (m_outer && !m_done) {
        QSqlQuery(m_db.connection()).exec(QStringLiteral("ROLLBACK"));
        m_db.m_auditTailKnown = false;
        m_db.m_columns.clear();
    }
}

void Database::Transaction::commit()
{
    if (m_done)
        return;
    if (m_outer) {
        m_db.flushInserters();
        QSqlQuery q(m_db.connection());
        if (!q.exec(QStringLiteral("COMMIT"))) {
            const QString text = q.lastError().text();
            QSqlQuery(m_db.connection()).exec(QStringLiteral("ROLLBACK"));
            m_db.m_auditTailKnown = false;
            m_done = true;
            throw StoreError(
                StoreError::Kind::Failed,
                Text::tr("The change could not be saved (%1). Nothing was written; try again.").arg(text),
                text);
        }
    }
    m_done = true;
}

// SQLite-specific: the online backup API copies a consistent snapshot while the database is in use.
void Database::backupTo(const QString& file) const
{
    if (m_engine == Engine::Postgres)
        throw StoreError(
            StoreError::Kind::Failed,
            Text::tr("A database on a server is backed up by the server (pg_dump), or copied to a file "
                     "with: scrutineer copy --from %1 --to FILE.sqlite")
                .arg(m_path));
    sqlite3* source = sqliteHandle(connection());
    if (!source)
        throw StoreError(StoreError::Kind::Failed, Text::tr("This database cannot be backed up from here."));
    QFile::remove(file);
    createPrivateFile(file); // the copy holds what the database holds: readable by its owner only
    sqlite3* target = nullptr;
    if (sqlite3_open(QFile::encodeName(file).constData(), &target) != SQLITE_OK) {
        const QString why = QString::fromUtf8(sqlite3_errmsg(target));
        sqlite3_close(target);
        throw StoreError(
            StoreError::Kind::ReadOnly,
            Text::tr("The backup %1 could not be created (%2). Choose a folder you may write to.")
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
                         Text::tr("The backup to %1 failed (%2); the database itself is unharmed.")
                             .arg(QDir::toNativeSeparators(file), why));
    }
}

Database::Inserter::Inserter(Database& db, const QString& sql)
    : m_db(db), m_sql(sql), m_query(std::make_unique<QSqlQuery>(db.connection()))
{
    // Engine-specific: SQLite reuses one prepared statement; a server takes the rows in batches.
    if (m_db.m_engine == Engine::Postgres) {
        static const QRegularExpression form(
            QStringLiteral("^INSERT INTO (\\w+) \\(([^)]*)\\) VALUES (\\(.*\\))$"));
        const auto m = form.match(sql);
        if (!m.hasMatch())
            throw StoreError(StoreError::Kind::Failed,
                             Text::tr("The program asked for a bulk insert it cannot batch."));
        m_table = m.captured(1);
        m_head = QStringLiteral("INSERT INTO %1 (id, %2) VALUES ").arg(m_table, m.captured(2));
        m_marks = QStringLiteral("(?, ") + m.captured(3).mid(1);
        if (m_db.m_transactionDepth > 0)
            m_db.exec(QStringLiteral("SET CONSTRAINTS ALL DEFERRED"));
        m_db.m_inserters.append(this);
    } else if (!m_query->prepare(sql)) {
        m_db.raise(*m_query, Text::tr("prepare a query"));
    }
}

Database::Inserter::~Inserter()
{
    m_db.m_inserters.removeAll(this);
}

qint64 Database::Inserter::run(const QVariantList& values)
{
    if (m_db.m_engine == Engine::Postgres) {
        if (m_ids.isEmpty()) {
            QSqlQuery q =
                m_db.exec(QStringLiteral(
                              "SELECT nextval(pg_get_serial_sequence(?, 'id')) FROM generate_series(1, 250)"),
                          {m_table});
            while (q.next())
                m_ids << q.value(0).toLongLong();
        }
        const qint64 id = m_ids.takeFirst();
        m_queued << m_marks;
        m_values << id << values;
        if (m_queued.size() >= 250)
            flush();
        return id;
    }
    for (int i = 0; i < values.size(); ++i)
        m_query->bindValue(i, values.at(i));
    if (!m_query->exec())
        m_db.raise(*m_query, Text::tr("save a row"));
    return m_query->lastInsertId().toLongLong();
}

void Database::Inserter::flush()
{
    if (m_queued.isEmpty())
        return;
    const QString sql = m_head + m_queued.join(QStringLiteral(", "));
    const QVariantList values = m_values;
    m_queued.clear();
    m_values.clear();
    const bool was = m_db.m_flushing;
    m_db.m_flushing = true;
    try {
        m_db.execServer(sql, values);
    } catch (...) {
        m_db.m_flushing = was;
        throw;
    }
    m_db.m_flushing = was;
}

void Database::flushInserters() const
{
    if (m_inserters.isEmpty() || m_flushing)
        return;
    for (Inserter* i : m_inserters)
        i->flush();
}
