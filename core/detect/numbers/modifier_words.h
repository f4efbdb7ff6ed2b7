#pragma once

#include "detect/numbers/number_mention.h"
#include "detect/numbers/sentence_tokens.h"

#include <optional>

namespace galley {

struct ModifierMatch
{
    NumberModifier modifier = NumberModifier::None;
    qsizetype endToken = 0;
};

// A modifier written before an amount, starting at token i: "more than" → Greater, "at least"
// → GreaterOrEqual, "nearly"/"almost"/"less than" → Less, "up to"/"at most" → LessOrEqual,
// "about"/"some"/"around" → Approximately.
std::optional<ModifierMatch> readModifierBefore(const SentenceTokens &tokens, qsizetype i);

// The first word of a modifier written before an amount: "more", "at", "about".
bool isModifierStart(QStringView lowerWord);

// A modifier written after an amount and its unit at token i: "or more", "or less", "or so".
std::optional<ModifierMatch> readModifierAfter(const SentenceTokens &tokens, qsizetype i);

} // namespace galley
