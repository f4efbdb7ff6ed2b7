#include "calendar_words.h"

#include <QHash>


namespace galley {

namespace {

struct MonthWord
{
    int month;
    bool abbreviated;
};

const QHash<QString, MonthWord> &monthTable()
{
    static const QHash<QString, MonthWord> table = [] {
        const char16_t *names[] = {u"january", u"february", u"march",     u"april",   u"may",      u"june",
                                   u"july",    u"august",   u"september", u"october", u"november", u"december"};
        const char16_t *abbreviations[] = {u"jan", u"feb", u"mar", u"apr", u"", u"jun",
                                           u"jul", u"aug", u"sep", u"oct", u"nov", u"dec"};
        QHash<QString, MonthWord> months;
        for (int m = 0; m < 12; ++m) {
            months.insert(QString::fromUtf16(names[m]), {m + 1, false});
            const QString abbreviation = QString::fromUtf16(abbreviations[m]);
            if (!abbreviation.isEmpty()) {
                months.insert(abbreviation, {m + 1, true});
                months.insert(abbreviation + u'.', {m + 1, true});
            }
        }
        months.insert(QStringLiteral("sept"), {9, true});
        months.insert(QStringLiteral("sept."), {9, true});
        return months;
    }();
    return table;
}

} // namespace

std::optional<int> monthOfWord(QStringView lowerWord)
{
    const auto found = monthTable().constFind(QString::fromRawData(lowerWord.data(), lowerWord.size()));
    return found == monthTable().cend() ? std::nullopt : std::optional<int>(found->month);
}

bool isAbbreviatedMonth(QStringView lowerWord)
{
    const auto found = monthTable().constFind(QString::fromRawData(lowerWord.data(), lowerWord.size()));
    return found != monthTable().cend() && found->abbreviated;
}

std::optional<int> weekdayOfWord(QStringView lowerWord)
{
    static const QHash<QString, int> table = {
        {QStringLiteral("monday"), 1}, {QStringLiteral("tuesday"), 2},  {QStringLiteral("wednesday"), 3},
        {QStringLiteral("thursday"), 4}, {QStringLiteral("friday"), 5}, {QStringLiteral("saturday"), 6},
        {QStringLiteral("sunday"), 7},
    };
    const auto found = table.constFind(QString::fromRawData(lowerWord.data(), lowerWord.size()));
    return found == table.cend() ? std::nullopt : std::optional<int>(*found);
}

QString zoneOffset(QStringView zone)
{
    static const QHash<QString, QString> table = {
        {QStringLiteral("GMT"), QStringLiteral("Z")},      {QStringLiteral("UTC"), QStringLiteral("Z")},
        {QStringLiteral("Z"), QStringLiteral("Z")},        {QStringLiteral("BST"), QStringLiteral("+01:00")},
        {QStringLiteral("CET"), QStringLiteral("+01:00")}, {QStringLiteral("CEST"), QStringLiteral("+02:00")},
        {QStringLiteral("EET"), QStringLiteral("+02:00")}, {QStringLiteral("EEST"), QStringLiteral("+03:00")},
        {QStringLiteral("MSK"), QStringLiteral("+03:00")}, {QStringLiteral("IST"), QStringLiteral("+05:30")},
        {QStringLiteral("JST"), QStringLiteral("+09:00")}, {QStringLiteral("EST"), QStringLiteral("-05:00")},
        {QStringLiteral("EDT"), QStringLiteral("-04:00")}, {QStringLiteral("CST"), QStringLiteral("-06:00")},
        {QStringLiteral("CDT"), QStringLiteral("-05:00")}, {QStringLiteral("MST"), QStringLiteral("-07:00")},
        {QStringLiteral("MDT"), QStringLiteral("-06:00")}, {QStringLiteral("PST"), QStringLiteral("-08:00")},
        {QStringLiteral("PDT"), QStringLiteral("-07:00")}, {QStringLiteral("AEST"), QStringLiteral("+10:00")},
        {QStringLiteral("AEDT"), QStringLiteral("+11:00")}, {QStringLiteral("ACST"), QStringLiteral("+09:30")},
        {QStringLiteral("AWST"), QStringLiteral("+08:00")}, {QStringLiteral("NZST"), QStringLiteral("+12:00")},
        {QStringLiteral("NZDT"), QStringLiteral("+13:00")}, {QStringLiteral("HKT"), QStringLiteral("+08:00")},
        {QStringLiteral("SGT"), QStringLiteral("+08:00")}, {QStringLiteral("KST"), QStringLiteral("+09:00")},
        {QStringLiteral("PKT"), QStringLiteral("+05:00")}, {QStringLiteral("SAST"), QStringLiteral("+02:00")},
        {QStringLiteral("AKST"), QStringLiteral("-09:00")}, {QStringLiteral("AKDT"), QStringLiteral("-08:00")},
    };   // not WET, WEST nor HST: words and a sales tax ("1500 WET WIPES")
    return table.value(zone.toString());
}

QDate weekdayDate(int weekday, const QDate &published, WeekdayDirection direction)
{
    if (!published.isValid())
        return {};
    const int today = published.dayOfWeek();
    int back = (today - weekday + 7) % 7;      // days back to the weekday, 0 when it is today
    int ahead = (weekday - today + 7) % 7;
    switch (direction) {
    case WeekdayDirection::OnOrBefore:
        return published.addDays(-back);
    case WeekdayDirection::OnOrAfter:
        return published.addDays(ahead);
    case WeekdayDirection::Before:
        return published.addDays(-(back == 0 ? 7 : back));
    case WeekdayDirection::After:
        return published.addDays(ahead == 0 ? 7 : ahead);
    }
    return {};
}

QDate monthDayDate(int month, int day, const QDate &published, bool future)
{
    const bool beforeOrOn = month < published.month() || (month == published.month() && day <= published.day());
    const bool onOrAfter = month > published.month() || (month == published.month() && day >= published.day());
    int year = published.year();
    if (future && !onOrAfter)
        ++year;
    else if (!future && !beforeOrOn)
        --year;
    return QDate(year, month, day);
}

int yearOfMonth(int month, const QDate &published, bool future)
{
    if (future)
        return month >= published.month() ? published.year() : published.year() + 1;
    return month <= published.month() ? published.year() : published.year() - 1;
}

bool isFourDigitYear(QStringView digits)
{
    constexpr int kFirstYear = 1000;
    constexpr int kLastYear = 2199;
    bool number = false;
    const int year = digits.toInt(&number);
    return digits.size() == 4 && number && year >= kFirstYear && year <= kLastYear;
}

QDate nthWeekday(int year, int month, int weekday, int n)
{
    if (n < 0) {
        const QDate last(year, month, QDate(year, month, 1).daysInMonth());
        return last.addDays(-((last.dayOfWeek() - weekday + 7) % 7));
    }
    const QDate first(year, month, 1);
    return first.addDays((weekday - first.dayOfWeek() + 7) % 7 + 7 * (n - 1));
}

std::optional<int> yearShiftOfWord(QStringView lowerWord)
{
    if (lowerWord == u"last")
        return -1;
    if (lowerWord == u"this")
        return 0;
    if (lowerWord == u"next")
        return 1;
    return std::nullopt;
}

} // namespace galley
