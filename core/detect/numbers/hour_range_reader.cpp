#include "hour_range_reader.h"

#include "detect/numbers/day_parts.h"
#include "detect/numbers/time_reader.h"

#include <QRegularExpression>

namespace galley {

namespace {

bool isRangeConnector(const SentenceTokens &tokens, qsizetype t, bool between)
{
    if (between)
        return tokens.is(t, u"and");
    const QStringView text = tokens.text(t);
    return tokens.is(t, u"to") || tokens.is(t, u"until") || tokens.is(t, u"till") || text == u"-" || text == u"\u2013";
}

// "6", "6:30" or "6.30" as an hour of a clock with no a.m. or p.m.: "06:00", "06:30"; empty otherwise.
QString bareHour(QStringView text)
{
    static const QRegularExpression hour(QStringLiteral("^(1[0-2]|[1-9])(?:[:.]([0-5][0-9]))?$"));
    const QString subject = text.toString();   // the match refers to it
    const QRegularExpressionMatch match = hour.match(subject);
    if (!match.hasMatch())
        return {};
    return twoDigits(match.captured(1).toInt()) + u':' + (match.hasCaptured(2) ? match.captured(2) : QStringLiteral("00"));
}

DateTimeMatch rangeMatch(const SentenceTokens &tokens, qsizetype begin, qsizetype end, const QString &from, const QString &to)
{
    DateTimeMatch found = dateTimeMatch(tokens, NumberLabel::Time, begin, end, from + u'/' + to);
    found.mention.isoFrom = from;
    found.mention.isoTo = to;
    return found;
}

// A bare hour ("11", "6:30") as the start of a range ending at `to` (24-hour "HH:MM"): in the
// same half of the day when it comes before the end on the clock ("6 to 8 p.m." → 18:00), else
// in the other half ("10 to 2 p.m." → 10:00, "11 to 1 a.m." → 23:00).
QString onClockOf(const QString &bare, const QString &to)
{
    const int start = bare.left(2).toInt() % 12;   // 12 o'clock counts as 0
    const int endHour = to.left(2).toInt();
    const bool endAfternoon = endHour >= 12;
    const int end = endHour % 12;
    const QString minutes = bare.mid(2);
    const bool sameHalf = start < end || (start == end && minutes < to.mid(2));
    const bool afternoon = sameHalf ? endAfternoon : !endAfternoon;
    return twoDigits(start + (afternoon ? 12 : 0)) + minutes;
}

// "6-8 p.m.", "6:30-8 p.m.": both hours in one token.
std::optional<DateTimeMatch> readJoinedHours(const SentenceTokens &tokens, qsizetype at)
{
    if (!isMeridiemWord(tokens.lower(at + 1)))
        return std::nullopt;
    static const QRegularExpression hours(QStringLiteral("^([0-9:]+)[-\u2013]([0-9:]+)$"));
    const QString subject = tokens.text(at).toString();   // the match refers to it
    const QRegularExpressionMatch match = hours.match(subject);
    if (!match.hasMatch())
        return std::nullopt;
    const QString first = bareHour(match.capturedView(1));
    const QString second = bareHour(match.capturedView(2));
    if (first.isEmpty() || second.isEmpty())
        return std::nullopt;
    const bool afternoon = tokens.lower(at + 1).startsWith(u'p');
    const auto onClock = [afternoon](const QString &hour) -> QString {
        const int h = hour.left(2).toInt() % 12 + (afternoon ? 12 : 0);
        return twoDigits(h) + hour.mid(2);
    };
    const QString to = onClock(second);
    return rangeMatch(tokens, at, at + 2, onClockOf(first, to), to);
}

// "from 6 to 8 in the evening", "between 7 and 9 tonight", "from 11 to 2 at night"; not "rose from
// 6 to 8 this morning" or "will reach 7 to 10 in the afternoon", counts.
std::optional<DateTimeMatch> readHoursInDayPart(const SentenceTokens &tokens, qsizetype at, bool between)
{
    const auto dayPart = readDayPartAfter(tokens, at + 3);
    if (!dayPart || !dayPart->surelyATime || (!between && !tokens.is(at - 1, u"from")))
        return std::nullopt;
    const QString first = bareHour(tokens.text(at));
    const QString second = bareHour(tokens.text(at + 2));
    if (first.isEmpty() || second.isEmpty())
        return std::nullopt;
    const auto endHour = hourInDayPart(second.left(2).toInt(), dayPart->part);
    if (!endHour)
        return std::nullopt;
    const QString to = twoDigits(*endHour) + second.mid(2);
    return rangeMatch(tokens, at, at + 3 + dayPart->timeTokens, onClockOf(first, to), to);
}

} // namespace

bool isBareHour(QStringView token) { return !bareHour(token).isEmpty(); }

QString inAfternoonOf(const QString &from, const QString &to)
{
    if (from.size() < 5 || to.size() < 5 || from[2] != u':' || to[2] != u':')
        return from;
    const int fromHour = from.left(2).toInt();
    const int toHour = to.left(2).toInt();
    if (fromHour >= 12 || toHour < 12 || fromHour + 12 > toHour)
        return from;
    return twoDigits(fromHour + 12) + from.mid(2);
}

std::optional<DateTimeMatch> readHourRange(const SentenceTokens &tokens, qsizetype at, bool between, const QDate &day)
{
    if (!tokens.isKind(at, TokenKind::Number))
        return std::nullopt;
    if (!between) {
        if (auto joined = readJoinedHours(tokens, at))
            return joined;
    }
    if (!isRangeConnector(tokens, at + 1, between) || !tokens.isKind(at + 2, TokenKind::Number))
        return std::nullopt;
    if (auto hours = readHoursInDayPart(tokens, at, between))
        return hours;
    if (!isMeridiemWord(tokens.lower(at + 3)) && !tokens.text(at + 2).back().isLetter())   // "4 p.m.", "4pm"
        return std::nullopt;
    const QString first = bareHour(tokens.text(at));
    if (first.isEmpty())
        return std::nullopt;
    const auto second = readTime(tokens, at + 2, day);
    if (!second)
        return std::nullopt;
    // "from 6 to 8 p.m. ET": the zone after the end holds for both ends
    const QString to = second->mention.isoValue;
    static const QRegularExpression zoneStart(QStringLiteral("[Z+-]"));
    const qsizetype zoneAt = to.indexOf(zoneStart, 5);
    const QString clock = zoneAt < 0 ? to : to.left(zoneAt);
    const QString offset = zoneAt < 0 ? QString() : to.mid(zoneAt);
    DateTimeMatch found = rangeMatch(tokens, at, second->endToken, onClockOf(first, clock) + offset, to);
    found.mention.unit = second->mention.unit;
    return found;
}

} // namespace galley
