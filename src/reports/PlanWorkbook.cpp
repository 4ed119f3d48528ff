// The improvement plan as an Excel workbook (libxlsxwriter); the CSV is in PlanExport.cpp.
#include "OutputFile.h"
#include "PlanExport.h"
#include "store/Database.h"
#include "store/PlanSpreadsheet.h"

#include <QColor>
#include <QCoreApplication>
#include <QHash>
#include <xlsxwriter.h>

namespace {

// The context of this file's strings, the same for tr() at run time and for lupdate.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(PlanExport)
};

// PlanSpreadsheet is in the store, which needs a non-const Database only for imports.
QList<PlanSpreadsheet::Row> planRows(const Database& db, qint64 planId)
{
    return PlanSpreadsheet(const_cast<Database&>(db)).rows(planId);
}

} // namespace

namespace PlanExport {

bool writeXlsx(const Database& db, const QString& path, qint64 planId, QString* error)
{
    QList<PlanSpreadsheet::Row> rows;
    try {
        rows = planRows(db, planId);
    } catch (const StoreError& e) {
        if (error)
            *error = e.message();
        return false;
    }
    lxw_workbook* book = OutputFile::newWorkbook(path, error);
    if (!book)
        return false;
    lxw_worksheet* sheet = workbook_add_worksheet(book, OutputFile::cellText(Text::tr("Plan")).constData());
    lxw_format* header = workbook_add_format(book);
    format_set_bold(header);
    format_set_bg_color(header, 0xE0E0E0);
    format_set_border(header, LXW_BORDER_THIN);
    lxw_format* text = workbook_add_format(book);
    format_set_align(text, LXW_ALIGN_VERTICAL_TOP);
    lxw_format* wrapped = workbook_add_format(book);
    format_set_text_wrap(wrapped);
    format_set_align(wrapped, LXW_ALIGN_VERTICAL_TOP);
    lxw_format* date = workbook_add_format(book);
    format_set_num_format(date, "dd/mm/yyyy");
    format_set_align(date, LXW_ALIGN_VERTICAL_TOP);

    // One format per rating colour: the letter, bold and centred, on its colour.
    QHash<QString, lxw_format*> ratingFormats;
    const auto ratingFormat = [&](const QString& colour) {
        auto it = ratingFormats.constFind(colour);
        if (it != ratingFormats.constEnd())
            return *it;
        lxw_format* f = workbook_add_format(book);
        format_set_bold(f);
        format_set_align(f, LXW_ALIGN_CENTER);
        format_set_align(f, LXW_ALIGN_VERTICAL_TOP);
        const QColor c(colour);
        if (c.isValid()) {
            format_set_bg_color(f, lxw_color_t(c.rgb() & 0xFFFFFF));
            const double luminance = 0.299 * c.red() + 0.587 * c.green() + 0.114 * c.blue();
            format_set_font_color(f, luminance < 140 ? 0xFFFFFF : 0x000000);
        }
        ratingFormats.insert(colour, f);
        return f;
    };

    const QStringList headers = PlanSpreadsheet::headers();
    for (int c = 0; c < headers.size(); ++c)
        worksheet_write_string(sheet, 0, lxw_col_t(c), OutputFile::cellText(headers.at(c)).constData(),
                               header);
    enum
    {
        Priority,
        Code,
        Milestone,
        Owner,
        Due,
        Rating,
        Completion,
        Evidence
    };
    const double widths[] = {34, 7, 50, 28, 11, 7, 17, 50};
    const auto isWrapped = [](int c) { return c == Milestone || c == Evidence || c == Owner; };
    for (int c = 0; c < headers.size(); ++c)
        worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), widths[c],
                             c == Due       ? date
                             : isWrapped(c) ? wrapped
                                            : text);

    lxw_row_t r = 1;
    for (const PlanSpreadsheet::Row& row : rows) {
        const QStringList cells = PlanSpreadsheet::cells(row);
        for (int c = 0; c < cells.size(); ++c) {
            if (c == Due && row.due.isValid()) {
                lxw_datetime when = {row.due.year(), row.due.month(), row.due.day(), 0, 0, 0};
                worksheet_write_datetime(sheet, r, lxw_col_t(c), &when, date);
            } else if (c == Rating && !row.rating.isEmpty()) {
                worksheet_write_string(sheet, r, lxw_col_t(c), OutputFile::cellText(cells.at(c)).constData(),
                                       ratingFormat(row.ratingColour));
            } else if (!cells.at(c).isEmpty()) {
                worksheet_write_string(sheet, r, lxw_col_t(c), OutputFile::cellText(cells.at(c)).constData(),
                                       isWrapped(c) ? wrapped : text);
            }
        }
        // Spreadsheet programs do not grow rows for wrapped text written by a library: estimate the lines.
        int lines = 1;
        for (int c = 0; c < cells.size(); ++c)
            if (isWrapped(c))
                lines = qMax(lines, int(cells.at(c).size() / (widths[c] * 1.15)) + 1 +
                                        int(cells.at(c).count(QLatin1Char('\n'))));
        if (lines > 1)
            worksheet_set_row(sheet, r, 15.0 * qMin(lines, 20), nullptr);
        ++r;
    }
    worksheet_freeze_panes(sheet, 1, 0);
    // Printed: A4 landscape, one page wide, the column titles on every page.
    worksheet_set_landscape(sheet);
    worksheet_set_paper(sheet, 9);
    worksheet_fit_to_pages(sheet, 1, 0);
    worksheet_repeat_rows(sheet, 0, 0);
    worksheet_autofilter(sheet, 0, 0, r > 1 ? r - 1 : 0, lxw_col_t(headers.size() - 1));

    return OutputFile::finishWorkbook(book, path, error);
}

} // namespace PlanExport
