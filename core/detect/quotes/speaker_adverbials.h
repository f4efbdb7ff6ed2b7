#pragma once

#include "detect/quotes/analysed_text.h"
#include "detect/quotes/quote.h"

#include <QList>

namespace galley {

// "“We deserved it,” said Eddie Howe on Sunday.", "said manager Eddie Howe after the win", "said
// Maria Lopez, 34, who fled", "said Andrew Bailey, governor of the Bank of England, at a
// conference": a speaker named after its cue ends before what tells when or where it was said, or
// the speaker's age. An apposition stays ("governor of the Bank of England"), as PolNeAR marks it.
void trimAdverbialsOffSpeakers(const AnalysedText &text, QList<Quote> &quotes);

} // namespace galley
