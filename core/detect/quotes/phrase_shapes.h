#pragma once

#include <QStringView>

namespace galley {

// Whether a phrase reads as a noun phrase a speaker could be described by: at most `mostWords`
// words and no finite verb ("Pressure is building on McAuliffe" is a clause).
bool isNounPhrase(QStringView phrase, qsizetype mostWords);

// The offset in `phrase` past a conjunction that opens it: "And retired Gen. John Allen",
// "when Mr. Buchanan" → the name.
qsizetype pastOpeningConjunction(QStringView phrase);

} // namespace galley
