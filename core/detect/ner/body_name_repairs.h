#pragma once

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

} // namespace galley
