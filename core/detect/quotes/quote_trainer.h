#pragma once

#include "detect/ner/ner_model.h"
#include "detect/quotes/polnear_corpus.h"
#include "detect/quotes/quote_lstm_trainer.h"
#include "detect/quotes/quote_model.h"

#include <functional>

namespace galley {

enum class QuoteTagger { Lstm, Perceptron };

struct QuoteTrainingOptions
{
    QuoteTagger tagger = QuoteTagger::Lstm;
    QuoteLstmTrainingOptions lstm;   // its own epochs; the perceptron's options below
    int epochs = 12;
    quint32 seed = 20180524;     // shuffles documents each epoch; fixed so training is reproducible
    int seeds = 3;               // runs with different shuffles, their weights averaged
    int lexiconMinCount = 3;     // words seen fewer times stay out of the cue lexicon
    QString wordClusters;        // "word<TAB>coarse<TAB>fine" lines (resources/ner/word-clusters.txt.gz); empty: none
    int passes = 2;              // up to QuoteModel::kMaxPasses; each after the first stacked on the tags of the one before
    int folds = 4;               // a stacked pass trains on tags from passes trained without the fold
    float pruneBelow = 9.0f;     // averaged weights smaller than this are dropped: 2.3 MB instead of 4.3 at 6 (two passes)
    // Called after each epoch with the model so far (for watching the dev score) and the epoch's
    // tagging mistakes (perceptron) or summed loss (LSTM). The perceptron's only when seeds is 1,
    // and for a stacked model only while training the last pass.
    std::function<void(int epoch, double mistakes, const QuoteModel &model)> afterEpoch;
};

// Trains the attribution tagger on PolNeAR articles; entities come from `ner` as findQuotes
// callers get them. Deterministic: the same corpus, entity model and options give the same
// model bytes.
QuoteModel trainQuoteModel(const PolnearCorpus &train, const NerModel &ner, const QuoteTrainingOptions &options);

// Gold BIO tags of a document's tokens from its Source, Cue and Content fragments.
std::vector<QuoteTag> goldQuoteTags(const PolnearDocument &document, const QList<Token> &tokens);

} // namespace galley
