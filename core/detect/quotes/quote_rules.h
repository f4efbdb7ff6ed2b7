#pragma once

#include "detect/quotes/analysed_text.h"
#include "detect/quotes/quote.h"

#include <QList>

namespace galley {

// Attributions found by rules alone: paired quote marks with the cue and speaker around them,
// then "X said (that) …", "…, X said" and "according to X, …" in the sentences left.
QList<Quote> findQuotesByRules(const AnalysedText &text);

} // namespace galley
