#pragma once

#include "detect/numbers/date_time_match.h"

#include <QDate>

#include <optional>

namespace galley {

// A time of day at token i: "03:31 GMT" → "03:31Z" (unit "GMT"), "2 p.m." → "14:00",
// "10.30am", "8pm MSK" → "20:00+03:00", "1400 GMT" → "14:00Z", "9 a.m. local time", "noon",
// "midnight", "8 p.m. ET" → "20:00-04:00" when `day` (the publication date) falls in US daylight
// saving time.
std::optional<DateTimeMatch> readTime(const SentenceTokens &tokens, qsizetype i, const QDate &day);

// "a.m.", "p.m.", "am", "pm" (lower case) after a time.
bool isMeridiemWord(QStringView lower);

} // namespace galley
