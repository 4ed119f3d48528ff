#pragma once

// Start-up of the GUI: organisation and application names (for QSettings and the data folder),
// the command-line options of the window, and the main window itself.
namespace Application {

void setIdentity();
int runGui(int argc, char* argv[]);

} // namespace Application
