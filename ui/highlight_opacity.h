#pragma once

namespace galley {

// How strongly highlights tint their text, 0–1, in the page and the article text; the reviewer
// sets it in Preferences. 0.16 by default: the text stays readable under every label colour.
double highlightOpacity();
void setHighlightOpacity(double opacity);

} // namespace galley
