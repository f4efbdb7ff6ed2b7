#pragma once

#include "detect/numbers/number_mention.h"
#include "detect/numbers/sentence_tokens.h"

#include <QList>

namespace galley {

// A score or vote written as one token, each side a count: "passed 51-49", "beat the Bills
// 24-10", "a 7-2 ruling", "a 1-1 draw" → two CARDINAL mentions, 51 and 49. A token reads as a
// tally after a verb of winning or voting, before a noun of one ("victory", "vote", "decision"),
// or when its first side is not below its second; never before a unit or what a range counts
// ("lost 5-10 kg", "won 10-15 seats"; a range is written low to high: "15-20 people", "ages
// 18-25"). Not "24-7", "9-5", "$5-10", "4-38 on Friday".
// Empty when token i holds no tally.
QList<NumberMention> readTally(const SentenceTokens &tokens, qsizetype i);

} // namespace galley
