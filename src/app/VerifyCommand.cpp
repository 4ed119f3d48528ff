// scrutineer verify --db FILE|URL [--json]
// Checks the audit trail's chain of hashes: exit 0 when every entry is as it was written, 1 with
// where and since when it breaks.
#include "CliSupport.h"
#include "Commands.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonObject>

namespace {

// The context of this file's strings, the same for tr() at run time and for lupdate.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

} // namespace

int runVerify(const QStringList& args)
{
    QCommandLineParser parser;
    Cli::addDbOption(parser);
    parser.addOption(QCommandLineOption(QStringLiteral("json"), Text::tr("Print the result as JSON.")));
    if (!Cli::parse(parser, QStringLiteral("verify"), args))
        return 2;
    const QString path = parser.value(QStringLiteral("db"));
    if (path.isEmpty()) {
        Cli::err() << Text::tr("Say which database to check: scrutineer verify --db FILE") << Qt::endl;
        return 2;
    }
    if (!ServerAddress::isServerUrl(path) && !QFileInfo::exists(path)) {
        Cli::err() << Text::tr("There is no database at %1. Check the path.").arg(path) << Qt::endl;
        return 2;
    }
    std::unique_ptr<Database> db;
    try {
        db = Database::open(path);
    } catch (const StoreError& e) {
        Cli::err() << e.message() << Qt::endl;
        return 1;
    }
    const Database::AuditCheck check = db->verifyAuditTrail();
    const QString where = db->isServer() ? db->serverAddress().displayName() : QDir::toNativeSeparators(path);
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject o{
            {QStringLiteral("intact"), check.intact},
            {QStringLiteral("entries"), check.entries},
            {QStringLiteral("broken_at"), check.brokenAt ? QJsonValue(check.brokenAt) : QJsonValue()},
            {QStringLiteral("broken_at_time"),
             check.brokenAtTime.isEmpty() ? QJsonValue() : QJsonValue(check.brokenAtTime)},
            {QStringLiteral("last_good_time"),
             check.lastGoodTime.isEmpty() ? QJsonValue() : QJsonValue(check.lastGoodTime)},
            {QStringLiteral("message"), check.message}};
        Cli::printJson(QJsonDocument(o));
        return check.intact ? 0 : 1;
    }
    if (!check.intact) {
        Cli::err() << check.message << Qt::endl;
        return 1;
    }
    Cli::out() << Text::tr("The audit trail of %1 is intact: %n entry(s) as written.", nullptr, check.entries)
                      .arg(where)
               << Qt::endl;
    return 0;
}
