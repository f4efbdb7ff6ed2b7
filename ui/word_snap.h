#pragma once

#include <QStringView>

namespace galley {

// Where a boundary dragged with the mouse comes to rest: a start inside a word moves to the
// word's start and a start on white space to the next character after it; an end inside a word
// moves to the word's end and an end after white space back before it. A span never holds half
// a word or begins or ends with white space.
int snapStartToWord(QStringView text, int position);
int snapEndToWord(QStringView text, int position);

} // namespace galley
