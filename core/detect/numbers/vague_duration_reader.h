#pragma once

#include "detect/numbers/date_time_match.h"
#include "detect/numbers/unit_reader.h"

#include <optional>

namespace galley {

// A stretch of time whose count the text leaves open, starting at token i: "several years",
// "a few hours", "many months", "the past few days", "the coming weeks", "in recent years",
// "for decades" (the span is "decades"). A duration, approximate, whose value has TimeML's X for
// the count: "PXY", "PTXH", "PXDE" for decades; with "ago" ("several years ago") a date before
// the day of writing, approximate, with no value. "A couple of days" is about two: "P2D".
std::optional<DateTimeMatch> readVagueDuration(const SentenceTokens &tokens, qsizetype i);

// A token that may open a vague duration, for the scan that looks for mentions: "several",
// "a" ("a few"), "recent", "years" ("for years").
bool mayStartVagueDuration(QStringView lowerWord);

// TimeML's duration of an open count of `unit`s: years → "PXY", hours → "PTXH", decades → "PXDE".
QString vagueIsoDuration(const TimeUnit &unit);

} // namespace galley
