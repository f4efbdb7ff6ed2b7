#pragma once

#include "detect/ner/gazetteer.h"
#include "detect/ner/ner_tags.h"

#include <QList>
#include <QStringList>

namespace galley {

// "UN Francois Delattre", "NATO Jens Stoltenberg": a body's acronym before a person's name,
// which the tagger tends to read as one organisation. Such a span is split: the acronym keeps
// its type, the given name and the capitalised words after it become a person.
void splitAcronymBeforeName(const QStringList &words, QList<TagId> &tags, const Gazetteer &gazetteer);

} // namespace galley
