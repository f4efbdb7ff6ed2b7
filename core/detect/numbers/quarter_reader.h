#pragma once

#include "detect/numbers/date_time_match.h"

#include <optional>

namespace galley {

// "the first quarter of 2026", "the fourth quarter in 2025", "Q3 2024": a year's quarter as the
// interval of its months, "2026-01/2026-03" (ISO 8601 has no quarters). A quarter without its
// year ("the third quarter") is left to the ordinal reader.
std::optional<DateTimeMatch> readQuarter(const SentenceTokens &tokens, qsizetype i);

} // namespace galley
