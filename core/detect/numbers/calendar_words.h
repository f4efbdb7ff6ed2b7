#pragma once

#include <QDate>
#include <QString>
#include <QStringView>

#include <optional>

namespace galley {

// 1–12 for an English month name or its abbreviation, lower case, with or without the period:
// "december", "dec.", "sept".
std::optional<int> monthOfWord(QStringView lowerWord);

// True for the abbreviated forms ("dec.", "sept"), which need a day or a year to be a date.
bool isAbbreviatedMonth(QStringView lowerWord);

// 1 (Monday) – 7 (Sunday) for a full English weekday name, lower case.
std::optional<int> weekdayOfWord(QStringView lowerWord);

// The ISO 8601 offset of a time-zone abbreviation: "GMT"/"UTC"/"Z" → "Z", "MSK" → "+03:00",
// "EST" → "-05:00". Empty when not a zone.
QString zoneOffset(QStringView zone);

// Which occurrence of a weekday a mention means, relative to the publication date.
enum class WeekdayDirection {
    OnOrBefore,   // past tense: "said Thursday", the publication day itself included
    OnOrAfter,    // future tense: "will meet on Friday"
    Before,       // "last Friday"
    After,        // "next Friday"
};

QDate weekdayDate(int weekday, const QDate &published, WeekdayDirection direction);

// The date of a month/day written without a year: the latest one on or before `published`
// (past tense), or the first one on or after it (future tense). Invalid for "February 30".
QDate monthDayDate(int month, int day, const QDate &published, bool future);

// The year of a month written without one, by the same rule.
int yearOfMonth(int month, const QDate &published, bool future);

// Four digits that read as a year of the calendar news writes about: 1000 to 2199.
bool isFourDigitYear(QStringView digits);

// How many years from the year of writing "last", "this" and "next" (before "year") count:
// -1, 0, 1; nothing for other words.
std::optional<int> yearShiftOfWord(QStringView lowerWord);

// The n-th `weekday` (1 Monday … 7 Sunday) of a month; n = -1 for the last.
QDate nthWeekday(int year, int month, int weekday, int n);

} // namespace galley
