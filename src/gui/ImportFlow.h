#pragma once

#include "importer/MinutesSource.h"

#include <QStringList>

class AppContext;
class QWidget;

// File ▸ Import Minutes… and PDFs dropped on the window: each file is read (with a progress
// dialog that can be cancelled), shown for review, and saved only when the clerk accepts; a
// summary says what was imported, what was already there and what failed, and why.
void importMinutesInteractively(QWidget* parent, AppContext& context, const QStringList& files);

// Reads one file of minutes (a PDF in a child process running `program`, or in this process when
// `program` is empty) without freezing the window. A locked PDF asks for its password (a password
// field) until it opens or the clerk cancels, which leaves the `encrypted` error; `password`
// receives the password that opened it.
SourceDocument readMinutesAskingPassword(QWidget* parent, const QString& path, const QString& program,
                                         QString* password = nullptr);
