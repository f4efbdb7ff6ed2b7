#pragma once

#include "detect/ner/ner_model.h"
#include "detect/quotes/polnear_corpus.h"
#include "detect/quotes/quote_model.h"

#include <functional>

namespace galley {

struct QuoteTrainingOptions
{
    int epochs = 12;
    quint32 seed = 20180524;     // shuffles documents each epoch; fixed so training is reproducible
    int seeds = 1;               // runs with different shuffles, their weights averaged (3 gained nothing on dev)
    int lexiconMinCount = 3;     // words seen fewer times stay out of the cue lexicon
    QString wordClusters;        // "word<TAB>coarse<TAB>fine" lines (resources/ner/word-clusters.txt.gz); empty: none
    float pruneBelow = 6.0f;     // averaged weights smaller than this are dropped: 1.8 MB instead of 5.6 at 1.5, -0.3 dev F1
    // Called after each epoch with the model averaged so far (for watching the dev score); only
    // when seeds is 1.
    std::function<void(int epoch, qint64 mistakes, const QuoteModel &model)> afterEpoch;
};

// Trains the attribution tagger on PolNeAR articles; entities come from `ner` as findQuotes
// callers get them. Deterministic: the same corpus, entity model and options give the same
// model bytes.
QuoteModel trainQuoteModel(const PolnearCorpus &train, const NerModel &ner, const QuoteTrainingOptions &options);

// Gold BIO tags of a document's tokens from its Source, Cue and Content fragments.
std::vector<QuoteTag> goldQuoteTags(const PolnearDocument &document, const QList<Token> &tokens);

} // namespace galley
