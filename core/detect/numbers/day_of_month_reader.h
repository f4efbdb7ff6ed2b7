#pragma once

#include "detect/numbers/amount_reader.h"
#include "detect/numbers/number_mention.h"
#include "detect/numbers/sentence_tokens.h"

#include <QDate>

namespace galley {

// "paid on the 15th", "due by the 1st": the ordinal `mention` of `amount` becomes a date of the
// month of writing, or of the month before or after it as the tense says. Left as it is: "the
// 15th floor" (it counts floors), "the 1st of each month" (it recurs), "the 21st and 22nd of
// June" (June's), a day the month does not have.
void resolveDayOfMonth(const SentenceTokens &tokens, const QDate &published, NumberMention &mention, const Amount &amount);

} // namespace galley
