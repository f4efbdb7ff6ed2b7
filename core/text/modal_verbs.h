#pragma once

#include <QStringView>

namespace galley {

// "will", "may", "can", "might", "must", "shall", "should", "would", "could"; lower case. Written
// in capitals where they open a question ("Will Sanders come down?", "May Johnson stay?").
bool isModalVerb(QStringView lowerWord);

} // namespace galley
