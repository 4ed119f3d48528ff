// libFuzzer target: minutes as plain text, read as the importer reads a .txt (MinutesSource::
// readText) and parsed (MinutesParser::parse), then written as the import JSON. Any crash,
// hang, leak or undefined behaviour is a finding.
//   cmake --preset fuzz && cmake --build --preset fuzz
//   build-fuzz/bin/FuzzSeeds build-fuzz/fuzz-corpus      (the seed corpus)
//   build-fuzz/bin/FuzzMinutesText -runs=10000000 build-fuzz/fuzz-corpus/minutes
#include "importer/MinutesParser.h"
#include "importer/MinutesSource.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonDocument>

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    static QCoreApplication app(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size > 256 * 1024)
        return -1; // minutes are not this long; keep each run quick
    const SourceDocument doc =
        MinutesSource::readText(QByteArray(reinterpret_cast<const char*>(data), qsizetype(size)));
    const ParsedMinutes minutes = MinutesParser::parse(doc);
    const QByteArray json = QJsonDocument(MinutesParser::toJson(minutes)).toJson(QJsonDocument::Compact);
    if (json.isEmpty())
        __builtin_trap();
    return 0;
}
