#pragma once

#include "detect/numbers/date_time_match.h"

#include <optional>

namespace galley {

// A time of day at token i: "03:31 GMT" → "03:31Z" (unit "GMT"), "2 p.m." → "14:00",
// "10.30am", "8pm MSK" → "20:00+03:00", "9 a.m. local time", "noon", "midnight".
std::optional<DateTimeMatch> readTime(const SentenceTokens &tokens, qsizetype i);

} // namespace galley
