#pragma once

#include "detect/ner/gazetteer.h"
#include "detect/ner/ner_tags.h"

#include <QList>
#include <QStringList>

namespace galley {

// "Starmer said …", "…, Musk told Reuters", "“…,” said Macron.": a name alone as the one who
// speaks, which the tagger left O because the 1996 training text never saw it. It becomes a
// person (a company of the lists an organisation, a place of the lists a place), and so does
// the same word left O elsewhere in the document ("Trump and Clinton spoke"). A word on no list
// at all that the tagger typed a place by its shape ("Guardiola admitted") is a person too.
// Not a pronoun or another closed-class word ("She said", "That said"), a plural of an everyday
// word ("Officials said", "Children told") or a body of people named by an everyday word
// ("Police said"), nor an everyday word opening a sentence ("Amnesty said", "Reform said"); not a
// people ("Israelis said"), a word that ends bodies' names ("Traders' Association said"), a
// word after a determiner ("the Tribe said").
void tagNamesBeforeSpeech(const QList<QStringList> &sentences, QList<QList<TagId>> &tags, const Gazetteer &gazetteer);

} // namespace galley
