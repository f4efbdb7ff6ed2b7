#pragma once

#include "detect/ner/ner_model.h"
#include "detect/quotes/polnear_corpus.h"
#include "detect/quotes/quote_evaluation.h"
#include "detect/quotes/quote_model.h"

namespace galley {

// Runs the whole pipeline on every article of the corpus (tokenize, split sentences, find
// entities with `ner`, findQuotes with `quotes`) and scores what it finds.
QuoteScores evaluateQuotes(const PolnearCorpus &corpus, const NerModel &ner, const QuoteModel &quotes);

} // namespace galley
