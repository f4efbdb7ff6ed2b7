#include "duration_length.h"

#include <QString>

#include <algorithm>

namespace galley {

namespace {

constexpr double minute = 60;
constexpr double hour = 60 * minute;
constexpr double day = 24 * hour;
constexpr double year = 365.2425 * day;

// An open count ("X") stands for a few: "several years", "the coming weeks".
constexpr double fewOf = 3;

std::optional<double> dateUnit(QStringView designator)
{
    if (designator == u"Y")
        return year;
    if (designator == u"M")
        return year / 12;
    if (designator == u"W")
        return 7 * day;
    if (designator == u"D")
        return day;
    if (designator == u"DE")
        return 10 * year;
    if (designator == u"CE")
        return 100 * year;
    return std::nullopt;
}

std::optional<double> timeUnit(QStringView designator)
{
    if (designator == u"H")
        return hour;
    if (designator == u"M")
        return minute;
    if (designator == u"S")
        return 1;
    return std::nullopt;
}

// One "nU" (or "XU") at `at`; moves `at` past it.
std::optional<double> readPart(QStringView text, qsizetype &at, bool timePart)
{
    qsizetype end = at;
    double count = fewOf;
    if (end < text.size() && text[end] == u'X') {
        ++end;
    } else {
        while (end < text.size() && (text[end].isDigit() || text[end] == u'.' || text[end] == u','))
            ++end;
        bool number = false;
        count = text.mid(at, end - at).toString().replace(u',', u'.').toDouble(&number);
        if (!number)
            return std::nullopt;
    }
    // A designator is one letter, or the two of decades and centuries ("P2DE", "PXCE").
    const QStringView rest = text.mid(end);
    const qsizetype designatorLength = !timePart && (rest.startsWith(u"DE") || rest.startsWith(u"CE")) ? 2 : 1;
    const qsizetype designatorEnd = std::min(text.size(), end + designatorLength);
    const QStringView designator = text.mid(end, designatorEnd - end);
    const std::optional<double> unit = timePart ? timeUnit(designator) : dateUnit(designator);
    if (!unit)
        return std::nullopt;
    at = designatorEnd;
    return count * *unit;
}

} // namespace

std::optional<double> durationSeconds(QStringView iso)
{
    if (iso.size() < 3 || iso[0] != u'P')
        return std::nullopt;
    double seconds = 0;
    qsizetype at = 1;
    bool timePart = false;
    bool anyPart = false;
    while (at < iso.size()) {
        if (iso[at] == u'T' && !timePart) {
            timePart = true;
            ++at;
            continue;
        }
        const std::optional<double> part = readPart(iso, at, timePart);
        if (!part)
            return std::nullopt;
        seconds += *part;
        anyPart = true;
    }
    if (!anyPart)
        return std::nullopt;
    return seconds;
}

} // namespace galley
