#pragma once

#include "detect/quotes/quote.h"

#include <QList>
#include <QStringView>

namespace galley {

// "one fund manager, who asked not to be named, told the FT", "The nurse, who has worked there
// for 20 years, said …": the tagger took "who", the clause or a word inside it for the speaker,
// or found none. The speaker is the noun phrase before the clause (past an age or a place set
// off by commas: "Rep. Adam Schiff, 56, who"), and the cue the reporting word after the clause,
// not a verb inside it.
void mendRelativeClauseSpeakers(QStringView text, QList<Quote> &quotes);

} // namespace galley
