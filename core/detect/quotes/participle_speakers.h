#pragma once

#include "detect/quotes/analysed_text.h"
#include "detect/quotes/quote.h"

#include <QList>

namespace galley {

// "Jerry Greenfield quit the company after 47 years, saying its independence had been
// silenced": a cue that is a participle after a comma ("saying", "adding", "warning"), a verb
// joined to the clause's first by "and", "but" or "yet" ("Trump tweeted … and encouraged", "and on
// Monday announced"), or a verb after an apposition ("Trump, who leads in delegates, mocked") has
// the subject of the sentence's main clause as its speaker, when the tagger left the quote without
// one: a person or body named there (after a title: "Sen. David Perdue"), a pronoun, or a noun
// phrase with its determiner ("A New York judge"), past an opening adverb, adverbial or
// participle clause ("On Thursday, however, …", "Asked whether …, Bush …").
void giveParticiplesTheirSubject(const AnalysedText &text, QList<Quote> &quotes);

} // namespace galley
