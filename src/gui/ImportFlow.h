#pragma once

#include <QStringList>

class AppContext;
class QWidget;

// File ▸ Import Minutes… and PDFs dropped on the window: each file is read (with a progress
// dialog that can be cancelled), shown for review, and saved only when the clerk accepts; a
// summary says what was imported, what was already there and what failed, and why.
void importMinutesInteractively(QWidget* parent, AppContext& context, const QStringList& files);
