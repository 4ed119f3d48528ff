#pragma once

#include "MinutesSource.h"
#include "core/ParsedMinutes.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTime>

namespace MinutesParser {

ParsedMinutes parse(const SourceDocument& doc);
// The minutes as the import contract's JSON (contracts/import-json.md).
QJsonObject toJson(const ParsedMinutes& minutes);

} // namespace MinutesParser
