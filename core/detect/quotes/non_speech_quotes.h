#pragma once

#include "detect/quotes/quote.h"

#include <QList>
#include <QStringView>

namespace galley {

// Drops quotes that report nobody's words: a markup attribute's value left in a text copy
// (`<tweet pic="pic.twitter.com/" tweet_id="7782…">`), a subheading quoting a phrase on a line
// of its own with nobody saying it ('All Bets Are Off.'), and a cue that is a sentence's opening
// turn of phrase ("That said, …", "Having said that, …", "Needless to say, …").
void dropNonSpeechQuotes(QStringView text, QList<Quote> &quotes);

} // namespace galley
