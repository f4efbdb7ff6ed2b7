#pragma once

#include <QStringView>

namespace galley {

// Boundary steps for resizing a span with the keyboard: a word at a time, so that one key press
// takes in or gives back "Varga" and the punctuation before it, never half a word. Words are the
// tokenizer's, those written together as one ("15%", "$4.5bn", "U.S."); an emoji is a word.
int wordEndAfter(QStringView text, int position);     // end of the next word after position
int wordEndBefore(QStringView text, int position);    // end of the word before position's word
int wordStartBefore(QStringView text, int position);  // start of the previous word
int wordStartAfter(QStringView text, int position);   // start of the word after position's word

} // namespace galley
