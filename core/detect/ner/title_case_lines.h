#pragma once

#include "detect/ner/gazetteer.h"

#include <QList>
#include <QStringList>

namespace galley {

// A headline in Title Case ("Storm Knocks Out Power As Phone Maker Counts The Cost") reads, to
// a model trained on Reuters' sentence case and all-caps headlines, as one long name. In such
// lines the words after the first go to the model as the rest of the document writes them:
// capitalised when it writes them so mid-sentence ("Trump"), in lower case when it writes them
// so ("power"), else in lower case when they are everyday words and on no list of names. Other
// lines are left as they are.
void lowerEverydayWordsOfTitleCaseLines(QList<QStringList> &sentences, const Gazetteer &gazetteer);

// Title Case as the sentence splitter reads it (every word but the small ones capitalised), one
// of them after the first a word sentence case never capitalises ("As", "Of", "The", "He",
// "Not"), at most two numbers and no parenthesis: sports tables, scorecards, lists of names and
// a sentence naming "The Girl on the Train" are no such line.
bool isTitleCaseLine(const QStringList &words);

} // namespace galley
