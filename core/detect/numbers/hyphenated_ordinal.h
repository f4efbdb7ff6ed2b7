#pragma once

#include "detect/numbers/number_mention.h"
#include "detect/numbers/sentence_tokens.h"

#include <optional>

namespace galley {

// The rank at the head of a hyphenated word: "fourth-quarter profit", "the second-largest city",
// "her 10th-place finish", "the first-ever vote". The mention covers the ordinal alone; "quarter"
// and "half" are its unit, as in "the fourth quarter". Only words that make the ordinal a rank
// follow: "third-party", "first-hand" and "second-rate" are no ordinals.
std::optional<NumberMention> readHyphenatedOrdinal(const SentenceTokens &tokens, qsizetype i);

} // namespace galley
