#pragma once

#include "detect/numbers/sentence_tokens.h"

namespace galley {

// Whether the sentence speaks of the future around token i: the nearest tense marker decides
// ("will", "could", "scheduled" against "said", "was", past participles not after "be"); past
// when there is none, since news reports what happened.
bool isFutureTenseAround(const SentenceTokens &tokens, qsizetype i);

} // namespace galley
