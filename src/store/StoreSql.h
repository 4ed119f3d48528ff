#pragma once

#include "Database.h"

#include <QSqlQuery>

// The store's SQL, for src/store and the tests only. Database keeps exec, scalar and rows private
// and lets this class through; Qt6::Sql is linked PRIVATE to the store, so that a file outside it
// cannot include this header (nor QSqlQuery): the window, the reports and the verbs ask a
// repository, and what they may ask is what the repositories offer.
class StoreSql
{
public:
    StoreSql() = delete;

    // Every value bound; errors thrown as StoreError with a person's message.
    static QSqlQuery exec(const Database& db, const QString& sql, const QVariantList& values = {})
    {
        return db.exec(sql, values);
    }
    static QVariant scalar(const Database& db, const QString& sql, const QVariantList& values = {})
    {
        return db.scalar(sql, values);
    }
    static QList<QVariantMap> rows(const Database& db, const QString& sql, const QVariantList& values = {})
    {
        return db.rows(sql, values);
    }
};
