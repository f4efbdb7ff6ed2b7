#pragma once

#include "detect/neural/lstm_layer.h"
#include "detect/quotes/quote_tags.h"

#include <random>
#include <vector>

namespace galley {

// The quote tagger's network above its input vectors: a BiLSTM over a paragraph's tokens, a
// linear layer from both directions' states to a score for every tag, and a CRF's scores of each
// tag after each tag (decoded by bestQuoteTags, trained with quoteCrfLoss).
struct QuoteLstmLayers
{
    LstmWeights forward;
    LstmWeights backward;
    std::vector<float> output;       // kQuoteTagCount rows of 2 * hidden: forward state, then backward
    std::vector<float> outputBias;   // kQuoteTagCount
    std::vector<float> transitions;  // kQuoteTagCount rows (the tag before) of kQuoteTagCount

    void initialise(int inputSize, int hiddenSize, std::mt19937 &random);
    void zeroLike(const QuoteLstmLayers &other);
    int inputSize() const { return forward.inputSize; }
    int hiddenSize() const { return forward.hiddenSize; }
};

struct QuoteLstmActivations
{
    LstmRun forward;
    LstmRun backward;
    std::vector<float> scores;   // length * kQuoteTagCount
};

// Runs the layers over `length` input vectors of layers.inputSize() floats.
void runQuoteLstmLayers(const QuoteLstmLayers &layers, const float *inputs, int length, QuoteLstmActivations &activations);

} // namespace galley
