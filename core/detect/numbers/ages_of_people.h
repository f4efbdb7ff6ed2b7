#pragma once

#include "detect/ner/entity_finder.h"
#include "detect/numbers/number_mention.h"

#include <QList>
#include <QStringView>

namespace galley {

// A bare count set off after a person is their age, a duration in years, as "a 45-year-old" is:
// "Maria Lopez, 34, who fled", "John Smith (45)", "a woman, 34, and her son, 10,". The person is
// a person entity ending right before the comma or bracket, or a word for a person. Not a count
// below 16 in brackets after a name (seeds, goals: "Iga Swiatek (1)"), nor one closing its
// sentence after a count of things ("Smith scored 12 points and Jones, 10.").
void readAgesOfPeople(QStringView text, QList<NumberMention> &mentions, const QList<EntityMention> &entities);

} // namespace galley
