#include "lstm_layer.h"

#include <algorithm>
#include <cmath>

namespace galley {

namespace {

float sigmoid(float x) { return 1.0f / (1.0f + std::exp(-x)); }

// tanh by one exp: std::tanh goes through expm1 and took a fifth of quote finding's time.
float fastTanh(float x) { return 1.0f - 2.0f / (std::exp(2.0f * x) + 1.0f); }

} // namespace

void LstmWeights::initialise(int inputs, int hidden, std::mt19937 &random)
{
    inputSize = inputs;
    hiddenSize = hidden;
    const float scale = 1.0f / std::sqrt(float(inputs + hidden));
    gates.resize(std::size_t(4 * hidden) * std::size_t(fanIn()));
    for (float &weight : gates)
        weight = uniformWeight(random, scale);
    bias.assign(std::size_t(4 * hidden), 0.0f);
    std::fill_n(bias.begin() + hidden, hidden, 1.0f);
}

void LstmWeights::zeroLike(const LstmWeights &other)
{
    inputSize = other.inputSize;
    hiddenSize = other.hiddenSize;
    gates.assign(other.gates.size(), 0.0f);
    bias.assign(other.bias.size(), 0.0f);
}

void runLstm(const LstmWeights &weights, const float *inputs, int length, bool reversed, LstmRun &run)
{
    const int H = weights.hiddenSize;
    const int I = weights.inputSize;
    run.length = length;
    run.hidden.assign(std::size_t(length) * std::size_t(H), 0.0f);
    run.cell.assign(std::size_t(length) * std::size_t(H), 0.0f);
    run.activations.assign(std::size_t(length) * std::size_t(4 * H), 0.0f);
    const std::vector<float> zero(std::size_t(H), 0.0f);
    for (int step = 0; step < length; ++step) {
        const int t = reversed ? length - 1 - step : step;
        const bool first = step == 0;
        const float *hiddenBefore = first ? zero.data() : &run.hidden[std::size_t(reversed ? t + 1 : t - 1) * H];
        const float *cellBefore = first ? zero.data() : &run.cell[std::size_t(reversed ? t + 1 : t - 1) * H];
        const float *input = inputs + std::size_t(t) * I;
        float *gate = &run.activations[std::size_t(t) * 4 * H];
        std::copy(weights.bias.begin(), weights.bias.end(), gate);
        // The rows of [input; hidden before] four at a time: each pass over the gate sums loads
        // and stores them once for four rows.
        float *__restrict__ sums = gate;
        const auto valueAt = [&](int k) { return k < I ? input[k] : hiddenBefore[k - I]; };
        const std::size_t width = std::size_t(4 * H);
        int k = 0;
        for (; k + 4 <= I + H; k += 4) {
            const float *__restrict__ row = &weights.gates[std::size_t(k) * width];
            const float a = valueAt(k), b = valueAt(k + 1), c = valueAt(k + 2), d = valueAt(k + 3);
            for (std::size_t r = 0; r < width; ++r)
                sums[r] += row[r] * a + row[width + r] * b + row[2 * width + r] * c + row[3 * width + r] * d;
        }
        for (; k < I + H; ++k) {
            const float *__restrict__ row = &weights.gates[std::size_t(k) * width];
            const float a = valueAt(k);
            for (std::size_t r = 0; r < width; ++r)
                sums[r] += row[r] * a;
        }
        for (int j = 0; j < H; ++j) {
            gate[j] = sigmoid(gate[j]);
            gate[H + j] = sigmoid(gate[H + j]);
            gate[2 * H + j] = fastTanh(gate[2 * H + j]);
            gate[3 * H + j] = sigmoid(gate[3 * H + j]);
            const float cell = gate[H + j] * cellBefore[j] + gate[j] * gate[2 * H + j];
            run.cell[std::size_t(t) * H + j] = cell;
            run.hidden[std::size_t(t) * H + j] = gate[3 * H + j] * fastTanh(cell);
        }
    }
}

void backpropagateLstm(const LstmWeights &weights, const float *inputs, const LstmRun &run, bool reversed,
                       const float *hiddenGradient, LstmWeights &gradient, float *inputGradient)
{
    const int H = weights.hiddenSize;
    const int I = weights.inputSize;
    const int length = run.length;
    const std::vector<float> zero(std::size_t(H), 0.0f);
    std::vector<float> hiddenCarry(std::size_t(H), 0.0f);   // from the step after, in reading order
    std::vector<float> cellCarry(std::size_t(H), 0.0f);
    std::vector<float> gateGradient(std::size_t(4 * H));
    for (int step = length - 1; step >= 0; --step) {
        const int t = reversed ? length - 1 - step : step;
        const bool first = step == 0;
        const float *hiddenBefore = first ? zero.data() : &run.hidden[std::size_t(reversed ? t + 1 : t - 1) * H];
        const float *cellBefore = first ? zero.data() : &run.cell[std::size_t(reversed ? t + 1 : t - 1) * H];
        const float *gate = &run.activations[std::size_t(t) * 4 * H];
        for (int j = 0; j < H; ++j) {
            const float dHidden = hiddenCarry[std::size_t(j)] + hiddenGradient[std::size_t(t) * H + j];
            const float cellTanh = fastTanh(run.cell[std::size_t(t) * H + j]);
            const float in = gate[j], forget = gate[H + j], candidate = gate[2 * H + j], out = gate[3 * H + j];
            const float dCell = cellCarry[std::size_t(j)] + dHidden * out * (1.0f - cellTanh * cellTanh);
            gateGradient[std::size_t(j)] = dCell * candidate * in * (1.0f - in);
            gateGradient[std::size_t(H + j)] = dCell * cellBefore[j] * forget * (1.0f - forget);
            gateGradient[std::size_t(2 * H + j)] = dCell * in * (1.0f - candidate * candidate);
            gateGradient[std::size_t(3 * H + j)] = dHidden * cellTanh * out * (1.0f - out);
            cellCarry[std::size_t(j)] = dCell * forget;
        }
        const float *input = inputs + std::size_t(t) * I;
        float *dInput = inputGradient + std::size_t(t) * I;
        for (int r = 0; r < 4 * H; ++r)
            gradient.bias[std::size_t(r)] += gateGradient[std::size_t(r)];
        const auto backRow = [&](int k, float value) {
            const float *row = &weights.gates[std::size_t(k) * std::size_t(4 * H)];
            float *dRow = &gradient.gates[std::size_t(k) * std::size_t(4 * H)];
            float back = 0.0f;
            for (int r = 0; r < 4 * H; ++r) {
                dRow[r] += gateGradient[std::size_t(r)] * value;
                back += gateGradient[std::size_t(r)] * row[r];
            }
            return back;
        };
        for (int k = 0; k < I; ++k)
            dInput[k] += backRow(k, input[k]);
        for (int k = 0; k < H; ++k)
            hiddenCarry[std::size_t(k)] = backRow(I + k, hiddenBefore[k]);
    }
}

} // namespace galley
