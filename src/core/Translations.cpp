#include "Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>
#include <memory>

namespace Translations {

namespace {

const QString kKey = QStringLiteral("interface/language");

QString g_current = QString::fromLatin1(English);
std::unique_ptr<QTranslator> g_own;
std::unique_ptr<QTranslator> g_qt;

bool offered(const QString& language)
{
    return language == QLatin1String(English) || language == QLatin1String(Welsh);
}

std::unique_ptr<QTranslator> load(const QString& name, const QString& dir)
{
    auto t = std::make_unique<QTranslator>();
    if (!t->load(name, dir))
        return nullptr;
    QCoreApplication::installTranslator(t.get());
    return t;
}

// Before main()'s Identity::set(): the system's language, so that whatever runs first reads right.
void installAtStart()
{
    install(systemLanguage());
}

} // namespace

Q_COREAPP_STARTUP_FUNCTION(installAtStart)

QString chosen()
{
    const QString v = QSettings().value(kKey).toString();
    return offered(v) ? v : QString();
}

void choose(const QString& language)
{
    QSettings s;
    if (offered(language))
        s.setValue(kKey, language);
    else
        s.remove(kKey);
}

QString current()
{
    return g_current;
}

bool isWelsh()
{
    return g_current == QLatin1String(Welsh);
}

QLocale dateLocale()
{
    return isWelsh() ? QLocale(QLocale::Welsh, QLocale::UnitedKingdom) : QLocale::c();
}

QString systemLanguage()
{
    // uiLanguages() follows LANGUAGE, then LC_ALL / LC_MESSAGES / LANG: "cy-GB", "cy", "en-GB", ...
    for (const QString& l : QLocale::system().uiLanguages()) {
        const QString code = l.section(QLatin1Char('-'), 0, 0).section(QLatin1Char('_'), 0, 0).toLower();
        if (code == QLatin1String(Welsh))
            return QString::fromLatin1(Welsh);
        if (code == QLatin1String("en"))
            return QString::fromLatin1(English);
    }
    return QString::fromLatin1(English);
}

QString folder()
{
    const QString bin = QCoreApplication::applicationDirPath();
    // bin/ -> share/scrutineer/translations; libexec/scrutineer/ -> the same; build/bin -> build/translations
    for (const QString& relative :
         {QStringLiteral("../share/scrutineer/translations"),
          QStringLiteral("../../share/scrutineer/translations"), QStringLiteral("../translations")}) {
        const QString dir = QDir::cleanPath(bin + QLatin1Char('/') + relative);
        if (QFileInfo::exists(dir + QStringLiteral("/scrutineer_en_GB.qm")))
            return dir;
    }
    return QString();
}

void install(const QString& language)
{
    QString want = language;
    if (!offered(want) && QCoreApplication::instance())
        want = chosen();
    if (!offered(want))
        want = systemLanguage();
    for (auto* t : {&g_own, &g_qt})
        if (*t) {
            QCoreApplication::removeTranslator(t->get());
            t->reset();
        }
    g_current = want;
    if (!QCoreApplication::instance())
        return;
    g_own = load(QStringLiteral("scrutineer_") + want, folder());
    // Qt's own words (buttons, the text fields' menus): Debian ships no Welsh qtbase, and the Welsh .ts of
    // Scrutineer carries the ones it shows (src/gui/QtStrings.cpp); another system's qtbase_cy is used first.
    if (want != QLatin1String(English))
        g_qt = load(QStringLiteral("qtbase_") + want, QLibraryInfo::path(QLibraryInfo::TranslationsPath));
}

} // namespace Translations
