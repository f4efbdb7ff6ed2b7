#pragma once

#include <random>
#include <vector>

namespace galley {

// Uniform in [-scale, scale) from one draw of `random`: the same on every platform, unlike
// std::uniform_real_distribution, so training is reproducible everywhere.
inline float uniformWeight(std::mt19937 &random, float scale)
{
    return scale * (float(double(random()) / 4294967296.0) * 2.0f - 1.0f);
}

// One direction of an LSTM (Hochreiter & Schmidhuber 1997, with Gers' forget gate): for each
// hidden unit, the input, forget, candidate and output gates over [input; hidden before].
struct LstmWeights
{
    int inputSize = 0;
    int hiddenSize = 0;
    // inputSize + hiddenSize rows of 4 * hiddenSize: row k holds what input k (then hidden unit
    // k - inputSize) adds to each gate, so a step is a sum of rows the compiler vectorises.
    std::vector<float> gates;
    std::vector<float> bias;    // 4 * hiddenSize

    // Uniform in ±1/sqrt(fan-in), forget-gate bias 1 (remembers by default, Jozefowicz et al. 2015).
    void initialise(int inputs, int hidden, std::mt19937 &random);
    // The same shapes, all zero: a gradient.
    void zeroLike(const LstmWeights &other);
    int fanIn() const { return inputSize + hiddenSize; }
};

// What a run over a sequence keeps: each step's hidden state, cell and gate activations.
struct LstmRun
{
    int length = 0;
    std::vector<float> hidden;        // length * hiddenSize
    std::vector<float> cell;          // length * hiddenSize
    std::vector<float> activations;   // length * 4 * hiddenSize: sigmoid, sigmoid, tanh, sigmoid
};

// Runs over `length` inputs of weights.inputSize floats each, first to last or (reversed) last
// to first; run.hidden[t] is the state after reading input t.
void runLstm(const LstmWeights &weights, const float *inputs, int length, bool reversed, LstmRun &run);

// Backpropagation through time of `run`: given the loss gradient of every hidden state, adds the
// gradient of the weights to `gradient` and that of every input to `inputGradient`.
void backpropagateLstm(const LstmWeights &weights, const float *inputs, const LstmRun &run, bool reversed,
                       const float *hiddenGradient, LstmWeights &gradient, float *inputGradient);

} // namespace galley
