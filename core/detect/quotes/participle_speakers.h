#pragma once

#include "detect/quotes/analysed_text.h"
#include "detect/quotes/quote.h"

#include <QList>

namespace galley {

// "Jerry Greenfield quit the company after 47 years, saying its independence had been
// silenced": a cue that is a participle after a comma ("saying", "adding", "warning") has the
// sentence's subject as its speaker. The person or body that opens the sentence speaks, when the
// tagger left the quote without a speaker.
void giveParticiplesTheirSubject(const AnalysedText &text, QList<Quote> &quotes);

} // namespace galley
