#pragma once

#include "detect/quotes/quote.h"

#include <QList>
#include <QStringView>

namespace galley {

// "Police said officers were called at about 11pm on Saturday.", "It said aid deliveries had
// fallen sharply since March.": the tagger stopped reported speech short of its sentence's end.
// An indirect quote after a cue that reports speech runs on to the end of its sentence when only
// a few words are left and nothing else stands there: no comma, colon or quote mark, no other
// quote's words.
void extendToClauseEnd(QStringView text, QList<Quote> &quotes);

} // namespace galley
