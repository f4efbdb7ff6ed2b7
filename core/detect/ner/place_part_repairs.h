#pragma once

#include "detect/ner/gazetteer.h"
#include "detect/ner/ner_tags.h"

#include <QList>
#include <QStringList>

namespace galley {

// "the Al-Rashidin-4 sector", "the Bab al-Nairab district": a name read as a thing between "the"
// and a word for part of a place (sector, district, neighbourhood, province, …) names that
// place. Not when a word of it names a people or a language ("the Kurdish region").
void retypePlacePartNames(const QStringList &words, QList<TagId> &tags, const Gazetteer &gazetteer);

} // namespace galley
