#pragma once

#include "detect/numbers/number_mention.h"
#include "detect/numbers/phrase_reader.h"

#include <optional>

namespace galley {

// "one in five Americans", "1 in every 4 homes", "one in every five dollars": a share (0.2) of
// what follows, when `first`, read from token i, is a small count before "in"; `next` is set to
// the token after it. Not "the top 10 in 20 countries" nor "fell to 12 in 40 sectors".
std::optional<NumberMention> readShare(const SentenceTokens &tokens, qsizetype i, const Phrase &first, qsizetype &next);

} // namespace galley
