// Writes the seed corpus of the fuzz targets, so that the fuzzers start from files like the ones
// people import rather than from nothing. Run by ctest (FuzzSeeds), and by hand before fuzzing:
//   FuzzSeeds OUT_DIR [PDF_DIR...]
// OUT_DIR/minutes: minutes as plain text (synthetic ones, and the text of every PDF in PDF_DIR as
//                  the importer reads it); OUT_DIR/csv: figure and plan files in every encoding,
//                  line end and separator the readers accept, and broken ones.
#include "core/Csv.h"
#include "importer/MinutesSource.h"
#include "store/Database.h"
#include "store/DemoData.h"
#include "store/PlanSpreadsheet.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QStringEncoder>
#include <QTextStream>

namespace {

int g_written = 0;

bool put(const QString& dir, const QString& name, const QByteArray& bytes)
{
    QFile f(QDir(dir).filePath(name));
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        return false;
    ++g_written;
    return true;
}

QByteArray utf16(const QString& text, bool le)
{
    QStringEncoder enc(le ? QStringEncoder::Utf16LE : QStringEncoder::Utf16BE);
    return QByteArray(le ? "\xFF\xFE" : "\xFE\xFF") + QByteArray(enc.encode(text));
}

// Every way a file of the same records may arrive.
void variants(const QString& dir, const QString& stem, const QString& text)
{
    const QByteArray utf8 = text.toUtf8();
    put(dir, stem + QStringLiteral("-lf.csv"), utf8);
    put(dir, stem + QStringLiteral("-crlf.csv"), QByteArray(utf8).replace("\n", "\r\n"));
    put(dir, stem + QStringLiteral("-cr.csv"), QByteArray(utf8).replace("\n", "\r"));
    put(dir, stem + QStringLiteral("-bom.csv"), QByteArray("\xEF\xBB\xBF") + utf8);
    put(dir, stem + QStringLiteral("-utf16le.csv"), utf16(text, true));
    put(dir, stem + QStringLiteral("-utf16be.csv"), utf16(text, false));
    put(dir, stem + QStringLiteral("-semicolon.csv"),
        QString(text).replace(QLatin1Char(','), QLatin1Char(';')).toUtf8());
    put(dir, stem + QStringLiteral("-tab.csv"),
        QString(text).replace(QLatin1Char(','), QLatin1Char('\t')).toUtf8());
    put(dir, stem + QStringLiteral("-cp1252.csv"), text.toLatin1());
}

const char* kMinutes =
    "EASTMERE BOROUGH COUNCIL\n\n"
    "Minutes of the meeting of the Children's Services Scrutiny Committee held at 7.00 pm on Tuesday 6 "
    "December 2016 at the Civic Centre\n\n"
    "PRESENT: Councillor A. Jones (Chairman), Councillors B. Patel and C. Wright\n"
    "Apologies: Councillor D. Smith\n\n"
    "56   DECLARATIONS OF INTEREST\n"
    "Councillor Wright declared a personal interest in item 58 as a school governor.\n\n"
    "57   MINUTES OF THE PREVIOUS MEETING\n"
    "RESOLVED - That the minutes of the meeting held on 20 September 2016 be agreed.\n\n"
    "58   IMPROVEMENT PLAN PROGRESS REPORT\n"
    "Report CSD16102\n"
    "Members noted that 12 key milestones were on target and 23 were not.\n"
    "RESOLVED - 1. That the report be noted.\n"
    "2. That a report on caseloads come to the next meeting.\n"
    "ACTION: Strategic Director                         Due: 31 March 2017\n\n"
    "59   EXCLUSION OF THE PRESS AND PUBLIC (Part 2)\n"
    "60   STAFFING MATTER (exempt)\n\n"
    "The meeting ended at 9.15 pm\n"
    "Chairman\n";

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        QTextStream(stderr) << "usage: FuzzSeeds OUT_DIR [PDF_DIR...]\n";
        return 2;
    }
    const QDir out(args.at(1));
    const QString minutes = out.filePath(QStringLiteral("minutes"));
    const QString csv = out.filePath(QStringLiteral("csv"));
    if (!QDir().mkpath(minutes) || !QDir().mkpath(csv)) {
        QTextStream(stderr) << "cannot make " << out.path() << "\n";
        return 1;
    }

    // Minutes: a synthetic meeting, the same with Windows line ends and in Latin-1, and the text
    // of each PDF given, line by line, as the importer reads it.
    put(minutes, QStringLiteral("synthetic.txt"), kMinutes);
    put(minutes, QStringLiteral("synthetic-crlf.txt"), QByteArray(kMinutes).replace("\n", "\r\n"));
    put(minutes, QStringLiteral("synthetic-latin1.txt"),
        QString::fromUtf8(kMinutes).replace(u'-', QChar(0xe9)).toLatin1());
    put(minutes, QStringLiteral("empty.txt"), QByteArray());
    for (int i = 2; i < args.size(); ++i) {
        const QDir pdfs(args.at(i));
        for (const QFileInfo& pdf : pdfs.entryInfoList({QStringLiteral("*.pdf")}, QDir::Files, QDir::Name)) {
            const SourceDocument doc = MinutesSource::readPdf(pdf.absoluteFilePath());
            QByteArray text;
            for (const SourceLine& line : doc.lines)
                text += QByteArray(qMax(0, int(line.x / 5)), ' ') + line.text.toUtf8() + '\n';
            if (!text.isEmpty())
                put(minutes, pdf.completeBaseName() + QStringLiteral(".txt"), text.left(200 * 1024));
        }
    }

    // CSV: figures and plans, good and broken, in every form.
    variants(
        csv, QStringLiteral("figures"),
        QStringLiteral("period,team,indicator,value,note\n2017-03,Referral and Assessment,referrals,241,\n"
                       "Apr 2017,Referral and Assessment,Referrals to children's social "
                       "care,\"1,200\",\"spike, checked\"\n"
                       "05/2017,Children's Social Care (all teams),permanent_staff_pct,85%,\n"));
    variants(
        csv, QStringLiteral("figures-bad"),
        QStringLiteral("period,team,indicator,value\n2017-13,Nowhere,referrals,1e308\n2017-03,Referral and "
                       "Assessment,referrals,\"1,2,3\"\n2017-03,Referral and Assessment,cp_plans,50%\n"
                       "2017-03,Referral and Assessment,\"never closed,1\n"));
    variants(
        csv, QStringLiteral("plan-trimmed"),
        QStringLiteral("Priority,Code,Milestone,Rating\n1,1.1,Member training,G\n2. Caseloads,,New one,A\n"));
    put(csv, QStringLiteral("formulas.csv"),
        "Priority,Milestone,Owner,Evidence\n1,\"=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",@admin,-2+3\n");
    put(csv, QStringLiteral("binary.csv"), QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
    {
        auto db = Database::open(QStringLiteral(":memory:"), QStringLiteral("officer"));
        DemoData::create(*db);
        const QByteArray plan = PlanSpreadsheet(*db).toCsv();
        put(csv, QStringLiteral("plan-export.csv"), plan);
        put(csv, QStringLiteral("plan-export-utf16.csv"), utf16(Csv::decode(plan).text, true));
    }
    QTextStream(stdout) << "FuzzSeeds: " << g_written << " seed files in " << out.path() << "\n";
    return g_written > 0 ? 0 : 1;
}
