#pragma once

#include "detect/ner/ner_tags.h"

#include <QString>

#include <optional>

namespace galley {

// The word that ends the name of a place, a body, a thing or an event rather than a person's,
// lower case: "county" ("Jefferson County"), "research" ("Edison Research"), "classic".
bool isPlaceOrThingHead(const QString &lower);

// The type of a name that ends in `lower`, whoever it honours ("Kennedy Center", "John F. Kennedy
// International Airport", "Nobel Prize"). `longName`: three words or more; the heads that are
// also surnames type only those, after a word that is no given name ("Martin Luther King Jr.
// Day", not "Doris Day"; "Michael Bay", "Lauryn Hill" stay persons): the caller decides.
std::optional<EntityType> typeOfNameEndingIn(const QString &lower, bool longName);

} // namespace galley
