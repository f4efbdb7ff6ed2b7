#pragma once

#include "detect/numbers/number_mention.h"
#include "detect/numbers/sentence_tokens.h"

#include <QString>

namespace galley {

// A date or time mention read from the tokens and the token after it.
struct DateTimeMatch
{
    NumberMention mention;
    qsizetype endToken = 0;
};

// A match of `label` over tokens [begin, end) with its ISO 8601 value.
inline DateTimeMatch dateTimeMatch(const SentenceTokens &tokens, NumberLabel label, qsizetype begin, qsizetype end,
                                   const QString &iso)
{
    DateTimeMatch found;
    found.mention.label = label;
    found.mention.isoValue = iso;
    found.mention.start = tokens.token(begin).start;
    found.mention.end = tokens.token(end - 1).end;
    found.endToken = end;
    return found;
}

// n as two digits: 8 → "08".
inline QString twoDigits(int n) { return QString::number(n).rightJustified(2, u'0'); }

} // namespace galley
