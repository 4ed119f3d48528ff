#pragma once

#include <QList>
#include <QString>
#include <QVariantMap>

class Database;

// The indicator catalogue shipped in data/indicators.json (compiled in as :/data/indicators.json):
// one object per indicator with the fields of the indicators table (key, name, definition, unit,
// better, frequency, green_low, green_high, amber_low, amber_high, formula, source, is_key).
namespace IndicatorCatalogue {

// The shipped catalogue; an empty list and `error` set when it cannot be read.
QList<QVariantMap> shipped(QString* error = nullptr);

// Adds the catalogue's indicators that the database lacks (matched by key); returns how many.
int install(Database& db);

} // namespace IndicatorCatalogue
