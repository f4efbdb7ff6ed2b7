#pragma once

#include "detect/quotes/quote_lstm.h"

#include <QtGlobal>

#include <functional>
#include <vector>

namespace galley {

struct QuoteLstmTrainingOptions
{
    int epochs = 3;                // more fit PolNeAR train better and dev worse
    int embeddingSize = 16;        // 32 scored 0.5-1 higher on dev but made the model 7.7 MB
    int hiddenSize = 48;
    int featureMinCount = 6;       // features seen fewer times get no embedding row (about 150k rows, not 1.2M)
    float learningRate = 0.01f;    // AdaGrad
    float featureDropout = 0.2f;   // each feature of a token left out with this chance while training (at most 0.9)
    quint32 seed = 20180524;       // initial weights, shuffles and dropout; fixed so training is reproducible
};

// One training document: its analysis, features (a first pass's) and gold tags.
struct QuoteLstmExample
{
    const AnalysedText *text;
    const QuoteFeatures *features;
    const std::vector<QuoteTag> *gold;
};

using QuoteLstmEpochWatch = std::function<void(int epoch, double loss, const QuoteLstm &lstm)>;

// Trains the BiLSTM-CRF tagger on every paragraph of the examples (in lstmPieces), in shuffled
// order, with AdaGrad on the CRF's negative log-likelihood of the gold tags (quoteCrfLoss).
// Deterministic on one platform and compiler (exp and log differ between maths libraries). `afterEpoch`, when set, sees the
// model after each epoch and the epoch's summed loss.
QuoteLstm trainQuoteLstm(const std::vector<QuoteLstmExample> &examples, const QuoteLstmTrainingOptions &options,
                         const QuoteLstmEpochWatch &afterEpoch = {});

} // namespace galley
