#pragma once

#include "detect/ner/gazetteer.h"
#include "detect/ner/ner_tags.h"

#include <QList>
#include <QStringList>

namespace galley {

// "Pep Guardiola", "Sunny Hostin" with only the surname a person: a given name that is also an
// everyday word, right before a person's name, is that person's given name. Not a modal verb
// ("Will Trump run?", "May Johnson stay?"), a month or a weekday ("In June Trump said"), nor a
// place ("In Jordan Netanyahu said").
void joinEverydayGivenNames(const QStringList &words, QList<TagId> &tags, const Gazetteer &gazetteer);

} // namespace galley
