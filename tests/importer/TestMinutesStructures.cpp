// The structures of minutes that councils use (tests/importer/README.md lists them with the councils
// surveyed), each in an invented document written for this test, read as plain text.
#include "MinutesTestSupport.h"
#include "importer/MinutesParser.h"
#include "importer/MinutesSource.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

namespace {

ParsedMinutes parse(const char* text)
{
    return MinutesParser::parse(MinutesSource::readText(QByteArray(text)));
}

} // namespace

class TestMinutesStructures : public QObject
{
    Q_OBJECT
private slots:
    // Numbering schemes: the run of numbers that rises through the document, in its own form.
    void numberingSchemes_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("yearly slash") << QByteArray("1/25  APOLOGIES\nNone.\n\n2/25  MINUTES\nAgreed.\n\n"
                                                    "3/25  PLAY AREAS\nThe report was noted.\n")
                                      << QStringList{"1/25", "2/25", "3/25"};
        QTest::newRow("number over year") << QByteArray("64/08 Declarations of Interest\nNone.\n\n"
                                                        "65/08 Village Hall Roof\nQuotes were considered.\n\n"
                                                        "66/08 Correspondence\nNoted.\n")
                                          << QStringList{"64/08", "65/08", "66/08"};
        QTest::newRow("running number, month, year")
            << QByteArray("10611/10/19 APOLOGIES\nNone.\n\n10612/10/19 DECLARATIONS OF INTEREST\nNone.\n\n"
                          "10613/10/19 TOWN CLOCK\nRepairs were agreed.\n")
            << QStringList{"10611/10/19", "10612/10/19", "10613/10/19"};
        QTest::newRow("year.month.number") << QByteArray("19.03.1 WELCOME\nThe Chair opened.\n\n"
                                                         "19.03.2 FINANCE\nPayments were approved.\n\n"
                                                         "19.03.3 PLANNING\nNo objection.\n")
                                           << QStringList{"19.03.1", "19.03.2", "19.03.3"};
        QTest::newRow("year.number") << QByteArray(
                                            "21.44 ELECTION OF CHAIR\nCllr Rowe was elected.\n\n"
                                            "21.45 APOLOGIES\nNone.\n\n21.46 ALLOTMENTS\nRents agreed.\n")
                                     << QStringList{"21.44", "21.45", "21.46"};
        QTest::newRow("whole numbers with paragraphs 1.1 under them")
            << QByteArray("1.0 Apologies\n\n1.1 Apologies were received from Cllr Ames.\n\n"
                          "2.0 Declarations of Interest\n\n2.1 There were none.\n\n"
                          "3.0 Footpaths\n\n3.1 The stile on the common is broken.\n")
            << QStringList{"1.0", "2.0", "3.0"};
        QTest::newRow("year over a sequence")
            << QByteArray("24/031 APOLOGIES\nNone.\n\n24/032 MINUTES\nSigned as a correct record.\n\n"
                          "24/033 PLAY STREETS\nThe pilot was discussed.\n")
            << QStringList{"24/031", "24/032", "24/033"};
        QTest::newRow("four-digit year over a sequence")
            << QByteArray("2024/015 Apologies for Absence\nNone.\n\n2024/016 Declarations of Interest\n"
                          "None.\n\n2024/017 Youth Offer\nMembers welcomed the offer.\n")
            << QStringList{"2024/015", "2024/016", "2024/017"};
        QTest::newRow("year over a short sequence")
            << QByteArray("24/9 APOLOGIES\nNone.\n\n24/10 MINUTES\nSigned.\n\n24/11 SKATE PARK\n"
                          "Lighting was discussed.\n")
            << QStringList{"24/9", "24/10", "24/11"};
        QTest::newRow("letters, slash, number")
            << QByteArray("CSP/31 WELCOME\nThe Chair welcomed members.\n\nCSP/32 MINUTES\nApproved.\n\n"
                          "CSP/33 SAFER STREETS\nThe bid was noted.\n")
            << QStringList{"CSP/31", "CSP/32", "CSP/33"};
        // The label word is not part of the number, and a year after the number does not rise.
        QTest::newRow("letters, dot, number")
            << QByteArray("SC.7  APOLOGIES\nNone.\n\nSC.8  MINUTES\nApproved.\n\nSC.9  LIBRARY HOURS\n"
                          "The consultation was noted.\n")
            << QStringList{"SC.7", "SC.8", "SC.9"};
        QTest::newRow("Roman numerals before headings in capitals")
            << QByteArray("I  DECLARATIONS OF INTEREST\nNone.\n\nII  MINUTE OF LAST MEETING\nApproved.\n\n"
                          "III  SCHOOL MEALS\nI thanked the catering staff.\n\nIV  PLAY PARKS\nNoted.\n")
            << QStringList{"I", "II", "III", "IV"};
        QTest::newRow("Item 4(a) and 4(b) under item 4")
            << QByteArray(
                   "Item 3  Declarations of Interest\nNone.\n\nItem 4  Minutes and Matters Arising\n\n"
                   "Item 4(a)  Minutes of the last meeting\nAgreed.\n\nItem 4(b)  Matters Arising\nNone.\n\n"
                   "Item 5  Public Questions\nNone.\n")
            << QStringList{"3", "4", "4(a)", "4(b)", "5"};
        QTest::newRow("label word, number over a four-digit year")
            << QByteArray("Minute 12/2022  Apologies for absence\nNone were received.\n\n"
                          "Minute 13/2022  Parking charges review\nThe report was noted.\n\n"
                          "Minute 14/2022  Forward Plan\nThe plan was noted.\n")
            << QStringList{"12/2022", "13/2022", "14/2022"};
    }
    void numberingSchemes()
    {
        QFETCH(QByteArray, text);
        QFETCH(QStringList, expected);
        QCOMPARE(numbers(parse(text.constData())), expected);
    }

    // A stamp with a high number at the top ("Item 153b", the minutes attached to a later agenda)
    // does not hide the minutes' own numbers, and marks them as a draft.
    void stampAboveTheMinutes()
    {
        const auto m =
            parse("Item 153b\n\nPlay and Open Spaces Committee\nTuesday 5th March 2024\nLong Lane "
                  "Village Hall\n\n"
                  "41  Apologies for Absence\nNone.\n\n42  Minutes of the Last Meeting\nSigned.\n\n"
                  "43  Tree Survey\nThe survey was received.\n");
        QCOMPARE(numbers(m), (QStringList{"41", "42", "43"}));
        QCOMPARE(m.committee, QStringLiteral("Play and Open Spaces Committee"));
        QCOMPARE(m.venue, QStringLiteral("Long Lane Village Hall"));
        QVERIFY(m.council.isEmpty()); // not printed: null, not guessed
        QVERIFY(m.draft);
    }

    // A clerk's typo ("6" between 55 and 57) set out like the other headings is still an item.
    void numberOutOfSequenceSetOutLikeTheOthers()
    {
        const auto m = parse("55  MATTERS ARISING\nNone.\n\n6  GRANT APPLICATIONS\nTwo were approved.\n\n"
                             "57  DEFIBRILLATORS\nNoted.\n\n58  ALLOTMENTS\nNoted.\n");
        QCOMPARE(numbers(m), (QStringList{"55", "6", "57", "58"}));
        QVERIFY(m.items.at(1).certainty.unsure());
        QVERIFY(!m.items.at(0).certainty.unsure());
    }

    // An agenda index (titles without bodies) before the minutes is not the minutes' items.
    void agendaIndexBeforeTheMinutes()
    {
        const auto m = parse("AGENDA\n1. Apologies\n2. Minutes\n3. Budget\n4. Any other business\n\n"
                             "MINUTES OF THE MEETING HELD ON 2 MAY 2024\n\n"
                             "1. APOLOGIES\nNone were received.\n\n2. MINUTES\nThe minutes were signed.\n\n"
                             "3. BUDGET\nRESOLVED that the budget be set.\n");
        QCOMPARE(m.items.size(), 3);
        QCOMPARE(m.items.at(2).title, QStringLiteral("BUDGET"));
        QCOMPARE(m.items.at(2).resolutions, QStringList{QStringLiteral("that the budget be set.")});
        QCOMPARE(m.date, QDate(2024, 5, 2));
    }

    // "(Item 3)" under a title, where the document prints no minute number of its own.
    void agendaNumberUnderTheTitle()
    {
        const auto m = parse("Apologies and Substitutes\n(Item 1)\nNone.\n\n"
                             "Short Breaks Review\n(Item 2)\nRESOLVED that the review be endorsed.\n");
        QCOMPARE(numbers(m), (QStringList{"1", "2"}));
        QCOMPARE(m.items.at(1).title, QStringLiteral("Short Breaks Review"));
        QCOMPARE(m.items.at(1).resolutions.size(), 1);
    }

    // A heading above a paragraph that opens with a running minute number.
    void headingAboveANumberedParagraph()
    {
        const auto m =
            parse("NOTICE OF RECORDING\n\n4101 The Chair said that the meeting would be filmed.\n\n"
                  "APPOINTMENTS\n\n4102 RESOLVED that Councillor Ray be appointed to the Board.\n");
        QCOMPARE(numbers(m), (QStringList{"4101", "4102"}));
        QCOMPARE(m.items.at(1).title, QStringLiteral("APPOINTMENTS"));
        QCOMPARE(m.items.at(1).resolutions,
                 QStringList{QStringLiteral("that Councillor Ray be appointed to the Board.")});
    }

    // The minute number opening the first paragraph under the title, in any numbering scheme; a
    // title over two lines is one title.
    void numberUnderTheTitle()
    {
        const auto m = parse("HARTLAND COUNCIL\nCorporate Parenting Panel\nThursday 12 December 2024\n\n"
                             "APOLOGIES FOR ABSENCE\n24/031 Apologies were received from Cllr Hart.\n\n"
                             "DECLARATIONS OF INTEREST\n24/032 There were none.\n\n"
                             "CARE LEAVERS' COVENANT\nANNUAL REVIEW\n24/033 The Director presented the "
                             "review.\nRESOLVED that the review be noted.\n\n"
                             "Minutes of the Last Meeting\n24/034 The minutes were signed.\n");
        QCOMPARE(numbers(m), (QStringList{"24/031", "24/032", "24/033", "24/034"}));
        QCOMPARE(m.items.at(2).title, QStringLiteral("CARE LEAVERS' COVENANT ANNUAL REVIEW"));
        QCOMPARE(m.items.at(3).title, QStringLiteral("Minutes of the Last Meeting"));
        QCOMPARE(m.items.at(2).resolutions, QStringList{QStringLiteral("that the review be noted.")});
        QVERIFY(m.items.at(0).text.startsWith(QStringLiteral("Apologies were received")));
    }

    // Sub-items titled with a date ("1.1 Cabinet – 14 May 2024") are items; the first line of a
    // numbered paragraph that runs on to the next line is not.
    void subItemsAndParagraphs()
    {
        const auto m = parse("1. MINUTES OF OTHER BODIES\n1.1 Cabinet – 14 May 2024\nReceived.\n"
                             "1.2 Audit Committee – 3 June 2024\nReceived.\n\n2. APOLOGIES\nNone.\n\n"
                             "3. BUDGET\n3.1 Savings were proposed in\nthe library service.\n"
                             "3.2 Funding was confirmed for\nthe youth centre.\n");
        QCOMPARE(numbers(m), (QStringList{"1", "1.1", "1.2", "2", "3"}));
        QCOMPARE(m.items.at(1).title, QStringLiteral("Cabinet – 14 May 2024"));
    }

    // Items with no number at all: headings in capitals, each with its text under it.
    void unnumberedHeadings()
    {
        const auto m =
            parse("CYNGOR CYMUNED PENRHOS\nCofnodion 14 Hydref 2024\n\n"
                  "PRESENNOL\nCyng. Ann Bowen (Cadeirydd), Cyng. Ifan Jones\n\n"
                  "YMDDIHEURIADAU\nCyng. Mair Owen.\n\n"
                  "DATGAN BUDDIANT\nNid oedd neb yn datgan buddiant.\n\n"
                  "LLWYBRAU\nAdroddwyd bod y llwybr ger yr afon wedi cau.\nPENDERFYNWYD ysgrifennu at y "
                  "Cyngor Sir.\n");
        QCOMPARE(m.items.size(), 3);
        QVERIFY(m.items.at(0).number.isEmpty());
        QCOMPARE(m.items.at(0).title, QStringLiteral("YMDDIHEURIADAU"));
        QCOMPARE(m.items.at(2).title, QStringLiteral("LLWYBRAU"));
        QCOMPARE(m.items.at(2).resolutions, QStringList{QStringLiteral("ysgrifennu at y Cyngor Sir.")});
        QCOMPARE(m.date, QDate(2024, 10, 14));
        QCOMPARE(m.present, (QStringList{"Cyng. Ann Bowen (Cadeirydd)", "Cyng. Ifan Jones"}));
        QCOMPARE(m.apologies, QStringList{QStringLiteral("Cyng. Mair Owen")});
    }

    // Plain text whose headings are short lines in title case, with no numbers; and text with no
    // heading at all is one item, never named after the council.
    void unnumberedTitleCaseHeadings()
    {
        const auto m = parse("HARTLAND COUNCIL\nCorporate Parenting Panel\nThursday 12 December 2024\n\n"
                             "Apologies for Absence\nApologies were received from Cllr Hart.\n\n"
                             "Virtual School Annual Report\nThe Head presented the report.\n"
                             "RESOLVED that the report be noted.\n\n"
                             "Date of Next Meeting\nThe next meeting is on 6 March 2025.\n");
        QCOMPARE(m.items.size(), 3);
        QCOMPARE(m.items.at(1).title, QStringLiteral("Virtual School Annual Report"));
        QCOMPARE(m.items.at(1).resolutions, QStringList{QStringLiteral("that the report be noted.")});
        QCOMPARE(m.committee, QStringLiteral("Corporate Parenting Panel"));
        QCOMPARE(m.date, QDate(2024, 12, 12));
        const auto one = parse("HARTLAND COUNCIL\nThursday 12 December 2024\n\nthe meeting was "
                               "inquorate and no business was done.\n");
        QCOMPARE(one.items.size(), 1);
        QVERIFY(!one.items.first().title.contains(QStringLiteral("COUNCIL")));
    }

    // Decisions as councils write them.
    void decisionForms_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("it was resolved") << QByteArray("It was RESOLVED that the plan be adopted.\n")
                                         << QStringList{"that the plan be adopted."};
        QTest::newRow("proposed, seconded and resolved")
            << QByteArray("PROPOSED, SECONDED and RESOLVED to buy a new bench.\n")
            << QStringList{"to buy a new bench."};
        QTest::newRow("moved, seconded, it was resolved to: parts")
            << QByteArray("Cllr Hale MOVED, Cllr Orr SECONDED and it was RESOLVED to:\n1. Note the update.\n"
                          "2. Agree the next steps.\n")
            << QStringList{"Note the update.", "Agree the next steps."};
        QTest::newRow("the committee resolved to") << QByteArray("Committee resolved to note the report.\n")
                                                   << QStringList{"Committee resolved to note the report."};
        QTest::newRow("the committee resolved to: roman parts")
            << QByteArray("Committee resolved to:\ni) approve the scheme;\nii) thank the volunteers.\n")
            << QStringList{"approve the scheme;", "thank the volunteers."};
        QTest::newRow("paragraph number before RESOLVED")
            << QByteArray("7) The Leader gave his report.\n\n8) RESOLVED that the report be noted.\n")
            << QStringList{"that the report be noted."};
        QTest::newRow("mixed case markers")
            << QByteArray(
                   "RESOLVED that the Cabinet:\nA) notes the outturn;\nb) approves the carry forward.\n")
            << QStringList{"notes the outturn;", "approves the carry forward."};
        QTest::newRow("bracketed letters")
            << QByteArray("RESOLVED\n[a] to write to the school.\n[b] to hold a "
                          "public meeting.\n")
            << QStringList{"to write to the school.", "to hold a public meeting."};
        QTest::newRow("bullets") << QByteArray(
                                        "RESOLVED that:\n• the fees rise by 3%;\n• the change start in "
                                        "April.\n")
                                 << QStringList{"the fees rise by 3%;", "the change start in April."};
        QTest::newRow("decision heading, the committee: parts")
            << QByteArray(
                   "Minutes:\nMembers discussed the report.\n\nDecision:\nThe Committee:\n(a) noted the "
                   "progress;\n(b) asked for a further report.\n")
            << QStringList{"noted the progress;", "asked for a further report."};
        QTest::newRow("decision heading, text under it")
            << QByteArray("Decision:\nThe contract was awarded to the lowest bidder.\n")
            << QStringList{"The contract was awarded to the lowest bidder."};
        QTest::newRow("resolved by a majority to: bare letters")
            << QByteArray("It was resolved by a majority to:\n   A Approve the revised fares.\n"
                          "   B Note the timetable.\n")
            << QStringList{"Approve the revised fares.", "Note the timetable."};
        QTest::newRow("bare letters only in their run")
            << QByteArray("It was resolved to:\n   A Adopt the plan.\n\nA new member was welcomed.\n")
            << QStringList{"Adopt the plan."};
        QTest::newRow("a passive approval gives way to the formal decision")
            << QByteArray("The minutes of the meeting on 2 May were approved as an accurate record.\n\n"
                          "It was resolved to:\n   A Approve the minutes of 2 May as a correct record.\n")
            << QStringList{"Approve the minutes of 2 May as a correct record."};
        QTest::newRow("the committee agreed:- over parts")
            << QByteArray("The Committee agreed:-\n   (i) to note the report; and\n   (ii) to ask for an "
                          "update in May.\n")
            << QStringList{"to note the report; and", "to ask for an update in May."};
        QTest::newRow("the minute submitted and approved")
            << QByteArray("The minute of meeting of this Committee of 3rd March, 2024 was submitted and "
                          "approved.\n")
            << QStringList{"The minute of meeting of this Committee of 3rd March, 2024 was submitted and "
                           "approved."};
        QTest::newRow("an officer agreeing to do something is no decision")
            << QByteArray("The Deputy Chief Executive agreed to circulate the figures.\n") << QStringList{};
        QTest::newRow("a decision subject to numbered conditions is one decision")
            << QByteArray("RESOLVED:\nTo APPROVE the application subject to the following conditions:\n"
                          "     1. The work to start within three years.\n     2. Stone walls to match.\n")
            << QStringList{"To APPROVE the application subject to the following conditions:"};
        QTest::newRow("the following steps are decisions of their own")
            << QByteArray(
                   "The Sub-Committee RESOLVED to take the following steps:\n(a) to suspend the licence;\n"
                   "(b) to add the conditions in Annex 2.\n")
            << QStringList{"to suspend the licence;", "to add the conditions in Annex 2."};
        QTest::newRow("the reason indented under the decision is its text")
            << QByteArray("RESOLVED:\nTo REFUSE the application for the following reason:\n"
                          "     The extension would harm the open character of the valley.\n")
            << QStringList{"To REFUSE the application for the following reason: The extension would harm "
                           "the open character of the valley."};
        QTest::newRow("a decision after a sentence in the same line")
            << QByteArray("Members were worried about the bend. Resolved: to object to the application.\n"
                          "Proposed: Cllr Ames  Seconded: Cllr Bray  All in favour\n")
            << QStringList{"to object to the application."};
        QTest::newRow("a decision after a dash in the same line")
            << QByteArray("a) Payments – It was RESOLVED to approve the payments as listed.\n")
            << QStringList{"to approve the payments as listed."};
        QTest::newRow("Welsh") << QByteArray("PENDERFYNWYD cymeradwyo'r cyfrifon.\n")
                               << QStringList{"cymeradwyo'r cyfrifon."};
        QTest::newRow("motion carried")
            << QByteArray("Cllr Dee proposed, and Cllr Fry seconded, that the Council sign the pledge.\n"
                          "Agreed unanimously.\n")
            << QStringList{"Cllr Dee proposed, and Cllr Fry seconded, that the Council sign the pledge."};
        QTest::newRow("motion lost")
            << QByteArray("Cllr Dee proposed that the Council leave the scheme.\nMotion lost.\n")
            << QStringList{};
        QTest::newRow("motion agreed in the sentence")
            << QByteArray("The Chair proposed that the meeting continue past 9pm and it was agreed.\n")
            << QStringList{"The Chair proposed that the meeting continue past 9pm and it was agreed."};
        QTest::newRow("motion carried, then recorded as RESOLVED")
            << QByteArray("Cllr Dee moved that the plan be adopted.\nMotion carried.\n\n"
                          "RESOLVED that the plan be adopted.\n")
            << QStringList{"that the plan be adopted."};
        QTest::newRow("quoted motion text is not a decision")
            << QByteArray("Cllr Ng proposed the motion that\n\n\xe2\x80\x9c"
                          "This Council resolves to:\n\n"
                          "1. Ban the use of weedkiller.\n\n2. Plant wild flowers.\n\nMotion lost.\n")
            << QStringList{};
        QTest::newRow("it was agreed that, closing the item")
            << QByteArray("Members discussed parking.\n\nIt was agreed that the Clerk write to the police.\n")
            << QStringList{"that the Clerk write to the police."};
        QTest::newRow("unanimously resolved") << QByteArray("UNANIMOUSLY RESOLVED that the grant be paid.\n")
                                              << QStringList{"that the grant be paid."};
        QTest::newRow("the committee noted, in capitals")
            << QByteArray("Members discussed the figures.\n\nThe Committee NOTED the annual report.\n")
            << QStringList{"The Committee NOTED the annual report."};
        QTest::newRow("the committee:- with parts in capitals")
            << QByteArray("The Committee:-\ni. NOTED the update;\nii. AGREED to visit the unit.\n")
            << QStringList{"NOTED the update;", "AGREED to visit the unit."};
        QTest::newRow("proposed, seconded and agreed, the decision quoted")
            << QByteArray("Proposed by Cllr Ames, Seconded by Cllr Bell AND AGREED\n"
                          "\xe2\x80\x9cThat the Council adopts the play strategy.\xe2\x80\x9d\n")
            << QStringList{"\xe2\x80\x9cThat the Council adopts the play strategy.\xe2\x80\x9d"};
        QTest::newRow("moved, seconded and unanimously agreed that, on the next line")
            << QByteArray("Moved by Cllr Ames, seconded by Cllr Bell and unanimously agreed that\n"
                          "the budget be approved.\n")
            << QStringList{"the budget be approved."};
        QTest::newRow("recommended to cabinet, numbered")
            << QByteArray(
                   "RECOMMENDED to Cabinet that\n(1) the fees be frozen;\n(2) the scheme be extended.\n")
            << QStringList{"the fees be frozen;", "the scheme be extended."};
        QTest::newRow("resolved in the middle of a sentence")
            << QByteArray("It was moved by Cllr Ames, seconded by Cllr Bell, and RESOLVED that the lease be "
                          "renewed.\n")
            << QStringList{"that the lease be renewed."};
        QTest::newRow("the panel agreed: roman parts")
            << QByteArray("The Panel AGREED:\n(i) to note the report;\n(ii) to hold a workshop.\n")
            << QStringList{"to note the report;", "to hold a workshop."};
        QTest::newRow("agreed: line") << QByteArray("Agreed: that the Clerk orders the signs.\n")
                                      << QStringList{"that the Clerk orders the signs."};
        QTest::newRow("decision heading over bullets")
            << QByteArray("Members discussed the plan.\n\nDECISION:\n\n\xe2\x80\xa2 the plan was "
                          "approved;\n\n\xe2\x80\xa2 a review was set for May.\n")
            << QStringList{"the plan was approved;", "a review was set for May."};
        QTest::newRow("outcome heading over bullets")
            << QByteArray(
                   "The sergeant reported on patrols.\n\nOutcome:\n\n\xe2\x80\xa2 The committee noted the "
                   "update.\n\n\xe2\x80\xa2 \xc2\xa3"
                   "900 was awarded to the youth club.\n")
            << QStringList{"The committee noted the update.", "\xc2\xa3"
                                                              "900 was awarded to the youth club."};
        QTest::newRow("resolved in lower case inside the sentence")
            << QByteArray("Councillors considered the draft budget and it was resolved that the budget be "
                          "adopted.\n\n(a) PA25/0012 - Garage, 4 Mill Close. It was resolved to support the "
                          "application.\n")
            << QStringList{"that the budget be adopted.", "to support the application."};
        QTest::newRow("the minutes approved, in the passive")
            << QByteArray("The minutes of the meeting held on 8 July 2024 were agreed as a correct record.\n")
            << QStringList{"The minutes of the meeting held on 8 July 2024 were agreed as a correct record."};
        QTest::newRow("parts numbered with the item's number")
            << QByteArray("RESOLVED that:\n1.1 the bid be submitted;\n1.2 the Director be thanked.\n")
            << QStringList{"the bid be submitted;", "the Director be thanked."};
        QTest::newRow("lead-in and nested parts")
            << QByteArray("RESOLVED\nThat Cabinet:\n(a) notes the plan;\n(b) asks officers to:\n(i) consult "
                          "schools;\n(ii) report in June;\n(c) thanks the staff.\n")
            << QStringList{"notes the plan;", "asks officers to: (i) consult schools; (ii) report in June;",
                           "thanks the staff."};
        QTest::newRow("the decision ends at the sub-heading and the signature")
            << QByteArray("RESOLVED that the scheme be approved.\nReasons for Decision\nThe scheme meets the "
                          "need.\n")
            << QStringList{"that the scheme be approved."};
        QTest::newRow("a table after a decision ending in a colon")
            << QByteArray("RESOLVED to pay the following:\nAshby Scouts      250.00\nVillage Hall      "
                          "120.00\n")
            << QStringList{"to pay the following:"};
        QTest::newRow("Welsh and English versions of one decision")
            << QByteArray("PENDERFYNWYD cymeradwyo'r cynllun.\n\nRESOLVED to approve the plan.\n")
            << QStringList{"to approve the plan."};
    }
    void decisionForms()
    {
        QFETCH(QByteArray, body);
        QFETCH(QStringList, expected);
        const auto m = parse(QByteArray("1.  MATTERS FOR DECISION\n" + body).constData());
        QCOMPARE(m.items.size(), 1);
        QCOMPARE(m.items.first().resolutions, expected);
        QCOMPARE(m.items.first().resolutionCertainty.size(), expected.size());
    }

    // Actions as councils write them.
    void actionForms()
    {
        const auto m = parse("1.  PLAY AREA\nThe swings are worn.\nAction: Clerk\n\n"
                             "2.  NOTICE BOARD\nGWEITHREDU: Clerc i archebu bwrdd newydd.\n\n"
                             "3.  ACTION POINTS\n"
                             "Owner           Due          Action\n"
                             "Parks Officer   30/06/2024   Repaint the railings\n"
                             "Clerk           15/07/2024   Renew the insurance\n");
        QCOMPARE(owners(m.items.at(0)), QStringList{QStringLiteral("Clerk")});
        QCOMPARE(m.items.at(0).actions.first().text, QStringLiteral("The swings are worn."));
        QCOMPARE(owners(m.items.at(1)), QStringList{QStringLiteral("Clerc")});
        QCOMPARE(m.items.at(1).actions.first().text, QStringLiteral("i archebu bwrdd newydd"));
        // Columns in another order than Action / Owner / Due.
        QCOMPARE(owners(m.items.at(2)),
                 (QStringList{QStringLiteral("Parks Officer"), QStringLiteral("Clerk")}));
        QCOMPARE(m.items.at(2).actions.at(1).text, QStringLiteral("Renew the insurance"));
        QCOMPARE(m.items.at(2).actions.at(1).due, QDate(2024, 7, 15));
    }

    // An ACTION line takes the paragraph just before it (not an earlier resolution, not the item's
    // first paragraph); its owner wraps only where the line cannot end; "ACTION: NO ACTION" is
    // none; "R12/24 – The <post> to <do>" lines; an action table at the end whose rows name their
    // minute gives each action to that item.
    void actionLinesAndReferences()
    {
        const auto m = parse("1. FOSTERING RECRUITMENT\n"
                             "The Panel received the recruitment report.\n"
                             "RESOLVED that the report be noted.\n\n"
                             "Members asked for the figures by ward.\n"
                             "ACTION BY: Head of Service,\nPlacements\n"
                             "Members thanked the team.\n\n"
                             "2. CARE LEAVERS\nThe Panel discussed the local offer.\nACTION: NO ACTION\n\n"
                             "3. HOUSING\n"
                             "R12/24 – The Head of Housing to report on the waiting list\nby March.\n"
                             "R13/24 – The Clerk to circulate the protocol.\n\n"
                             "4. ACTION POINTS\n"
                             "Minute   Recommendation / Action      Responsible Officer   Due\n"
                             "1        Send the ward figures        Head of Service       30/09/2024\n"
                             "3        Publish the protocol         Clerk                 31/10/2024\n");
        QCOMPARE(m.items.size(), 4);
        const ParsedItem& fostering = m.items.at(0);
        QCOMPARE(owners(fostering), (QStringList{"Head of Service, Placements", "Head of Service"}));
        QCOMPARE(fostering.actions.at(0).text, QStringLiteral("Members asked for the figures by ward."));
        QCOMPARE(fostering.actions.at(1).text, QStringLiteral("Send the ward figures"));
        QCOMPARE(fostering.actions.at(1).due, QDate(2024, 9, 30));
        QVERIFY(m.items.at(1).actions.isEmpty());
        const ParsedItem& housing = m.items.at(2);
        QCOMPARE(owners(housing), (QStringList{"The Head of Housing", "The Clerk", "Clerk"}));
        QCOMPARE(housing.actions.at(0).text, QStringLiteral("to report on the waiting list by March."));
        QVERIFY(m.items.at(3).actions.isEmpty());
    }

    // A recommendations tracker whose header runs some cells together ("No. Recommendation"): the
    // columns are where the rows line up; its numbers are the recommendations', not minutes.
    void recommendationsTracker()
    {
        const auto m = parse("1. APOLOGIES\nNone.\n\n2. MINUTES\nAgreed.\n\n3. RECOMMENDATIONS TRACKER\n"
                             "No. Recommendation       Lead Officer        Target date Update    RAG\n"
                             "1   Publish the waiting  Director of Adult   31/12/2024  Due soon  Amber\n"
                             "    times for care       Social Care\n"
                             "    assessments\n"
                             "2   Review access to     Director of Public  31/03/2025  Started   Green\n"
                             "    Bengali-             Health\n"
                             "    language services\n");
        QCOMPARE(m.items.size(), 3);
        QVERIFY(m.items.at(0).actions.isEmpty());
        QCOMPARE(owners(m.items.at(2)),
                 (QStringList{"Director of Adult Social Care", "Director of Public Health"}));
        QCOMPARE(m.items.at(2).actions.at(0).text,
                 QStringLiteral("Publish the waiting times for care assessments"));
        QCOMPARE(m.items.at(2).actions.at(0).due, QDate(2024, 12, 31));
        QCOMPARE(m.items.at(2).actions.at(1).text,
                 QStringLiteral("Review access to Bengali-language services"));
    }

    // The owner's initials at the right margin, beside the paragraph they own, under "Action".
    void ownersAtTheRightMargin()
    {
        const auto m =
            parse("MINUTES OF THE PARISH COUNCIL\nMonday 3 June 2024\n\n"
                  "                                                                  Action\n"
                  "1.0  Footpaths\n"
                  "1.1  The stile at Mill Lane needs replacing; quotes to be sought.     JB\n\n"
                  "1.2  The footpath map was admired by all.\n\n"
                  "2.0  Village Green\n"
                  "2.1  Cllr Fox to ask the school about the summer fair date.           Cllr Fox\n\n"
                  "2.2  The Clerk to order two new bins for the green.                   Clerk\n");
        QCOMPARE(m.items.size(), 2);
        QCOMPARE(owners(m.items.at(0)), QStringList{QStringLiteral("JB")});
        QVERIFY(m.items.at(0).actions.first().text.startsWith(QStringLiteral("The stile at Mill Lane")));
        QVERIFY(!m.items.at(0).actions.first().text.contains(QStringLiteral("JB")));
        QCOMPARE(owners(m.items.at(1)), (QStringList{QStringLiteral("Cllr Fox"), QStringLiteral("Clerk")}));
    }

    // Attendance blocks in their forms.
    void attendanceForms()
    {
        const auto a = parse("Present:\nCllrs Amis (Chair), Boyd, Cole and Dunn.\n\n"
                             "In Attendance:\nJo Eve – Town Clerk.\n\n"
                             "1  Apologies for Absence\nCllrs Ford and Gale.\n\n2  MINUTES\nSigned.\n");
        QCOMPARE(a.present, (QStringList{"Cllr Amis (Chair)", "Cllr Boyd", "Cllr Cole", "Cllr Dunn"}));
        QCOMPARE(a.apologies, (QStringList{"Cllr Ford", "Cllr Gale"}));
        const auto b = parse("PRESENT: Mr A Hart (Chairman), Mrs B Ince, MBE, Dr C Jay, OBE and Ms D Kerr\n\n"
                             "1.  APOLOGIES\nThe Clerk reported apologies from Mr Lowe and Mrs Mayo.\n");
        QCOMPARE(b.present,
                 (QStringList{"Mr A Hart (Chairman)", "Mrs B Ince, MBE", "Dr C Jay, OBE", "Ms D Kerr"}));
        QCOMPARE(b.apologies, (QStringList{"Mr Lowe", "Mrs Mayo"}));
        const auto c = parse("PRESENT: Cllr A Nash (Mayor) Cllr B Owen Cllr C Pike\n\n1. MINUTES\nSigned.\n");
        QCOMPARE(c.present, (QStringList{"Cllr A Nash (Mayor)", "Cllr B Owen", "Cllr C Pike"}));
    }

    // Lists whose commas do not part people (a role, a bracket, "The Town Mayor, Cllr X"), labels
    // that end a list, grouped titles with a dash, run-in lists, initials in a sentence.
    void attendanceRolesAndLabels()
    {
        const auto a = parse(
            "PRESENT:- Councillor Ada Grey (Convener); Councillor Ben Stone – Portfolio Holder for Children, "
            "Young People and Families; Mr Carl Dunn (Diocesan representative, co-opted); Mrs Dora Finch, "
            "Church of Scotland; The Town Mayor, Cllr Eve Hale\n"
            "Non-Councillor Members: Mr Finn Gray\n"
            "OFFICIALS IN ATTENDANCE: Gail Hood, Head of Education\n\n"
            "1. APOLOGIES\nApologies for absence were intimated on behalf of Councillor L.M. Hart and "
            "Councillor Ian Roe.\n\n2. MINUTES\nSigned.\n");
        QCOMPARE(a.present,
                 (QStringList{
                     "Councillor Ada Grey (Convener)",
                     "Councillor Ben Stone (Portfolio Holder for Children, Young People and Families)",
                     "Mr Carl Dunn (Diocesan representative, co-opted)", "Mrs Dora Finch, Church of Scotland",
                     "The Town Mayor, Cllr Eve Hale", "Mr Finn Gray"}));
        QCOMPARE(a.apologies, (QStringList{"Councillor L.M. Hart", "Councillor Ian Roe"}));
        // A role after a dash, "and" in it; a chair's role after a comma; the list running on after
        // the heading's sentence; a member's post in brackets in an apology.
        const auto r =
            parse("Westby, 4 June 2024. Minute of Meeting of the EDUCATION COMMITTEE. Present:- Councillor "
                  "Grant, Convener; Councillor Bell – Deputy Leader and Portfolio Holder for Finance; "
                  "Councillor Dodd.\n\n"
                  "1. APOLOGIES\nAn apology for absence was received from Councillor Ford (Portfolio "
                  "Holder for Planning).\n\n2. MINUTES\nSigned.\n");
        QCOMPARE(r.present, (QStringList{"Councillor Grant (Convener)",
                                         "Councillor Bell (Deputy Leader and Portfolio Holder for Finance)",
                                         "Councillor Dodd"}));
        QCOMPARE(r.apologies, QStringList{"Councillor Ford (Portfolio Holder for Planning)"});
        const auto b = parse("Present: Aldermen – Jo Ives and Kim Lamb; Councillors – Lee Moss, Mo Nash\n"
                             "Councillor Lee Moss presided.\n\n1. MINUTES\nSigned.\n");
        QCOMPARE(b.present, (QStringList{"Alderman Jo Ives", "Alderman Kim Lamb", "Councillor Lee Moss",
                                         "Councillor Mo Nash"}));
    }

    // A title after another ("Councillor Mrs A Bell") is one person; a substitute is present and
    // the member replaced is not; a decision's line beginning "signed by the Chair" goes on with it;
    // the chair's signature under an action table is not one of its rows.
    void substitutesTitlesAndSignatures()
    {
        const auto m = parse("PRESENT: Councillor Mrs A Bell (Chair); Councillors C Dove and E Finch.\n"
                             "SUBSTITUTES: Councillor G Hay for Councillor J King.\n\n"
                             "P.4  MINUTES\n"
                             "RESOLVED that the minutes of the meeting held on 2 May 2024 be confirmed and\n"
                             "signed by the Chair.\n\n"
                             "P.5  ACTIONS ARISING FROM THIS MEETING\n"
                             "Minute   Action                  Responsible     Deadline\n"
                             "P.4      Publish the minutes     Clerk           30/06/2024\n\n"
                             "CHAIR ......................................................\n");
        QCOMPARE(m.present, (QStringList{"Councillor Mrs A Bell (Chair)", "Councillor C Dove",
                                         "Councillor E Finch", "Councillor G Hay"}));
        QCOMPARE(numbers(m), (QStringList{"P.4", "P.5"}));
        QCOMPARE(m.items.at(0).resolutions,
                 QStringList{"that the minutes of the meeting held on 2 May 2024 be confirmed and signed by "
                             "the Chair."});
        QCOMPARE(owners(m.items.at(0)), QStringList{"Clerk"});
        QVERIFY(m.items.at(1).actions.isEmpty());
    }

    // Attendance set out as a table: a name and a role, a council and a name, names in three
    // columns under a label row; the roles, councils and labels are not people.
    void attendanceTables()
    {
        const auto a = parse("Present\n"
                             "Councillor Ann Bell          Leader of the Council (Chair)\n"
                             "Councillor Carl Dodd         Highways and Transport\n"
                             "Councillor Ed Frost          Children, Education and Families\n"
                             "Also in attendance\nCouncillor Gil Hart.\n\n"
                             "Minute 5/2024  Apologies\nNone.\n\nMinute 6/2024  Budget\nNoted.\n");
        QCOMPARE(a.present,
                 (QStringList{"Councillor Ann Bell", "Councillor Carl Dodd", "Councillor Ed Frost"}));
        const auto b = parse("Members present\n"
                             "Partner council          Member\n"
                             "Northby County Council   Cllr Ivy Jones (Chair)\n"
                             "Southby District Council Cllr Ken Lamb (substitute for Cllr Meg Nash)\n"
                             "Co-opted (non-voting)    Ms Ola Penn, Friends of the River\n"
                             "Apologies:\n"
                             "Cllr Meg Nash            Southby District Council\n"
                             "Rob Quinn                Westby Health Board (non-voting)\n\n"
                             "1. MINUTES\nApproved.\n\n2. BUDGET\nNoted.\n");
        QCOMPARE(b.present, (QStringList{"Cllr Ivy Jones (Chair)",
                                         "Cllr Ken Lamb (substitute for Cllr Meg Nash)", "Ms Ola Penn"}));
        QCOMPARE(b.apologies, (QStringList{"Cllr Meg Nash", "Rob Quinn"}));
        const auto c =
            parse("Present:\n"
                  "S Ross (Chair)\n"
                  "Councillors\n"
                  "T Usher (Vice-Chair)     V Wood        W Young\n"
                  "A Zeal MBE               B Abbot       C Boyd\n\n"
                  "Members Present in Person:\nCouncillor D Cole\n\n"
                  "1. APOLOGIES\nApologies were received from County Councillors E Dunn and F Earl "
                  "and from Councillor G Ford (Eastby Council), for whom Councillor H Gale "
                  "substituted, and from Councillor J Hume.\n\n2. MINUTES\nApproved.\n");
        QCOMPARE(c.present, (QStringList{"S Ross (Chair)", "T Usher (Vice-Chair)", "V Wood", "W Young",
                                         "A Zeal MBE", "B Abbot", "C Boyd", "Councillor D Cole"}));
        QCOMPARE(c.apologies, (QStringList{"County Councillor E Dunn", "County Councillor F Earl",
                                           "Councillor G Ford (Eastby Council)", "Councillor J Hume"}));
    }

    // "ACTION: <post> to the <body>" names a post (owner only: the decisions above are its
    // actions); Welsh "CAM GWEITHREDU: <post> i <wneud>".
    void actionOwnerPostsAndWelsh()
    {
        const auto m =
            parse("1.  BUDGET\nRESOLVED –\n(1) That the budget be approved.\n(2) That the reserve be "
                  "used.\nACTION: Clerk to the Joint Board\n\n"
                  "2.  CYFRIFON\nCAM GWEITHREDU: Pennaeth Cyllid i anfon y cyfrifon at yr aelodau.\n");
        QCOMPARE(owners(m.items.at(0)),
                 (QStringList{"Clerk to the Joint Board", "Clerk to the Joint Board"}));
        QCOMPARE(m.items.at(0).actions.at(1).text, QStringLiteral("That the reserve be used."));
        QCOMPARE(owners(m.items.at(1)), QStringList{"Pennaeth Cyllid"});
        QCOMPARE(m.items.at(1).actions.first().text, QStringLiteral("i anfon y cyfrifon at yr aelodau"));
    }

    // The procedure of a vote under a decision does not take the ACTION line from it; an owner at
    // the margin owns the block beside whose first line they stand, decisions inside it included.
    void procedureAndOwnedBlocks()
    {
        const auto m = parse("1.  DEFIBRILLATOR\n"
                             "Resolved: to accept the quotation for a new cabinet.\n\n"
                             "Proposed: Cllr Ames  Seconded: Cllr Bray  All in favour\n\n"
                             "                                                  ACTION: Clerk\n\n"
                             "                                                                       Action\n"
                             "2.  FINANCE\n"
                             "b) Budget – The RFO presented the budget. It was RESOLVED to set       RFO\n"
                             "the precept at £9,000.\n"
                             "Proposed Cllr Ames, seconded Cllr Bray, all in favour.\n\n"
                             "c) Audit – The auditor's letter was noted.\n");
        QCOMPARE(owners(m.items.at(0)), QStringList{"Clerk"});
        QCOMPARE(m.items.at(0).actions.first().text,
                 QStringLiteral("to accept the quotation for a new cabinet."));
        QCOMPARE(m.items.at(1).resolutions, QStringList{"to set the precept at £9,000."});
        QCOMPARE(owners(m.items.at(1)), QStringList{"RFO"});
        QCOMPARE(
            m.items.at(1).actions.first().text,
            QStringLiteral("Budget – The RFO presented the budget. It was RESOLVED to set the precept at "
                           "£9,000. Proposed Cllr Ames, seconded Cllr Bray, all in favour."));
    }

    // A Welsh-only heading: the council and the committee in Welsh, the venue under the date
    // ("yn Siambr …") below a running header that also carries the date; a label grid with one
    // person a line ("Y Cynghorydd …"), lay members ("Aelodau Lleyg:") joined by "a".
    void welshHeadingAndLabelGrid()
    {
        const auto m = parse("Pwyllgor Archwilio – 3 Mehefin 2024\n\n"
                             "CYNGOR SIR GLANNAU\n"
                             "PWYLLGOR ARCHWILIO\n"
                             "Cofnodion y cyfarfod a gynhaliwyd ar 3 Mehefin 2024 (2:00 y.p.)\n"
                             "yn Siambr y Cyngor, Neuadd y Sir, Aberglannau\n\n"
                             "YN BRESENNOL:  Mr Ifan Jones (Cadeirydd)\n"
                             "               Y Cynghorydd Lowri Owen (Is-Gadeirydd)\n"
                             "               Y Cynghorwyr Aled Parri a Bethan Roberts.\n"
                             "               Aelodau Lleyg: Ms Ceri Rhys a Mr Dewi Tomos.\n\n"
                             "1  YMDDIHEURIADAU\nDim.\n\n2  COFNODION\nCytunwyd.\n");
        QCOMPARE(m.council.toLower(), QStringLiteral("cyngor sir glannau"));
        QCOMPARE(m.committee.toLower(), QStringLiteral("pwyllgor archwilio"));
        QCOMPARE(m.venue, QStringLiteral("Siambr y Cyngor, Neuadd y Sir, Aberglannau"));
        QCOMPARE(m.present, (QStringList{"Mr Ifan Jones (Cadeirydd)", "Cynghorydd Lowri Owen (Is-Gadeirydd)",
                                         "Cynghorydd Aled Parri", "Cynghorydd Bethan Roberts", "Ms Ceri Rhys",
                                         "Mr Dewi Tomos"}));
    }

    // Motions as InfoCouncil prints them: mover/seconder over the motion (one sentence, or parts
    // A) B) C) with a hanging indent), CARRIED at the right; an amendment LOST is no decision; the
    // reasons clause back at the marker's indent is not part of the last part; the heading names a
    // council with a macron; "Present:  Chair: …" then one person a line; an apology "tendered".
    // A parish's "Present were:" over a run-on list that wraps between a title and its name, ending
    // "and the Clerk" (the officer is not a member).
    void presentWereAndTheClerk()
    {
        const auto m =
            parse("MINUTES OF THE MEETING OF ASHBY PARISH COUNCIL HELD IN THE VILLAGE HALL ON "
                  "TUESDAY 4th MARCH 2025 AT 7pm\n\nPresent were:\n"
                  "Cllr A Bell (Chair), Cllr C Dodd, Cllr\nMrs E Ford, Cllr G Hale and the Clerk.\n\n"
                  "1.  APOLOGIES\nNone.\n");
        QCOMPARE(m.present,
                 (QStringList{"Cllr A Bell (Chair)", "Cllr C Dodd", "Cllr Mrs E Ford", "Cllr G Hale"}));
    }

    // Action notes: an "Actions:" heading over numbered "<owner> to <do something>" lines.
    void actionsHeadingOverAList()
    {
        const auto m = parse("Item 3: Parks\nThe play area was discussed.\n\nActions:\n"
                             "1. Parks Manager to repair the gate before the half term.\n"
                             "2. Police to add the park to evening patrols and report\nback in March.\n\n"
                             "Item 4: Open forum\nA resident asked about the crossing.\n");
        QCOMPARE(m.items.size(), 2);
        QCOMPARE(owners(m.items.at(0)), (QStringList{"Parks Manager", "Police"}));
        QCOMPARE(m.items.at(0).actions.at(1).text,
                 QStringLiteral("to add the park to evening patrols and report back in March."));
        QVERIFY(m.items.at(1).actions.isEmpty());
    }
    void infoCouncilMotions()
    {
        const auto m =
            parse("TĀWHARA DISTRICT COUNCIL\n"
                  "MINUTES OF A MEETING OF THE Works Committee HELD IN THE Council Chamber, 3 Rata Street ON "
                  "Tuesday, 4 June 2024 AT 1.00pm\n\n"
                  "Present:   Chair: Councillor Ana Bell\n"
                  "           Mayor Cole Dunn\n"
                  "           Councillors Eve Ford, Gus Hale and Ian Jury\n"
                  "           Mr Kai Lee (Iwi Representative)\n\n"
                  "1.  APOLOGIES\n"
                  "    Councillor May Ngata had tendered an apology for absence.\n"
                  "    Councillor Ford/Councillor Hale\n"
                  "    That the apology from Councillor May Ngata be accepted.\n"
                  "                                                                        CARRIED\n\n"
                  "2.  WATER RENEWALS\n"
                  "    Councillor Jury moved an amendment, seconded by Councillor Hale, that the work wait a "
                  "year.\n"
                  "    Councillor Hale/Councillor Jury\n"
                  "    That the renewals wait until 2026.\n"
                  "                                                             The amendment was LOST\n"
                  "    Councillor Ford/Mayor Dunn\n"
                  "    A) That the Committee receives the report titled Water Renewals 2024/25\n"
                  "       – Programme dated 4 June 2024.\n"
                  "    B) That the Committee approves the programme in Attachment 1 and the\n"
                  "       budget for it.\n"
                  "    with the reasons for this decision being that the pipes are failing.\n"
                  "                                                                        CARRIED\n");
        // The mover and seconder on two lines, "Cr" for councillor.
        const auto two = parse("1  APOLOGIES\nMoved: Mayor Ana Bell\nSeconded: Cr Eve Ford\n"
                               "That the apology from Cr Gus Hale be accepted.\nCarried\n\n"
                               "2  MINUTES\nMoved: Cr Eve Ford\nSeconded: Cr Ian Jury\n"
                               "That the minutes be confirmed.\nLost\n");
        QCOMPARE(two.items.at(0).resolutions, QStringList{"That the apology from Cr Gus Hale be accepted."});
        QVERIFY(two.items.at(1).resolutions.isEmpty());
        // eScribe's "Moved by:" / "Seconded by:" over THAT paragraphs joined by "; and", each a part.
        const auto by = parse("5.  SUMMER CAMPS\nMoved by: Councillor Ames\nSeconded by: Councillor Bell\n"
                              "THAT Council receive Report PR-2025-04; and\n\n"
                              "THAT Council fund two summer camps in 2025.\n\nMotion Carried\n\n"
                              "6.  CROSSING GUARDS\nMoved by: Councillor Ames\nSeconded by: Councillor Dodd\n"
                              "THAT a crossing guard be hired.\nMotion Defeated\n");
        QCOMPARE(by.items.size(), 2);
        QCOMPARE(by.items.at(0).resolutions, (QStringList{"THAT Council receive Report PR-2025-04; and",
                                                          "THAT Council fund two summer camps in 2025."}));
        QVERIFY(by.items.at(1).resolutions.isEmpty());
        QCOMPARE(m.council, QStringLiteral("TĀWHARA DISTRICT COUNCIL"));
        QCOMPARE(m.venue, QStringLiteral("Council Chamber, 3 Rata Street"));
        QCOMPARE(m.present, (QStringList{"Councillor Ana Bell (Chair)", "Mayor Cole Dunn",
                                         "Councillor Eve Ford", "Councillor Gus Hale", "Councillor Ian Jury",
                                         "Mr Kai Lee (Iwi Representative)"}));
        QCOMPARE(m.apologies, QStringList{"Councillor May Ngata"});
        QCOMPARE(m.items.size(), 2);
        QCOMPARE(m.items.at(0).resolutions,
                 QStringList{"That the apology from Councillor May Ngata be accepted."});
        QCOMPARE(m.items.at(1).resolutions,
                 (QStringList{
                     "That the Committee receives the report titled Water Renewals 2024/25 – Programme "
                     "dated 4 June 2024.",
                     "That the Committee approves the programme in Attachment 1 and the budget for it."}));
    }

    // An attendance register: each member's row says Present, Apologies or Absent; officers "In
    // attendance" and those absent are neither present nor apologising.
    void attendanceRegister()
    {
        const auto m =
            parse("Westby Schools Forum\nNotes of the meeting held on Wednesday 15 January 2025\n\n"
                  "Name              Representing                  Attendance\n"
                  "School Members\n"
                  "Ann Bell (Chair)  Secondary headteacher         Present\n"
                  "Carl Dodd         Primary headteacher           Apologies\n"
                  "Eve Ford          Special school governor       Present\n"
                  "Gus Hale          Early years sector            Absent\n"
                  "Ian Jury          Head of School Funding        In attendance\n\n"
                  "1. WELCOME\nThe Chair opened the meeting.\n\n2. BUDGET\nNoted.\n");
        QCOMPARE(m.present, (QStringList{"Ann Bell (Chair)", "Eve Ford"}));
        QCOMPARE(m.apologies, QStringList{"Carl Dodd"});
    }

    // A label grid ("Chair:", "Present:", "Apologies for" wrapping onto "absence:"); the authority
    // whose committee meets is its council; a date in the notes under the attendance is not the
    // meeting's; "<Board>: Minutes" names the board.
    void labelGridAndAuthorities()
    {
        const auto m = parse("FELLSIDE NATIONAL PARK AUTHORITY\n"
                             "Minutes of a meeting of the Planning Committee held at Moor House, Low Lane,\n"
                             "Kettleby on Friday 8 March 2024 at 10.00 am\n"
                             "Chair:      Mr A Bell\n"
                             "Present:    Ms C Dodd (Vice Chair), Cllr E Ford and Prof G Hale.\n"
                             "Apologies for  Cllr J King and Mr L Moss.\n"
                             "absence:\n\n"
                             "Members visited the site on 7 March 2024.\n\n"
                             "12/24  MINUTES\nApproved.\n\n13/24  BARN CONVERSION\nRefused.\n");
        QCOMPARE(m.council.toLower(), QStringLiteral("fellside national park authority"));
        QCOMPARE(m.committee, QStringLiteral("Planning Committee"));
        QCOMPARE(m.date, QDate(2024, 3, 8));
        QCOMPARE(m.venue, QStringLiteral("Moor House, Low Lane, Kettleby"));
        QCOMPARE(m.present,
                 (QStringList{"Mr A Bell (Chair)", "Ms C Dodd (Vice Chair)", "Cllr E Ford", "Prof G Hale"}));
        QCOMPARE(m.apologies, (QStringList{"Cllr J King", "Mr L Moss"}));
        const auto b =
            parse("Dalebridge Combined Authority\nCombined Authority Board: Minutes\n"
                  "Date: Wednesday 2 October 2024\n\n1.1 Apologies\nNone.\n\n1.2 Minutes\nAgreed.\n");
        QCOMPARE(b.committee, QStringLiteral("Combined Authority Board"));
        QCOMPARE(b.council, QStringLiteral("Dalebridge Combined Authority"));
    }

    // Scottish minutes: "MINUTE of Meeting of the … held in …" names the venue; "Apologies:-"
    // over its names; a "DECISION" line under a title in capitals is not part of the title.
    void scottishMinuteOfMeeting()
    {
        const auto m =
            parse("GLENCARRA COUNCIL\n"
                  "MINUTE of Meeting of the EDUCATION COMMITTEE held in the Council Chamber,\n"
                  "Council Offices, Kirk Wynd, Glencarra on Tuesday, 5 March 2024 at 10.00 a.m.\n\n"
                  "Present:-  Councillors A. Bell (Chair), C. Dodd.\n"
                  "Apologies:-  Councillors E. Ford and G. Hale.\n\n"
                  "1.  PRIVATE BUSINESS\nDECISION\nAGREED to exclude the public.\n\n"
                  "2.  SCHOOL ROLLS\nNOTED the report.\n");
        QCOMPARE(m.venue, QStringLiteral("Council Chamber, Council Offices, Kirk Wynd, Glencarra"));
        QCOMPARE(m.apologies, (QStringList{"Councillor E. Ford", "Councillor G. Hale"}));
        QCOMPARE(m.items.at(0).title, QStringLiteral("PRIVATE BUSINESS"));
    }

    // A long heading in capitals names the committee of a council; the date is not the next
    // meeting's, and the council is not taken from an officer's job title.
    void headerSentenceInCapitals()
    {
        const auto m =
            parse("Kieran Blair, Director of Education, Westmoor Council\n\n"
                  "MINUTES OF THE EDUCATION AND CHILDREN'S SERVICES COMMITTEE OF ARDMHOR COUNCIL "
                  "HELD IN THE COUNCIL CHAMBER, COUNTY BUILDINGS, ARDMHOR ON MONDAY 9TH SEPTEMBER 2024 "
                  "AT 2.30 P.M.\n\n"
                  "Present: Councillor Ann Bain (Convener), Councillor Rob Carr\n\n"
                  "Date of next meeting: 6 March 2025\n\n"
                  "1. APOLOGIES\nNone.\n\n2. MINUTES\nSigned.\n");
        QCOMPARE(m.committee, QStringLiteral("EDUCATION AND CHILDREN'S SERVICES COMMITTEE"));
        QCOMPARE(m.council, QStringLiteral("ARDMHOR COUNCIL"));
        QCOMPARE(m.date, QDate(2024, 9, 9));
        QCOMPARE(m.time, QTime(14, 30));
        QCOMPARE(m.venue, QStringLiteral("COUNCIL CHAMBER, COUNTY BUILDINGS, ARDMHOR"));
    }

    // Welsh and bilingual minutes.
    void welshMinutes()
    {
        const auto m =
            parse("CYNGOR CYMUNED LLANDDEWI\n"
                  "Cofnodion cyfarfod y Cyngor a gynhaliwyd nos Fercher 13 Mawrth 2019\n\n"
                  "YN BRESENNOL: Y Cynghorwyr Alun Bryn (Cadeirydd), Eirlys Hughes a Dafydd Rees\n\n"
                  "1. YMDDIHEURIADAU / APOLOGIES\n"
                  "Cafwyd ymddiheuriadau gan y Cynghorwyr Gwen Lloyd a Huw Morgan.\n\n"
                  "2. CYFRIFON / ACCOUNTS\nPENDERFYNWYD talu'r anfonebau.\n");
        QCOMPARE(m.date, QDate(2019, 3, 13));
        QCOMPARE(m.present, (QStringList{"Cynghorydd Alun Bryn (Cadeirydd)", "Cynghorydd Eirlys Hughes",
                                         "Cynghorydd Dafydd Rees"}));
        QCOMPARE(m.apologies, (QStringList{"Cynghorydd Gwen Lloyd", "Cynghorydd Huw Morgan"}));
        QCOMPARE(m.items.size(), 2);
        QCOMPARE(m.items.at(1).resolutions, QStringList{QStringLiteral("talu'r anfonebau.")});
    }

    // The header from the opening sentence, and the draft mark.
    void openingSentenceAndDraft()
    {
        const auto m =
            parse("DRAFT\nMINUTES of a meeting of the Harbour Board held in the Long Room, Quay House, "
                  "Porthmere on Friday, 7 June 2024.\n\n"
                  "PRESENT: Mr E Pryce (Chairman)\n\n1. APOLOGIES\nNone.\n");
        QCOMPARE(m.committee, QStringLiteral("Harbour Board"));
        QCOMPARE(m.venue, QStringLiteral("Long Room, Quay House, Porthmere"));
        QCOMPARE(m.date, QDate(2024, 6, 7));
        QVERIFY(m.draft);
        const QJsonObject json = MinutesParser::toJson(m);
        QCOMPARE(json.value(QStringLiteral("meeting")).toObject().value(QStringLiteral("status")).toString(),
                 QStringLiteral("draft"));
        QVERIFY(json.value(QStringLiteral("certainty")).toObject().contains(QStringLiteral("header")));
        const QJsonObject item = json.value(QStringLiteral("items")).toArray().first().toObject();
        QVERIFY(item.value(QStringLiteral("certainty")).toObject().value(QStringLiteral("level")).toDouble() >
                0.7);
        QVERIFY(!parse("1. APOLOGIES\nNone.\n").draft);
    }

    // "At a MEETING of the … COMMITTEE of … COUNCIL held in … on 4th March," with the year and the
    // time on the next line.
    void openingAtAMeetingWithTheDateOverTwoLines()
    {
        const auto m =
            parse("At a MEETING of the HOUSING AND ESTATES COMMITTEE of GLENBRAE CITY COUNCIL held "
                  "in the Council Chamber, City Chambers, Glenbrae on 4th March,\n"
                  "2024 at 6.00 pm.\n\nPresent:-\nCouncillor Ann BELL\n\n"
                  "I  DECLARATIONS OF INTEREST\nNone.\n\nII  RENTS\nNoted.\n");
        QCOMPARE(m.date, QDate(2024, 3, 4));
        QCOMPARE(m.time, QTime(18, 0));
        QCOMPARE(m.committee.toLower(), QStringLiteral("housing and estates committee"));
        QCOMPARE(m.council.toLower(), QStringLiteral("glenbrae city council"));
        QCOMPARE(m.venue, QStringLiteral("Council Chamber, City Chambers, Glenbrae"));
        // A running header carries the date; the time is in the opening sentence, over two lines.
        const auto t = parse("Northby Panel – 3 December 2024\n\nNorthby Panel\n"
                             "Minutes of the meeting held in the Wesley Room, Northby, on Tuesday, 3\n"
                             "December 2024, commencing at 10.00 am.\n\nPresent: Councillor Ann Bell\n\n"
                             "1. APOLOGIES\nNone.\n\n2. MINUTES\nAgreed.\n");
        QCOMPARE(t.date, QDate(2024, 12, 3));
        QCOMPARE(t.time, QTime(10, 0));
        // A town council's meeting of all its members names the body "Full Council".
        const auto f =
            parse("HOLTON TOWN COUNCIL\nMinutes of the Full Council Meeting held on Monday 3 March 2025 at "
                  "7.00pm in the Guildhall\n\nPresent: Cllr Ann Bell\n\n1. APOLOGIES\nNone.\n\n"
                  "2. MINUTES\nAgreed.\n");
        QCOMPARE(f.committee, QStringLiteral("Full Council"));
        QCOMPARE(f.council, QStringLiteral("HOLTON TOWN COUNCIL"));
    }
};

QTEST_GUILESS_MAIN(TestMinutesStructures)
#include "TestMinutesStructures.moc"
