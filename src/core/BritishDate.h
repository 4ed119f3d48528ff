#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

// Dates as British minutes write them, read and written without depending on the system locale.
namespace BritishDate {

// "Tuesday 6 December 2016"
QString longDate(const QDate& date);
// "6 December 2016"
QString mediumDate(const QDate& date);
// "6 Dec 2016"
QString shortDate(const QDate& date);
// "Sep 17": a month as the figures grid and charts head it (always three letters, never "Sept").
QString monthYear(const QDate& date);
// "September 2017"
QString monthYearLong(const QDate& date);
// A figure's period ("2017-09") as "Sep 17", or "September 2017" with `longForm`; the text itself
// when it is not a period.
QString period(const QString& yearMonth, bool longForm = false);
// "Tuesday 6 December 2016, 7.00 pm"
QString longDateTime(const QDateTime& when);
// "7.00 pm"
QString time12(const QTime& time);

// Reads "Tuesday 6 December 2016", "6th December 2016", "6 Dec 2016", "December 6, 2016",
// "6.12.16", "06/12/2016", "6-12-2016" and ISO "2016-12-06". Day before month for numeric forms.
// Welsh dates too: "13 Mawrth 2019", "27ain o Ionawr 2021", "9fed o Ragfyr 2020".
// Returns an invalid QDate when the text holds no date.
QDate parse(const QString& text);

// Finds the first date inside a longer text ("Meeting held on Tuesday 6 December 2016 at 7pm").
// `matched` receives the matched span when given.
QDate find(const QString& text, QString* matched = nullptr);

// Reads "7.00 pm", "7pm", "19:00", "7.30 p.m.", "10.00am" into a QTime; invalid when none.
QTime parseTime(const QString& text);
QTime findTime(const QString& text);

// The month number (1-12) of an English month name or its abbreviation, or a Welsh one; 0 when none.
int monthFromName(const QString& name);

} // namespace BritishDate
