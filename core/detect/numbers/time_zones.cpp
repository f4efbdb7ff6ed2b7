#include "time_zones.h"

#include "detect/numbers/calendar_words.h"
#include "detect/numbers/date_time_match.h"

#include <QHash>
#include <QSet>

#include <cstdlib>

namespace galley {

namespace {

constexpr int kSunday = 7;

// Standard offsets in hours of the US zones that change with the seasons.
std::optional<int> usStandardOffset(QStringView word)
{
    static const QHash<QString, int> zones = {
        {QStringLiteral("ET"), -5},      {QStringLiteral("CT"), -6},      {QStringLiteral("MT"), -7},
        {QStringLiteral("PT"), -8},      {QStringLiteral("Eastern"), -5}, {QStringLiteral("Central"), -6},
        {QStringLiteral("Mountain"), -7}, {QStringLiteral("Pacific"), -8},
    };
    const auto found = zones.constFind(word.toString());
    return found == zones.cend() ? std::nullopt : std::optional<int>(*found);
}

QString isoOffset(int hours)
{
    return (hours < 0 ? QStringLiteral("-") : QStringLiteral("+")) + twoDigits(std::abs(hours)) + QStringLiteral(":00");
}

// The offset of a US zone on the days around `day`: a time written without its date may fall a
// few days either side of the publication date, so within a week of a change the offset is left
// unsaid ("8 p.m. ET on Nov. 8" in an article of Nov. 1).
QString usOffsetAround(int standardHours, const QDate &day)
{
    constexpr int kDaysEitherSide = 7;
    if (!day.isValid())
        return {};
    const auto before = isUsDaylightSaving(day.addDays(-kDaysEitherSide));
    const auto after = isUsDaylightSaving(day.addDays(kDaysEitherSide));
    if (!before || !after || *before != *after)
        return {};
    return isoOffset(standardHours + (*before ? 1 : 0));
}

// What may follow a spelled zone name: "8 p.m. Eastern.", "9 p.m. Eastern on Monday"; not "5 p.m.
// Central Park".
bool mayFollowZoneName(const SentenceTokens &tokens, qsizetype i)
{
    static const QSet<QString> words = {
        QStringLiteral("on"),   QStringLiteral("in"),    QStringLiteral("at"),   QStringLiteral("and"),
        QStringLiteral("or"),   QStringLiteral("to"),    QStringLiteral("until"), QStringLiteral("when"),
        QStringLiteral("with"), QStringLiteral("from"),  QStringLiteral("for"),  QStringLiteral("but"),
        QStringLiteral("tonight"), QStringLiteral("today"), QStringLiteral("tomorrow"),
    };
    return !tokens.isKind(i, TokenKind::Word) || words.contains(tokens.lower(i));
}

} // namespace

std::optional<bool> isUsDaylightSaving(const QDate &day)
{
    const int year = day.year();
    if (year >= 2007)
        return day >= nthWeekday(year, 3, kSunday, 2) && day < nthWeekday(year, 11, kSunday, 1);
    if (year >= 1987)
        return day >= nthWeekday(year, 4, kSunday, 1) && day < nthWeekday(year, 10, kSunday, -1);
    if (year >= 1976)
        return day >= nthWeekday(year, 4, kSunday, -1) && day < nthWeekday(year, 10, kSunday, -1);
    return std::nullopt;   // 1974 and 1975 kept it through the winter; before 1967 each state chose
}

std::optional<WrittenZone> readZone(const SentenceTokens &tokens, qsizetype i, const QDate &day)
{
    const QStringView word = tokens.text(i);
    if (const QString offset = zoneOffset(word); !offset.isEmpty())
        return WrittenZone{word.toString(), offset, i + 1};
    const auto standard = usStandardOffset(word);
    if (!standard)
        return std::nullopt;
    const bool abbreviation = word.size() == 2;
    QString name = word.toString();
    qsizetype end = i + 1;
    // "Eastern Standard Time", "Pacific Daylight Time": the offset is written
    if (!abbreviation && (tokens.is(end, u"standard") || tokens.is(end, u"daylight")) && tokens.is(end + 1, u"time")) {
        const bool daylight = tokens.is(end, u"daylight");
        name += u' ' + tokens.text(end).toString() + u' ' + tokens.text(end + 1).toString();
        return WrittenZone{name, isoOffset(*standard + (daylight ? 1 : 0)), end + 2};
    }
    if (tokens.is(end, u"time")) {   // "Eastern Time", "Pacific time", "ET time"
        name += u' ' + tokens.text(end).toString();
        ++end;
    } else if (!abbreviation && !mayFollowZoneName(tokens, end)) {
        return std::nullopt;
    }
    return WrittenZone{name, usOffsetAround(*standard, day), end};
}

} // namespace galley
