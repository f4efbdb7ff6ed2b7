#pragma once

#include "detect/numbers/sentence_tokens.h"

#include <optional>

namespace galley {

// The part of the day written after a clock time, which tells morning from evening: "8:15
// tonight", "at 3 in the afternoon", "11 at night", "at 10 this morning", "7.30 on Monday evening".
struct DayPartAfter
{
    enum class Part { Morning, Afternoon, Evening, Night };
    Part part;
    // Tokens that belong to the time's own span: "in the evening" (3), "at night" (2); none for
    // "tonight" or "Monday morning", which name a day and are dates of their own.
    qsizetype timeTokens;
    // Only a time is followed by "in the evening", "at night", "tonight"; "at 1.25 this morning"
    // may be a price.
    bool surelyATime;
};

std::optional<DayPartAfter> readDayPartAfter(const SentenceTokens &tokens, qsizetype i);

// The hour on a 24-hour clock: "8" tonight is 20, "12" tonight is 0, "2" at night stays 2, "12"
// in the morning is 0. A 24-hour hour (13 and above) is kept. Empty for an hour the part of the
// day has not ("9 in the afternoon", "2 in the evening").
std::optional<int> hourInDayPart(int hour, DayPartAfter::Part part);

} // namespace galley
