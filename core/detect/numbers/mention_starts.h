#pragma once

#include "detect/numbers/sentence_tokens.h"

namespace galley {

// Whether any number, date or time reader can start at token i: digits, symbols, number words,
// calendar words, modifiers. Most words of a text are not, and the detector skips them at once.
bool mayStartMention(const SentenceTokens &tokens, qsizetype i);

} // namespace galley
