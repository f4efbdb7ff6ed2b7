#pragma once

#include "detect/quotes/quote.h"

#include <QList>
#include <QStringView>

namespace galley {

// "Huang said demand for chips was strong": the tagger took the reported clause's subject into
// the cue ("said demand", "said talks with"). A "said" or "says" cue gives back the words after
// it to the content right behind it, unless they tell when or where it was said ("said Friday",
// "said in a statement", "said repeatedly").
void returnSubjectsToContents(QStringView text, QList<Quote> &quotes);

} // namespace galley
