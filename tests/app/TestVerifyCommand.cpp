// scrutineer verify --db FILE: exit 0 when the audit trail is as it was written; 1, saying where
// and since when, when it has been changed behind Scrutineer's back. Every other command opening
// such a database still reads it, and warns on stderr.
#include "CliRun.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {
QString s(const char* text)
{
    return QString::fromUtf8(text);
}

void tamper(const QString& path)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(s("QSQLITE"), s("mallory"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(s("DROP TRIGGER audit_log_no_update")));
        QVERIFY(q.exec(
            s("UPDATE audit_log SET login = 'someone.else' WHERE id = (SELECT MAX(id) / 2 FROM audit_log)")));
        db.close();
    }
    QSqlDatabase::removeDatabase(s("mallory"));
}
} // namespace

class TestVerifyCommand : public QObject
{
    Q_OBJECT
private slots:
    void intactThenTamperedWith()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(s("demo.sqlite"));
        QCOMPARE(runScrutineer({s("demo"), s("--db"), db}).exitCode, 0);
        CliRun r = runScrutineer({s("verify"), s("--db"), db});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains("intact"), r.out.constData());

        tamper(db);
        r = runScrutineer({s("verify"), s("--db"), db});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("tampered with at entry") && r.err.contains("dated"), r.err.constData());
        r = runScrutineer({s("verify"), s("--db"), db, s("--json")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.contains("\"intact\": false"));
        QVERIFY(r.out.contains("\"broken_at\""));

        // Still read by the other commands, with a warning where a person looks.
        r = runScrutineer({s("list"), s("meetings"), s("--db"), db});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.count('\n') > 3);
        QVERIFY2(r.err.startsWith("Warning: The audit trail"), r.err.constData());
    }

    void usage()
    {
        QCOMPARE(runScrutineer({s("verify")}).exitCode, 2);
        QCOMPARE(runScrutineer({s("verify"), s("--db"), s("/no/such/file.sqlite")}).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestVerifyCommand)
#include "TestVerifyCommand.moc"
