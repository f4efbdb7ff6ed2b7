#pragma once

#include "detect/numbers/sentence_tokens.h"

#include <QString>

namespace galley {

// What a number counts: the head noun of the noun phrase that starts at token i, skipping "of"
// and determiners ("dozens of pieces of equipment" → "pieces", "two convoys of buses" →
// "convoys", "108,076 civilians" → "civilians"). `plural` is true when the amount is not one:
// the first plural-looking word then wins over adjectives before it. Empty when a function word,
// a pronoun or punctuation follows.
QString countedNoun(const SentenceTokens &tokens, qsizetype i, bool plural);

} // namespace galley
