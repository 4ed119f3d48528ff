// The window in Welsh, as a Welsh-speaking member sees it: every page of the demo database, with its
// menus, labels, buttons, tabs, column headings and fields' hints, shows no interface text left in
// English. A text is English when it is the source of a message that the Welsh translation words
// differently, so a string asked for under another context than lupdate filed it under is caught here.
#include "core/Translations.h"
#include "gui/MainWindow.h"
#include "gui/Page.h"
#include "gui/SettingsDialog.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QSet>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

// The English sources of the Welsh .ts whose translation differs from them.
QSet<QString> englishSources()
{
    QFile file(QStringLiteral(SCRUTINEER_SOURCE_DIR "/resources/translations/scrutineer_cy.ts"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QSet<QString> out;
    QXmlStreamReader xml(&file);
    QString source;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("source"))
            source = xml.readElementText();
        else if (xml.name() == QLatin1String("translation") || xml.name() == QLatin1String("numerusform")) {
            const QString welsh = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (!welsh.isEmpty() && welsh != source && !source.contains(QLatin1Char('%')))
                out.insert(source);
        }
    }
    return out;
}

// Every interface text visible in `root` now (not the data: committee names, minutes, figures).
QStringList visibleTexts(QWidget* root)
{
    QStringList out;
    for (QWidget* w : root->findChildren<QWidget*>()) {
        if (!w->isVisibleTo(root))
            continue;
        if (auto* label = qobject_cast<QLabel*>(w))
            out << label->text();
        else if (auto* button = qobject_cast<QAbstractButton*>(w))
            out << button->text() << button->toolTip();
        else if (auto* box = qobject_cast<QGroupBox*>(w))
            out << box->title();
        else if (auto* edit = qobject_cast<QLineEdit*>(w))
            out << edit->placeholderText();
        else if (auto* tabs = qobject_cast<QTabBar*>(w))
            for (int i = 0; i < tabs->count(); ++i)
                out << tabs->tabText(i);
        else if (auto* view = qobject_cast<QAbstractItemView*>(w); view && view->model()) {
            const auto* m = view->model();
            for (int c = 0; c < m->columnCount(); ++c)
                out << m->headerData(c, Qt::Horizontal).toString();
        }
        for (QAction* a : w->actions())
            out << a->text() << a->toolTip();
    }
    return out;
}

QStringList menuTexts(QMenuBar* bar)
{
    QStringList out;
    for (QAction* a : bar->actions()) {
        out << a->text();
        if (a->menu())
            for (QAction* item : a->menu()->actions())
                out << item->text();
    }
    return out;
}

} // namespace

class TestWelshInterface : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        qputenv("XDG_CONFIG_HOME", m_dir.filePath(QStringLiteral("config")).toUtf8());
        QCoreApplication::setOrganizationName(QStringLiteral("ScrutineerTest"));
        QCoreApplication::setApplicationName(QStringLiteral("ScrutineerTest"));
        m_db = m_dir.filePath(QStringLiteral("demo.sqlite"));
        QProcess demo;
        demo.start(QStringLiteral(SCRUTINEER_BINARY), {QStringLiteral("demo"), QStringLiteral("--db"), m_db});
        QVERIFY(demo.waitForFinished(120000));
        QVERIFY2(demo.exitCode() == 0, demo.readAllStandardError().constData());
        m_english = englishSources();
        QVERIFY(m_english.size() > 1000);
        Translations::install(QString::fromLatin1(Translations::Welsh));
    }

    void cleanupTestCase() { Translations::install(QString::fromLatin1(Translations::English)); }

    void everyPageIsInWelsh()
    {
        MainWindow window;
        QVERIFY(window.openDatabase(m_db));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QStringList english;
        const auto check = [&](const QString& where, const QStringList& texts) {
            for (const QString& t : texts)
                if (m_english.contains(t))
                    english << where + QStringLiteral(": ") + t;
        };
        check(QStringLiteral("menus"), menuTexts(window.menuBar()));
        for (PageId id : {PageId::Dashboard, PageId::Meetings, PageId::Actions, PageId::Plan, PageId::Figures,
                          PageId::Search}) {
            window.showPage(id);
            for (int k = 0; k < 5; ++k)
                QApplication::processEvents();
            check(window.page(id)->title(), visibleTexts(&window));
        }
        QVERIFY2(english.isEmpty(), qPrintable(english.join(QLatin1Char('\n'))));
        // The pages' own names are Welsh (the side bar and the window's title use them).
        QCOMPARE(window.page(PageId::Meetings)->title(), QStringLiteral("Cyfarfodydd"));
    }

    void settingsOfferTheLanguageForTheNextStart()
    {
        SettingsDialog dialog;
        auto* box = dialog.findChild<QComboBox*>(QStringLiteral("languageBox"));
        QVERIFY(box);
        QCOMPARE(box->count(), 3); // the system's, English, Cymraeg: each by its own name
        QCOMPARE(box->itemText(2), QStringLiteral("Cymraeg"));
        QStringList english;
        for (const QString& t : visibleTexts(&dialog) << dialog.windowTitle())
            if (m_english.contains(t))
                english << t;
        QVERIFY2(english.isEmpty(), qPrintable(english.join(QLatin1Char('\n'))));
        dialog.setLanguage(QString::fromLatin1(Translations::English));
        QVERIFY(dialog.save()); // the interface is Welsh now: English takes a new start
        QCOMPARE(Translations::chosen(), QString::fromLatin1(Translations::English));
        dialog.setLanguage(QString::fromLatin1(Translations::Welsh));
        QVERIFY(!dialog.save()); // already Welsh: nothing waits for a new start
        QCOMPARE(Translations::chosen(), QString::fromLatin1(Translations::Welsh));
        dialog.setLanguage(QString());
        dialog.save();
        QCOMPARE(Translations::chosen(), QString());
    }

private:
    QTemporaryDir m_dir;
    QString m_db;
    QSet<QString> m_english;
};

QTEST_MAIN(TestWelshInterface)
#include "TestWelshInterface.moc"
