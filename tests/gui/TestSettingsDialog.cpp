// Edit ▸ Settings…: the language is offered as the system's, English or Cymraeg (each by its own name),
// the dialog itself reads in the language in use, and the choice is saved for the next start.
#include "core/Translations.h"
#include "gui/SettingsDialog.h"

#include <QComboBox>
#include <QLabel>
#include <QTemporaryDir>
#include <QTest>

class TestSettingsDialog : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        qputenv("XDG_CONFIG_HOME", m_dir.path().toUtf8());
        QCoreApplication::setOrganizationName(QStringLiteral("ScrutineerTest"));
        QCoreApplication::setApplicationName(QStringLiteral("ScrutineerTest"));
    }

    void offersTheLanguagesByTheirOwnNames()
    {
        SettingsDialog dialog;
        auto* box = dialog.findChild<QComboBox*>(QStringLiteral("languageBox"));
        QVERIFY(box);
        QCOMPARE(box->count(), 3);
        QCOMPARE(box->itemText(0),
                 QStringLiteral("System language (English)")); // the tests run in the C locale
        QCOMPARE(box->itemText(1), QStringLiteral("English"));
        QCOMPARE(box->itemText(2), QStringLiteral("Cymraeg"));
        QCOMPARE(dialog.language(), QString()); // nothing chosen yet: the system's
    }

    void readsInWelshWhenTheInterfaceIsWelsh()
    {
        Translations::install(QString::fromLatin1(Translations::Welsh));
        SettingsDialog dialog;
        QCOMPARE(dialog.windowTitle(), QStringLiteral("Gosodiadau"));
        QCOMPARE(dialog.findChild<QComboBox*>(QStringLiteral("languageBox"))->itemText(0),
                 QStringLiteral("Iaith y system (English)"));
        QCOMPARE(dialog.findChild<QLabel*>(QStringLiteral("languageNote"))->text(),
                 QStringLiteral("Daw iaith newydd i rym y tro nesaf y bydd Scrutineer yn cychwyn."));
        Translations::install(QString::fromLatin1(Translations::English));
    }

    void savesTheChoiceForTheNextStart()
    {
        SettingsDialog dialog;
        dialog.setLanguage(QString::fromLatin1(Translations::Welsh));
        QVERIFY(dialog.save()); // the interface is English now: Welsh waits for the next start
        QCOMPARE(Translations::chosen(), QString::fromLatin1(Translations::Welsh));
        QVERIFY(!Translations::isWelsh());
        SettingsDialog again;
        QCOMPARE(again.language(), QString::fromLatin1(Translations::Welsh)); // shown as saved
        again.setLanguage(QString::fromLatin1(Translations::English));
        QVERIFY(!again.save()); // English already: nothing waits
        again.setLanguage(QString());
        QVERIFY(!again.save()); // the system's language is English here
        QCOMPARE(Translations::chosen(), QString());
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestSettingsDialog)
#include "TestSettingsDialog.moc"
