#include "time_zones.h"

#include "detect/numbers/calendar_words.h"
#include "detect/numbers/date_time_match.h"

#include <QHash>

#include <cstdlib>

namespace galley {

namespace {

QDate nthSunday(int year, int month, int n)
{
    const QDate first(year, month, 1);
    return first.addDays((7 - first.dayOfWeek()) % 7 + 7 * (n - 1));
}

QDate lastSunday(int year, int month)
{
    const QDate last(year, month, QDate(year, month, 1).daysInMonth());
    return last.addDays(-(last.dayOfWeek() % 7));
}

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

} // namespace

bool isUsDaylightSaving(const QDate &day)
{
    const int year = day.year();
    if (year >= 2007)
        return day >= nthSunday(year, 3, 2) && day < nthSunday(year, 11, 1);
    return day >= nthSunday(year, 4, 1) && day < lastSunday(year, 10);
}

std::optional<WrittenZone> readZone(const SentenceTokens &tokens, qsizetype i, const QDate &day)
{
    const QStringView word = tokens.text(i);
    if (const QString offset = zoneOffset(word); !offset.isEmpty())
        return WrittenZone{word.toString(), offset, i + 1};
    const auto standard = usStandardOffset(word);
    if (!standard)
        return std::nullopt;
    qsizetype end = i + 1;
    const bool abbreviation = word.size() == 2;
    // "Eastern Time", "Pacific time"; the names alone only where nothing follows that they would
    // describe: "8 p.m. Eastern", not "at 5 p.m. Central Park"
    if (tokens.is(end, u"time"))
        ++end;
    else if (!abbreviation && tokens.isKind(end, TokenKind::Word))
        return std::nullopt;
    QString name = word.toString();
    if (end > i + 1)
        name += u' ' + tokens.text(i + 1).toString();
    const QString offset = day.isValid() ? isoOffset(*standard + (isUsDaylightSaving(day) ? 1 : 0)) : QString();
    return WrittenZone{name, offset, end};
}

} // namespace galley
