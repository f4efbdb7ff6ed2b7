#include "extract/date_text.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>

namespace galley {

namespace {

// Every accepted spelling, lower case, with the month it names. Abbreviations may carry a dot.
const QHash<QString, int> &monthsByName()
{
    static const QHash<QString, int> table = [] {
        const char *const names[12] = {
            "january jan januar janvier enero gennaio janeiro januari",
            "february feb febr februar février fevrier febrero febbraio fevereiro februari",
            "march mar märz maerz mars marzo março maart",
            "april apr avril abril aprile",
            "may mai mayo maggio maio mei",
            "june jun juni juin junio giugno junho",
            "july jul juli juillet julio luglio julho",
            "august aug août aout agosto augustus",
            "september sep sept septembre septiembre settembre setembro",
            "october oct oktober octobre octubre ottobre outubro okt",
            "november nov novembre noviembre novembro",
            "december dec dezember décembre decembre diciembre dicembre dezembro dez",
        };
        QHash<QString, int> result;
        for (int month = 0; month < 12; ++month) {
            for (const QString &name : QString::fromUtf8(names[month]).split(QLatin1Char(' ')))
                result.insert(name, month + 1);
        }
        return result;
    }();
    return table;
}

QString monthAlternation()
{
    QStringList names = monthsByName().keys();
    // Longest first so that "december" wins over "dec".
    std::sort(names.begin(), names.end(), [](const QString &a, const QString &b) {
        return a.size() != b.size() ? a.size() > b.size() : a < b;
    });
    return names.join(QLatin1Char('|'));
}

struct DatePattern
{
    QRegularExpression expression;
    enum class Order { MonthDayYear, DayMonthYear, NumericDayMonthYear, NumericYearMonthDay } order;
};

const QList<DatePattern> &datePatterns()
{
    static const QList<DatePattern> patterns = [] {
        const QString month = QStringLiteral("(?<month>") + monthAlternation() + QStringLiteral(")\\.?");
        const QString day = QStringLiteral("(?<day>\\d{1,2})(?:st|nd|rd|th|\\.)?");
        const QString year = QStringLiteral("(?<year>\\d{4})");
        const QString space = QStringLiteral("[\\s\\x{00A0}]+");
        const auto options = QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption;
        QList<DatePattern> result;
        result.append({QRegularExpression(QStringLiteral("(?<![\\p{L}\\d])") + month + space + day + QStringLiteral(",?") + space + year
                                              + QStringLiteral("(?!\\d)"), options),
                       DatePattern::Order::MonthDayYear});
        result.append({QRegularExpression(QStringLiteral("(?<![\\p{L}\\d])") + day + space + QStringLiteral("(?:of" ) + space
                                              + QStringLiteral("|de") + space + QStringLiteral(")?") + month
                                              + QStringLiteral(",?") + space + QStringLiteral("(?:de") + space + QStringLiteral(")?")
                                              + year + QStringLiteral("(?!\\d)"), options),
                       DatePattern::Order::DayMonthYear});
        result.append({QRegularExpression(QStringLiteral("(?<![\\d.])(?<day>\\d{1,2})\\.(?<month>\\d{1,2})\\.(?<year>\\d{4})(?![\\d])")),
                       DatePattern::Order::NumericDayMonthYear});
        result.append({QRegularExpression(QStringLiteral("(?<![\\d-])(?<year>\\d{4})-(?<month>\\d{2})-(?<day>\\d{2})(?![\\d])")),
                       DatePattern::Order::NumericYearMonthDay});
        return result;
    }();
    return patterns;
}

QDate dateFromMatch(const QRegularExpressionMatch &match, DatePattern::Order order)
{
    const int year = match.captured(u"year").toInt();
    const int day = match.captured(u"day").toInt();
    int month = 0;
    if (order == DatePattern::Order::MonthDayYear || order == DatePattern::Order::DayMonthYear)
        month = monthsByName().value(match.captured(u"month").toLower());
    else
        month = match.captured(u"month").toInt();
    return QDate(year, month, day);   // invalid for impossible days such as 31 February
}

} // namespace

QList<ProseDate> findProseDates(QStringView text)
{
    QList<ProseDate> found;
    for (const DatePattern &pattern : datePatterns()) {
        auto matches = pattern.expression.globalMatch(text);
        while (matches.hasNext()) {
            const QRegularExpressionMatch match = matches.next();
            const QDate date = dateFromMatch(match, pattern.order);
            if (!date.isValid())
                continue;
            const qsizetype start = match.capturedStart();
            const qsizetype length = match.capturedLength();
            const bool overlaps = std::any_of(found.cbegin(), found.cend(), [&](const ProseDate &other) {
                return start < other.start + other.length && other.start < start + length;
            });
            if (!overlaps)
                found.append({date, start, length});
        }
    }
    std::sort(found.begin(), found.end(), [](const ProseDate &a, const ProseDate &b) { return a.start < b.start; });
    return found;
}

QList<int> findWeekdayNames(QStringView text)
{
    // Full names, or abbreviations only with their dot: "Sun" and "Wed" are also other words.
    static const QRegularExpression weekday(
        QStringLiteral("\\b(?:(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b"
                       "|(mon|tue|wed|thu|fri|sat|sun)[a-z]{0,3}\\.)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QStringList stems{QStringLiteral("mon"), QStringLiteral("tue"), QStringLiteral("wed"),
                                   QStringLiteral("thu"), QStringLiteral("fri"), QStringLiteral("sat"),
                                   QStringLiteral("sun")};
    QList<int> days;
    auto matches = weekday.globalMatch(text);
    while (matches.hasNext()) {
        const QRegularExpressionMatch match = matches.next();
        const QString name = match.captured(1).isEmpty() ? match.captured(2) : match.captured(1);
        days.append(int(stems.indexOf(name.left(3).toLower())) + 1);
    }
    return days;
}

QString isoDate(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

bool isSentenceWithDate(QStringView text)
{
    const QStringView trimmed = text.trimmed();
    if (trimmed.isEmpty() || (!trimmed.endsWith(u'.') && !trimmed.endsWith(u'!') && !trimmed.endsWith(u'?')))
        return false;
    const QList<ProseDate> dates = findProseDates(text);
    if (dates.isEmpty())
        return false;
    // Words in lower case beside the date: prose has them, a dateline's labels, names, weekdays,
    // times and separators ("Jane Doe, Staff Writer | March 14, 2024") hardly any.
    const ProseDate &date = dates.first();
    qsizetype lowerWords = 0;
    for (QStringView part : {text.left(date.start), text.mid(date.start + date.length)}) {
        for (QStringView word : part.split(u' ', Qt::SkipEmptyParts))
            lowerWords += word.front().isLower();
    }
    constexpr qsizetype kMostLowerCaseWords = 3;
    return lowerWords > kMostLowerCaseWords;
}

} // namespace galley
