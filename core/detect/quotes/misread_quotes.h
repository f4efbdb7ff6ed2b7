#pragma once

#include "detect/quotes/quote.h"

#include <QList>
#include <QStringView>

namespace galley {

// Drops what the tagger read as quotes that a reviewer would only delete: the speaker after a
// cue read as what was said too ("…, says Keri Gans, author of …"), a participle between an
// ordinal and its noun read as a cue ("The first confirmed outage came at 7:30"), one word
// with a cue that says nothing ("While some people enjoy mocktails"), and what a refusal or a
// wish for anonymity takes ("declined to comment", "asked not to be identified"), and words past
// a comma after a cue that says nothing ("While some people enjoy mocktails, they're not for
// everyone"). A lone pronoun after a reporting word is what was said cut at its subject: it runs
// on to the sentence's end ("Police said she was released later that day"). A name after a cue
// ending its sentence, read as what was said, is the speaker of the words before the comma
// ("Higher doses worked better, says Klinger."). A speaker in the paragraph after a direct quote
// is none of its own. A given name read as the cue ("Pep" of "Pep Guardiola said") drops its
// quote when another reading holds it, and otherwise gives way to the reporting word after the
// speaker. The one warned or told before "that" joins the cue ("warned the Treasury that …").
void dropMisreadQuotes(QStringView text, QList<Quote> &quotes);

} // namespace galley
