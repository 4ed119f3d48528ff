#pragma once
// What the tests of the import review share: finding a row of its tree, and writing a file of
// minutes to read.
#include <QFile>
#include <QTreeWidget>

inline QTreeWidgetItem* findRow(QTreeWidget* tree, int column, const QString& text)
{
    for (QTreeWidgetItemIterator it(tree); *it; ++it)
        if ((*it)->text(column) == text)
            return *it;
    return nullptr;
}

inline QTreeWidgetItem* findRowStarting(QTreeWidget* tree, int column, const QString& start)
{
    for (QTreeWidgetItemIterator it(tree); *it; ++it)
        if ((*it)->text(column).startsWith(start))
            return *it;
    return nullptr;
}

// Writes `bytes` to `path` (replacing it) and gives the path; empty when it cannot be written.
inline QString writeTestFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    f.write(bytes);
    return path;
}
