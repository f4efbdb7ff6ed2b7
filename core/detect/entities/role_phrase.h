#pragma once

#include <QStringList>

namespace galley {

// The words before a name that may say its role, cut after the last word that ends a clause
// before it: "The new source claims Farah Al-Ibrahim" gives nothing ("source" is who claims, not
// Farah's role), "a witness said he saw John Smith" nothing, "UNHCR spokesperson Scott Craig"
// gives "unhcr spokesperson". Lower-case words, in order.
QStringList rolePhrase(const QStringList &lowerWordsBefore);

} // namespace galley
