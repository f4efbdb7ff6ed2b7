#pragma once

#include "text/token.h"

#include <QList>
#include <QStringView>

namespace galley {

// Splits text into tokens the way CoNLL-2003 and the Penn Treebank split news text:
// clitics come off ("Aleppo’s" → "Aleppo" "’s", "don't" → "do" "n't"), hyphenated names and
// numbers with separators stay whole ("Al-Rashidin-4", "108,076", "03:31"), abbreviations keep
// their period ("Lt.", "U.S.", "Dec."), every quote mark and dash is a token of its own, URLs
// and e-mail addresses are one token. Any Unicode space (NBSP too) and CR/LF separate tokens.
QList<Token> tokenize(QStringView text);

// Every quote mark the tokenizer reads as one: " ' ` “ ” ‘ ’ « » „ ‚ ‹ › ‟ ‛ and primes.
bool isQuoteMark(char16_t c);

} // namespace galley
