#pragma once

#include "text/token.h"

#include <QList>
#include <QStringView>

namespace galley {

// Groups tokens (from tokenize(text)) into sentences. A sentence ends at . ! ? … (with the
// closing quotes and brackets that follow) when the next token opens a sentence, and always at
// a line break: in article text a line is a paragraph or a headline. Abbreviations end a
// sentence only when a common sentence opener follows ("… in the U.S. The …").
QList<Sentence> splitSentences(QStringView text, const QList<Token> &tokens);

// AllCaps, TitleCase or Normal, from the word tokens of one sentence: Title Case when every
// word but the small ones ("of", "the", isSmallWord) is capitalised.
SentenceCasing sentenceCasing(QStringView text, const QList<Token> &tokens, qsizetype tokenBegin, qsizetype tokenEnd);
SentenceCasing sentenceCasingOfWords(const QList<QStringView> &words);

// Articles, conjunctions and prepositions that Title Case capitalises or not; lower case.
bool isSmallWord(QStringView lower);

} // namespace galley
