#pragma once

#include "detect/ner/gazetteer.h"
#include "detect/ner/ner_tags.h"

#include <QList>
#include <QStringList>

namespace galley {

// "Marks & Spencer" read as a person "& Spencer", "Ben & Jerry's" as a person and a body: names
// joined by "&" are one organisation, the capitalised words on both sides that are no titles
// ("Procter & Gamble Chief Executive Jon Moeller") nor, before it, everyday words ("Retailer").
void joinAmpersandNames(const QStringList &words, QList<TagId> &tags, const Gazetteer &gazetteer);

// "Police Scotland", "Fairfield Police", "Scotland Yard" read as the place alone: a police force
// named with its place is an organisation.
void joinPoliceOfPlaces(const QStringList &words, QList<TagId> &tags);

// "Leeds Magistrates' Court", "Department of Veterans' Affairs", "Women's Institute": a body's
// name with an owner's mark inside, cut there by the tagger. An everyday plural ("Magistrates'",
// "Workers'", "Women's"), alone or ending a body's or place's span, the mark, then capitalised
// words that end in a word bodies end in (or "Affairs") are one organisation. Not after a
// people, a person or a place ("Democrats' Senate majority", "Trump's Justice Department",
// "Texas' Department of Public Safety").
void joinPossessiveBodyNames(const QStringList &words, QList<TagId> &tags, const Gazetteer &gazetteer);

// "Australian Chamber of Commerce" read as a person and a body, "Ministry of Defence" with
// "Defence" left out: a name ending in a word bodies end in ("Chamber", "Ministry", "Council",
// "University", "Bank"), "of", then a name or up to three capitalised words, is one organisation.
void joinBodiesOfNames(const QStringList &words, QList<TagId> &tags);

// "Kennedy Center", "John F. Kennedy International Airport", "Martin Luther King Jr. Day" read
// as persons: a name that ends in a word places, bodies or things end in has that word's type,
// whoever it honours (name_heads.h).
void retypeNamesAfterPeople(const QStringList &words, QList<TagId> &tags, const Gazetteer &gazetteer);

} // namespace galley
