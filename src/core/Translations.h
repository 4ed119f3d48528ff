#pragma once

#include <QLocale>
#include <QString>

// The language of the interface: English (en_GB, the language of the source) or Welsh (cy). It follows
// the system's languages unless one is chosen in Settings, and the choice takes effect at the next start.
// Every program that links the libraries loads its translations as its QCoreApplication is made (so that
// English plural forms, "1 item" and "2 items", are right everywhere, tests and the command line too),
// and again with the setting once Identity::set() has named the settings.
namespace Translations {

// The languages offered, by the code of their .ts file.
inline constexpr const char* English = "en_GB";
inline constexpr const char* Welsh = "cy";

// The choice saved in Settings: empty for the system's language, else English or Welsh.
QString chosen();
void choose(const QString& language);

// The language of the interface now (English or Welsh) and whether it is Welsh.
QString current();
bool isWelsh();

// The locale dates are written in: Welsh names in a Welsh interface; in an English one the C locale's
// English names ("Sep", never the "Sept" of en_GB), whatever the system's language.
QLocale dateLocale();

// Loads the translators of `language` (empty: the one chosen in Settings, else the system's), replacing
// those loaded before: Scrutineer's own and Qt's (qtbase_<language>, where the system has it).
void install(const QString& language = QString());

// The language the system asks for: Welsh when its first language Scrutineer has is Welsh.
QString systemLanguage();

// Where the .qm files are: installed beside the program (share/scrutineer/translations), or in the build.
QString folder();

} // namespace Translations
