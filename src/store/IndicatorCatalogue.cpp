#include "IndicatorCatalogue.h"

#include "Database.h"
#include "StoreSql.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace IndicatorCatalogue {

QList<QVariantMap> shipped(QString* error)
{
    QFile f(QStringLiteral(":/data/indicators.json"));
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QCoreApplication::translate("IndicatorCatalogue", "The indicator catalogue is missing.");
        return {};
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &parseError);
    if (!doc.isArray()) {
        if (error)
            *error = QCoreApplication::translate("IndicatorCatalogue",
                                                 "The indicator catalogue cannot be read: %1.")
                         .arg(parseError.errorString());
        return {};
    }
    QList<QVariantMap> out;
    for (const QJsonValue& v : doc.array())
        out.append(v.toObject().toVariantMap());
    return out;
}

int install(Database& db)
{
    int added = 0;
    Database::Transaction t(db);
    const QStringList columns = db.columns(QStringLiteral("indicators"));
    for (const QVariantMap& entry : shipped()) {
        const QString key = entry.value(QStringLiteral("key")).toString();
        if (key.isEmpty() ||
            StoreSql::scalar(db, QStringLiteral("SELECT id FROM indicators WHERE key = ?"), {key}).isValid())
            continue;
        QVariantMap row;
        for (auto it = entry.constBegin(); it != entry.constEnd(); ++it)
            if (columns.contains(it.key()) && it.key() != QLatin1String("id"))
                row.insert(it.key(), it.value());
        db.insert(QStringLiteral("indicators"), row);
        ++added;
    }
    t.commit();
    return added;
}

} // namespace IndicatorCatalogue
