#pragma once

#include "detect/quotes/analysed_text.h"

#include <QList>

namespace galley {

// "In an NBC News/Wall Street Journal poll released Monday, 50 percent of respondents chose
// Clinton.": a poll or survey opening a sentence reports what the rest of it says. An indirect
// quote: the cue "In", the poll as its source, the clause after the comma as what it found (as
// PolNeAR marks them).
QList<Quote> findPollFindings(const AnalysedText &text);

} // namespace galley
