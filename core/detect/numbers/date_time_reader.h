#pragma once

#include "detect/numbers/date_time_match.h"

#include <QDate>

#include <optional>

namespace galley {

// Reads a date or time starting at token i: "December 8", "15 December 2016", "Dec. 15",
// "2016-12-15", "since 2011", "the 1990s", "mid-December", "Thursday", "last week", "yesterday",
// "03:31 GMT", "2 p.m.", "noon". Partial dates are resolved against `published`; without it
// month/day dates are written "--12-08" and weekdays and relative dates keep isoValue empty.
std::optional<DateTimeMatch> readDateOrTime(const SentenceTokens &tokens, qsizetype i, const QDate &published);

} // namespace galley
