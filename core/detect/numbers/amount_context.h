#pragma once

#include "detect/numbers/modifier_words.h"
#include "detect/numbers/sentence_tokens.h"

namespace galley {

// How the words around an amount make it read.

// "rose 20% over two years", "phased in over three years", "110 games over two seasons": the
// modifier "over" at token i spreads the amount across a stretch rather than bounding it; after
// "for", "of", "in", "by" or a verb of lasting it bounds it ("for over 30 years", "over two years
// old").
bool isOverAcrossAStretch(const SentenceTokens &tokens, qsizetype i, const ModifierMatch &modifier);

// "fell $2 to 180", "cut its price by $2 to …": a word of change before the amount at token i,
// so that "to" leads to the level it reached (callers ask only when the change has its unit:
// "rose 3 to 4 percent" is a range).
bool isChangeBefore(const SentenceTokens &tokens, qsizetype i);

} // namespace galley
