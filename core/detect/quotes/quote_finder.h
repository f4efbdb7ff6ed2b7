#pragma once

#include "detect/ner/entity_finder.h"
#include "detect/quotes/quote.h"
#include "detect/quotes/quote_model.h"
#include "text/token.h"

#include <QList>
#include <QStringView>

namespace galley {

// Finds the attributions of a text: direct quotes in any quote style (nested, continued over
// paragraphs, unbalanced marks), partial and scare quotes inside reported speech, and indirect
// speech ("X said that …", "according to X, …"), each with its cue and speaker mention.
//
// tokens and sentences come from tokenize(text) and splitSentences(text, tokens); entities from
// findEntities over the same tokens (an empty list works, with fewer named speakers). With a
// trained model (QuoteModel::load(QuoteModel::defaultPath())) a sequence tagger finds the spans
// and the quote-mark rules fix their kinds and boundaries; an empty QuoteModel() uses the rules
// alone. Quotes come in text order of their content; offsets are UTF-16 into text.
QList<Quote> findQuotes(const QuoteModel &model, QStringView text, const QList<Token> &tokens,
                        const QList<Sentence> &sentences, const QList<EntityMention> &entities);

} // namespace galley
