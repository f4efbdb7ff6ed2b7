#pragma once

#include "detect/ner/gazetteer.h"
#include "detect/ner/ner_tags.h"

#include <QList>
#include <QStringList>

namespace galley {

// "Starmer said …", "Musk told Reuters …", "“…,” said Macron.": a name alone as the one who
// speaks, which the tagger left O because the 1996 training text never saw it. It becomes a
// person (a company of the lists an organisation, a place of the lists a place), and so does
// the same word left O elsewhere in the document ("Trump and Clinton spoke"). A word on no list
// at all that the tagger typed a place or body by its shape ("Guardiola admitted", "Badenoch
// said") is a person too.
// Not a word in capitals only because it opens a sentence when it is a pronoun or another
// closed-class word ("She said", "That said"), a plural of an everyday word ("Officials said",
// "Analysts told") or a body of people named by an everyday word ("Police said"); not a
// people ("Israelis said"), a word that ends bodies' names ("Traders' Association said"), a
// word after a determiner ("the Tribe said"), nor an everyday word heading a news item in the
// present tense ("Paper says …").
void tagNamesBeforeSpeech(const QList<QStringList> &sentences, QList<QList<TagId>> &tags, const Gazetteer &gazetteer);

} // namespace galley
