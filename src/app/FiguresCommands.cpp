// scrutineer import-figures --db FILE FILE.csv
#include "CliSupport.h"
#include "Commands.h"
#include "store/FigureImport.h"

#include <QFile>

int runImportFigures(const QStringList& args)
{
    QCommandLineParser parser;
    Cli::addDbOption(parser);
    parser.addPositionalArgument(QStringLiteral("file"),
                                 QCoreApplication::translate("Cli", "The CSV file of figures."));
    if (!Cli::parse(parser, QStringLiteral("import-figures"), args))
        return 2;
    if (parser.positionalArguments().size() != 1) {
        Cli::err() << QCoreApplication::translate(
                          "Cli", "Name one CSV file: scrutineer import-figures --db FILE FIGURES.csv")
                   << Qt::endl;
        return 2;
    }
    const QString path = parser.positionalArguments().first();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        Cli::err()
            << QCoreApplication::translate("Cli", "%1 cannot be read: %2.").arg(path, file.errorString())
            << Qt::endl;
        return 3;
    }
    const QByteArray bytes = file.readAll();
    auto db = Cli::openDatabase(parser);
    if (!db)
        return 1;
    try {
        const auto result = FigureImport::import(*db, bytes);
        if (!result.ok()) {
            QStringList lines;
            for (const QString& e : result.errors)
                lines << path + QStringLiteral(": ") + e;
            Cli::printErrors(lines, result.errorCount);
            Cli::err() << QCoreApplication::translate(
                              "Cli", "Nothing was imported: correct the lines above and try again.")
                       << Qt::endl;
            return 1;
        }
        Cli::out() << QCoreApplication::translate("Cli", "Imported %n figure(s) from %1.", nullptr,
                                                  int(result.rows.size()))
                          .arg(path)
                   << Qt::endl;
        return 0;
    } catch (const StoreError& e) {
        Cli::err() << e.message() << Qt::endl;
        return 1;
    }
}
