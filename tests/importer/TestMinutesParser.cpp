// The minutes parser on invented minutes in the layouts councils use.
#include "importer/MinutesParser.h"
#include "importer/MinutesSource.h"

#include <QJsonArray>
#include <QTest>

namespace {

ParsedMinutes parse(const char* text)
{
    return MinutesParser::parse(MinutesSource::readText(QByteArray(text)));
}

} // namespace

class TestMinutesParser : public QObject
{
    Q_OBJECT
private slots:
    void headerAndAttendance()
    {
        const auto m =
            parse("NORTHFIELD DISTRICT COUNCIL\n"
                  "FAMILIES SCRUTINY PANEL\n"
                  "Minutes of the meeting held at 7.00 pm on Wednesday 4 October 2023\n"
                  "Venue: The Council Chamber, Northfield House\n"
                  "Contact: Sam Ortiz 01234 567890\n\n"
                  "Present:\nCouncillor Maya Penn (Chair), Councillors Ola Stone and Rhys Ward, Mr Tom "
                  "Bright (Co-opted)\n"
                  "Also present:\nLee Grant, Head of Service\n\n"
                  "1.  APOLOGIES FOR ABSENCE\n"
                  "Apologies for absence were received from Councillor Ian Fell and Councillor Una Cole.\n");
        QCOMPARE(m.council, QStringLiteral("NORTHFIELD DISTRICT COUNCIL"));
        QCOMPARE(m.committee, QStringLiteral("FAMILIES SCRUTINY PANEL"));
        QCOMPARE(m.date, QDate(2023, 10, 4));
        QCOMPARE(m.time, QTime(19, 0));
        QCOMPARE(m.venue, QStringLiteral("The Council Chamber, Northfield House"));
        QCOMPARE(m.contact, QStringLiteral("Sam Ortiz"));
        QCOMPARE(m.present,
                 (QStringList{QStringLiteral("Councillor Maya Penn (Chair)"),
                              QStringLiteral("Councillor Ola Stone"), QStringLiteral("Councillor Rhys Ward"),
                              QStringLiteral("Mr Tom Bright (Co-opted)")}));
        QCOMPARE(m.apologies,
                 (QStringList{QStringLiteral("Councillor Ian Fell"), QStringLiteral("Councillor Una Cole")}));
    }

    void itemNumbersAsPrinted()
    {
        const auto m = parse("Item 7 Declarations of interest\nNone.\n\n"
                             "8.  PERFORMANCE REPORT\nNoted.\n\n"
                             "12\n\nHOLDING THE EXECUTIVE TO ACCOUNT\n\n"
                             "12a\n\nFOSTERING UPDATE pdf icon PDF 120 KB\nAdditional "
                             "documents:\nMinutes:\nReport CS24011\nThe report was noted.\n");
        QCOMPARE(m.items.size(), 4);
        QCOMPARE(m.items.at(0).number, QStringLiteral("7"));
        QCOMPARE(m.items.at(0).title, QStringLiteral("Declarations of interest"));
        QCOMPARE(m.items.at(1).number, QStringLiteral("8"));
        QCOMPARE(m.items.at(2).number, QStringLiteral("12"));
        QCOMPARE(m.items.at(3).number, QStringLiteral("12a"));
        QCOMPARE(m.items.at(3).title, QStringLiteral("FOSTERING UPDATE"));
        QCOMPARE(m.items.at(3).reportRefs, QStringList{QStringLiteral("CS24011")});
    }

    void resolutionsInTheirForms()
    {
        const auto m =
            parse("1.  FIRST ITEM\nRESOLVED that the report be noted.\n\n"
                  "2.  SECOND ITEM\nRESOLVED: that:\n(1) the plan be agreed;\n(2) a further report come "
                  "back\nin the spring; and\n(3) the Chair write to the Minister.\n\n"
                  "3.  THIRD ITEM\nResolved –\n1. the audit be received.\n2. officers be thanked.\n\n"
                  "4.  FOURTH ITEM\nAGREED that the visit go ahead.\n\n"
                  "5.  FIFTH ITEM\nRESOLVED that:\na) one thing happen;\nb) another follow.\n");
        QCOMPARE(m.items.size(), 5);
        QCOMPARE(m.items.at(0).resolutions, QStringList{QStringLiteral("that the report be noted.")});
        QCOMPARE(m.items.at(1).resolutions,
                 (QStringList{QStringLiteral("the plan be agreed;"),
                              QStringLiteral("a further report come back in the spring; and"),
                              QStringLiteral("the Chair write to the Minister.")}));
        QCOMPARE(m.items.at(2).resolutions.size(), 2);
        QCOMPARE(m.items.at(3).resolutions, QStringList{QStringLiteral("that the visit go ahead.")});
        QCOMPARE(m.items.at(4).resolutions.size(), 2);
    }

    void actionsInTheirForms()
    {
        const auto m = parse("1.  FIRST ITEM\nRESOLVED that:\n1. the report be noted;\n2. figures come back "
                             "monthly.\nACTION: Head of Performance\n\n"
                             "2.  SECOND ITEM\nThe Chair asked for the audit to be shared with members "
                             "before the next meeting. Action – Democratic Services\n\n"
                             "3.  THIRD ITEM\nACTION - Director of Children's Services to circulate the "
                             "Ofsted letter to all members.\n");
        QCOMPARE(m.items.at(0).actions.size(), 2);
        QCOMPARE(m.items.at(0).actions.at(1).owner, QStringLiteral("Head of Performance"));
        QCOMPARE(m.items.at(0).actions.at(1).text, QStringLiteral("figures come back monthly."));
        QCOMPARE(m.items.at(1).actions.size(), 1);
        QCOMPARE(m.items.at(1).actions.at(0).owner, QStringLiteral("Democratic Services"));
        QVERIFY(m.items.at(1).actions.at(0).text.startsWith(QStringLiteral("The Chair asked")));
        QVERIFY(!m.items.at(1).actions.at(0).text.contains(QStringLiteral("Action")));
        QCOMPARE(m.items.at(2).actions.size(), 1);
        QCOMPARE(m.items.at(2).actions.at(0).owner, QStringLiteral("Director of Children's Services"));
        QCOMPARE(m.items.at(2).actions.at(0).text,
                 QStringLiteral("to circulate the Ofsted letter to all members"));
    }

    void actionLogTable()
    {
        const auto m =
            parse("4.  ACTION LOG\nThe log was reviewed.\n\n"
                  "Ref     Action                          Lead officer            Deadline       Status\n"
                  "3/1     Send the audit to members       Head of Audit           14/11/2023     Done\n"
                  "3/2     Visit the front door            Democratic Services     1 December 2023   Open\n"
                  "        service with the Chair          Officer\n\n"
                  "RESOLVED that the log be noted.\n");
        const auto& item = m.items.first();
        QCOMPARE(item.actions.size(), 2);
        QCOMPARE(item.actions.at(0).owner, QStringLiteral("Head of Audit"));
        QCOMPARE(item.actions.at(0).due, QDate(2023, 11, 14));
        QCOMPARE(item.actions.at(1).text, QStringLiteral("Visit the front door service with the Chair"));
        QCOMPARE(item.actions.at(1).owner, QStringLiteral("Democratic Services Officer"));
        QCOMPARE(item.actions.at(1).due, QDate(2023, 12, 1));
        QCOMPARE(item.resolutions, QStringList{QStringLiteral("that the log be noted.")});
    }

    void furnitureAndHyphens()
    {
        SourceDocument doc;
        doc.pages = 3;
        doc.kind = QStringLiteral("pdf");
        auto add = [&doc](int page, double y, const QString& text, bool para = false) {
            SourceLine l;
            l.page = page;
            l.y = y;
            l.text = text;
            l.paragraphStart = para;
            doc.lines.append(l);
        };
        for (int p = 1; p <= 3; ++p) {
            add(p, 20, QStringLiteral("Families Scrutiny Panel – 4 October 2023"));
            add(p, 400, QStringLiteral("Body text on page %1 about the recom-").arg(p), true);
            add(p, 412, QStringLiteral("mendations of the inspection."));
            add(p, 780, QStringLiteral("Page %1 of 3").arg(p));
        }
        add(3, 790, QStringLiteral("https://democracy.example.gov.uk/ieListDocuments.aspx?CId=1"));
        add(3, 795, QStringLiteral("04/10/2023, 21:14 Minutes - Families Scrutiny Panel"));
        MinutesSource::removeFurniture(doc);
        QStringList texts;
        for (const auto& l : doc.lines)
            texts << l.text;
        QCOMPARE(texts.count(QStringLiteral("Families Scrutiny Panel – 4 October 2023")),
                 1); // kept where it first appears
        QVERIFY(!texts.join(QLatin1Char('\n')).contains(QStringLiteral("Page 2 of 3")));
        QVERIFY(!texts.join(QLatin1Char('\n')).contains(QStringLiteral("https://")));
        QVERIFY(!texts.join(QLatin1Char('\n')).contains(QStringLiteral("21:14")));
        QVERIFY(texts.contains(QStringLiteral("Body text on page 1 about the recommendations")));
    }

    void titleOverAPageBreakInAnAgendaPack()
    {
        // Eight pages: a cover, then minutes on pages 5 and 6 with their own running header.
        SourceDocument doc;
        doc.kind = QStringLiteral("pdf");
        doc.pages = 8;
        auto add = [&doc](int page, double x, double y, const QString& text, bool para = false) {
            SourceLine l;
            l.page = page;
            l.x = x;
            l.y = y;
            l.text = text;
            l.paragraphStart = para;
            doc.lines.append(l);
        };
        add(1, 90, 70, QStringLiteral("Agenda"), true);
        for (int p = 5; p <= 6; ++p) {
            add(p, 90, 74, QStringLiteral("LICENSING PANEL"), true);
            add(p, 90, 88, QStringLiteral("3 MAY 2022"));
        }
        add(5, 90, 120, QStringLiteral("1  WELCOME"), true);
        add(5, 126, 134, QStringLiteral("The Chair opened the meeting."));
        add(5, 90, 720, QStringLiteral("2  REVIEW OF STREET TRADING AND MARKET"));
        add(6, 126, 108, QStringLiteral("CONSENTS (Agenda item 4)"));
        add(6, 126, 128, QStringLiteral("RESOLVED: That the review be noted."));
        MinutesSource::removeFurniture(doc);
        int headers = 0;
        for (const auto& l : doc.lines)
            headers += l.text == QLatin1String("LICENSING PANEL") ? 1 : 0;
        QCOMPARE(headers, 1); // kept where the run of pages starts
        const ParsedMinutes m = MinutesParser::parse(doc);
        QCOMPARE(m.items.size(), 2);
        QCOMPARE(m.items.at(1).title, QStringLiteral("REVIEW OF STREET TRADING AND MARKET CONSENTS"));
        QCOMPARE(m.items.at(1).resolutions, QStringList{QStringLiteral("That the review be noted.")});
        QCOMPARE(m.date, QDate(2022, 5, 3));
    }

    void documentSizeWrappedAfterTitle()
    {
        const auto m =
            parse("14\n\nLIBRARY OPENING HOURS pdf icon PDF 88\nKB\nMinutes:\nThe hours were noted.\n");
        QCOMPARE(m.items.size(), 1);
        QCOMPARE(m.items.first().title, QStringLiteral("LIBRARY OPENING HOURS"));
    }

    void titleCaseTitlesThatFollowTheLastNumber()
    {
        const auto m =
            parse("Present: Councillor Lina Hart (Chair)\n\n"
                  "1. Apologies for Absence\nNone were received.\n4 Members Visited The Children's Home\n\n"
                  "2. Placement Sufficiency Update\nMembers discussed local placements.\n"
                  "RESOLVED that:\n1. the update be noted;\n2. a report come back in March.\n\n"
                  "3. Care Leavers Offer\nThe revised offer was welcomed.\n");
        QCOMPARE(m.items.size(), 3);
        QCOMPARE(m.items.at(1).title, QStringLiteral("Placement Sufficiency Update"));
        QCOMPARE(m.items.at(1).resolutions.size(), 2);
        QCOMPARE(m.items.at(2).number, QStringLiteral("3"));
        QCOMPARE(m.items.at(2).title, QStringLiteral("Care Leavers Offer"));
    }

    // Other councils' layouts (held-back minutes are not from the corpus's councils).
    void minutesOfTheMeetingOfHeading()
    {
        const auto m = parse(
            "Westshire County Council\n\n"
            "Minutes of the meeting of the Children and Young People Overview and Scrutiny Committee held on "
            "Tuesday 5 March 2024 at 7.00 pm in the Council Chamber, County Hall\n\n"
            "Members present: Councillor Ada Fox (Chair), Councillor Ben Hale\n\n"
            "1. Apologies for absence\nNone.\n");
        QCOMPARE(m.council, QStringLiteral("Westshire County Council"));
        QCOMPARE(m.committee, QStringLiteral("Children and Young People Overview and Scrutiny Committee"));
        QCOMPARE(m.date, QDate(2024, 3, 5));
        QCOMPARE(m.time, QTime(19, 0));
        QCOMPARE(m.venue, QStringLiteral("Council Chamber, County Hall"));
        QCOMPARE(m.present, (QStringList{QStringLiteral("Councillor Ada Fox (Chair)"),
                                         QStringLiteral("Councillor Ben Hale")}));
    }

    void attendanceHeadingsOnTheirOwnLines()
    {
        const auto m = parse("MINUTES OF THE SCHOOLS FORUM\nThursday 11 January 2024\n\n"
                             "Members Present\nCouncillor Ada Fox (Chair)\nCouncillor Ben Hale\nMrs Cleo "
                             "Dunn (Co-opted Member)\n\n"
                             "In attendance\nDee Evans (Director of Education)\nFinn Gray (Clerk)\n\n"
                             "Apologies for absence\nCouncillor Gus Ince\n\n"
                             "1. Welcome\nThe Chair welcomed everyone.\n\n"
                             "2. Apologies\nAn apology for absence was received from Councillor Hana Jay.\n");
        QCOMPARE(m.present, (QStringList{QStringLiteral("Councillor Ada Fox (Chair)"),
                                         QStringLiteral("Councillor Ben Hale"),
                                         QStringLiteral("Mrs Cleo Dunn (Co-opted Member)")}));
        QCOMPARE(m.apologies,
                 (QStringList{QStringLiteral("Councillor Gus Ince"), QStringLiteral("Councillor Hana Jay")}));
        QCOMPARE(m.items.size(), 2);
    }

    // Sentence-case titles ("Declarations of interest") in a run of numbers, but not numbered paragraphs.
    void sentenceCaseTitlesAndDeclarationVariants()
    {
        const auto m =
            parse("EASTLEIGH TOWN COUNCIL\nFamilies Committee\nMonday 8 April 2024\n\n"
                  "1. Apologies for absence\nApologies were submitted by Councillor Ivo Kent.\n\n"
                  "2. Declarations of interest\nNo declarations were made.\n\n"
                  "3. Disclosures of pecuniary and other interests\nNone.\n\n"
                  "4. Minutes of the previous meeting\nThe minutes were agreed as a correct record.\n\n"
                  "5. Early help review\nMembers asked about waiting times.\n"
                  "6. The service had recruited six new staff since January and waiting times had fallen.\n\n"
                  "RESOLVED that the review be noted.\n");
        QCOMPARE(m.items.size(), 5);
        QCOMPARE(m.items.at(1).title, QStringLiteral("Declarations of interest"));
        QCOMPARE(m.items.at(2).title, QStringLiteral("Disclosures of pecuniary and other interests"));
        QCOMPARE(m.items.at(3).title, QStringLiteral("Minutes of the previous meeting"));
        QCOMPARE(m.items.at(4).number, QStringLiteral("5"));
        QCOMPARE(m.items.at(4).resolutions, QStringList{QStringLiteral("that the review be noted.")});
        QCOMPARE(m.apologies, QStringList{QStringLiteral("Councillor Ivo Kent")});
    }

    void prefixedAndSlashedMinuteNumbers()
    {
        const auto m =
            parse("CHILDREN'S SERVICES COMMITTEE\nWednesday 14 November 2018\n\n"
                  "CS12/18 APOLOGIES FOR ABSENCE\nNone were received.\n\n"
                  "CS13/18 IMPROVEMENT PLAN PROGRESS\nReport CS18044\nRESOLVED that progress be noted.\n\n"
                  "CS14/18 Fostering Sufficiency\nRESOLVED that the strategy be approved.\n");
        QCOMPARE(m.items.size(), 3);
        QCOMPARE(m.items.at(0).number, QStringLiteral("CS12/18"));
        QCOMPARE(m.items.at(1).number, QStringLiteral("CS13/18"));
        QCOMPARE(m.items.at(1).title, QStringLiteral("IMPROVEMENT PLAN PROGRESS"));
        QCOMPARE(m.items.at(1).reportRefs, QStringList{QStringLiteral("CS18044")});
        QCOMPARE(m.items.at(2).title, QStringLiteral("Fostering Sufficiency"));
        QCOMPARE(m.items.at(2).resolutions, QStringList{QStringLiteral("that the strategy be approved.")});
    }

    void decimalItemNumbersButNotNumberedParagraphs()
    {
        const auto m =
            parse("HARBOUR DISTRICT COUNCIL\nCABINET\nTuesday 2 July 2024\n\n"
                  "5. REPORTS FOR DECISION\n\n"
                  "5.1 CHILDREN'S HOMES SUFFICIENCY\n"
                  "5.1.1 The Cabinet considered the report of the Director.\n\n"
                  "RESOLVED that two new homes be commissioned.\n\n"
                  "5.2 Youth Justice Plan\n"
                  "5.2.1 The plan was presented by the Head of Service, who answered questions.\n\n"
                  "RESOLVED that the plan be approved.\n");
        QCOMPARE(m.items.size(), 3);
        QCOMPARE(m.items.at(1).number, QStringLiteral("5.1"));
        QCOMPARE(m.items.at(1).title, QStringLiteral("CHILDREN'S HOMES SUFFICIENCY"));
        QCOMPARE(m.items.at(1).resolutions,
                 QStringList{QStringLiteral("that two new homes be commissioned.")});
        QCOMPARE(m.items.at(2).number, QStringLiteral("5.2"));
        QCOMPARE(m.items.at(2).title, QStringLiteral("Youth Justice Plan"));
    }

    // Declarations of interest, in the ways clerks write them.
    void declarationDeclaredInAnItem()
    {
        const auto m = parse("1.  DECLARATIONS OF INTEREST\n"
                             "Councillor Ada Quinn declared a personal interest in item 3 as a school "
                             "governor. She stayed for the debate.\n\n"
                             "2.  MINUTES\nRESOLVED that the minutes be agreed.\n\n"
                             "3.  SCHOOL PLACES\nNoted.\n");
        QCOMPARE(m.declarations.size(), 1);
        const ParsedDeclaration& d = m.declarations.first();
        QCOMPARE(d.member, QStringLiteral("Councillor Ada Quinn"));
        QCOMPARE(d.kind, QStringLiteral("personal"));
        QCOMPARE(d.itemNumber, QStringLiteral("3"));
        QCOMPARE(d.nature, QStringLiteral("as a school governor"));
        QCOMPARE(d.page, 1);
        QCOMPARE(MinutesParser::toJson(m)
                     .value(QStringLiteral("declarations"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("member"))
                     .toString(),
                 QStringLiteral("Councillor Ada Quinn"));
    }

    void declarationPecuniaryInTheNarrative()
    {
        const auto m = parse("1.  APOLOGIES\nNone.\n\n"
                             "2.  HOME TO SCHOOL TRANSPORT\n"
                             "Before the discussion, Bryn Oakes declared a disclosable pecuniary interest "
                             "as the owner of a taxi firm, and left the room.\n");
        QCOMPARE(m.declarations.size(), 1);
        QCOMPARE(m.declarations.first().member, QStringLiteral("Bryn Oakes"));
        QCOMPARE(m.declarations.first().kind, QStringLiteral("disclosable pecuniary"));
        QVERIFY(m.declarations.first().itemNumber.isEmpty());
        QCOMPARE(m.declarations.first().nature,
                 QStringLiteral("as the owner of a taxi firm, and left the room"));
    }

    void declarationIndicated()
    {
        const auto m = parse("4.  DECLARATIONS OF INTEREST\n"
                             "Mrs Cara Dent indicated a personal interest as a foster carer for the "
                             "authority.\n\n5.  FOSTERING\nNoted.\n");
        QCOMPARE(m.declarations.size(), 1);
        QCOMPARE(m.declarations.first().member, QStringLiteral("Mrs Cara Dent"));
        QCOMPARE(m.declarations.first().kind, QStringLiteral("personal"));
        QCOMPARE(m.declarations.first().nature, QStringLiteral("as a foster carer for the authority"));
    }

    void declarationPassiveForTwoMembers()
    {
        const auto m = parse("1.  DECLARATIONS OF INTEREST\n"
                             "Personal interests were declared by Councillors Eve Hart and Finn Lowe in "
                             "minute 6 as members of the adoption panel.\n\n2.  MINUTES\nAgreed.\n");
        QCOMPARE(m.declarations.size(), 2);
        QCOMPARE(m.declarations.at(0).member, QStringLiteral("Councillor Eve Hart"));
        QCOMPARE(m.declarations.at(1).member, QStringLiteral("Councillor Finn Lowe"));
        QCOMPARE(m.declarations.at(1).kind, QStringLiteral("personal"));
        QCOMPARE(m.declarations.at(1).itemNumber, QStringLiteral("6"));
        QCOMPARE(m.declarations.at(1).nature, QStringLiteral("as members of the adoption panel"));
    }

    void declarationsListedOneALine()
    {
        const auto m = parse("1.  DECLARATIONS OF INTEREST\n"
                             "Member  Item  Interest  Nature\n"
                             "Councillor Gail Moss  Item 5  Prejudicial  Her son works in the service\n"
                             "Dr Hal Irwin – 6 – Personal – trustee of a children's charity\n\n"
                             "2.  MINUTES\nAgreed.\n");
        QCOMPARE(m.declarations.size(), 2);
        QCOMPARE(m.declarations.at(0).member, QStringLiteral("Councillor Gail Moss"));
        QCOMPARE(m.declarations.at(0).itemNumber, QStringLiteral("5"));
        QCOMPARE(m.declarations.at(0).kind, QStringLiteral("prejudicial"));
        QCOMPARE(m.declarations.at(0).nature, QStringLiteral("Her son works in the service"));
        QCOMPARE(m.declarations.at(1).member, QStringLiteral("Dr Hal Irwin"));
        QCOMPARE(m.declarations.at(1).itemNumber, QStringLiteral("6"));
        QCOMPARE(m.declarations.at(1).kind, QStringLiteral("personal"));
        QCOMPARE(m.declarations.at(1).nature, QStringLiteral("trustee of a children's charity"));
    }

    void noDeclarations()
    {
        const auto none = parse("1.  DECLARATIONS OF INTEREST\nThere were no declarations of interest.\n\n"
                                "2.  MINUTES\nAgreed.\n");
        QVERIFY(none.declarations.isEmpty());
        const auto bare = parse("1.  DECLARATIONS OF INTEREST\nNone.\n\n2.  MINUTES\nMembers declared "
                                "their interest in the new homes.\n");
        QVERIFY(bare.declarations.isEmpty());
        QVERIFY(MinutesParser::toJson(none).value(QStringLiteral("declarations")).toArray().isEmpty());
    }

    void singleAgendaItemPage()
    {
        const auto m = parse("Agenda item\n\nREVIEW OF THE IMPROVEMENT PLAN\n\nMinutes:\nMembers discussed "
                             "the plan.\n\nResolved –\n\n(1) That the plan be noted.\n\n(2) That progress be "
                             "reported quarterly.\n\nACTION: Strategic Director\n");
        QCOMPARE(m.items.size(), 1);
        QVERIFY(m.items.first().number.isEmpty());
        QCOMPARE(m.items.first().title, QStringLiteral("REVIEW OF THE IMPROVEMENT PLAN"));
        QCOMPARE(m.items.first().resolutions.size(), 2);
        QCOMPARE(m.items.first().actions.size(), 2);
        QCOMPARE(m.items.first().actions.first().owner, QStringLiteral("Strategic Director"));
    }
};

QTEST_GUILESS_MAIN(TestMinutesParser)
#include "TestMinutesParser.moc"
