#pragma once

#include <QString>
#include <QStringView>

namespace galley {

// Guesses the language of running text from its script and its most frequent function words.
// Knows en, de, fr, es, it, pt, nl, ru, uk, pl, tr, ar, zh, ja; returns the BCP 47 tag, or an
// empty string when the text is too short or matches none of them clearly.
QString guessLanguage(QStringView text);

} // namespace galley
