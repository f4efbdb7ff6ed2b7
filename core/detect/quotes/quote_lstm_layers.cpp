#include "quote_lstm_layers.h"

#include <algorithm>
#include <cmath>

namespace galley {

void QuoteLstmLayers::initialise(int inputSize, int hiddenSize, std::mt19937 &random)
{
    forward.initialise(inputSize, hiddenSize, random);
    backward.initialise(inputSize, hiddenSize, random);
    const float scale = 1.0f / std::sqrt(2.0f * float(hiddenSize));
    output.resize(std::size_t(kQuoteTagCount) * std::size_t(2 * hiddenSize));
    for (float &weight : output)
        weight = uniformWeight(random, scale);
    outputBias.assign(kQuoteTagCount, 0.0f);
    transitions.assign(kQuoteTagCount * kQuoteTagCount, 0.0f);
}

void QuoteLstmLayers::zeroLike(const QuoteLstmLayers &other)
{
    forward.zeroLike(other.forward);
    backward.zeroLike(other.backward);
    output.assign(other.output.size(), 0.0f);
    outputBias.assign(other.outputBias.size(), 0.0f);
    transitions.assign(other.transitions.size(), 0.0f);
}

void runQuoteLstmLayers(const QuoteLstmLayers &layers, const float *inputs, int length, QuoteLstmActivations &activations)
{
    runLstm(layers.forward, inputs, length, false, activations.forward);
    runLstm(layers.backward, inputs, length, true, activations.backward);
    const int H = layers.hiddenSize();
    activations.scores.assign(std::size_t(length) * kQuoteTagCount, 0.0f);
    for (int t = 0; t < length; ++t) {
        float *scores = &activations.scores[std::size_t(t) * kQuoteTagCount];
        const float *ahead = &activations.forward.hidden[std::size_t(t) * H];
        const float *behind = &activations.backward.hidden[std::size_t(t) * H];
        for (int tag = 0; tag < kQuoteTagCount; ++tag) {
            const float *row = &layers.output[std::size_t(tag) * std::size_t(2 * H)];
            float sum = layers.outputBias[std::size_t(tag)];
            for (int k = 0; k < H; ++k)
                sum += row[k] * ahead[k] + row[H + k] * behind[k];
            scores[tag] = sum;
        }
    }
}

} // namespace galley
