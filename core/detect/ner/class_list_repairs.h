#pragma once

#include "detect/ner/ner_tags.h"

#include <QList>
#include <QStringList>

namespace galley {

// "terrorist groups such as the Jabhat Fatah al Sham and Daesh", "companies like Ford": the
// names a plural class noun lists ("such as", "like", "including") are of the class's kind. A
// person or a thing there becomes an organisation after "groups", "companies", "parties" and
// the like, and a place after "countries", "cities" and the like.
void retypeClassListMembers(const QStringList &words, QList<TagId> &tags);

} // namespace galley
