#pragma once

#include <QList>
#include <QStringList>
#include <QVariantMap>

class Database;

// What `scrutineer list KIND` prints: every stored row of a kind, flattened for scripts.
namespace ListQueries {

QStringList kinds(); // meetings, items, actions, milestones, indicators, figures
// Rows of `kind` in a stable order, each with its "id"; throws StoreError for an unknown kind.
// Exempt (Part 2) items and the actions raised under them are left out unless `withExempt`.
QList<QVariantMap> rows(const Database& db, const QString& kind, bool withExempt = false);
// The columns of `kind`, in print order.
QStringList columns(const QString& kind);

} // namespace ListQueries
