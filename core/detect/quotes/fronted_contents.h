#pragma once

#include "detect/quotes/quote.h"

#include <QList>
#include <QStringView>

namespace galley {

// "A man has been charged with the murder of Maria Santos, 51, in Peckham, Scotland Yard said.",
// "The two leaders discussed a pledge, according to the Saudi Press Agency.": an indirect quote
// whose speaker and cue close the sentence after a comma says all of the sentence before that
// comma; the tagger's pieces of it with a cue that reports nothing ("has
// been charged with", "has sacked") go.
void extendFrontedContents(QStringView text, QList<Quote> &quotes);

} // namespace galley
