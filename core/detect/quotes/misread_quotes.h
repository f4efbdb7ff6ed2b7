#pragma once

#include "detect/quotes/quote.h"

#include <QList>
#include <QStringView>

namespace galley {

// Drops what the tagger read as quotes that a reviewer would only delete: the speaker after a
// cue read as what was said too ("…, says Keri Gans, author of …"), a participle between an
// ordinal and its noun read as a cue ("The first confirmed outage came at 7:30"), one word
// with a cue that says nothing ("While some people enjoy mocktails"), and what a refusal or a
// wish for anonymity takes ("declined to comment", "asked not to be identified"). A lone pronoun
// after a reporting word is what was said cut at its subject: it runs on to the sentence's end
// ("Police said she was released later that day").
void dropMisreadQuotes(QStringView text, QList<Quote> &quotes);

} // namespace galley
