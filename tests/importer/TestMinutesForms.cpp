// More structures of minutes, found when the importer was tried on minutes of kinds it had not seen
// (issue 15, fifth round: Scottish DECIDED, North American and Australian motions, NHS boards'
// references, parish proposals, lettered paragraphs, asterisk registers). Invented documents, read
// as plain text; tests/importer/README.md lists each structure with its test.
#include "MinutesTestSupport.h"
#include "importer/MinutesParser.h"
#include "importer/MinutesSource.h"

#include <QTest>

namespace {

ParsedMinutes parse(const char* text)
{
    return MinutesParser::parse(MinutesSource::readText(QByteArray(text)));
}

QStringList titles(const ParsedMinutes& m)
{
    QStringList out;
    for (const ParsedItem& i : m.items)
        out << i.title;
    return out;
}

} // namespace

class TestMinutesForms : public QObject
{
    Q_OBJECT
private slots:
    // Scottish committees write "DECIDED:" over the parts of a decision, or before it on the line.
    void decidedInScottishMinutes()
    {
        const auto m = parse("1.  SCHOOL TRANSPORT POLICY\n"
                             "There was submitted a report on the routes to be walked by pupils.\n\n"
                             "DECIDED:\n\n"
                             "(a) to approve the policy; and\n"
                             "(b) to review it after one year.\n\n"
                             "2.  PLAYGROUND RESURFACING\n"
                             "DECIDED: to note the report.\n");
        QCOMPARE(m.items.size(), 2);
        QCOMPARE(m.items.at(0).resolutions,
                 (QStringList{"to approve the policy; and", "to review it after one year."}));
        QCOMPARE(m.items.at(1).resolutions, QStringList{"to note the report."});
    }

    // A township's motions: a number, the mover and seconder without colons, "Be it resolved that",
    // and "Carried"; "Regrets:" are the apologies.
    void beItResolvedMotions()
    {
        const auto m = parse("Township of Alderbrook\nRegular Council Meeting Minutes\n"
                             "Date: March 4, 2025\n\n"
                             "Members Present: Mayor P. Quist, Councillor H. Rudd, Councillor S. Tamm\n"
                             "Regrets: Councillor V. Ulm\n"
                             "Staff Present: Clerk, W. Yeo\n\n"
                             "1. Adoption of the Agenda\n"
                             "Motion No. 2025-041\nMoved by Councillor Rudd\nSeconded by Councillor Tamm\n\n"
                             "Be it resolved that the agenda be adopted as circulated.\n\nCarried\n\n"
                             "2. Snow Clearing Contract\n"
                             "Motion No. 2025-042\nMoved by Councillor Tamm\nSeconded by Mayor Quist\n\n"
                             "Be it resolved that the contract be extended by one winter.\n\nDefeated\n");
        QCOMPARE(m.council, QStringLiteral("Township of Alderbrook"));
        QCOMPARE(m.apologies, QStringList{"Councillor V. Ulm"});
        QCOMPARE(m.items.size(), 2);
        QCOMPARE(m.items.at(0).resolutions, QStringList{"that the agenda be adopted as circulated."});
        QVERIFY(m.items.at(1).resolutions.isEmpty());
    }

    // Australian councils: "ITEM-3" headings, a numbered "RESOLUTION 2024/215" over "Moved: …
    // Seconded: …" on one line, the motion's text, and CARRIED or LOST at the right.
    void numberedResolutionsWithMoverAndSeconder()
    {
        const auto m = parse("ITEM-1 CONFIRMATION OF MINUTES\n"
                             "RESOLUTION 2024/301\n"
                             "Moved: Cr Nia Penn     Seconded: Cr Otto Quill\n"
                             "That the minutes of the meeting held on 3 June 2024 be confirmed.\n"
                             "                                                            CARRIED\n\n"
                             "ITEM-2 COMMUNITY HALL LEASE\n"
                             "MOTION\n"
                             "Moved: Cr Otto Quill     Seconded: Cr Nia Penn\n"
                             "That the item be deferred.\n"
                             "                                                               LOST\n"
                             "RESOLUTION 2024/302\n"
                             "Moved: Cr Nia Penn     Seconded: Cr Rex Sand\n"
                             "That Council lease the hall to the playgroup for five years.\n"
                             "                                                            CARRIED\n");
        QCOMPARE(numbers(m), (QStringList{"1", "2"}));
        QCOMPARE(titles(m), (QStringList{"CONFIRMATION OF MINUTES", "COMMUNITY HALL LEASE"}));
        QCOMPARE(m.items.at(0).resolutions,
                 QStringList{"That the minutes of the meeting held on 3 June 2024 be confirmed."});
        QCOMPARE(m.items.at(1).resolutions,
                 QStringList{"That Council lease the hall to the playgroup for five years."});
    }

    // NHS boards: references of letters, a space and number over the year ("ICB 25/07"), or a
    // minute number with the agenda's number after it ("TB24/103 Item 3"); ACTION lines with
    // the owner's initials; the board "held in public" has no venue called Public.
    void boardReferencesAndInitials()
    {
        const auto m = parse("NHS Fernley Integrated Care Board\n"
                             "Minutes of the Board Meeting held in Public\n\n"
                             "Wednesday 5 March 2025, 10.00am\nBoardroom, Fernley House\n\n"
                             "ICB 25/07  Chief Executive's Report\n"
                             "The Board NOTED the report.\n\n"
                             "ICB 25/08  Finance Report\n"
                             "The Board APPROVED the capital plan.\n"
                             "ACTION: PM to bring the savings plan to the April meeting.\n\n"
                             "ICB 25/09  Any Other Business\nNone.\n");
        QCOMPARE(numbers(m), (QStringList{"ICB 25/07", "ICB 25/08", "ICB 25/09"}));
        QCOMPARE(titles(m).first(), QStringLiteral("Chief Executive's Report"));
        QCOMPARE(m.venue, QStringLiteral("Boardroom, Fernley House"));
        QCOMPARE(owners(m.items.at(1)), QStringList{"PM"});
        QCOMPARE(m.items.at(1).actions.first().text,
                 QStringLiteral("to bring the savings plan to the April meeting"));
        const auto trust = parse("TB24/101  Item 1  APOLOGIES FOR ABSENCE\nNone.\n\n"
                                 "TB24/102  Item 2  QUALITY REPORT\nThe report was received.\n\n"
                                 "TB24/103  Item 3  ANY OTHER BUSINESS\nNone.\n");
        QCOMPARE(numbers(trust), (QStringList{"TB24/101", "TB24/102", "TB24/103"}));
        QCOMPARE(titles(trust),
                 (QStringList{"APOLOGIES FOR ABSENCE", "QUALITY REPORT", "ANY OTHER BUSINESS"}));
    }

    // An item's paragraphs lettered a., b., c. (a word processor's list, a board's minutes): a
    // decision inside one, after its sentences or opening it, is that paragraph's; the paragraphs
    // lettered after it are not its parts. An ACTION with initials at the end of a paragraph's line
    // gives that paragraph to them.
    void decisionsInLetteredParagraphs()
    {
        const auto m =
            parse("1.  PLANNING APPLICATIONS\n"
                  "a. 25/0101, 4 Mill Row: a porch. Resolved: no objection.\n"
                  "b. 25/0107, land off Carr Lane: six houses. Members feared for the lane. Resolved: "
                  "to object on highway grounds.\n"
                  "c. Members noted that the appeal at the old dairy had been dismissed.\n\n"
                  "2.  PERFORMANCE REPORT\n"
                  "a. The Director reported that waiting times had fallen.\n"
                  "b. Members asked about the cancer targets; a recovery plan would come to the next "
                  "meeting.   ACTION: SW\n"
                  "c. The Board RESOLVED to note the report.\n"
                  "d. A summary would be sent to the governors.\n");
        QCOMPARE(m.items.size(), 2);
        QCOMPARE(m.items.at(0).resolutions, (QStringList{"no objection.", "to object on highway grounds."}));
        QCOMPARE(m.items.at(1).resolutions, QStringList{"The Board RESOLVED to note the report."});
        QCOMPARE(owners(m.items.at(1)), QStringList{"SW"});
        QCOMPARE(
            m.items.at(1).actions.first().text,
            QStringLiteral("Members asked about the cancer targets; a recovery plan would come to the next "
                           "meeting."));
    }

    // Attendance in forms of its own: the members listed with those present marked by an asterisk;
    // "With Cllr X in the Chair there were present Cllrs – …"; a post after a name in the apologies
    // ("Mr K Sato, Non-Executive Director") is not a person.
    void attendanceMarkedAndInTheChair()
    {
        const auto marked = parse("WESTCOMBE TOWN COUNCIL\nPlanning Committee\nMonday 3 March 2025 at 7pm\n\n"
                                  "Members: *Cllr A Brook (Chair), *Cllr C Dale, Cllr E Fenn, *Cllr G Hart\n"
                                  "* denotes present\n\n"
                                  "1.  APOLOGIES\nApologies were received from Cllr E Fenn.\n");
        QCOMPARE(marked.present, (QStringList{"Cllr A Brook (Chair)", "Cllr C Dale", "Cllr G Hart"}));
        QCOMPARE(marked.apologies, QStringList{"Cllr E Fenn"});
        const auto chair = parse(
            "Ashby Parva Parish Council\n"
            "Minutes of the meeting held on Monday 10 March 2025 in the Village Hall at 7.30pm.\n\n"
            "Present: With Cllr J Knox in the Chair there were present Cllrs – L Moss, N Orr and P Quinn.\n\n"
            "1.  APOLOGIES\nApologies were received and accepted from Mr R Stone, Deputy Clerk, and "
            "Cllr T Vane.\n");
        QCOMPARE(chair.present,
                 (QStringList{"Cllr J Knox (Chair)", "Cllr L Moss", "Cllr N Orr", "Cllr P Quinn"}));
        QCOMPARE(chair.apologies, (QStringList{"Mr R Stone", "Cllr T Vane"}));
    }

    // A parish's proposals: "It was proposed by A and seconded by B that …", carried by the sentence
    // after it ("Councillors voted that the proposal become a resolution.") — a vote against is no
    // decision. The place after the date in the opening sentence is the venue.
    void proposalsVotedIntoResolutions()
    {
        const auto m = parse(
            "Nether Brampton Parish Council\n"
            "Minutes of the meeting of the Parish Council held on Monday 10 February 2025 in the Old "
            "School Room, commencing at 7.30pm.\n\n"
            "1.  PLAY AREA\nIt was proposed by Cllr Ames and seconded by Cllr Bell that the swings be "
            "replaced this spring. Councillors voted that the proposal become a resolution.\n\n"
            "2.  NOTICE BOARD\nIt was proposed by Cllr Bell and seconded by Cllr Cole that a second board be "
            "bought. Councillors voted against the proposal.\n\n"
            "3.  GRASS CUTTING\nAfter discussion it was proposed by Cllr Cole, seconded by Cllr Ames, that "
            "the "
            "contract be renewed. The proposal was carried.\n");
        QCOMPARE(m.venue, QStringLiteral("Old School Room"));
        QCOMPARE(m.items.size(), 3);
        QCOMPARE(m.items.at(0).resolutions, QStringList{"that the swings be replaced this spring."});
        QVERIFY(m.items.at(1).resolutions.isEmpty());
        QCOMPARE(m.items.at(2).resolutions, QStringList{"that the contract be renewed."});
    }

    // A heading in capitals line by line: the council, the meeting, "HELD IN …" (the venue, not the
    // committee), the date.
    void headingWithAHeldInLine()
    {
        const auto m = parse("MINUTES\n\nBARRALONG SHIRE COUNCIL\nORDINARY COUNCIL MEETING\n"
                             "HELD IN THE COUNCIL CHAMBERS, 2 WATTLE STREET, BARRALONG\n"
                             "ON TUESDAY, 11 MARCH 2025 AT 5.30PM\n\n"
                             "1  APOLOGIES\nNil.\n");
        QCOMPARE(m.council, QStringLiteral("BARRALONG SHIRE COUNCIL"));
        QCOMPARE(m.committee, QStringLiteral("ORDINARY COUNCIL MEETING"));
        QCOMPARE(m.venue, QStringLiteral("COUNCIL CHAMBERS, 2 WATTLE STREET, BARRALONG"));
        QCOMPARE(m.date, QDate(2025, 3, 11));
    }

    // Bilingual minutes that print every paragraph in Welsh, then in English, the action line too:
    // one decision and one action, in English.
    void bilingualParagraphsAndActionLines()
    {
        const auto m = parse("1.  CYNLLUNIO / PLANNING\n"
                             "Cais am garej yn Nhŷ Uchaf.\nAn application for a garage at Tŷ Uchaf.\n\n"
                             "PENDERFYNWYD cefnogi'r cais.\nRESOLVED to support the application.\n\n"
                             "GWEITHREDU: Clerc\nACTION: Clerk\n\n"
                             "2.  GOHEBIAETH / CORRESPONDENCE\nNodwyd. / Noted.\n");
        QCOMPARE(m.items.size(), 2);
        QCOMPARE(m.items.at(0).resolutions, QStringList{"to support the application."});
        QCOMPARE(owners(m.items.at(0)), QStringList{"Clerk"});
        QCOMPARE(m.items.at(0).actions.first().text, QStringLiteral("to support the application."));
    }

    // Parish minutes whose titles run in before the text ("3. Minutes: The minutes … were
    // approved"), with the vote's procedure before the decision in the same line; the place after
    // the date and time set off by commas; the clerk after the members in the same paragraph.
    void runInTitlesAndProcedureBeforeTheDecision()
    {
        const auto m =
            parse("Oakhanger Parish Council\n"
                  "Minutes of the Parish Council meeting, Monday 7 April 2025, 7.30pm, Oakhanger Village "
                  "Hall\n\n"
                  "Present: Cllrs A Bray (Chair), C Dunn and E Frost. Clerk: Mrs G Hale.\n\n"
                  "1. Apologies: Cllr J Kemp sent apologies, which were accepted.\n\n"
                  "2. Declarations of interest: None.\n\n"
                  "3. Planning: 25/00412, Mill Cottage, a porch. Proposed: Cllr Dunn, Seconded: Cllr Frost, "
                  "Resolved: no objection.\n\n"
                  "4. Date of next meeting: Monday 12 May 2025.\n");
        QCOMPARE(numbers(m), (QStringList{"1", "2", "3", "4"}));
        QCOMPARE(titles(m),
                 (QStringList{"Apologies", "Declarations of interest", "Planning", "Date of next meeting"}));
        QCOMPARE(m.items.at(2).resolutions, QStringList{"no objection."});
        QCOMPARE(m.present, (QStringList{"Cllr A Bray (Chair)", "Cllr C Dunn", "Cllr E Frost"}));
        QCOMPARE(m.apologies, QStringList{"Cllr J Kemp"});
        QCOMPARE(m.venue, QStringLiteral("Oakhanger Village Hall"));
    }

    // A decision set out beside its label ("Decision  (1) That …", "Decision: That …") with the
    // reason under it in the same way.
    void decisionBesideItsLabel()
    {
        const auto m = parse("CAB.41  LIBRARY OPENING HOURS\n"
                             "Decision  (1) That Sunday opening be trialled at two libraries.\n"
                             "          (2) That the trial be reviewed after six months.\n"
                             "Reason    To meet the demand shown in the survey.\n\n"
                             "CAB.42  FEES AND CHARGES\n"
                             "Decision: That the charges in Appendix B be approved.\n"
                             "Reason: To set the budget.\n");
        QCOMPARE(m.items.size(), 2);
        QCOMPARE(m.items.at(0).resolutions, (QStringList{"That Sunday opening be trialled at two libraries.",
                                                         "That the trial be reviewed after six months."}));
        QCOMPARE(m.items.at(1).resolutions, QStringList{"That the charges in Appendix B be approved."});
    }

    // InfoCouncil's attendance: the role before each name ("Chairperson Cr A", "Members Cr B, Cr C");
    // "That the apology received from Cr D be accepted" gives the apology.
    void rolesBeforeNamesAndAnApologyAccepted()
    {
        const auto m = parse("Kahika District Council\nWorks Committee\nDate: Tuesday 4 March 2025\n\n"
                             "Present\nChairperson Cr Ana Bell\nDeputy Chairperson Cr Cole Dunn\n"
                             "Members Cr Eve Ford, Cr Gus Hale, Mayor Ian Jury\n\n"
                             "1  APOLOGIES\nMoved: Cr Eve Ford\nSeconded: Cr Gus Hale\n"
                             "That the apology received from Cr Kay Lowe be accepted.\nCARRIED\n");
        QCOMPARE(m.present, (QStringList{"Cr Ana Bell (Chairperson)", "Cr Cole Dunn (Deputy Chairperson)",
                                         "Cr Eve Ford", "Cr Gus Hale", "Mayor Ian Jury"}));
        QCOMPARE(m.apologies, QStringList{"Cr Kay Lowe"});
    }
};

QTEST_GUILESS_MAIN(TestMinutesForms)
#include "TestMinutesForms.moc"
