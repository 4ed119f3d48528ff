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
// Gets the parser's patterns ready (each is compiled to machine code on first use, which is half
// of what parsing a short document costs) by parsing a small invented meeting. Call it on another
// thread while the file is being read; parse() is then quicker, and gives the same result.
void prepare();
// The minutes as the import contract's JSON (contracts/import-json.md).
QJsonObject toJson(const ParsedMinutes& minutes);

} // namespace MinutesParser
