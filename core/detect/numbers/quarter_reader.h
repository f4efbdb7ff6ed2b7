#pragma once

#include "detect/numbers/date_time_match.h"

#include <QDate>

#include <optional>

namespace galley {

// "the first quarter of 2026", "the fourth quarter in 2025", "Q3 2024", "Q3 last year", "the
// third quarter of this year": a year's quarter as the interval of its months, "2026-01/2026-03"
// (ISO 8601 has no quarters); halves likewise ("H1 2024", "the second half of the year"). A year
// written relative to the publication date is its year ("the year": the year of writing); with
// none known the mention has no value. A quarter without its year is resolved by the tense of the
// sentence when written "Q4" ("added 8 million subscribers in Q4"; not "the Q4 e-tron", "Q2
// Stadium", "knocked out in Q2") or spelled out within eight tokens of a business's or an
// economy's figures ("profits fell in the third quarter"); otherwise ("scored in the third
// quarter") it is left to the ordinal reader, or no number.
std::optional<DateTimeMatch> readQuarter(const SentenceTokens &tokens, qsizetype i, const QDate &published);

} // namespace galley
