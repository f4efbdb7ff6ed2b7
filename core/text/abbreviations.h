#pragma once

#include <QStringView>

namespace galley {

enum class AbbreviationKind {
    None,
    Title,     // "Gen.", "Mr.", "Sen.": always followed by the name, never ends a sentence
    Month,     // "Dec.", "Sept.": followed by the day
    Other,     // "Inc.", "Co.", "etc.", "U.S.": may end a sentence
};

// word without its final period, any case ("Lt", "gen", "Dec").
AbbreviationKind abbreviationKind(QStringView word);

// Common words that open a sentence ("the", "he", "but"), lower case.
bool isSentenceStarter(QStringView lowerWord);

} // namespace galley
