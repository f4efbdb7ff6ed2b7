#pragma once

#include "detect/ner/gazetteer.h"
#include "detect/ner/ner_tags.h"

#include <QList>
#include <QStringList>

namespace galley {

// "Marks & Spencer" read as a person "& Spencer", "Ben & Jerry's" as a person and a body: names
// joined by "&" are one organisation, all their capitalised words.
void joinAmpersandNames(const QStringList &words, QList<TagId> &tags);

// "Police Scotland", "Fairfield Police", "Scotland Yard" read as the place alone: a police force
// named with its place is an organisation.
void joinPoliceOfPlaces(const QStringList &words, QList<TagId> &tags);

// "Leeds Magistrates' Court", "Department of Veterans' Affairs", "Women's Institute": a body's
// name with an owner's mark inside, cut there by the tagger. A body or place whose last word is
// a plural, or an everyday plural ("Women"), the mark, then capitalised words that end in a word
// bodies end in (or "Affairs") are one organisation. Not after a people or a person
// ("Democrats' Senate majority", "Trump's Justice Department").
void joinPossessiveBodyNames(const QStringList &words, QList<TagId> &tags, const Gazetteer &gazetteer);

} // namespace galley
