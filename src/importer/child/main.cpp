// scrutineer-extract: the importer's child process (ExtractChild.h), on its own so that it starts
// with Qt Core and Poppler only, not the whole application: start-up was most of what the child
// cost on a short document. The only program that runs it.
#include "importer/ExtractChild.h"

#include <QString>
#include <QStringList>

int main(int argc, char* argv[])
{
    QStringList args;
    for (int i = 1; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    if (!args.isEmpty() && args.first() == QLatin1String("extract"))
        args.removeFirst();
    return ExtractChild::run(args);
}
