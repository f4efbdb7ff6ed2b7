#pragma once

#include "detect/quotes/analysed_text.h"
#include "detect/quotes/quote.h"
#include "detect/quotes/quote_tags.h"

#include <QList>

#include <vector>

namespace galley {

// The spans of one role in a tag sequence (B- starts one, I- continues it).
QList<TokenSpan> roleSpans(const std::vector<QuoteTag> &tags, QuoteRole role);

// Ties tagged spans into attributions: each content takes the nearest cue in its paragraph
// (same or next sentence first), each cue the nearest source in its sentence. Contents that are
// exactly a quote in marks become direct quotes (marks left out), quotes in marks inside
// reported speech become partial quotes beside it.
QList<Quote> assembleQuotes(const AnalysedText &text, const std::vector<QuoteTag> &tags);

} // namespace galley
