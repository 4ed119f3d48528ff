#pragma once

class AppContext;
class QWidget;

// File ▸ Briefing pack…: the pack of the meeting chosen at the top of the window, public or
// confidential, saved as a PDF or printed.
void showBriefingPackDialog(QWidget* parent, AppContext& context);
