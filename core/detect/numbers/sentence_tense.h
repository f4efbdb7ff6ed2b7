#pragma once

#include "detect/numbers/sentence_tokens.h"

namespace galley {

// Whether the sentence speaks of the future around token i: the nearest tense marker decides
// ("will", "could", "must", "scheduled", "is to", "is set to", and in running text the present of
// scheduled events: "ministers meet", "talks resume" — against "said", "was", "fell", past
// participles not after "be": "is closed", "stay closed"); with none of these, a present "is",
// "are", "until" or "before" in running text speaks of the future ("the deadline is Friday");
// past otherwise, since news reports what happened.
bool isFutureTenseAround(const SentenceTokens &tokens, qsizetype i);

// Whether the sentence says "will" ("'ll", "shall", "won't"): what it tells has not begun.
bool saysWill(const SentenceTokens &tokens);

// Whether the sentence plainly tells of the past: a past form of "be", "have" or "do", a verb
// ending in "-ed", or a common irregular past ("met", "went", "said"). Neither this nor
// isFutureTenseAround: a present of habit ("prices rise in the summer"), which names no one date.
bool isPastTenseAround(const SentenceTokens &tokens, qsizetype i);

// Whether a past form stands close to the words [begin, end): among the five words before them
// (numbers and signs not counted) or right after them ("we met at Christmas", "spent $3 billion on
// Cyber Monday", "Easter was early"); not "the appearance hinted at the niche he sees for himself
// as Election Day nears", nor a present perfect ("has increased ahead of Election Day").
bool isPastVerbClose(const SentenceTokens &tokens, qsizetype begin, qsizetype end);

// Whether the day at token i is one an event is set for, whatever the tense: "called a snap
// election for July 23", "set sentencing for Sept. 18" (a verb of scheduling a few words before
// "for"; not "set a record for"). Days only: "sales for November" is a period.
bool isDaySetFor(const SentenceTokens &tokens, qsizetype i);

} // namespace galley
