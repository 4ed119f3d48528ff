// The translations as a person meets them: English plural forms right without any choice made, the
// Welsh interface when Cymraeg is chosen (words, Qt's own buttons, dates and times), and the choice kept
// in the settings for the next start.
#include "core/BritishDate.h"
#include "core/Identity.h"
#include "core/Translations.h"

#include <QCoreApplication>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        qputenv("XDG_CONFIG_HOME", m_dir.path().toUtf8());
        QVERIFY2(!Translations::folder().isEmpty(),
                 "no scrutineer_en_GB.qm beside the program (build/translations)");
    }

    void englishPluralsAreRightWithoutAnyChoice()
    {
        // The start-up function has loaded the system's language (the tests run in the C locale).
        QCOMPARE(Translations::current(), QString::fromLatin1(Translations::English));
        QCOMPARE(QCoreApplication::translate("MinutesImport", "%n item(s)", nullptr, 1),
                 QStringLiteral("1 item"));
        QCOMPARE(QCoreApplication::translate("MinutesImport", "%n person(s)", nullptr, 3),
                 QStringLiteral("3 people"));
        QCOMPARE(QCoreApplication::translate("DashboardPage", "rising from %1 to %2 over %n month(s)",
                                             nullptr, 12),
                 QStringLiteral("rising from %1 to %2 over 12 months"));
        QCOMPARE(BritishDate::longDate(QDate(2016, 12, 6)), QStringLiteral("Tuesday 6 December 2016"));
        QCOMPARE(BritishDate::time12(QTime(19, 0)), QStringLiteral("7.00 pm"));
    }

    void welshInterface()
    {
        Translations::install(QString::fromLatin1(Translations::Welsh));
        QVERIFY(Translations::isWelsh());
        QCOMPARE(QCoreApplication::translate("MainWindow", "Meetings"), QStringLiteral("Cyfarfodydd"));
        QCOMPARE(QCoreApplication::translate("BriefingPack", "Flagged milestones"),
                 QStringLiteral("Cerrig milltir wedi'u nodi"));
        // Qt's own buttons, which Debian has no Welsh translation for.
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Canslo"));
        QCOMPARE(QCoreApplication::translate("MinutesImport", "%n item(s)", nullptr, 2),
                 QStringLiteral("2 eitem"));
        // Dates and times as a Welsh reader writes them, and read back.
        QCOMPARE(BritishDate::longDate(QDate(2016, 12, 6)), QStringLiteral("Dydd Mawrth 6 Rhagfyr 2016"));
        QCOMPARE(BritishDate::mediumDate(QDate(2024, 3, 5)), QStringLiteral("5 Mawrth 2024"));
        QCOMPARE(BritishDate::monthYearLong(QDate(2017, 9, 1)), QStringLiteral("Medi 2017"));
        QCOMPARE(BritishDate::time12(QTime(19, 30)), QStringLiteral("7.30 yh"));
        QCOMPARE(BritishDate::longDateTime(QDateTime(QDate(2024, 3, 5), QTime(10, 0))),
                 QStringLiteral("Dydd Mawrth 5 Mawrth 2024, 10.00 yb"));
        QCOMPARE(BritishDate::parse(BritishDate::longDate(QDate(2016, 12, 6))), QDate(2016, 12, 6));
        QCOMPARE(BritishDate::parse(QStringLiteral("Dydd Llun 6 Rhagfyr 2016")),
                 QDate()); // the 6th was a Tuesday
        QCOMPARE(BritishDate::parseTime(QStringLiteral("7.30 yh")), QTime(19, 30));
        QCOMPARE(BritishDate::parseTime(QStringLiteral("10 yb")), QTime(10, 0));
        QCOMPARE(Translations::dateLocale().language(), QLocale::Welsh);

        Translations::install(QString::fromLatin1(Translations::English));
        QCOMPARE(QCoreApplication::translate("MainWindow", "Meetings"), QStringLiteral("Meetings"));
        QCOMPARE(BritishDate::longDate(QDate(2016, 12, 6)), QStringLiteral("Tuesday 6 December 2016"));
        QCOMPARE(Translations::dateLocale(), QLocale::c()); // "Sep", not en_GB's "Sept"
    }

    void theChoiceIsKeptForTheNextStart()
    {
        Identity::set(); // names the settings, and loads the language they hold (none yet: the system's)
        QCOMPARE(Translations::chosen(), QString());
        QCOMPARE(Translations::current(), QString::fromLatin1(Translations::English));
        Translations::choose(QString::fromLatin1(Translations::Welsh));
        QCOMPARE(QSettings().value(QStringLiteral("interface/language")).toString(), QStringLiteral("cy"));
        Identity::set(); // as the next start does
        QVERIFY(Translations::isWelsh());
        QCOMPARE(QCoreApplication::translate("MainWindow", "Search"), QStringLiteral("Chwilio"));
        Translations::choose(QStringLiteral("fr")); // not offered: the system's language again
        QCOMPARE(Translations::chosen(), QString());
        Identity::set();
        QCOMPARE(Translations::current(), QString::fromLatin1(Translations::English));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "TestTranslations.moc"
