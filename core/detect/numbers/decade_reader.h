#pragma once

#include "detect/numbers/date_time_match.h"

#include <QDate>

#include <optional>

namespace galley {

// A decade of years whose digits are at token i, with the words before it that belong to it:
// "the 1990s", "the late 1990s", "mid-1990s", "the '90s", "the mid-'80s", the "70s" of "the 1960s
// and 70s". Its value is the ISO 8601 decade ("199"), from and to its first and last years, or a
// part of them when early (0–3), mid (4–6) or late (7–9). Two digits are a decade only after an
// apostrophe or a decade of four ("in the 40s for months", "in the mid-70s" are ratings and
// temperatures); they take the century of the decade they follow, else the latest one that does
// not start after `published` ("the '20s" written in 2016 are the 1920s); without a publication
// date, "'00s" and "'10s" are 2000 and 2010 and the rest 19xx.
std::optional<DateTimeMatch> readDecade(const SentenceTokens &tokens, qsizetype i, const QDate &published);

} // namespace galley
