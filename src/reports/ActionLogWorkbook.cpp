// The action log as an Excel workbook (libxlsxwriter); the CSV is in ActionLogExport.cpp.
#include "ActionLogExport.h"
#include "OutputFile.h"

#include <QCoreApplication>
#include <xlsxwriter.h>

namespace {

// The context of this file's strings, the same for tr() at run time and for lupdate.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ActionLogExport)
};

} // namespace

namespace ActionLogExport {

bool writeXlsx(const QList<ActionRepository::Row>& rows, const QString& path, const QDate& today,
               QString* error)
{
    lxw_workbook* book = OutputFile::newWorkbook(path, error);
    if (!book)
        return false;
    lxw_worksheet* sheet =
        workbook_add_worksheet(book, OutputFile::cellText(Text::tr("Action log")).constData());
    lxw_format* header = workbook_add_format(book);
    format_set_bold(header);
    format_set_bottom(header, LXW_BORDER_THIN);
    lxw_format* wrapped = workbook_add_format(book);
    format_set_text_wrap(wrapped);
    format_set_align(wrapped, LXW_ALIGN_VERTICAL_TOP);
    lxw_format* text = workbook_add_format(book);
    format_set_align(text, LXW_ALIGN_VERTICAL_TOP);
    lxw_format* date = workbook_add_format(book);
    format_set_num_format(date, "yyyy-mm-dd");
    format_set_align(date, LXW_ALIGN_VERTICAL_TOP);
    lxw_format* overdue = workbook_add_format(book);
    format_set_bold(overdue);
    format_set_font_color(overdue, 0x9C0006);
    format_set_bg_color(overdue, 0xFFC7CE);
    format_set_align(overdue, LXW_ALIGN_VERTICAL_TOP);

    const QStringList names = headers();
    for (int c = 0; c < names.size(); ++c)
        worksheet_write_string(sheet, 0, lxw_col_t(c), OutputFile::cellText(names.at(c)).constData(), header);
    const double widths[ColumnCount] = {10, 60, 26, 12, 12, 12, 12, 28, 10};
    for (int c = 0; c < ColumnCount; ++c)
        worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), widths[c], c == Action ? wrapped : text);

    lxw_row_t r = 1;
    for (const auto& row : rows) {
        const QStringList values = cells(row, today);
        for (int c = 0; c < ColumnCount; ++c) {
            const QDate d = c == Due          ? row.due
                            : c == LastUpdate ? row.lastUpdate
                            : c == Meeting    ? row.meetingDate
                                              : QDate();
            if (d.isValid()) {
                lxw_datetime when = {d.year(), d.month(), d.day(), 0, 0, 0};
                worksheet_write_datetime(sheet, r, lxw_col_t(c), &when, date);
            } else if (!values.at(c).isEmpty()) {
                worksheet_write_string(sheet, r, lxw_col_t(c), OutputFile::cellText(values.at(c)).constData(),
                                       c == Overdue  ? overdue
                                       : c == Action ? wrapped
                                                     : text);
            }
        }
        ++r;
    }
    worksheet_freeze_panes(sheet, 1, 0);
    worksheet_set_landscape(sheet);
    worksheet_set_paper(sheet, 9); // A4
    worksheet_fit_to_pages(sheet, 1, 0);
    worksheet_repeat_rows(sheet, 0, 0);
    worksheet_autofilter(sheet, 0, 0, r > 1 ? r - 1 : 0, lxw_col_t(ColumnCount - 1));

    return OutputFile::finishWorkbook(book, path, error);
}

bool write(const QList<ActionRepository::Row>& rows, const QString& path, const QDate& today, QString* error)
{
    return path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive) ? writeXlsx(rows, path, today, error)
                                                                      : writeCsv(rows, path, today, error);
}

} // namespace ActionLogExport
