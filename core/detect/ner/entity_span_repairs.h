#pragma once

#include "detect/ner/gazetteer.h"
#include "detect/ner/ner_tags.h"

#include <QList>
#include <QStringList>

namespace galley {

// Mends spans the tagger gets wrong in ways CoNLL-2003 never does, after tagging a sentence
// (persons' names first: name_span_repairs.h):
// - "UN Francois Delattre", "NATO Jens Stoltenberg": a body's acronym before a person's name,
//   read as one organisation. The acronym keeps its type; the given name and the capitalised
//   words after it become a person. Not when a word is an everyday one or ends bodies' names
//   ("JP Morgan Chase", "UN Will Vote").
// - "Jabhat Fatah al Sham and Daesh": two names joined by "and" read as one person (no person's
//   name holds "and"). Each side becomes a span of its own; a trailing "and" leaves the span.
// - "''It's anti-reform", "He's given airtime": a pronoun tagged as a name on its own. It
//   becomes O; "IT" and "US" in capitals stay names.
// - "the General Staff" read as a person called "Staff": a word that ends bodies' names and is
//   no one's name, alone as a person, becomes a body with the titles or names before it.
// - "AI", "LLMs", "GenAI": an acronym of a thing alone as a name becomes O; so does a degree
//   alone after a person's name and a comma ("Hoge, MD," but not "Schultz, JD Sports").
// - "World Health Organization" as MISC: a name of two words or more ending in a word only
//   bodies end in ("Organization", "Ministry", "University") becomes an organisation.
// - "Netflix", "SpaceX": a brand of today on the company list that the tagger left O, or
//   tagged a person or place on its own, becomes an organisation, unless its first word also
//   names a place, a person or a people, is an everyday word (or any lower-case word at a
//   sentence's start), or comes after a title; every word of a brand is capitalised.
// - "Australian Chamber of Commerce" as a person and a body: a body's word, "of" and a name are
//   one organisation (body_name_repairs.h).
// - "groups such as the Jabhat Fatah al Sham and Daesh" as persons: names a class of bodies or
//   places lists are of its kind (class_list_repairs.h).
// - "the Al-Rashidin-4 sector" as a thing: a name before a word for part of a place is a place
//   (place_part_repairs.h).
// - "Ms Hermes" as a body: a name after an honorific (Mr, Mrs, Ms, Miss, Mx) is a person.
void repairEntitySpans(const QStringList &words, QList<TagId> &tags, const Gazetteer &gazetteer);

// Over a whole document, after repairEntitySpans: a brand tagged an organisation somewhere is
// one where it stands alone as a person or place elsewhere, at a sentence's start too ("Google
// said …" opening a sentence, "Analysts said Google was ahead"); the same exceptions hold as
// for one sentence, but a word the document never tags an organisation is left alone ("Ruby,
// 34, said").
void repairBrandTypes(const QList<QStringList> &sentences, QList<QList<TagId>> &tags, const Gazetteer &gazetteer);

} // namespace galley
