#pragma once

#include "detect/ner/gazetteer.h"
#include "detect/ner/ner_tags.h"

#include <QList>
#include <QStringList>

namespace galley {

// A given name of any country that opens a person's name and nothing else: no surname ("Jones
// Medical"), no everyday word, place, people, title or body's word, no article ("El Universal"),
// month or weekday.
bool opensWithGivenName(const QString &word, const Gazetteer &gazetteer);

// "Pep Guardiola", "Sunny Hostin" with only the surname a person: a given name that is also an
// everyday word, right before a person's name, is that person's given name. Not a modal verb
// ("Will Trump run?", "May Johnson stay?"), a month or a weekday ("In June Trump said"), nor a
// place ("In Jordan Netanyahu said").
void joinEverydayGivenNames(const QStringList &words, QList<TagId> &tags, const Gazetteer &gazetteer);

// "Elon Musk", "Kemi Badenoch" tagged a body or a thing: two or three capitalised words opened by
// a given name of any country that is no surname and names nothing else are a person. Not a company on the lists
// ("Morgan Stanley", "Louis Vuitton"), nor a name holding a place, a people or a body's word
// ("Sierra Leone", "Victoria Station") or an everyday plural ("Reagan Communications"). Two
// such names joined by "and" in one such span are two people ("Elon Musk and Kemi Badenoch").
void retypeGivenNamePairs(const QStringList &words, QList<TagId> &tags, const Gazetteer &gazetteer);

} // namespace galley
