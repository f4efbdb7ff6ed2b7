#pragma once

#include "detect/quotes/quote.h"

#include <QList>
#include <QStringView>

namespace galley {

// "The board, officials claimed, gave its approval.", "It is also possible, he said, that quality
// slips": a speaker and cue set off by commas inside a sentence say the words on both sides, two
// pieces of one attribution (as PolNeAR marks them). The piece before them is added when the
// tagger lost it; the tagger's pieces inside either side whose own cue reports nothing ("gave
// its approval") go, and so do other readings of the same cue there.
void joinPiecesAroundCues(QStringView text, QList<Quote> &quotes);

} // namespace galley
