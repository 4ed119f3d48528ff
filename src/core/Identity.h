#pragma once

// The program's organisation and application names (for QSettings and the data folder) and its
// version, set by every executable before it reads a setting or a path; then the translations of the
// language chosen in Settings.
namespace Identity {

void set();

} // namespace Identity
