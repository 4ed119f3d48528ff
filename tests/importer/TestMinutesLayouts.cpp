// Whole documents in the layouts councils publish, drawn by this test with QPdfWriter (real fonts,
// bold headings, running headers and footers, right-margin columns, tables) and read back through
// Poppler: what the parser finds must be what a clerk sees on the page. The text is invented.
#include "MinutesTestSupport.h"
#include "importer/MinutesParser.h"
#include "importer/MinutesSource.h"

#include <QFont>
#include <QGuiApplication>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <QTest>

namespace {

// A page-by-page writer: text at points from the top left, in regular or bold type.
class Pages
{
public:
    explicit Pages(const QString& path) : m_writer(path)
    {
        m_writer.setPageSize(QPageSize(QPageSize::A4));
        m_writer.setResolution(72);
        m_writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        m_painter.begin(&m_writer);
        m_plain = QFont(QStringLiteral("DejaVu Sans"));
        m_plain.setPixelSize(10);
        m_bold = m_plain;
        m_bold.setBold(true);
    }
    void text(double x, double y, const QString& s, bool bold = false)
    {
        m_painter.setFont(bold ? m_bold : m_plain);
        m_painter.drawText(QPointF(x, y), s);
    }
    // In a size of its own (a heading set larger than the text).
    void sized(double x, double y, const QString& s, int pixels, bool bold = false)
    {
        QFont f = bold ? m_bold : m_plain;
        f.setPixelSize(pixels);
        m_painter.setFont(f);
        m_painter.drawText(QPointF(x, y), s);
    }
    // Right-aligned at `right`.
    void right(double right, double y, const QString& s, bool bold = false)
    {
        m_painter.setFont(bold ? m_bold : m_plain);
        m_painter.drawText(QPointF(right - m_painter.fontMetrics().horizontalAdvance(s), y), s);
    }
    double width(const QString& s, bool bold = false)
    {
        m_painter.setFont(bold ? m_bold : m_plain);
        return m_painter.fontMetrics().horizontalAdvance(s);
    }
    void newPage() { m_writer.newPage(); }
    void finish() { m_painter.end(); }

private:
    QPdfWriter m_writer;
    QPainter m_painter;
    QFont m_plain, m_bold;
};

} // namespace

class TestMinutesLayouts : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    ParsedMinutes read(const QString& path)
    {
        const SourceDocument doc = MinutesSource::readPdf(path);
        if (!doc.ok())
            qWarning() << doc.message;
        return MinutesParser::parse(doc);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_dir.setAutoRemove(qEnvironmentVariableIsEmpty("KEEP_TEST_PDFS"));
    }

    // A committee system's printed minutes: bold minute numbers with "(Item N)" under the title, a
    // PRESENT block with honours, numbered paragraphs (one of them RESOLVED), a motion agreed by a
    // verdict at the right, lettered parts, a running header and page numbers.
    void committeeSystemPrint()
    {
        const QString path = m_dir.filePath(QStringLiteral("committee.pdf"));
        {
            Pages p(path);
            p.text(60, 30, QStringLiteral("Westmarch County Council – Full Council – 4 April 2024"));
            p.text(230, 70, QStringLiteral("WESTMARCH COUNTY COUNCIL"), true);
            p.text(250, 95, QStringLiteral("FULL COUNCIL"), true);
            p.text(60, 125,
                   QStringLiteral("MINUTES of a meeting of the Full Council held in the Assembly Room,"));
            p.text(60, 138, QStringLiteral("Shire Hall, Westmarch on Thursday, 4 April 2024."));
            p.text(60, 165, QStringLiteral("PRESENT: Mrs J Abel (Chairman), Mr K Bird, MBE, Ms L Crane,"));
            p.text(60, 178, QStringLiteral("Mr M Drew, OBE and Dr N Eade"));
            p.text(60, 205, QStringLiteral("IN ATTENDANCE: Mr P Fenn (Monitoring Officer)"));
            p.text(40, 240, QStringLiteral("31.  Apologies for Absence"), true);
            p.text(75, 253, QStringLiteral("(Item 1)"));
            p.text(75, 280, QStringLiteral("The Clerk reported apologies from Mr Gray and Mrs Hunt."));
            p.text(40, 315, QStringLiteral("32.  Leader's Report"), true);
            p.text(75, 328, QStringLiteral("(Item 2)"));
            p.text(75, 355,
                   QStringLiteral("1)  The Leader spoke about the new bus routes and the library hours."));
            p.text(75, 382, QStringLiteral("2)  RESOLVED that the Leader's report be noted."));
            p.text(40, 417, QStringLiteral("33.  Condolences"), true);
            p.text(75, 430, QStringLiteral("(Item 3)"));
            p.text(75, 457,
                   QStringLiteral("1)  Mrs Abel proposed, and Mr Bird seconded, that the Council send its"));
            p.text(95, 470, QStringLiteral("sympathy to the family of a former member."));
            p.right(535, 484, QStringLiteral("Agreed unanimously."));
            p.text(290, 820, QStringLiteral("1"));
            p.newPage();
            p.text(60, 30, QStringLiteral("Westmarch County Council – Full Council – 4 April 2024"));
            p.text(40, 80, QStringLiteral("34.  Highways Consultation"), true);
            p.text(75, 93, QStringLiteral("(Item 4)"));
            p.text(75, 120, QStringLiteral("RESOLVED that the Council:"));
            p.text(90, 135, QStringLiteral("a)   notes the consultation;"));
            p.text(90, 150, QStringLiteral("b)   delegates the response to the Director of Highways."));
            p.text(290, 820, QStringLiteral("2"));
            p.finish();
        }
        const ParsedMinutes m = read(path);
        QCOMPARE(m.council.toLower(), QStringLiteral("westmarch county council"));
        QCOMPARE(m.committee, QStringLiteral("Full Council"));
        QCOMPARE(m.date, QDate(2024, 4, 4));
        QCOMPARE(m.venue, QStringLiteral("Assembly Room, Shire Hall, Westmarch"));
        QCOMPARE(m.present, (QStringList{"Mrs J Abel (Chairman)", "Mr K Bird, MBE", "Ms L Crane",
                                         "Mr M Drew, OBE", "Dr N Eade"}));
        QCOMPARE(m.apologies, (QStringList{"Mr Gray", "Mrs Hunt"}));
        QCOMPARE(m.items.size(), 4);
        QCOMPARE(m.items.at(1).number, QStringLiteral("32"));
        QCOMPARE(m.items.at(1).title, QStringLiteral("Leader's Report"));
        QCOMPARE(m.items.at(1).resolutions,
                 QStringList{QStringLiteral("that the Leader's report be noted.")});
        QCOMPARE(
            m.items.at(2).resolutions,
            QStringList{QStringLiteral("Mrs Abel proposed, and Mr Bird seconded, that the Council send its "
                                       "sympathy to the family of a former member.")});
        QCOMPARE(m.items.at(3).page, 2);
        QCOMPARE(m.items.at(3).resolutions,
                 (QStringList{QStringLiteral("notes the consultation;"),
                              QStringLiteral("delegates the response to the Director of Highways.")}));
    }

    // A small council's Word minutes in two columns: bold numbered headings, numbered paragraphs,
    // the owners' initials at the right margin under an "Action" heading, a draft mark, and a
    // "Page | N" footer.
    void parishTwoColumns()
    {
        const QString path = m_dir.filePath(QStringLiteral("parish.pdf"));
        {
            Pages p(path);
            p.text(60, 50, QStringLiteral("DRAFT"), true);
            p.text(60, 75, QStringLiteral("Little Marsh Parish Council"), true);
            p.text(
                60, 92,
                QStringLiteral("Minutes of the Parish Council meeting held on Monday 3 June 2024 at 7.30pm"));
            p.text(60, 106, QStringLiteral("in the Village Hall"));
            p.text(60, 130, QStringLiteral("Present: Cllrs Ash (Chair), Birch, Cedar and Elm"));
            p.text(500, 160, QStringLiteral("Action"), true);
            p.text(60, 180, QStringLiteral("1.0"), true);
            p.text(95, 180, QStringLiteral("Apologies"), true);
            p.text(60, 196, QStringLiteral("1.1"));
            p.text(95, 196, QStringLiteral("Apologies were received from Cllr Fir."));
            p.text(60, 225, QStringLiteral("2.0"), true);
            p.text(95, 225, QStringLiteral("Footpaths"), true);
            p.text(60, 241, QStringLiteral("2.1"));
            p.text(95, 241, QStringLiteral("The stile at Mill Lane is broken; quotes to be sought."));
            p.text(505, 241, QStringLiteral("JB"));
            p.text(60, 262, QStringLiteral("2.2"));
            p.text(95, 262, QStringLiteral("The footpath map was welcomed by everyone present."));
            p.text(60, 291, QStringLiteral("3.0"), true);
            p.text(95, 291, QStringLiteral("Village Green"), true);
            p.text(60, 307, QStringLiteral("3.1"));
            p.text(95, 307, QStringLiteral("Two new bins are to be ordered for the green."));
            p.text(505, 307, QStringLiteral("Clerk"));
            p.text(60, 328, QStringLiteral("3.2"));
            p.text(95, 328, QStringLiteral("The school will be asked about the date of the fair."));
            p.text(505, 328, QStringLiteral("Cllr Elm"));
            p.text(60, 800, QStringLiteral("Page | 1"));
            p.finish();
        }
        const ParsedMinutes m = read(path);
        QVERIFY(m.draft);
        QCOMPARE(m.date, QDate(2024, 6, 3));
        QCOMPARE(m.time, QTime(19, 30));
        QCOMPARE(m.venue, QStringLiteral("Village Hall"));
        QCOMPARE(m.present, (QStringList{"Cllr Ash (Chair)", "Cllr Birch", "Cllr Cedar", "Cllr Elm"}));
        QCOMPARE(m.items.size(), 3);
        QCOMPARE(m.items.at(1).number, QStringLiteral("2.0"));
        QCOMPARE(m.items.at(1).title, QStringLiteral("Footpaths"));
        QCOMPARE(owners(m.items.at(1)), QStringList{QStringLiteral("JB")});
        QVERIFY(m.items.at(1).actions.first().text.startsWith(QStringLiteral("The stile at Mill Lane")));
        QCOMPARE(owners(m.items.at(2)), (QStringList{QStringLiteral("Clerk"), QStringLiteral("Cllr Elm")}));
        QVERIFY(!m.items.at(2).actions.at(1).text.contains(QStringLiteral("Cllr Elm")));
        QVERIFY(m.items.at(2).actions.at(1).region.isValid());
    }

    // A parish's minutes printed in two text columns (a newsletter, a browser's print of CSS
    // columns): a masthead across the page, then the text down the left column and on into the
    // right, the two columns' lines at heights of their own. Each heading is read with its own
    // text, not with the line beside it in the other column.
    void minutesAsOneTableWithActionColumns()
    {
        // A working group's notes set out as one table: the item's number, its title in bold over
        // the discussion, and at the right the action agreed, who is to do it and by when, each
        // cell wrapping on its own. The header row under the apologies is not one of them.
        const QString path = m_dir.filePath(QStringLiteral("onetable.pdf"));
        {
            Pages p(path);
            p.text(200, 50, QStringLiteral("ASHWELL MARSH PARISH COUNCIL"), true);
            p.text(200, 64, QStringLiteral("Allotments Working Group"), true);
            p.text(48, 90,
                   QStringLiteral(
                       "Notes of the meeting held on Tuesday 4 March 2025 at 7.00pm in the Pavilion"));
            p.text(48, 110,
                   QStringLiteral("Present: Cllr Rhea Tolland (Chair), Cllr Ivo Penner and Mr Sam Quade"));
            p.text(48, 124, QStringLiteral("Apologies: Cllr Una Varley"));
            const double item = 48, discussion = 80, action = 330, owner = 460, due = 510;
            p.text(item, 150, QStringLiteral("Item"), true);
            p.text(discussion, 150, QStringLiteral("Discussion"), true);
            p.text(action, 150, QStringLiteral("Action"), true);
            p.text(owner, 150, QStringLiteral("Owner"), true);
            p.text(due, 150, QStringLiteral("Due"), true);
            struct Row
            {
                QString number, title;
                QStringList text, act;
                QString who, when;
            };
            const QList<Row> rows{
                {"1",
                 "Water supply",
                 {"The standpipe by plot 9 leaks and the", "meter reading has doubled."},
                 {"Ask the water board to", "replace the standpipe"},
                 "Clerk",
                 "21/03/25"},
                {"2",
                 "Vacant plots",
                 {"Two plots are empty. The waiting list", "has four names on it."},
                 {"Offer the plots to the first", "two on the list"},
                 "SQ",
                 "31/03/25"},
                {"3", "Any other business", {"None was raised."}, {}, "", ""},
            };
            double y = 168;
            for (const Row& r : rows) {
                p.text(item, y, r.number);
                p.text(discussion, y, r.title, true);
                for (int k = 0; k < r.act.size(); ++k)
                    p.text(action, y + 14 * k, r.act.at(k));
                if (!r.who.isEmpty()) {
                    p.text(owner, y, r.who);
                    p.text(due, y, r.when);
                }
                for (int k = 0; k < r.text.size(); ++k)
                    p.text(discussion, y + 14 * (k + 1), r.text.at(k));
                y += 14 * (r.text.size() + 1) + 12;
            }
            p.finish();
        }
        const ParsedMinutes m = read(path);
        QCOMPARE(m.apologies, QStringList{QStringLiteral("Cllr Una Varley")});
        QCOMPARE(numbers(m), (QStringList{"1", "2", "3"}));
        QCOMPARE(m.items.at(0).title, QStringLiteral("Water supply"));
        QCOMPARE(m.items.at(1).title, QStringLiteral("Vacant plots"));
        QCOMPARE(owners(m.items.at(0)), QStringList{QStringLiteral("Clerk")});
        QCOMPARE(m.items.at(0).actions.first().text,
                 QStringLiteral("Ask the water board to replace the standpipe"));
        QCOMPARE(m.items.at(0).actions.first().due, QDate(2025, 3, 21));
        QCOMPARE(owners(m.items.at(1)), QStringList{QStringLiteral("SQ")});
        QCOMPARE(m.items.at(1).actions.first().text,
                 QStringLiteral("Offer the plots to the first two on the list"));
        QVERIFY(m.items.at(2).actions.isEmpty());
    }

    void minutesAsOneTableWithAResolutionColumn()
    {
        // A town council's minutes as a table: the minute's number, the item (its title in bold over
        // the discussion) and the resolution in a column of its own, wrapping in its cell; a bare
        // "Noted." there decides nothing.
        const QString path = m_dir.filePath(QStringLiteral("resolutioncolumn.pdf"));
        {
            Pages p(path);
            p.text(200, 50, QStringLiteral("BRINKWORTH TOWN COUNCIL"), true);
            p.text(
                48, 74,
                QStringLiteral("Minutes of the meeting held at the Town Hall on Monday 7 April 2025 at 7pm"));
            p.text(48, 94, QStringLiteral("Present: Cllr Ada Fry (Mayor), Cllr Ben Gale and Cllr Cy Holt"));
            const double number = 48, item = 120, resolution = 360;
            p.text(number, 120, QStringLiteral("Min No"), true);
            p.text(item, 120, QStringLiteral("Item"), true);
            p.text(resolution, 120, QStringLiteral("Resolution"), true);
            struct Row
            {
                QString number, title;
                QStringList text, decision;
            };
            const QList<Row> rows{
                {"BT/25/31",
                 "Bus shelter",
                 {"The roof of the shelter on", "Station Road has rotted."},
                 {"To replace the roof at a", "cost of £640."}},
                {"BT/25/32", "Twinning visit", {"The visit is planned for June."}, {"To fund the coach."}},
                {"BT/25/33", "Correspondence", {"A letter from the school."}, {"Noted."}},
            };
            double y = 138;
            for (const Row& r : rows) {
                p.text(number, y, r.number);
                p.text(item, y, r.title, true);
                for (int k = 0; k < r.decision.size(); ++k)
                    p.text(resolution, y + 14 * k, r.decision.at(k));
                for (int k = 0; k < r.text.size(); ++k)
                    p.text(item, y + 14 * (k + 1), r.text.at(k));
                y += 14 * (r.text.size() + 1) + 12;
            }
            p.finish();
        }
        const ParsedMinutes m = read(path);
        QCOMPARE(m.present, (QStringList{"Cllr Ada Fry (Mayor)", "Cllr Ben Gale", "Cllr Cy Holt"}));
        QCOMPARE(numbers(m), (QStringList{"BT/25/31", "BT/25/32", "BT/25/33"}));
        QCOMPARE(m.items.at(0).title, QStringLiteral("Bus shelter"));
        QCOMPARE(m.items.at(0).resolutions,
                 QStringList{QStringLiteral("To replace the roof at a cost of £640.")});
        QCOMPARE(m.items.at(1).resolutions, QStringList{QStringLiteral("To fund the coach.")});
        QVERIFY(m.items.at(2).resolutions.isEmpty());
    }

    void minutesInTwoTextColumns()
    {
        const QString path = m_dir.filePath(QStringLiteral("columns.pdf"));
        const QStringList left{
            QStringLiteral("Present: Cllrs Rowan (Chair), Hazel, Alder and"),
            QStringLiteral("Willow. Also"),
            QStringLiteral("present: the Clerk, Cllr Yew and two residents."),
            QStringLiteral("#24/31 Apologies for absence"),
            QStringLiteral("Apologies were received from Cllr Linden, who was"),
            QStringLiteral("away on holiday; these were accepted by all."),
            QStringLiteral("#24/32 Declarations of interest"),
            QStringLiteral("There were no declarations of any interest made."),
            QStringLiteral("#24/33 Allotment rents"),
            QStringLiteral("The Clerk set out the rents charged by the other"),
            QStringLiteral("councils nearby for a plot of the same size."),
            QStringLiteral("Resolved: that the rent for a full plot be raised"),
            QStringLiteral("to thirty pounds from the first of October."),
        };
        const QStringList right{
            QStringLiteral("#24/34 Churchyard wall"),
            QStringLiteral("A stretch of the wall beside the lych gate has"),
            QStringLiteral("fallen and the stones are piled on the path."),
            QStringLiteral("Resolved: that a stonemason be asked to quote"),
            QStringLiteral("for rebuilding the fallen stretch of the wall."),
            QStringLiteral("Action: Clerk"),
            QStringLiteral("#24/35 Village hall lighting"),
            QStringLiteral("The committee of the hall asked for help with the"),
            QStringLiteral("cost of new lights in the main room of the hall."),
            QStringLiteral("#24/36 Date of next meeting"),
            QStringLiteral("Tuesday 8 October 2024 at 7pm in the same room."),
        };
        {
            Pages p(path);
            p.sized(150, 50, QStringLiteral("BRAMBLE GREEN PARISH COUNCIL"), 16, true);
            p.text(
                48, 74,
                QStringLiteral("Minutes of the meeting of the Parish Council held on Monday 9 September 2024 "
                               "at 7pm in the Reading Room"));
            // Each column's lines, a heading with a gap above it; the right column starts lower.
            const auto column = [&p](double x, double y, const QStringList& lines) {
                for (const QString& l : lines) {
                    if (l.startsWith(QLatin1Char('#'))) {
                        y += 8;
                        p.text(x, y, l.mid(1), true);
                    } else {
                        p.text(x, y, l);
                    }
                    y += 14;
                }
            };
            column(48, 110, left);
            column(322, 116, right);
            p.finish();
        }
        const ParsedMinutes m = read(path);
        QCOMPARE(m.date, QDate(2024, 9, 9));
        QCOMPARE(m.present, (QStringList{"Cllr Rowan (Chair)", "Cllr Hazel", "Cllr Alder", "Cllr Willow"}));
        QStringList numbers, titles;
        for (const ParsedItem& item : m.items) {
            numbers << item.number;
            titles << item.title;
        }
        QCOMPARE(numbers, (QStringList{"24/31", "24/32", "24/33", "24/34", "24/35", "24/36"}));
        QCOMPARE(titles, (QStringList{"Apologies for absence", "Declarations of interest", "Allotment rents",
                                      "Churchyard wall", "Village hall lighting", "Date of next meeting"}));
        QCOMPARE(m.items.at(2).resolutions,
                 QStringList{QStringLiteral(
                     "that the rent for a full plot be raised to thirty pounds from the first of October.")});
        QCOMPARE(m.items.at(3).resolutions,
                 QStringList{QStringLiteral(
                     "that a stonemason be asked to quote for rebuilding the fallen stretch of the wall.")});
        QCOMPARE(owners(m.items.at(3)), QStringList{QStringLiteral("Clerk")});
    }

    // Headings above numbered paragraphs (a running minute number), an action table whose columns
    // come in another order, and a Welsh date.
    void headingsAboveNumbersAndAnActionTable()
    {
        const QString path = m_dir.filePath(QStringLiteral("cmis.pdf"));
        {
            Pages p(path);
            p.text(60, 60, QStringLiteral("BRYNMOR TOWN COUNCIL"), true);
            p.text(60, 78, QStringLiteral("PWYLLGOR CYLLID / FINANCE COMMITTEE"), true);
            p.text(60, 96, QStringLiteral("Dydd Mawrth, 12fed o Fedi 2023"), true);
            p.text(60, 130,
                   QStringLiteral("PRESENT: Councillor Rhys Tudor (Chair); Councillors Eleri Vaughan and"));
            p.text(60, 143, QStringLiteral("Owain Wyn"));
            p.text(60, 175, QStringLiteral("NOTICE OF RECORDING"), true);
            p.text(60, 195, QStringLiteral("5120   The Chair said that the meeting would be recorded."));
            p.text(60, 225, QStringLiteral("BUDGET MONITORING"), true);
            p.text(60, 245,
                   QStringLiteral("5121   The Treasurer presented the figures to the end of August."));
            p.text(60, 262, QStringLiteral("RESOLVED that the figures be noted."));
            p.text(60, 292, QStringLiteral("ACTION LOG"), true);
            p.text(60, 312, QStringLiteral("5122   The outstanding actions were reviewed."));
            p.text(60, 335, QStringLiteral("Lead"), true);
            p.text(200, 335, QStringLiteral("Target date"), true);
            p.text(300, 335, QStringLiteral("Action"), true);
            p.text(60, 352, QStringLiteral("Town Clerk"));
            p.text(200, 352, QStringLiteral("31/10/2023"));
            p.text(300, 352, QStringLiteral("Renew the insurance policy"));
            p.text(60, 369, QStringLiteral("Treasurer"));
            p.text(200, 369, QStringLiteral("30/11/2023"));
            p.text(300, 369, QStringLiteral("Draft the precept for next year"));
            p.finish();
        }
        const ParsedMinutes m = read(path);
        QCOMPARE(m.date, QDate(2023, 9, 12));
        QCOMPARE(m.present, (QStringList{"Councillor Rhys Tudor (Chair)", "Councillor Eleri Vaughan",
                                         "Councillor Owain Wyn"}));
        QCOMPARE(m.items.size(), 3);
        QCOMPARE(m.items.at(1).number, QStringLiteral("5121"));
        QCOMPARE(m.items.at(1).title, QStringLiteral("BUDGET MONITORING"));
        QCOMPARE(m.items.at(1).resolutions, QStringList{QStringLiteral("that the figures be noted.")});
        const ParsedItem& log = m.items.at(2);
        QCOMPARE(owners(log), (QStringList{QStringLiteral("Town Clerk"), QStringLiteral("Treasurer")}));
        QCOMPARE(log.actions.at(1).text, QStringLiteral("Draft the precept for next year"));
        QCOMPARE(log.actions.at(1).due, QDate(2023, 11, 30));
    }

    // Minutes whose items carry no number: the headings are set in bold (one wraps over two lines),
    // or in a larger size; bold also marks the decision words and the names, which are not items.
    void unnumberedHeadingsByStyle()
    {
        const QString bold = m_dir.filePath(QStringLiteral("unnumbered-bold.pdf"));
        {
            Pages p(bold);
            p.text(60, 50, QStringLiteral("Eastholm City Council"), true);
            p.text(60, 66, QStringLiteral("Education and Children's Services Committee"), true);
            p.text(60, 82, QStringLiteral("Thursday 21 November 2024"));
            p.text(60, 110, QStringLiteral("Present: Councillor Ada Lyle (Convener), Councillor Ben Moss"));
            p.text(60, 140, QStringLiteral("Apologies for Absence"), true);
            p.text(60, 156, QStringLiteral("Apologies were received from Councillor Cara Nairn."));
            p.text(60, 185, QStringLiteral("Attainment in Secondary Schools: the Results of the Summer 2024"),
                   true);
            p.text(60, 199, QStringLiteral("Examinations"), true);
            p.text(60, 215, QStringLiteral("The Chief Education Officer presented the results."));
            p.text(60, 231, QStringLiteral("Resolved:"), true);
            p.text(60, 247, QStringLiteral("to note the results and thank the schools."));
            p.text(60, 276, QStringLiteral("Kinship Care Allowances"), true);
            p.text(60, 292, QStringLiteral("The Committee agreed the new rates from April."));
            p.finish();
        }
        const ParsedMinutes b = read(bold);
        QCOMPARE(b.items.size(), 3);
        QVERIFY(b.items.at(0).number.isEmpty());
        QCOMPARE(
            b.items.at(1).title,
            QStringLiteral("Attainment in Secondary Schools: the Results of the Summer 2024 Examinations"));
        QCOMPARE(b.items.at(1).resolutions,
                 QStringList{QStringLiteral("to note the results and thank the schools.")});
        QCOMPARE(b.items.at(2).title, QStringLiteral("Kinship Care Allowances"));
        QCOMPARE(b.council, QStringLiteral("Eastholm City Council"));
        QCOMPARE(b.apologies, QStringList{QStringLiteral("Councillor Cara Nairn")});

        const QString sized = m_dir.filePath(QStringLiteral("unnumbered-sized.pdf"));
        {
            Pages p(sized);
            p.sized(60, 50, QStringLiteral("Ashby Parva Parish Council"), 16);
            p.text(60, 70, QStringLiteral("Minutes of the meeting held on 13 May 2024 at 7.30 pm"));
            p.sized(60, 100, QStringLiteral("Village Hall Lease"), 13);
            p.text(60, 118, QStringLiteral("The lease was renewed for five years."));
            p.sized(60, 145, QStringLiteral("Footpath by the Brook"), 13);
            p.text(60, 163, QStringLiteral("The footpath is flooded after rain."));
            p.sized(60, 190, QStringLiteral("Grass Cutting Contract"), 13);
            p.text(60, 208, QStringLiteral("Three quotes were received."));
            p.finish();
        }
        const ParsedMinutes z = read(sized);
        QCOMPARE(z.items.size(), 3);
        QCOMPARE(z.items.at(1).title, QStringLiteral("Footpath by the Brook"));
    }

    // An agenda pack whose minutes open under the pack's "Agenda Item 3" stamp, their heading
    // lines set close together; after the meeting closed and the chair's signature, the next
    // report (with an action plan of its own) is not part of the last minute.
    void agendaPackMinutesUnderAStampThenAReport()
    {
        const QString path = m_dir.filePath(QStringLiteral("pack-stamp.pdf"));
        {
            Pages p(path);
            p.text(60, 50, QStringLiteral("Ardley Borough Council"), true);
            p.text(60, 70, QStringLiteral("Fostering Panel"));
            p.text(60, 100, QStringLiteral("Membership: Councillors Ann Bell (Chair), Carl Dodd, Eve Ford"));
            p.text(60, 130, QStringLiteral("AGENDA"), true);
            p.text(60, 150, QStringLiteral("1.  Apologies for Absence"), true);
            p.text(60, 166, QStringLiteral("2.  Minutes of the previous meeting"), true);
            p.text(80, 180, QStringLiteral("To approve the minutes of 4 June 2024."));
            p.text(60, 196, QStringLiteral("3.  Recruitment Report"), true);
            p.text(80, 210, QStringLiteral("Report of the Head of Fostering."));
            p.newPage();
            p.right(540, 40, QStringLiteral("Agenda Item 2"), true);
            p.text(200, 60, QStringLiteral("ARDLEY BOROUGH COUNCIL"), true);
            p.text(200, 73, QStringLiteral("FOSTERING PANEL"), true);
            p.text(150, 86, QStringLiteral("Minutes of the meeting held on Tuesday, 4 June 2024 at 2.00 pm"));
            p.text(
                60, 112,
                QStringLiteral("PRESENT: Councillor Ann Bell (Chair); Councillors Carl Dodd and Eve Ford."));
            p.text(60, 140, QStringLiteral("11.  APOLOGIES FOR ABSENCE"), true);
            p.text(90, 156, QStringLiteral("None were received."));
            p.text(60, 185, QStringLiteral("12.  RECRUITMENT OF FOSTER CARERS"), true);
            p.text(90, 201, QStringLiteral("RESOLVED that the campaign be extended to the summer."));
            p.text(60, 235, QStringLiteral("The meeting closed at 3.10 pm."));
            p.text(60, 265, QStringLiteral("CHAIR"));
            p.newPage();
            p.text(60, 50, QStringLiteral("Report to:  Fostering Panel"));
            p.text(60, 66, QStringLiteral("Title:  Recruitment Report"));
            p.text(60, 95, QStringLiteral("1. Recommendations"), true);
            p.text(90, 111, QStringLiteral("1.1 That the Panel notes the report."));
            p.text(60, 140, QStringLiteral("Action"), true);
            p.text(300, 140, QStringLiteral("Lead"), true);
            p.text(430, 140, QStringLiteral("By when"), true);
            p.text(60, 156, QStringLiteral("Run a summer campaign"));
            p.text(300, 156, QStringLiteral("Fostering Manager"));
            p.text(430, 156, QStringLiteral("30/06/2024"));
            p.text(60, 172, QStringLiteral("Visit every school"));
            p.text(300, 172, QStringLiteral("Recruitment Officer"));
            p.text(430, 172, QStringLiteral("31/07/2024"));
            p.finish();
        }
        const ParsedMinutes m = read(path);
        QCOMPARE(numbers(m), (QStringList{"11", "12"}));
        QCOMPARE(m.present,
                 (QStringList{"Councillor Ann Bell (Chair)", "Councillor Carl Dodd", "Councillor Eve Ford"}));
        QCOMPARE(m.date, QDate(2024, 6, 4));
        QCOMPARE(m.items.at(1).resolutions, QStringList{"that the campaign be extended to the summer."});
        QVERIFY(m.items.at(1).actions.isEmpty());
    }

    // A fire authority's minutes (the authority is the committee, no council): minute numbers
    // "32/24" alone on a line at the top of the pages, the title on the next, are minutes and not
    // page counts; "Resolved: - That the Authority:" over parts i) ii); the venue wraps a line.
    void authorityMinutesNumbersAtTheTopOfPages()
    {
        const QString path = m_dir.filePath(QStringLiteral("authority.pdf"));
        {
            Pages p(path);
            p.text(60, 100, QStringLiteral("Harwood Vale Combined Fire Authority"), true);
            p.text(
                60, 116,
                QStringLiteral("Monday, 9 September 2024 at 10.00 am in the Board Room, Fire Headquarters,"));
            p.text(60, 130, QStringLiteral("Harwood"));
            p.text(60, 160, QStringLiteral("Present: Councillor Ann Bell (Chair), Councillor Carl Dodd"));
            p.text(60, 190, QStringLiteral("31/24"), true);
            p.text(60, 204, QStringLiteral("Chair's Announcements"), true);
            p.text(60, 220, QStringLiteral("The Chair welcomed the new Clerk."));
            p.newPage();
            p.text(60, 40, QStringLiteral("32/24"), true);
            p.text(60, 54, QStringLiteral("Budget Monitoring"), true);
            p.text(60, 70, QStringLiteral("Resolved: - That the Authority:"));
            p.text(90, 86, QStringLiteral("i) noted the forecast outturn;"));
            p.text(90, 102, QStringLiteral("ii) approved the transfer to reserves."));
            p.newPage();
            p.text(60, 40, QStringLiteral("33/24"), true);
            p.text(60, 54, QStringLiteral("Date of Next Meeting"), true);
            p.text(60, 70, QStringLiteral("The next meeting will be held on 9 December 2024."));
            p.finish();
        }
        const ParsedMinutes m = read(path);
        QCOMPARE(numbers(m), (QStringList{"31/24", "32/24", "33/24"}));
        QCOMPARE(m.items.at(1).resolutions,
                 (QStringList{"noted the forecast outturn;", "approved the transfer to reserves."}));
        QCOMPARE(m.committee, QStringLiteral("Harwood Vale Combined Fire Authority"));
        QVERIFY(m.council.isEmpty());
        QCOMPARE(m.venue, QStringLiteral("Board Room, Fire Headquarters, Harwood"));
    }

    // A town council's three columns without borders: the minute number, the text, and the
    // initials of who acts centred under "Action by". The initials stand beside the first line of
    // what they own, which may follow another sentence without a gap, or beside the item's heading
    // (the whole item is theirs).
    void townCouncilActionByColumn()
    {
        const QString path = m_dir.filePath(QStringLiteral("action-by.pdf"));
        {
            Pages p(path);
            p.text(200, 40, QStringLiteral("HOLTON TOWN COUNCIL"), true);
            p.text(
                60, 60,
                QStringLiteral("Minutes of the Full Council Meeting held on Monday 3 March 2025 at 7.00pm"));
            p.text(60, 80, QStringLiteral("Present: Cllrs Ann Bell (AB), Carl Dodd (CD) and Eve Ford (EF)."));
            p.text(60, 105, QStringLiteral("Minute No."));
            p.text(470, 105, QStringLiteral("Action by"));
            auto initials = [&](double y, const QString& who) { p.right(502 + p.width(who) / 2, y, who); };
            p.text(60, 125, QStringLiteral("HT/25/01"), true);
            p.text(130, 125, QStringLiteral("ALLOTMENTS"), true);
            p.text(130, 140, QStringLiteral("The waiting list had grown to thirty names over the winter."));
            p.text(130, 154, QStringLiteral("Cllr Dodd to meet the allotment society about half plots."));
            initials(154, QStringLiteral("CD"));
            p.text(130, 168, QStringLiteral("The Clerk to write to the tenants of the neglected plots"));
            initials(168, QStringLiteral("TC"));
            p.text(130, 182, QStringLiteral("before the spring."));
            p.text(60, 205, QStringLiteral("HT/25/02"), true);
            p.text(130, 205, QStringLiteral("CHRISTMAS LIGHTS"), true);
            initials(205, QStringLiteral("AB"));
            p.text(130, 220, QStringLiteral("Members agreed to seek quotes for a new display."));
            p.text(60, 245, QStringLiteral("HT/25/03"), true);
            p.text(130, 245, QStringLiteral("CORRESPONDENCE"), true);
            p.text(130, 260, QStringLiteral("A letter from the library was noted."));
            p.finish();
        }
        const ParsedMinutes m = read(path);
        QCOMPARE(numbers(m), (QStringList{"HT/25/01", "HT/25/02", "HT/25/03"}));
        QCOMPARE(owners(m.items.at(0)), (QStringList{"CD", "TC"}));
        QCOMPARE(m.items.at(0).actions.at(0).text,
                 QStringLiteral("Cllr Dodd to meet the allotment society about half plots."));
        QCOMPARE(
            m.items.at(0).actions.at(1).text,
            QStringLiteral("The Clerk to write to the tenants of the neglected plots before the spring."));
        QCOMPARE(m.items.at(1).title, QStringLiteral("CHRISTMAS LIGHTS"));
        QCOMPARE(owners(m.items.at(1)), QStringList{"AB"});
        QVERIFY(m.items.at(1).actions.first().text.contains(QStringLiteral("seek quotes")));
        QVERIFY(m.items.at(2).actions.isEmpty());
    }

    // A joint panel's minutes without numbers: the body's name in large bold above the date is the
    // heading, not an item; items open only after the attendance; a heading may carry a date; a
    // smaller bold line inside an item is its sub-heading; "in the Chair" marks the chair; an
    // "Action – <owner>" ending a line closes its paragraph though the next follows without a gap.
    void unnumberedJointPanel()
    {
        const QString path = m_dir.filePath(QStringLiteral("joint-panel.pdf"));
        {
            Pages p(path);
            p.sized(60, 50, QStringLiteral("Northfold and Westmere Joint Transport Panel"), 15, true);
            p.text(
                60, 72,
                QStringLiteral("Minutes of the meeting held in the Lantern Room, Northfold, on Monday, 2"));
            p.text(60, 86, QStringLiteral("September 2024, commencing at 2.00 pm."));
            p.text(
                60, 108,
                QStringLiteral("Present: Councillors Iris Vale (Northfold Council) in the Chair; Jon Webb"));
            p.text(60, 122, QStringLiteral("(Westmere Council) and Kay Young (Northfold Council)."));
            p.text(60, 136, QStringLiteral("Co-opted Member: Mr Leo Zane (Bus Users Group)."));
            p.text(60, 164, QStringLiteral("Minutes of the Meeting held on 3 June 2024"), true);
            p.text(60, 180, QStringLiteral("The minutes were confirmed as a correct record."));
            p.text(60, 208, QStringLiteral("Rural Bus Services"), true);
            p.text(60, 224,
                   QStringLiteral("Considered – the report of the Head of Transport on rural routes."));
            p.sized(60, 244, QStringLiteral("Questions from Members"), 8, true);
            p.text(60, 258,
                   QStringLiteral("Members asked for the usage of each route. Action – Head of Transport"));
            p.text(60, 272, QStringLiteral("Councillor Webb praised the new timetable."));
            p.text(60, 300, QStringLiteral("Work Programme"), true);
            p.text(60, 316, QStringLiteral("The work programme was agreed."));
            p.finish();
        }
        const ParsedMinutes m = read(path);
        QStringList titles;
        for (const ParsedItem& i : m.items)
            titles << i.title;
        QCOMPARE(titles, (QStringList{"Minutes of the Meeting held on 3 June 2024", "Rural Bus Services",
                                      "Work Programme"}));
        QCOMPARE(m.present,
                 (QStringList{"Councillor Iris Vale (Northfold Council) (in the Chair)",
                              "Councillor Jon Webb (Westmere Council)",
                              "Councillor Kay Young (Northfold Council)", "Mr Leo Zane (Bus Users Group)"}));
        QCOMPARE(owners(m.items.at(1)), QStringList{"Head of Transport"});
        QVERIFY(m.items.at(1).actions.first().text.endsWith(QStringLiteral("usage of each route.")));
    }

    // "Minute No. 231/24" on a line of its own above the title.
    void minuteNumberAboveTheTitle()
    {
        const QString path = m_dir.filePath(QStringLiteral("minute-no.pdf"));
        {
            Pages p(path);
            p.text(60, 50, QStringLiteral("CORPORATE PARENTING PANEL"), true);
            p.text(60, 66, QStringLiteral("Tuesday 8 October 2024"));
            p.text(60, 100, QStringLiteral("Minute No. 231/24"), true);
            p.text(60, 116, QStringLiteral("Apologies for Absence"), true);
            p.text(60, 132, QStringLiteral("There were no apologies."));
            p.text(60, 160, QStringLiteral("Minute No. 232/24"), true);
            p.text(60, 176, QStringLiteral("Care Leavers' Local Offer"), true);
            p.text(60, 192, QStringLiteral("RESOLVED that the offer be endorsed."));
            p.text(60, 220, QStringLiteral("Minute No. 233/24"), true);
            p.text(60, 236, QStringLiteral("Date of the Next Meeting"), true);
            p.text(60, 252, QStringLiteral("The next meeting will be held on 10 December 2024."));
            p.finish();
        }
        const ParsedMinutes m = read(path);
        QCOMPARE(numbers(m), (QStringList{"231/24", "232/24", "233/24"}));
        QCOMPARE(m.items.at(1).title, QStringLiteral("Care Leavers' Local Offer"));
        QCOMPARE(m.items.at(1).resolutions, QStringList{QStringLiteral("that the offer be endorsed.")});
        QCOMPARE(m.date, QDate(2024, 10, 8));
    }

    // An agenda pack: a cover with the agenda of the coming meeting (its entries have a line of
    // description under them), the minutes of the last meeting inside it, and a report after them.
    // Only the minutes are read, with their own date.
    void agendaPackWithTheMinutesInside()
    {
        const QString path = m_dir.filePath(QStringLiteral("pack.pdf"));
        {
            Pages p(path);
            p.text(60, 50, QStringLiteral("Fenby District Council"), true);
            p.text(60, 70, QStringLiteral("Children and Young People Scrutiny Committee"), true);
            p.text(60, 90, QStringLiteral("Tuesday 21 January 2025 at 6.00 pm"));
            p.text(60, 106, QStringLiteral("Council Chamber, Fenby House"));
            p.text(60, 140, QStringLiteral("AGENDA"), true);
            p.text(60, 165, QStringLiteral("1.   Apologies for Absence"), true);
            p.text(80, 180, QStringLiteral("To receive any apologies."));
            p.text(60, 205, QStringLiteral("2.   Declarations of Interest"), true);
            p.text(80, 220, QStringLiteral("To receive any declarations."));
            p.text(60, 245, QStringLiteral("3.   Minutes of the Previous Meeting"), true);
            p.text(80, 260, QStringLiteral("To approve the minutes of 12 November 2024 (pages 3 - 4)."));
            p.text(60, 285, QStringLiteral("4.   Youth Justice Plan"), true);
            p.text(80, 300, QStringLiteral("Report of the Head of Youth Services (pages 5 - 12)."));
            p.newPage();
            p.text(60, 50, QStringLiteral("Fenby District Council"), true);
            p.text(
                60, 70,
                QStringLiteral("Minutes of the meeting of the Children and Young People Scrutiny Committee"));
            p.text(60, 84, QStringLiteral("held on Tuesday 12 November 2024 at 6.00 pm"));
            p.text(60, 110, QStringLiteral("Present: Councillor Dee Ash (Chair), Councillor Eli Bond"));
            p.text(60, 140, QStringLiteral("21.  Apologies for Absence"), true);
            p.text(80, 156, QStringLiteral("Apologies were received from Councillor Fay Cole."));
            p.text(60, 185, QStringLiteral("22.  Declarations of Interest"), true);
            p.text(80, 201, QStringLiteral("There were none."));
            p.text(60, 230, QStringLiteral("23.  Early Help Strategy"), true);
            p.text(80, 246, QStringLiteral("RESOLVED that the strategy be endorsed."));
            p.text(60, 275, QStringLiteral("24.  Work Programme"), true);
            p.text(80, 291, QStringLiteral("RESOLVED that the work programme be agreed."));
            p.text(60, 330, QStringLiteral("The meeting ended at 7.40 pm."));
            p.text(60, 360, QStringLiteral("Chair"));
            p.newPage();
            p.text(60, 50, QStringLiteral("Agenda Item 4"), true);
            p.text(60, 75, QStringLiteral("YOUTH JUSTICE PLAN 2025"), true);
            p.text(60, 100, QStringLiteral("25.  Purpose of the Report"), true);
            p.text(80, 116, QStringLiteral("To present the plan for the year."));
            p.text(60, 145, QStringLiteral("26.  Recommendations"), true);
            p.text(80, 161, QStringLiteral("That the Committee comments on the plan."));
            p.finish();
        }
        const ParsedMinutes m = read(path);
        QCOMPARE(numbers(m), (QStringList{"21", "22", "23", "24"}));
        QCOMPARE(m.date, QDate(2024, 11, 12));
        QCOMPARE(m.committee, QStringLiteral("Children and Young People Scrutiny Committee"));
        QCOMPARE(m.present, (QStringList{"Councillor Dee Ash (Chair)", "Councillor Eli Bond"}));
        QCOMPARE(m.apologies, QStringList{QStringLiteral("Councillor Fay Cole")});
        QVERIFY(m.draft);
    }

    // An NHS-style action log at the end (reference, action, owner's initials, due date, status),
    // its cells wrapping onto a second line, each row naming its minute; and a borderless "ACTION
    // BY" column of post titles at the right margin, a title wrapping onto two lines, beside the
    // paragraph or the resolution's part it owns.
    void actionLogAndOwnerColumn()
    {
        const QString path = m_dir.filePath(QStringLiteral("actions.pdf"));
        {
            Pages p(path);
            p.text(60, 50, QStringLiteral("SEVERN VALE INTEGRATED CARE BOARD"), true);
            p.text(60, 66, QStringLiteral("Children and Young People Committee – 25 July 2024"), true);
            p.text(440, 100, QStringLiteral("ACTION BY"), true);
            p.text(40, 120, QStringLiteral("CYP/24/31"), true);
            p.text(110, 120, QStringLiteral("NEURODIVERSITY PATHWAY"), true);
            p.text(110, 140, QStringLiteral("The waiting list has grown to 900 children."));
            p.text(110, 154, QStringLiteral("A recovery plan is to be drafted for September."));
            p.text(440, 154, QStringLiteral("Director of"));
            p.text(440, 166, QStringLiteral("Commissioning"));
            p.text(110, 185, QStringLiteral("RESOLVED that the Committee:"));
            p.text(110, 201, QStringLiteral("(a) notes the waiting times;"));
            p.text(110, 217, QStringLiteral("(b) asks for a monthly report on the recovery plan."));
            p.text(440, 217, QStringLiteral("Head of Performance"));
            p.text(40, 250, QStringLiteral("CYP/24/32"), true);
            p.text(110, 250, QStringLiteral("ACTION LOG"), true);
            p.text(60, 275, QStringLiteral("Ref"), true);
            p.text(130, 275, QStringLiteral("Action"), true);
            p.text(330, 275, QStringLiteral("Owner"), true);
            p.text(390, 275, QStringLiteral("Due"), true);
            p.text(470, 275, QStringLiteral("Status"), true);
            p.text(60, 292, QStringLiteral("CYP/24/31"));
            p.text(130, 292, QStringLiteral("Share the pathway data with"));
            p.text(330, 292, QStringLiteral("RA"));
            p.text(390, 292, QStringLiteral("30/09/2024"));
            p.text(470, 292, QStringLiteral("Open"));
            p.text(130, 305, QStringLiteral("the schools forum"));
            p.text(470, 305, QStringLiteral("(on track)"));
            p.text(60, 322, QStringLiteral("CYP/24/32"));
            p.text(130, 322, QStringLiteral("Refresh the log for the Board"));
            p.text(330, 322, QStringLiteral("JT"));
            p.text(390, 322, QStringLiteral("31/10/2024"));
            p.text(470, 322, QStringLiteral("Closed"));
            p.finish();
        }
        const ParsedMinutes m = read(path);
        QCOMPARE(numbers(m), (QStringList{"CYP/24/31", "CYP/24/32"}));
        const ParsedItem& pathway = m.items.at(0);
        QCOMPARE(owners(pathway), (QStringList{"Director of Commissioning", "Head of Performance", "RA"}));
        QVERIFY2(pathway.actions.at(0).text.startsWith(QStringLiteral("A recovery plan is to be drafted")),
                 qPrintable(pathway.actions.at(0).text));
        QCOMPARE(pathway.actions.at(1).text,
                 QStringLiteral("asks for a monthly report on the recovery plan."));
        QCOMPARE(pathway.actions.at(2).text, QStringLiteral("Share the pathway data with the schools forum"));
        QCOMPARE(pathway.actions.at(2).due, QDate(2024, 9, 30));
        QCOMPARE(pathway.resolutions, (QStringList{"notes the waiting times;",
                                                   "asks for a monthly report on the recovery plan."}));
        QCOMPARE(owners(m.items.at(1)), QStringList{QStringLiteral("JT")});
    }
};

QTEST_MAIN(TestMinutesLayouts)
#include "TestMinutesLayouts.moc"
