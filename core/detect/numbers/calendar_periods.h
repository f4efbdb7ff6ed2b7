#pragma once

#include "detect/numbers/date_time_match.h"

#include <QDate>

#include <optional>

namespace galley {

// Named stretches of the calendar at token i, resolved against the publication date by the
// words before them or the tense: a weekend ("last weekend", "at the weekend" → "2024-W10-WE"),
// a season ("last spring", "in the summer", "winter 2023" → "2023-WI", TimeML's codes, northern
// seasons), a holiday ("Christmas Day", "New Year's Eve", "Easter", "Thanksgiving" → its date).
std::optional<DateTimeMatch> readCalendarPeriod(const SentenceTokens &tokens, qsizetype i, const QDate &published);

// Whether a word may open such a period ("weekend", "spring", "christmas", …), for the finder's
// mention starts.
bool mayStartCalendarPeriod(QStringView lowerWord);

} // namespace galley
