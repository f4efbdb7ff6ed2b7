#pragma once

#include <QStringView>

namespace galley {

// "he", "she", "they", "i", "we", "it", "you" and their object forms; lower case.
bool isPersonalPronoun(QStringView lowerWord);

} // namespace galley
