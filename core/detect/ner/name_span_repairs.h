#pragma once

#include "detect/ner/gazetteer.h"
#include "detect/ner/ner_tags.h"

#include <QList>
#include <QStringList>

namespace galley {

// Mends persons' names the tagger breaks, in one sentence, before the other span repairs:
// - "Marine Le Pen and Charles de Gaulle" as one organisation: two full names joined by "and",
//   each opening with a word the name lists know, are two persons.
// - "Ursula von der Leyen", "Mohammed bin Salman", "Van der Meer said", "Marine Le Pen": a
//   name's particles ("von der", "bin", "Le") split it in two spans or left half of it out. The
//   capitalised words either side of the particles become one person when one side is a person
//   or a given name ("Banco de Mexico" stays as it is); inside a body's span only the word
//   before the particles joins, and the body keeps its words before the titles ("European
//   Commission President Ursula von der Leyen").
// - "Fed Chair Jerome Powell", "Apple Chief Executive" + "Tim Cook": a title followed by a full
//   name, inside a body's span or right after it, splits off a person; the words before the
//   title keep their type (one everyday word, "Shadow", leaves), the title leaves the span.
// - "Dr. Priya Raman of Johns Hopkins University" as one body: a full name before "of" (after a
//   title, or opening with a known name) is a person, the words after "of" the body.
void repairNameSpans(const QStringList &words, QList<TagId> &tags, const Gazetteer &gazetteer);

} // namespace galley
