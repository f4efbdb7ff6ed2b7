#pragma once

#include "detect/ner/gazetteer.h"
#include "detect/ner/ner_tags.h"

#include <QList>
#include <QStringList>

namespace galley {

// Persons the tagger misses when its training text, Reuters 1996, knows the name as something
// else ("Trump" the casino company, "trump" the card), mended over a whole document:
// - a capitalised word after a person's title, left outside any entity, is a person's name:
//   "President Trump", "Mr. Trump", "Sen. Warren" (titles that name no body: not "General"),
//   unless it is a role itself ("Mr. President", "Governor General", "Mr. Speaker");
// - a word that ends a person's name the tagger found written in full is that person where it
//   stands alone elsewhere, outside any entity: "Trump said" after "Donald Trump". Not inside a
//   run of capitalised words ("Trump Tower"), not a weekday or month, not a word the document
//   also writes in lower case, not an everyday word opening a sentence ("Stone walls" after
//   "Emma Stone");
// - a given name before a one-word body or thing that is such a name is that person's: "Melania
//   Trump" where the tagger took "Trump" for a body beside "Donald Trump".
// `sentences[s]` are the words of sentence s as the model read them (Title Case headlines
// lowered, title_case_lines.h), `tags[s]` their tags.
void repairPersonNames(const QList<QStringList> &sentences, QList<QList<TagId>> &tags, const Gazetteer &gazetteer);

} // namespace galley
