#pragma once

namespace galley {

struct Span;

// Quotes and names still to review that their finder gives under this confidence, 0–1, are drawn
// dashed in the page; the reviewer sets it in Preferences (0: none). 0.7 by default: on PolNeAR
// dev the quotes under it are right 43 % of the time taken together (those from 0.5 to 0.7 alone
// 57 %), those above it 89 %; on CoNLL-2003 dev the names under it 46 %, those above it 96 %.
double doubtfulSpanThreshold();
void setDoubtfulSpanThreshold(double threshold);

// A span still to review that its finder gives under the threshold.
bool isDoubtful(const Span &span);

} // namespace galley
