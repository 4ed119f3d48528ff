#pragma once

#include "importer/MinutesSource.h"

#include <QStringList>

class AppContext;
class QWidget;

// File ▸ Import Minutes… and PDFs dropped on the window: each file is read (with a progress box
// that can be cancelled and is gone before the review opens), shown for review with the known
// committees offered, and saved only when the clerk accepts; a meeting already recorded for the
// committee and date the clerk left in the review is offered for merging, replacing or keeping
// both. A summary says what was saved (counted), what was already there and what failed, and why;
// the meeting saved is opened on the Meetings page.
void importMinutesInteractively(QWidget* parent, AppContext& context, const QStringList& files);

// Reads one file of minutes (a PDF in a child process running `program`, or in this process when
// `program` is empty) without freezing the window. A locked PDF asks for its password (a password
// field) until it opens or the clerk cancels, which leaves the `encrypted` error; `password`
// receives the password that opened it.
SourceDocument readMinutesAskingPassword(QWidget* parent, const QString& path, const QString& program,
                                         QString* password = nullptr,
                                         const QString& progressLabel = QString());
