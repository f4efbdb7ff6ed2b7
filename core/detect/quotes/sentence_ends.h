#pragma once

#include <QStringView>

namespace galley {

// Whether text[at] is a period, question or exclamation mark before a space that ends a
// sentence: not the period of "Dr." or "Dec." nor of an initial. The quote mends read sentence
// ends from the text itself, as they see no sentence list.
bool endsSentence(QStringView text, qsizetype at);

// Whether text[at] is a quote mark: not the apostrophe of "that’s" or "Apple’s" between letters.
bool isQuoteMarkAt(QStringView text, qsizetype at);

// The start of the sentence that holds `at`: after the last sentence end, line break or quote
// mark before it, past spaces.
qsizetype sentenceStartBefore(QStringView text, qsizetype at);

} // namespace galley
