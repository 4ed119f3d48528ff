#include "DemoData.h"

#include "Database.h"
#include "IndicatorCatalogue.h"
#include "SearchRepository.h"
#include "StoreSql.h"
#include "core/MinuteNumber.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QRandomGenerator>
#include <cmath>

namespace DemoData {

namespace {

using Row = QVariantMap;

QString s(const char* text)
{
    return QString::fromUtf8(text);
}

struct Writer
{
    Database& db;
    qint64 add(const char* table, const Row& row) { return db.insert(QString::fromLatin1(table), row); }
};

struct ItemSpec
{
    const char* number;
    const char* title;
    const char* text;
    const char* refs;
    bool exempt;
    QList<const char*> resolutions;
};

struct ActionSpec
{
    int meeting;      // index into the Care Services meetings
    const char* item; // minute number
    int resolution;   // 1-based, 0 for none
    const char* text;
    const char* owner;
    const char* due;
    const char* status;
    const char* completed;
    const char* milestone; // code, or nullptr
};

// --- People -----------------------------------------------------------------------------------

struct PersonSpec
{
    const char* name;
    const char* kind;
    const char* title;
};

const PersonSpec kPeople[] = {
    {"Councillor Ian Dunn", "member", "Chairman"},
    {"Councillor Judi Ellis", "member", "Vice-Chairman"},
    {"Councillor Kim Botting", "member", nullptr},
    {"Councillor Peter Fortune", "member", nullptr},
    {"Councillor Hannah Gray", "member", nullptr},
    {"Councillor Alexa Michael", "member", nullptr},
    {"Councillor Terry Nathan", "member", nullptr},
    {"Councillor Chris Pierce", "member", nullptr},
    {"Councillor Robert Evans", "member", "Portfolio Holder for Care Services"},
    {"Councillor Stephen Carr", "member", "Leader of the Council"},
    {"Councillor Mary Cooke", "member", nullptr},
    {"Councillor Angela Page", "member", nullptr},
    {"Justine Godbeer", "co-opted", "Co-opted Member"},
    {"Alison Regester", "co-opted", "Co-opted Member"},
    {"Ade Adetosoye", "officer", "Executive Director: Education, Care and Health Services"},
    {"Janet Bailey", "officer", "Director of Children's Social Care"},
    {"Charles Obazuaye", "officer", "Director of Human Resources"},
    {"Kerry Nicholls", "officer", "Democratic Services Officer"},
    {"Jim Gamble", "guest", "Independent Chair, Bromley Safeguarding Children Board"},
    {"Isobel Cattermole", "guest", "Chair, Improvement Governance Board"},
};

// --- The Care Services PDS Committee's meetings ------------------------------------------------

struct MeetingSpec
{
    const char* startsAt;
    const char* status;
    QList<ItemSpec> items;
};

const char* kApologies = "APOLOGIES FOR ABSENCE AND NOTIFICATION OF SUBSTITUTE MEMBERS";
const char* kDeclarations = "DECLARATIONS OF INTEREST";
const char* kQuestions = "QUESTIONS FROM COUNCILLORS AND MEMBERS OF THE PUBLIC ATTENDING THE MEETING";
const char* kPrevious = "MINUTES OF THE PREVIOUS MEETING";
const char* kPlanUpdate = "CHILDREN'S SERVICES IMPROVEMENT PLAN UPDATE";
const char* kWorkforce = "CHILDREN'S SOCIAL CARE - RECRUITMENT AND RETENTION UPDATE";
const char* kWorkProgramme = "WORK PROGRAMME AND MATTERS ARISING";

QList<MeetingSpec> careServicesMeetings()
{
    return {
        {"2016-09-14T19:00",
         "approved",
         {{"40", kApologies, "Two members sent apologies; no substitutes were named.", nullptr, false, {}},
          {"41", kDeclarations, "No interests were declared.", nullptr, false, {}},
          {"42", kQuestions, "No questions had been received.", nullptr, false, {}},
          {"43",
           "OFSTED INSPECTION OF SERVICES FOR CHILDREN IN NEED OF HELP AND PROTECTION",
           "The Executive Director introduced the inspection findings. Services for children in need of help "
           "and "
           "protection had been judged inadequate, and 23 recommendations had been made. Members heard that "
           "an "
           "improvement plan built around ten priorities would go to the Executive on the same evening, and "
           "that "
           "caseloads averaging 22 per social worker were the most urgent risk.",
           "CS17030",
           false,
           {"the inspection report and the Council's response be noted",
            "the Committee scrutinise the improvement plan at every ordinary meeting for the next two years",
            "a six-monthly report on the social care workforce be added to the work programme"}},
          {"44",
           kWorkProgramme,
           "The work programme was agreed with the additions above.",
           nullptr,
           false,
           {"the work programme be agreed"}}}},
        {"2016-12-06T19:00",
         "approved",
         {{"53",
           kApologies,
           "Apologies were received from six members and from one co-opted member. The Chairman welcomed the "
           "new "
           "Executive Director to his first meeting of the Committee.",
           nullptr,
           false,
           {}},
          {"54", kDeclarations, "There were no declarations of interest.", nullptr, false, {}},
          {"55",
           kQuestions,
           "Three written questions from a member of the public were answered; the answers are "
           "appended to the minutes.",
           nullptr,
           false,
           {}},
          {"56", "HOLDING THE PORTFOLIO HOLDER AND EXECUTIVE TO ACCOUNT", "", nullptr, false, {}},
          {"56a",
           kPlanUpdate,
           "The Committee considered progress on the improvement action plan agreed by the Executive on 14 "
           "September 2016. A member asked why several milestones were shown as Green when the work had not "
           "yet "
           "been delivered; officers agreed that Green should mean on track and evidenced. 12 key milestones "
           "were "
           "on target and 23 were not. The Caseload Promise of 11 to 15 cases per social worker had not yet "
           "been "
           "met in the assessment teams.",
           "CS17062",
           false,
           {"the progress made on the improvement plan be noted",
            "future updates show for each milestone the evidence on which its rating rests",
            "the Committee receive a report on caseloads by team at its next meeting"}},
          {"56b",
           kWorkforce,
           "Members were told that 66% of qualified social workers were permanent, against a target of 95 to "
           "99%, "
           "and that there were 11 vacancies across 215 established posts. The Chairman asked that unfilled "
           "posts "
           "be watched closely, as vacancies would undo the work on caseloads.",
           nullptr,
           false,
           {"the update be noted", "unfilled posts be monitored and reported to each meeting"}},
          {"57",
           "CONTRACT AWARD: INDEPENDENT FOSTERING AGENCY PLACEMENTS",
           "CONFIDENTIAL: the Committee considered the tender evaluation and the prices offered by three "
           "agencies for placements from April 2017.",
           "CS17070",
           true,
           {"the recommended award be supported"}}}},
        {"2017-01-24T19:00",
         "approved",
         {{"61", kApologies, "One member sent apologies.", nullptr, false, {}},
          {"62",
           kDeclarations,
           "A member declared a personal interest as a foster carer's relative.",
           nullptr,
           false,
           {}},
          {"63",
           kPrevious,
           "The minutes of 6 December 2016 were agreed.",
           nullptr,
           false,
           {"the minutes of the meeting held on 6 December 2016 be agreed"}},
          {"64",
           kPlanUpdate,
           "Officers reported that the multi-agency safeguarding hub had gone live and that the first Ofsted "
           "monitoring visit had found some progress at the front door. Caseloads in the assessment teams "
           "had "
           "fallen to an average of 19.",
           "CS17081",
           false,
           {"the report be noted", "the Director circulate the monitoring visit letter to all members"}},
          {"65",
           "CASELOADS BY TEAM",
           "The report showed caseloads for each team against the Caseload Promise. Two teams remained above "
           "18 "
           "cases per worker.",
           "CS17083",
           false,
           {"the report be noted", "caseloads by team be included in every improvement plan update"}}}},
        {"2017-03-21T19:00",
         "approved",
         {{"75", kApologies, "There were no apologies.", nullptr, false, {}},
          {"76", kDeclarations, "There were no declarations of interest.", nullptr, false, {}},
          {"77",
           kPlanUpdate,
           "The second monitoring visit had found that management oversight of casework was improving. The "
           "proportion of permanent staff had risen to 72%. Members questioned the Green rating of the "
           "fostering "
           "recruitment milestone, whose due date had passed.",
           "CS17095",
           false,
           {"the report be noted", "the rating of milestone 6.2 be reviewed and reported back"}},
          {"78",
           kWorkforce,
           "A recruitment campaign had brought 15 new social workers and 10 newly qualified "
           "workers into the pipeline.",
           nullptr,
           false,
           {"the update be noted"}}}},
        {"2017-06-27T19:00",
         "approved",
         {{"1",
           "ELECTION OF CHAIRMAN AND VICE-CHAIRMAN",
           "Councillor Ian Dunn and Councillor Judi Ellis were "
           "re-elected.",
           nullptr,
           false,
           {}},
          {"2", kApologies, "Two members sent apologies.", nullptr, false, {}},
          {"3", kDeclarations, "There were no declarations of interest.", nullptr, false, {}},
          {"4",
           kPlanUpdate,
           "Officers reported that 21 of 33 milestones were on track. The care leavers' offer had been "
           "agreed. "
           "Members pressed for evidence behind the Blue ratings of two completed milestones.",
           "CS18002",
           false,
           {"the report be noted",
            "evidence for each completed milestone be placed in the members' library"}}}},
        {"2017-11-07T19:00",
         "approved",
         {{"20", kApologies, "One co-opted member sent apologies.", nullptr, false, {}},
          {"21", kDeclarations, "There were no declarations of interest.", nullptr, false, {}},
          {"22",
           kPlanUpdate,
           "80% of social workers were now permanent. Referrals had risen to about 3,000 a year. 310 "
           "children "
           "were in care and 280 were subject to a child protection plan.",
           "CS18031",
           false,
           {"the report be noted", "the Committee visit the front door service before its next meeting"}},
          {"23",
           "MISSING AND EXPLOITATION PANEL",
           "The panel now monitored 63 children at risk of exploitation, going missing or gang involvement.",
           nullptr,
           false,
           {"the report be noted"}}}},
        {"2018-01-30T19:00",
         "held",
         {{"35", kApologies, "There were no apologies.", nullptr, false, {}},
          {"36", kDeclarations, "There were no declarations of interest.", nullptr, false, {}},
          {"37",
           kPlanUpdate,
           "The final monitoring visit before re-inspection had found sustained progress. Average caseloads "
           "were "
           "15, within the Caseload Promise for the first time.",
           "CS18052",
           false,
           {"the report be noted", "a re-inspection readiness report be brought to the next meeting"}},
          {"38",
           kWorkProgramme,
           "The work programme was agreed.",
           nullptr,
           false,
           {"the work programme be agreed"}}}},
        {"2018-11-20T19:00",
         "scheduled",
         {{"50", kApologies, "", nullptr, false, {}},
          {"51", kDeclarations, "", nullptr, false, {}},
          {"52", kPlanUpdate, "", "CS19010", false, {}}}},
    };
}

const ActionSpec kActions[] = {
    {0, "43", 2, "Schedule the improvement plan as a standing item at every ordinary meeting",
     "Democratic Services Officer", "2016-10-31", "done", "2016-10-20", nullptr},
    {0, "43", 3, "Prepare the first six-monthly workforce report", "Director of Human Resources",
     "2016-12-06", "done", "2016-11-28", "2.3"},
    {1, "56a", 2, "Add the evidence behind each rating to the improvement plan report template",
     "Director of Children's Social Care", "2017-01-24", "done", "2017-01-16", "9.1"},
    {1, "56a", 3, "Report caseloads by team to the next meeting", "Director of Children's Social Care",
     "2017-01-24", "done", "2017-01-20", "2.1"},
    {1, "56b", 2, "Monitor unfilled social work posts and report to each meeting",
     "Director of Human Resources", "2017-03-21", "in progress", nullptr, "2.2"},
    {1, "57", 1, "Notify the successful fostering agencies once the award is confirmed",
     "Head of Commissioning", "2017-01-31", "done", "2017-01-12", nullptr},
    {2, "64", 2, "Circulate the monitoring visit letter to all members", "Director of Children's Social Care",
     "2017-02-07", "done", "2017-01-27", nullptr},
    {2, "65", 2, "Include caseloads by team in every improvement plan update", "Head of Performance",
     "2017-03-21", "done", "2017-03-10", "2.1"},
    {3, "77", 2, "Review the rating of the fostering recruitment milestone and report back",
     "Director of Children's Social Care", "2017-06-27", "open", nullptr, "6.2"},
    {3, "78", 0, "Share the recruitment pipeline figures with the Vice-Chairman",
     "Director of Human Resources", "2017-04-30", "cancelled", nullptr, nullptr},
    {4, "4", 2, "Place evidence for each completed milestone in the members' library", "Head of Performance",
     "2017-09-30", "in progress", nullptr, "1.4"},
    {4, "4", 0, "Arrange member training on reading the improvement plan", "Democratic Services Officer",
     "2017-09-12", "open", nullptr, "1.4"},
    {5, "22", 2, "Arrange a visit by the Committee to the front door service", "Democratic Services Officer",
     "2018-01-15", "done", "2018-01-10", nullptr},
    {5, "22", 0, "Provide re-referral rates for the last twelve months", "Head of Performance", "2017-12-15",
     "open", nullptr, "3.2"},
    {5, "23", 1, "Report the outcome of the review of return-home interviews", "Head of Safeguarding",
     "2018-01-30", "in progress", nullptr, "8.2"},
    {6, "37", 2, "Bring a re-inspection readiness report to the next meeting", "Executive Director",
     "2018-06-19", "open", nullptr, nullptr},
    {6, "37", 0, "Publish the care leavers' local offer on the Council's website",
     "Head of Care Leavers Service", "2018-03-31", "open", nullptr, "7.1"},
    {6, "38", 1, "Add the adoption scorecard to the work programme", "Democratic Services Officer",
     "2018-04-30", "open", nullptr, nullptr},
    {6, "37", 0, "Confirm the funding of the Caseload Promise for 2018/19", "Executive Director",
     "2018-03-31", "in progress", nullptr, "2.1"},
    {6, "37", 0, "Write to partners about attendance at child protection conferences", "Head of Safeguarding",
     "2018-02-28", "done", "2018-02-20", "5.2"},
    {5, "22", 0, "Explain the rise in referrals from schools", "Head of Early Intervention", "2017-12-31",
     "open", nullptr, "3.1"},
    {4, "4", 0, "Set out the timetable for the new quality assurance framework", "Head of Quality Assurance",
     "2017-08-31", "done", "2017-08-30", "9.2"},
    // Due within a fortnight of the January 2018 meeting, and of the meeting scheduled for November 2018.
    {6, "37", 0, "Share the draft self-evaluation with members before the re-inspection",
     "Executive Director", "2018-02-09", "open", nullptr, "1.1"},
    {6, "38", 0, "Agree dates for members' visits to the children's homes", "Democratic Services Officer",
     "2018-11-30", "open", nullptr, nullptr},
    {6, "37", 0, "Report the re-inspection judgement and the plan that follows it", "Executive Director",
     "2018-11-20", "in progress", nullptr, nullptr},
};

// --- The improvement plan ----------------------------------------------------------------------

struct MilestoneSpec
{
    const char* code;
    const char* title;
    const char* owner;
    const char* due;
    const char* completion;
    const char* evidence;
    // Ratings at the Care Services meetings 0..6 (letters; ' ' = no change recorded then).
    const char* history;
};

struct PrioritySpec
{
    const char* title;
    const char* lead;
    QList<int> recommendations;
    QList<MilestoneSpec> milestones;
};

QList<PrioritySpec> priorities()
{
    return {
        {"Leadership, governance and challenge",
         "Executive Director",
         {1, 2},
         {{"1.1", "Improvement Governance Board established with an independent chair", "Executive Director",
           "2016-10-31", "complete", "Board terms of reference and minutes of first meeting", "AGB    "},
          {"1.2", "Member scrutiny programme for the improvement plan agreed", "Democratic Services Officer",
           "2016-12-31", "complete", "Work programme agreed at minute 44", "GGB    "},
          {"1.3", "Practice standards published and launched with all staff",
           "Director of Children's Social Care", "2017-03-31", "complete", nullptr, "AGGB   "},
          {"1.4", "Member training on corporate parenting and the plan delivered",
           "Democratic Services Officer", "2017-09-30", "in progress", nullptr, "GGGGGGG"}}},
        {"Caseloads and a stable workforce",
         "Director of Human Resources",
         {3, 4, 5},
         {{"2.1", "Caseload Promise of 11 to 15 cases per social worker met in every team",
           "Director of Children's Social Care", "2017-12-31", "complete",
           "Caseload report January 2018: average 15", "RRAAAGB"},
          {"2.2", "Permanent social workers at 95% of the workforce", "Director of Human Resources",
           "2018-03-31", "in progress", nullptr, "RRRAAAA"},
          {"2.3", "Recruitment and retention package agreed", "Director of Human Resources", "2017-01-31",
           "complete", "Executive decision January 2017", "AGB    "},
          {"2.4", "Vacancies below 5% of established posts", "Director of Human Resources", "2018-06-30",
           "in progress", nullptr, "RRR    "}}},
        {"The front door: contact, referral and the MASH",
         "Head of Early Intervention",
         {6, 7},
         {{"3.1", "Multi-agency safeguarding hub live with police and health", "Head of Early Intervention",
           "2017-01-31", "complete", "MASH operating protocol signed by partners", "AGB    "},
          {"3.2", "Re-referrals within 12 months below 22%", "Head of Performance", "2017-12-31",
           "in progress", nullptr, "RAAAGGG"},
          {"3.3", "Thresholds document agreed with the safeguarding board", "Head of Safeguarding",
           "2016-12-31", "complete", "Thresholds document published", "GB     "}}},
        {"Timely, good quality assessments",
         "Director of Children's Social Care",
         {8, 9},
         {{"4.1", "Assessments completed within 45 working days in 85% of cases", "Head of Assessment",
           "2017-09-30", "in progress", nullptr, "RRAAAGA"},
          {"4.2", "Audit programme of assessment quality running monthly", "Head of Quality Assurance",
           "2017-03-31", "complete", "Audit reports March to June 2017", "AAGB   "},
          {"4.3", "Children seen and seen alone recorded in every assessment", "Head of Assessment",
           "2017-06-30", "in progress", nullptr, "AAAAAAA"}}},
        {"Child protection planning and review",
         "Head of Safeguarding",
         {10, 11},
         {{"5.1", "Initial child protection conferences within 15 days", "Head of Safeguarding", "2017-06-30",
           "complete", "Performance report June 2017", "RAAGB  "},
          {"5.2", "Partner attendance at conferences above 80%", "Head of Safeguarding", "2018-03-31",
           "in progress", nullptr, "RRAAAAA"},
          {"5.3", "Core groups held every six weeks for every plan", "Head of Safeguarding", "2017-12-31",
           "in progress", nullptr, "AAGGGGG"}}},
        {"Children looked after and permanence",
         "Head of Children Looked After",
         {12, 13, 14},
         {{"6.1", "Sufficiency strategy for placements agreed", "Head of Commissioning", "2017-03-31",
           "complete", "Sufficiency strategy 2017-2020", "AAGB   "},
          {"6.2", "Fostering recruitment strategy delivering 20 new carers a year", "Head of Fostering",
           "2017-03-31", "in progress", nullptr, "GGGGGGG"},
          {"6.3", "Permanence planning meetings for every child by the second review",
           "Head of Children Looked After", "2017-12-31", "in progress", nullptr, "RRAAAAR"},
          {"6.4", "Health assessments for children in care completed on time", "Designated Nurse",
           "2018-03-31", "in progress", nullptr, "AAAAGGG"}}},
        {"Care leavers",
         "Head of Care Leavers Service",
         {15, 16},
         {{"7.1", "Local offer for care leavers agreed and published", "Head of Care Leavers Service",
           "2018-03-31", "awaiting sign-off", "Offer agreed by the Executive, awaiting publication",
           "RAAGGGG"},
          {"7.2", "Pathway plans for every care leaver reviewed every six months",
           "Head of Care Leavers Service", "2017-12-31", "in progress", nullptr, "RRRAAAA"},
          {"7.3", "Care leavers in education, employment or training above 60%",
           "Head of Care Leavers Service", "2018-06-30", "not started", nullptr, "R      "}}},
        {"Missing children and exploitation",
         "Head of Safeguarding",
         {17, 18},
         {{"8.1", "Missing, exploitation and gangs panel meeting monthly", "Head of Safeguarding",
           "2016-12-31", "complete", "Panel terms of reference and attendance", "GB     "},
          {"8.2", "Return-home interviews offered within 72 hours", "Head of Early Intervention",
           "2017-09-30", "in progress", nullptr, "RRAAAAA"},
          {"8.3", "Exploitation screening tool in use by all teams", "Head of Safeguarding", "2017-06-30",
           "complete", nullptr, "AAGB   "}}},
        {"Quality assurance and performance management",
         "Head of Quality Assurance",
         {19, 20, 21},
         {{"9.1", "Performance scorecard reported to members monthly", "Head of Performance", "2017-01-31",
           "complete", "Scorecard issued monthly from February 2017", "AGB    "},
          {"9.2", "Quality assurance framework in place", "Head of Quality Assurance", "2017-09-30",
           "complete", "Framework approved September 2017", "AAAGB  "},
          {"9.3", "Management oversight recorded on every case file", "Director of Children's Social Care",
           "2017-12-31", "in progress", nullptr, "RRAAAGG"},
          {"9.4", "Learning from complaints reported quarterly", "Head of Quality Assurance", "2017-06-30",
           "in progress", nullptr, "AAAAAAA"}}},
        {"Partnership working and early help",
         "Head of Early Intervention",
         {22, 23},
         {{"10.1", "Early help strategy agreed with partners", "Head of Early Intervention", "2017-06-30",
           "complete", "Strategy signed off by the partnership board", "AAGB   "},
          {"10.2", "Step-down from social care to early help within 10 days", "Head of Early Intervention",
           "2017-12-31", "in progress", nullptr, "RAAAAAG"},
          {"10.3", "Schools' designated safeguarding leads trained", "Head of Safeguarding", "2018-03-31",
           "in progress", nullptr, "AAAAAAA"},
          {"10.4", "Joint commissioning plan with health agreed", "Head of Commissioning", "2018-06-30",
           "not started", nullptr, "A      "}}},
    };
}

const char* kRecommendations[23] = {
    "Ensure that senior leaders and members have an accurate understanding of the quality of practice.",
    "Strengthen the scrutiny of children's services by elected members.",
    "Reduce social workers' caseloads so that they can work effectively with children and families.",
    "Build a stable, permanent workforce and reduce reliance on agency staff.",
    "Ensure that social workers receive regular, reflective supervision.",
    "Ensure that contacts and referrals are screened promptly by the right agencies.",
    "Apply thresholds consistently across partner agencies.",
    "Complete assessments within timescales that meet children's needs.",
    "Ensure that assessments analyse risk and include the child's views.",
    "Hold initial child protection conferences within statutory timescales.",
    "Make child protection plans specific, measurable and reviewed.",
    "Ensure there are enough suitable placements for children in care.",
    "Secure permanence for children in care without delay.",
    "Ensure that children in care have timely health assessments.",
    "Provide care leavers with an up-to-date pathway plan.",
    "Publish a clear local offer for care leavers.",
    "Offer return-home interviews to every child who goes missing.",
    "Identify and respond to children at risk of exploitation.",
    "Use performance information to drive improvement.",
    "Establish a quality assurance framework with regular case audits.",
    "Record management oversight and decisions on case files.",
    "Provide early help to families before problems escalate.",
    "Work with schools to improve the quality of referrals.",
};

QString letterCode(QChar letter)
{
    switch (letter.toLatin1()) {
    case 'B':
        return QStringLiteral("blue");
    case 'G':
        return QStringLiteral("green");
    case 'A':
        return QStringLiteral("amber");
    default:
        return QStringLiteral("red");
    }
}

} // namespace

bool isEmpty(const Database& db)
{
    return StoreSql::scalar(
               db, QStringLiteral(
                       "SELECT (SELECT COUNT(*) FROM meetings) + (SELECT COUNT(*) FROM improvement_plans) + "
                       "(SELECT COUNT(*) FROM indicator_values)"))
               .toInt() == 0;
}

namespace {

QHash<QString, qint64> createScheme(Writer& w)
{
    const qint64 scheme = w.add("rating_schemes", {{"name", s("Blue, Green, Amber, Red")}});
    struct St
    {
        const char* code;
        const char* letter;
        const char* name;
        const char* colour;
        const char* definition;
        int rank;
        int onTrack;
        int complete;
    };
    const St statuses[] = {
        {"blue", "B", "Blue", "#1565c0", "Complete, and the evidence of completion has been seen.", 0, 1, 1},
        {"green", "G", "Green", "#2e7d32", "On track to be delivered by its due date.", 1, 1, 0},
        {"amber", "A", "Amber", "#f9a825", "At risk: some slippage, with a plan to recover.", 2, 0, 0},
        {"red", "R", "Red", "#c62828",
         "Off track: will not be delivered by its due date without intervention.", 3, 0, 0},
    };
    QHash<QString, qint64> ids;
    ids.insert(QStringLiteral("scheme"), scheme);
    for (const St& st : statuses)
        ids.insert(s(st.code), w.add("rating_statuses", {{"scheme_id", scheme},
                                                         {"code", s(st.code)},
                                                         {"letter", s(st.letter)},
                                                         {"name", s(st.name)},
                                                         {"colour", s(st.colour)},
                                                         {"definition", s(st.definition)},
                                                         {"rank", st.rank},
                                                         {"on_track", st.onTrack},
                                                         {"means_complete", st.complete}}));
    return ids;
}

} // namespace

void create(Database& db)
{
    Database::Transaction transaction(db);
    Database::BulkLoad bulk(db);
    Writer w{db};

    // People and users.
    QHash<QString, qint64> person;
    // Addresses in the reserved .example domain (never a real mailbox), for chase letters and the pack.
    const auto address = [](const char* name) -> QString {
        QString local = s(name).remove(QStringLiteral("Councillor ")).toLower();
        local.replace(QLatin1Char(' '), QLatin1Char('.'));
        return local + QStringLiteral("@bromley.example");
    };
    for (const PersonSpec& p : kPeople)
        person.insert(s(p.name), w.add("people", {{"name", s(p.name)},
                                                  {"kind", s(p.kind)},
                                                  {"job_title", p.title ? QVariant(s(p.title)) : QVariant()},
                                                  {"organisation", s("London Borough of Bromley")},
                                                  {"email", QLatin1String(p.kind) == QLatin1String("guest")
                                                                ? QVariant()
                                                                : QVariant(address(p.name))}}));
    const QString created = QStringLiteral("2016-09-01T09:00:00");
    w.add("users", {{"login", s("a.clerk")},
                    {"role", s("clerk")},
                    {"person_id", person.value(s("Kerry Nicholls"))},
                    {"created_at", created}});
    w.add("users", {{"login", s("cllr.member")},
                    {"role", s("member")},
                    {"person_id", person.value(s("Councillor Judi Ellis"))},
                    {"created_at", created}});
    w.add("users", {{"login", s("p.officer")},
                    {"role", s("officer")},
                    {"person_id", person.value(s("Janet Bailey"))},
                    {"created_at", created}});

    // Committees.
    const qint64 care =
        w.add("committees", {{"name", s("Care Services Policy Development and Scrutiny Committee")},
                             {"short_name", s("Care Services PDS")},
                             {"council", s("London Borough of Bromley")}});
    const qint64 echs = w.add("committees", {{"name", s("Education, Children and Families Select Committee")},
                                             {"short_name", s("ECF Select")},
                                             {"council", s("London Borough of Bromley")}});
    const qint64 hwb = w.add("committees", {{"name", s("Health and Wellbeing Board")},
                                            {"short_name", s("HWB")},
                                            {"council", s("London Borough of Bromley")}});
    const QStringList members = {
        s("Councillor Ian Dunn"),      s("Councillor Judi Ellis"),   s("Councillor Kim Botting"),
        s("Councillor Peter Fortune"), s("Councillor Hannah Gray"),  s("Councillor Alexa Michael"),
        s("Councillor Terry Nathan"),  s("Councillor Chris Pierce"), s("Councillor Mary Cooke"),
        s("Councillor Angela Page"),   s("Justine Godbeer"),         s("Alison Regester")};
    for (int i = 0; i < members.size(); ++i) {
        const QString role = i == 0    ? s("chairman")
                             : i == 1  ? s("vice-chairman")
                             : i >= 10 ? s("co-opted")
                                       : s("member");
        w.add("committee_members", {{"committee_id", care},
                                    {"person_id", person.value(members.at(i))},
                                    {"role", role},
                                    {"from_date", s("2016-05-01")}});
    }

    // The Care Services meetings, with attendance, items, resolutions.
    QList<qint64> meetingIds;
    QHash<QString, qint64> itemIds;       // "meeting:number"
    QHash<QString, qint64> resolutionIds; // "meeting:number:n"
    const auto meetings = careServicesMeetings();
    for (int mi = 0; mi < meetings.size(); ++mi) {
        const MeetingSpec& m = meetings.at(mi);
        const qint64 meeting = w.add("meetings", {{"committee_id", care},
                                                  {"starts_at", s(m.startsAt)},
                                                  {"venue", s("Committee Room 1, Bromley Civic Centre")},
                                                  {"contact", s("Kerry Nicholls")},
                                                  {"status", s(m.status)}});
        meetingIds.append(meeting);
        if (QLatin1String(m.status) != QLatin1String("scheduled")) {
            for (int i = 0; i < members.size(); ++i) {
                // A deterministic pattern of apologies: about one member in five sends them.
                const bool apologies = (i * 7 + mi * 3) % 5 == 0 && i > 1;
                w.add("attendance", {{"meeting_id", meeting},
                                     {"person_id", person.value(members.at(i))},
                                     {"status", apologies ? s("apologies") : s("present")},
                                     {"capacity", i == 0   ? QVariant(s("Chairman"))
                                                  : i == 1 ? QVariant(s("Vice-Chairman"))
                                                           : QVariant()}});
            }
            for (const char* officer : {"Ade Adetosoye", "Janet Bailey", "Kerry Nicholls"})
                w.add("attendance", {{"meeting_id", meeting},
                                     {"person_id", person.value(s(officer))},
                                     {"status", s("in attendance")}});
        }
        int position = 0;
        for (const ItemSpec& item : m.items) {
            const qint64 id =
                w.add("agenda_items", {{"meeting_id", meeting},
                                       {"minute_number", s(item.number)},
                                       {"sort_key", MinuteNumber::sortKey(s(item.number))},
                                       {"position", position++},
                                       {"title", s(item.title)},
                                       {"minutes_text", s(item.text)},
                                       {"report_refs", item.refs ? QVariant(s(item.refs)) : QVariant()},
                                       {"exempt", item.exempt ? 1 : 0}});
            itemIds.insert(QStringLiteral("%1:%2").arg(mi).arg(s(item.number)), id);
            int n = 1;
            for (const char* text : item.resolutions) {
                const qint64 r = w.add("resolutions", {{"item_id", id}, {"number", n}, {"text", s(text)}});
                resolutionIds.insert(QStringLiteral("%1:%2:%3").arg(mi).arg(s(item.number)).arg(n), r);
                ++n;
            }
        }
    }
    // A declaration of interest (minute 62).
    w.add("declarations", {{"meeting_id", meetingIds.at(2)},
                           {"item_id", itemIds.value(QStringLiteral("2:62"))},
                           {"person_id", person.value(s("Councillor Mary Cooke"))},
                           {"interest_type", s("personal")},
                           {"nature", s("A close relative is an approved foster carer for the Council.")}});

    // Two other committees, a meeting or two each.
    const qint64 witness = w.add("meetings", {{"committee_id", echs},
                                              {"starts_at", s("2018-03-20T19:00")},
                                              {"venue", s("Council Chamber, Bromley Civic Centre")},
                                              {"contact", s("Kerry Nicholls")},
                                              {"status", s("approved")}});
    const qint64 wi = w.add(
        "agenda_items",
        {{"meeting_id", witness},
         {"minute_number", s("12")},
         {"sort_key", MinuteNumber::sortKey(s("12"))},
         {"position", 0},
         {"title", s("CHILDREN'S SERVICE LANDSCAPE: WITNESS SESSION")},
         {"minutes_text", s("The Committee heard from the independent chair of the safeguarding board and "
                            "the chair of the improvement governance board about demand, thresholds and the "
                            "stability of the workforce. Witnesses stressed early help and partnership with "
                            "schools as the keys to lasting improvement.")},
         {"exempt", 0}});
    w.add("resolutions",
          {{"item_id", wi},
           {"number", 1},
           {"text", s("the witnesses be thanked and their evidence inform the Committee's report")}});
    const qint64 deputy = w.add(
        "agenda_items",
        {{"meeting_id", witness},
         {"minute_number", s("13")},
         {"sort_key", MinuteNumber::sortKey(s("13"))},
         {"position", 1},
         {"title", s("SCRUTINY OF THE EXECUTIVE DIRECTOR")},
         {"minutes_text", s("The Executive Director reviewed his first 21 months: the Caseload Promise, 80% "
                            "permanent staff, 3000 referrals a year, 310 children in care and a target of a "
                            "95 to 99% permanent workforce.")},
         {"exempt", 0}});
    w.add("resolutions", {{"item_id", deputy},
                          {"number", 1},
                          {"text", s("the Executive Director be thanked for his attendance")}});
    const qint64 board = w.add("meetings", {{"committee_id", hwb},
                                            {"starts_at", s("2016-11-10T13:30")},
                                            {"venue", s("Bromley Civic Centre")},
                                            {"contact", s("Kerry Nicholls")},
                                            {"status", s("approved")}});
    const qint64 bi =
        w.add("agenda_items",
              {{"meeting_id", board},
               {"minute_number", s("25")},
               {"sort_key", MinuteNumber::sortKey(s("25"))},
               {"position", 0},
               {"title", s("UPDATE FROM THE CHILDREN'S SOCIAL CARE IMPROVEMENT GOVERNANCE BOARD")},
               {"minutes_text",
                s("The Leader reported that the governance board, with partners from the police, "
                  "health and schools, had met regularly since the inspection and was overseeing the "
                  "improvement plan.")},
               {"exempt", 0}});
    w.add("resolutions", {{"item_id", bi}, {"number", 1}, {"text", s("the update be noted")}});

    // The improvement plan.
    const QHash<QString, qint64> status = createScheme(w);
    const qint64 plan =
        w.add("improvement_plans", {{"committee_id", care},
                                    {"scheme_id", status.value(QStringLiteral("scheme"))},
                                    {"title", s("Children's Services Improvement Plan 2016–2018")},
                                    {"adopted_on", s("2016-09-14")},
                                    {"review_days", 90}});
    QList<qint64> recommendation;
    for (int i = 0; i < 23; ++i)
        recommendation.append(w.add("recommendations", {{"plan_id", plan},
                                                        {"number", i + 1},
                                                        {"text", s(kRecommendations[i])},
                                                        {"source", s("Ofsted, August 2016")}}));
    QHash<QString, qint64> milestoneIds;
    const auto prios = priorities();
    for (int pi = 0; pi < prios.size(); ++pi) {
        const PrioritySpec& p = prios.at(pi);
        const qint64 priority =
            w.add("priorities",
                  {{"plan_id", plan}, {"number", pi + 1}, {"title", s(p.title)}, {"lead", s(p.lead)}});
        for (int r : p.recommendations)
            db.link(QStringLiteral("priority_recommendations"),
                    {{"priority_id", priority}, {"recommendation_id", recommendation.at(r - 1)}});
        // Recommendation 3 (caseloads) is also answered by the workforce priority's neighbour, the front
        // door.
        if (pi == 2)
            db.link(QStringLiteral("priority_recommendations"),
                    {{"priority_id", priority}, {"recommendation_id", recommendation.at(2)}});
        for (const MilestoneSpec& m : p.milestones) {
            const QString history = s(m.history);
            QChar last;
            int lastMeeting = -1;
            for (int i = 0; i < history.size(); ++i)
                if (history.at(i) != QLatin1Char(' ')) {
                    last = history.at(i);
                    lastMeeting = i;
                }
            const qint64 milestone = w.add(
                "milestones", {{"priority_id", priority},
                               {"code", s(m.code)},
                               {"title", s(m.title)},
                               {"definition_of_done",
                                s("Delivered as described, with evidence that practice has changed.")},
                               {"owner", s(m.owner)},
                               {"due_date", s(m.due)},
                               {"completion", s(m.completion)},
                               {"status_id", status.value(letterCode(last))},
                               {"evidence", m.evidence ? QVariant(s(m.evidence)) : QVariant()},
                               {"rated_on", meetings.at(lastMeeting).startsAt
                                                ? QVariant(s(meetings.at(lastMeeting).startsAt).left(10))
                                                : QVariant()}});
            milestoneIds.insert(s(m.code), milestone);
            QChar previous;
            for (int i = 0; i < history.size(); ++i) {
                const QChar c = history.at(i);
                if (c == QLatin1Char(' ') || c == previous)
                    continue;
                const QString on = s(meetings.at(i).startsAt).left(10);
                QString why;
                if (previous.isNull())
                    why = s("First rating when the plan was adopted.");
                else if (c == QLatin1Char('B'))
                    why = s("Delivered; evidence presented to the governance board.");
                else if (QStringLiteral("BGAR").indexOf(c) < QStringLiteral("BGAR").indexOf(previous))
                    why = s("Improvement confirmed by the latest performance report.");
                else
                    why = s("Slippage against the due date reported by the lead officer.");
                // One change recorded without a rationale (milestone 6.3's last move), for members to
                // question.
                if (QLatin1String(m.code) == QLatin1String("6.3") && c == QLatin1Char('R') &&
                    !previous.isNull())
                    why.clear();
                w.add("rating_changes",
                      {{"milestone_id", milestone},
                       {"changed_on", on},
                       {"changed_by", s("p.officer")},
                       {"from_status_id",
                        previous.isNull() ? QVariant() : QVariant(status.value(letterCode(previous)))},
                       {"to_status_id", status.value(letterCode(c))},
                       {"rationale", why.isEmpty() ? QVariant() : QVariant(why)},
                       {"meeting_id", meetingIds.at(i)}});
                previous = c;
            }
        }
    }

    // Actions and their progress.
    int seq = 0;
    for (const ActionSpec& a : kActions) {
        const QString item = QStringLiteral("%1:%2").arg(a.meeting).arg(s(a.item));
        const QString ref =
            QStringLiteral("%1/%2").arg(s(a.item)).arg(a.resolution > 0 ? a.resolution : ++seq + 10);
        const qint64 action = w.add(
            "actions",
            {{"meeting_id", meetingIds.at(a.meeting)},
             {"item_id", itemIds.value(item)},
             {"resolution_id",
              a.resolution > 0 ? QVariant(resolutionIds.value(item + QStringLiteral(":%1").arg(a.resolution)))
                               : QVariant()},
             {"milestone_id", a.milestone ? QVariant(milestoneIds.value(s(a.milestone))) : QVariant()},
             {"reference", ref},
             {"text", s(a.text)},
             {"owner", s(a.owner)},
             {"due_date", s(a.due)},
             {"status", s(a.status)},
             {"completed_on", a.completed ? QVariant(s(a.completed)) : QVariant()},
             {"created_on", s(meetings.at(a.meeting).startsAt).left(10)}});
        const QDate raised = QDate::fromString(s(meetings.at(a.meeting).startsAt).left(10), Qt::ISODate);
        w.add("action_updates", {{"action_id", action},
                                 {"updated_on", raised.addDays(14).toString(Qt::ISODate)},
                                 {"status", s("in progress")},
                                 {"note", s("Work started; the owner has confirmed the due date.")},
                                 {"author", s("a.clerk")}});
        if (a.completed)
            w.add("action_updates", {{"action_id", action},
                                     {"updated_on", s(a.completed)},
                                     {"status", s("done")},
                                     {"note", s("Completed and reported to the Chairman.")},
                                     {"author", s("a.clerk")}});
    }

    // Figures: the catalogue, two teams, the borough as a whole and England for comparison.
    IndicatorCatalogue::install(db);
    const qint64 borough =
        w.add("teams", {{"name", s("Children's Social Care (all teams)")}, {"kind", s("service")}});
    const qint64 assessment = w.add("teams", {{"name", s("Referral and Assessment")}, {"kind", s("team")}});
    const qint64 safeguarding =
        w.add("teams", {{"name", s("Safeguarding and Care Planning")}, {"kind", s("team")}});
    const qint64 england = w.add("teams", {{"name", s("England")}, {"kind", s("national")}});
    const qint64 neighbours =
        w.add("teams", {{"name", s("Statistical neighbours")}, {"kind", s("neighbours")}});
    QHash<QString, qint64> indicator;
    for (const QVariantMap& row : StoreSql::rows(db, QStringLiteral("SELECT id, key FROM indicators")))
        indicator.insert(row.value(QStringLiteral("key")).toString(),
                         row.value(QStringLiteral("id")).toLongLong());
    for (const char* key : {"caseload_average", "permanent_staff_pct"}) {
        const qint64 id = indicator.value(s(key));
        for (qint64 priority :
             {StoreSql::scalar(
                  db, QStringLiteral("SELECT id FROM priorities WHERE plan_id = ? AND number = 2"), {plan})
                  .toLongLong()})
            if (id)
                db.link(QStringLiteral("indicator_priorities"),
                        {{"indicator_id", id}, {"priority_id", priority}});
    }
    const int months = 21; // October 2016 to June 2018
    auto value = [&](const char* key, qint64 team, int m, double v, const QString& note = QString()) {
        const qint64 id = indicator.value(s(key));
        if (!id)
            return;
        w.add("indicator_values",
              {{"indicator_id", id},
               {"team_id", team},
               {"period", QDate(2016, 10, 1).addMonths(m).toString(QStringLiteral("yyyy-MM"))},
               {"value", v},
               {"note", note.isEmpty() ? QVariant() : QVariant(note)},
               {"entered_by", s("p.officer")},
               {"entered_at", QDate(2016, 11, 5).addMonths(m).toString(Qt::ISODate)}});
    };
    for (int m = 0; m < months; ++m) {
        const double t = double(m) / (months - 1);
        // Caseloads fall from 22 to 15 (the Caseload Promise is 11–15), more slowly in assessment.
        const double fte = 120 + 40 * t;
        const double cases = std::round((22 - 7 * t + (m % 3 == 1 ? 0.6 : 0)) * fte);
        value("cases_held", borough, m, cases);
        value("case_holding_fte", borough, m, fte);
        value("caseload_average", borough, m, std::round(cases / fte * 10) / 10);
        value("caseload_average", assessment, m, std::round((24 - 6.5 * t) * 10) / 10);
        value("caseload_average", safeguarding, m, std::round((20 - 6 * t) * 10) / 10);
        value("caseload_average", england, m, 17.8);
        value("caseload_average", neighbours, m, 16.9);
        // Permanent staff: 66% rising to 80% by late 2017 and 84% by mid 2018.
        value("permanent_staff_pct", borough, m, std::round(66 + 18 * t),
              m == 13 ? s("Locum-to-permanent event in November") : QString());
        value("permanent_staff_pct", england, m, 84);
        value("established_posts", borough, m, 215);
        value("vacancies", borough, m, std::max(4.0, std::round(11 + (m < 6 ? 2 : 0) - 6 * t)));
        value("referrals", borough, m, std::round(230 + 40 * std::sin(m * 0.9) + 25 * t));
        value("referrals", assessment, m, std::round(210 + 35 * std::sin(m * 0.9) + 20 * t));
        value("rereferral_rate", borough, m, std::round((26 - 7 * t) * 10) / 10);
        value("rereferral_rate", england, m, 22.6);
        value("children_looked_after", borough, m, std::round(295 + 15 * t + (m % 4)));
        value("cp_plans", borough, m, std::round(300 - 20 * t + (m % 3) * 2));
        value("missing_panel_children", borough, m, std::round(40 + 23 * t));
    }
    bulk.finish();
    transaction.commit();
}

// --- The synthetic ten-year database -----------------------------------------------------------

namespace {

const char* const kSubjects[] = {"The Director",         "Members",      "The Chairman",
                                 "The Portfolio Holder", "Officers",     "A co-opted member",
                                 "The Head of Service",  "The Committee"};
const char* const kVerbs[] = {"reported that",  "noted that", "asked whether",     "welcomed the news that",
                              "questioned why", "heard that", "were assured that", "expressed concern that"};
const char* const kTopics[] = {"caseloads in the assessment teams",
                               "the proportion of permanent social workers",
                               "re-referrals within twelve months",
                               "placement stability for children in care",
                               "return-home interviews after missing episodes",
                               "the timeliness of assessments",
                               "partner attendance at child protection conferences",
                               "the care leavers' local offer",
                               "management oversight on case files",
                               "the recruitment of foster carers",
                               "early help step-down arrangements",
                               "the quality assurance audit programme"};
const char* const kOutcomes[] = {"had improved since the last report",
                                 "remained below target",
                                 "would be reviewed by the governance board",
                                 "was expected to recover by the spring",
                                 "had been confirmed by the latest monitoring visit",
                                 "needed further work with partners"};
const char* const kTitles[] = {"CHILDREN'S SERVICES IMPROVEMENT PLAN UPDATE",
                               "PERFORMANCE SCORECARD",
                               "RECRUITMENT AND RETENTION UPDATE",
                               "CORPORATE PARENTING REPORT",
                               "MISSING AND EXPLOITATION PANEL",
                               "QUALITY ASSURANCE FRAMEWORK",
                               "EARLY HELP STRATEGY",
                               "WORK PROGRAMME AND MATTERS ARISING",
                               "ANNUAL REPORT OF THE SAFEGUARDING BOARD",
                               "FOSTERING SERVICE ANNUAL REPORT"};
const char* const kOwners[] = {"Director of Children's Social Care",
                               "Director of Human Resources",
                               "Head of Performance",
                               "Head of Safeguarding",
                               "Democratic Services Officer",
                               "Head of Early Intervention",
                               "Head of Fostering",
                               "Head of Care Leavers Service"};

template <size_t N> QString pick(QRandomGenerator& rng, const char* const (&list)[N])
{
    return QString::fromUtf8(list[rng.bounded(int(N))]);
}

} // namespace

ScaleCounts createScaled(Database& db, int years, quint32 seed)
{
    ScaleCounts counts;
    QRandomGenerator rng(seed);
    Database::Transaction transaction(db);
    Database::BulkLoad bulk(db);
    // The search index is filled once at the end rather than row by row (about twice as fast).
    SearchIndexPause pause(db);
    Writer w{db};
    const QHash<QString, qint64> status = createScheme(w);
    const QStringList codes = {QStringLiteral("blue"), QStringLiteral("green"), QStringLiteral("amber"),
                               QStringLiteral("red")};

    // Bulk insertion: one statement each for the big tables, prepared once.
    Database::Inserter meetingQ(
        db,
        QStringLiteral("INSERT INTO meetings (committee_id, starts_at, venue, status) VALUES (?, ?, ?, ?)"));
    Database::Inserter itemQ(
        db,
        QStringLiteral(
            "INSERT INTO agenda_items (meeting_id, minute_number, sort_key, position, title, minutes_text, "
            "report_refs, exempt) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    Database::Inserter resQ(
        db, QStringLiteral("INSERT INTO resolutions (item_id, number, text) VALUES (?, ?, ?)"));
    Database::Inserter actionQ(
        db, QStringLiteral(
                "INSERT INTO actions (meeting_id, item_id, resolution_id, reference, text, owner, due_date, "
                "status, completed_on, created_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    Database::Inserter valueQ(
        db, QStringLiteral(
                "INSERT INTO indicator_values (indicator_id, team_id, period, value, entered_by, entered_at) "
                "VALUES (?, ?, ?, ?, ?, ?)"));
    Database::Inserter milestoneQ(
        db, QStringLiteral(
                "INSERT INTO milestones (priority_id, code, title, owner, due_date, completion, status_id, "
                "evidence, rated_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    Database::Inserter changeQ(
        db,
        QStringLiteral("INSERT INTO rating_changes (milestone_id, changed_on, changed_by, from_status_id, "
                       "to_status_id, rationale, meeting_id) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    auto run = [](Database::Inserter& q, const QVariantList& values) { return q.run(values); };

    QList<qint64> committees;
    for (const char* name : {"Children's Services Scrutiny Committee", "Corporate Parenting Panel",
                             "Schools Forum", "Health and Wellbeing Board", "Audit Committee"})
        committees << w.add("committees", {{"name", s(name)}, {"council", s("Synthetic Borough Council")}});

    const QDate start(2026 - years, 5, 1);
    const int meetingsPerYear = 50;
    const int itemsPerMeeting = 20;
    QList<qint64> meetingIds;
    QList<QDate> meetingDates;
    int actionsLeft = 500 * years;
    QHash<qint64, int> minuteCounter;
    for (int y = 0; y < years; ++y) {
        for (int k = 0; k < meetingsPerYear; ++k) {
            const qint64 committee = committees.at(k % committees.size());
            const QDate date = start.addYears(y).addDays(k * 7 + rng.bounded(3));
            const qint64 meeting =
                run(meetingQ, {committee, QString(date.toString(Qt::ISODate) + QStringLiteral("T19:00")),
                               s("Committee Room 1, Civic Centre"),
                               date < QDate(2026, 1, 1) ? s("approved") : s("scheduled")});
            meetingIds << meeting;
            meetingDates << date;
            ++counts.meetings;
            if (k == 0)
                minuteCounter.clear(); // numbers start again each municipal year
            for (int i = 0; i < itemsPerMeeting; ++i) {
                const int number = ++minuteCounter[committee];
                QString text;
                const int sentences = 36 + rng.bounded(24);
                for (int n = 0; n < sentences; ++n)
                    text += pick(rng, kSubjects) + QLatin1Char(' ') + pick(rng, kVerbs) + QLatin1Char(' ') +
                            pick(rng, kTopics) + QLatin1Char(' ') + pick(rng, kOutcomes) +
                            QStringLiteral(". ");
                counts.textBytes += text.size();
                const QString minute = QString::number(number);
                const qint64 item = run(
                    itemQ, {meeting, minute, MinuteNumber::sortKey(minute), i, pick(rng, kTitles), text,
                            QStringLiteral("CS%1").arg(10000 + counts.items), rng.bounded(40) == 0 ? 1 : 0});
                ++counts.items;
                const qint64 resolution = run(resQ, {item, 1, s("the report be noted")});
                if (actionsLeft > 0 && (counts.items % 2 == 0)) {
                    const QDate due = date.addDays(28 + rng.bounded(90));
                    const int st = rng.bounded(10);
                    const QString state = st < 5   ? s("done")
                                          : st < 7 ? s("in progress")
                                          : st < 9 ? s("open")
                                                   : s("cancelled");
                    run(actionQ, {meeting, item, resolution, QStringLiteral("%1/1").arg(minute),
                                  QStringLiteral("Report back on %1").arg(pick(rng, kTopics)),
                                  pick(rng, kOwners), due.toString(Qt::ISODate), state,
                                  state == QLatin1String("done")
                                      ? QVariant(due.addDays(-rng.bounded(20)).toString(Qt::ISODate))
                                      : QVariant(),
                                  date.toString(Qt::ISODate)});
                    --actionsLeft;
                    ++counts.actions;
                }
            }
        }
    }

    // Plans: one per year of 10 priorities and 20 milestones each, rated at four meetings.
    for (int y = 0; y < years; ++y) {
        const qint64 plan = w.add("improvement_plans",
                                  {{"committee_id", committees.first()},
                                   {"scheme_id", status.value(QStringLiteral("scheme"))},
                                   {"title", QStringLiteral("Improvement Plan %1").arg(start.year() + y)},
                                   {"adopted_on", start.addYears(y).toString(Qt::ISODate)}});
        for (int p = 1; p <= 10; ++p) {
            const qint64 priority =
                w.add("priorities", {{"plan_id", plan}, {"number", p}, {"title", pick(rng, kTopics)}});
            for (int m = 1; m <= 20; ++m) {
                const QDate due = start.addYears(y).addMonths(3 + rng.bounded(12));
                const QString last = codes.at(rng.bounded(4));
                const qint64 milestone =
                    run(milestoneQ,
                        {priority, QStringLiteral("%1.%2").arg(p).arg(m),
                         QStringLiteral("Improve %1").arg(pick(rng, kTopics)), pick(rng, kOwners),
                         due.toString(Qt::ISODate),
                         last == QLatin1String("blue") ? s("complete") : s("in progress"), status.value(last),
                         rng.bounded(3) ? QVariant(s("Report to the board")) : QVariant(),
                         due.toString(Qt::ISODate)});
                ++counts.milestones;
                QVariant from;
                for (int r = 0; r < 4; ++r) {
                    const int mi = qMin(int(meetingIds.size()) - 1, y * meetingsPerYear + r * 10);
                    const qint64 to = status.value(r == 3 ? last : codes.at(rng.bounded(4)));
                    run(changeQ,
                        {milestone, meetingDates.at(mi).toString(Qt::ISODate), s("officer"), from, to,
                         s("Reviewed at the quarterly performance meeting."), meetingIds.at(mi)});
                    from = to;
                }
            }
        }
    }

    // Figures: the catalogue, 40 teams, monthly values (5,000 a year).
    IndicatorCatalogue::install(db);
    QList<qint64> teams;
    for (int t = 0; t < 40; ++t)
        teams << w.add("teams", {{"name", QStringLiteral("Team %1").arg(t + 1)}, {"kind", s("team")}});
    const auto indicators =
        StoreSql::rows(db, QStringLiteral("SELECT id, green_low, green_high FROM indicators ORDER BY id"));
    const int perYear = 5000;
    int made = 0;
    for (int y = 0; y < years; ++y) {
        for (int m = 0; m < 12; ++m) {
            const QString period = start.addYears(y).addMonths(m).toString(QStringLiteral("yyyy-MM"));
            for (const QVariantMap& ind : indicators) {
                for (qint64 team : teams) {
                    if (made >= perYear * (y + 1))
                        break;
                    const double mid = ind.value(QStringLiteral("green_high")).isNull()
                                           ? 100
                                           : ind.value(QStringLiteral("green_high")).toDouble();
                    run(valueQ, {ind.value(QStringLiteral("id")), team, period,
                                 std::round(mid * (0.7 + rng.generateDouble() * 0.6) * 10) / 10, s("officer"),
                                 QString(period + QStringLiteral("-05"))});
                    ++made;
                }
            }
        }
    }
    counts.figures = made;
    pause.finish();
    bulk.finish();
    transaction.commit();
    return counts;
}

} // namespace DemoData
