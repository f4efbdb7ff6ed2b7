#pragma once

#include "detect/ner/ner_tags.h"

#include <QList>
#include <QStringList>

namespace galley {

// Persons the tagger misses when its training text, Reuters 1996, knows the name as something
// else ("Trump" the casino company, "trump" the card), mended over a whole document:
// - a capitalised word after a person's title, left outside any entity, is a person's name:
//   "President Trump", "Mr. Trump", "Sen. Warren" (titles that name no body: not "General");
// - a word that ends a person's name written in full somewhere in the document is that person
//   where it stands alone elsewhere, outside any entity: "Trump said" after "Donald Trump". Not
//   inside a run of capitalised words ("Trump Tower"), not a weekday or month.
// `sentences[s]` are the words of sentence s, `tags[s]` their tags.
void repairPersonNames(const QList<QStringList> &sentences, QList<QList<TagId>> &tags);

} // namespace galley
