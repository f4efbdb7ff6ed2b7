#pragma once

#include "detect/numbers/number_mention.h"
#include "detect/numbers/sentence_tokens.h"

#include <optional>

namespace galley {

// "in his 40s", "in her early 30s", "in their 20s and 30s": an age between the decade's years
// (early: the first four, mid: the middle three, late: the last three), a duration in years, at
// token i ("early", "mid-40s" or the decade); `next` is the token after it.
std::optional<NumberMention> readAgeDecade(const SentenceTokens &tokens, qsizetype i, qsizetype &next);

// A count read as an age ("aged 12", "aged 18 to 24"): the duration in years, as "a 12-year-old" is.
void toAgeInYears(NumberMention &mention);

} // namespace galley
