#include "day_parts.h"

#include "detect/numbers/calendar_words.h"

namespace galley {

namespace {

std::optional<DayPartAfter::Part> partOfWord(QStringView lower)
{
    using Part = DayPartAfter::Part;
    if (lower == u"morning")
        return Part::Morning;
    if (lower == u"afternoon")
        return Part::Afternoon;
    if (lower == u"evening")
        return Part::Evening;
    if (lower == u"night")
        return Part::Night;
    return std::nullopt;
}

} // namespace

std::optional<DayPartAfter> readDayPartAfter(const SentenceTokens &tokens, qsizetype i)
{
    if (tokens.is(i, u"tonight"))
        return DayPartAfter{DayPartAfter::Part::Night, 0, true};
    if (tokens.is(i, u"in") && tokens.is(i + 1, u"the")) {
        if (const auto part = partOfWord(tokens.lower(i + 2)); part && *part != DayPartAfter::Part::Night)
            return DayPartAfter{*part, 3, true};
    }
    if (tokens.is(i, u"at") && tokens.is(i + 1, u"night"))
        return DayPartAfter{DayPartAfter::Part::Night, 2, true};
    // "this morning", "on Monday evening", "tomorrow night", "last night"
    qsizetype at = tokens.is(i, u"on") ? i + 1 : i;
    const QString &day = tokens.lower(at);
    const bool namesADay = day == u"this" || day == u"that" || day == u"tomorrow" || day == u"yesterday"
                           || day == u"last" || (weekdayOfWord(day) && tokens.isCapitalised(at));
    if (!namesADay || (at > i && (day == u"this" || day == u"that" || day == u"last")))
        return std::nullopt;
    if (const auto part = partOfWord(tokens.lower(at + 1)); part && !(day == u"last" && *part != DayPartAfter::Part::Night))
        return DayPartAfter{*part, 0, false};
    return std::nullopt;
}

std::optional<int> hourInDayPart(int hour, DayPartAfter::Part part)
{
    if (hour > 12)
        return hour;
    switch (part) {
    case DayPartAfter::Part::Morning:
        return hour == 12 ? 0 : hour;
    case DayPartAfter::Part::Afternoon:
        if (hour == 12)
            return 12;
        return hour <= 6 ? std::optional<int>(hour + 12) : std::nullopt;
    case DayPartAfter::Part::Evening:
        return hour >= 4 && hour <= 11 ? std::optional<int>(hour + 12) : std::nullopt;
    case DayPartAfter::Part::Night:
        return hour == 12 ? 0 : hour < 5 ? hour : hour + 12;
    }
    return std::nullopt;
}

} // namespace galley
