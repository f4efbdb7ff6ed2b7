#include "quote_calibration.h"

#include "detect/ner/entity_finder.h"
#include "detect/quotes/quote_evaluation.h"
#include "detect/quotes/quote_finder.h"
#include "text/sentence_splitter.h"
#include "text/tokenizer.h"

#include <algorithm>
#include <span>
#include <cmath>

namespace galley {

namespace {

using Inputs = std::array<double, QuoteConfidenceCalibration::WeightCount>;
constexpr int kWeights = QuoteConfidenceCalibration::WeightCount;

struct Example
{
    Inputs inputs;
    bool right = false;
};

// Solves a * x = b by Gaussian elimination with partial pivoting (a is small and, with the
// ridge below, positive definite).
Inputs solve(std::array<Inputs, kWeights> a, Inputs b)
{
    for (int column = 0; column < kWeights; ++column) {
        int pivot = column;
        for (int row = column + 1; row < kWeights; ++row) {
            if (std::abs(a[std::size_t(row)][std::size_t(column)]) > std::abs(a[std::size_t(pivot)][std::size_t(column)]))
                pivot = row;
        }
        std::swap(a[std::size_t(column)], a[std::size_t(pivot)]);
        std::swap(b[std::size_t(column)], b[std::size_t(pivot)]);
        for (int row = column + 1; row < kWeights; ++row) {
            const double factor = a[std::size_t(row)][std::size_t(column)] / a[std::size_t(column)][std::size_t(column)];
            for (int k = column; k < kWeights; ++k)
                a[std::size_t(row)][std::size_t(k)] -= factor * a[std::size_t(column)][std::size_t(k)];
            b[std::size_t(row)] -= factor * b[std::size_t(column)];
        }
    }
    Inputs x{};
    for (int row = kWeights - 1; row >= 0; --row) {
        double sum = b[std::size_t(row)];
        for (int k = row + 1; k < kWeights; ++k)
            sum -= a[std::size_t(row)][std::size_t(k)] * x[std::size_t(k)];
        x[std::size_t(row)] = sum / a[std::size_t(row)][std::size_t(row)];
    }
    return x;
}

double predict(const Inputs &weights, const Inputs &inputs)
{
    double z = 0.0;
    for (int k = 0; k < kWeights; ++k)
        z += weights[std::size_t(k)] * inputs[std::size_t(k)];
    return 1.0 / (1.0 + std::exp(-z));
}

constexpr double kRidge = 1e-3;

// The mean log-loss with the ridge's penalty: what the fit below makes smaller at every step.
double penalisedLoss(const QList<Example> &examples, const Inputs &weights)
{
    double loss = 0.0;
    for (const Example &example : examples) {
        const double p = std::clamp(predict(weights, example.inputs), 1e-12, 1.0 - 1e-12);
        loss -= std::log(example.right ? p : 1.0 - p);
    }
    double penalty = 0.0;
    for (double weight : weights)
        penalty += weight * weight;
    return (loss + 0.5 * kRidge * penalty) / double(std::max<qsizetype>(1, examples.size()));
}

// Logistic regression by Newton's method, each step halved until the loss goes down (nearly
// separable data sends plain Newton steps far off); a small ridge keeps the weights finite when
// an input never varies. Returns the weights and their penalised mean log-loss.
std::pair<Inputs, double> fitLogistic(const QList<Example> &examples)
{
    constexpr int kIterations = 50;
    Inputs weights{};
    double loss = penalisedLoss(examples, weights);
    for (int iteration = 0; iteration < kIterations; ++iteration) {
        std::array<Inputs, kWeights> hessian{};
        Inputs gradient{};
        for (int k = 0; k < kWeights; ++k) {
            hessian[std::size_t(k)][std::size_t(k)] = kRidge;
            gradient[std::size_t(k)] = -kRidge * weights[std::size_t(k)];
        }
        for (const Example &example : examples) {
            const double p = predict(weights, example.inputs);
            const double error = (example.right ? 1.0 : 0.0) - p;
            const double curvature = p * (1.0 - p);
            for (int i = 0; i < kWeights; ++i) {
                gradient[std::size_t(i)] += error * example.inputs[std::size_t(i)];
                for (int j = 0; j < kWeights; ++j)
                    hessian[std::size_t(i)][std::size_t(j)] += curvature * example.inputs[std::size_t(i)] * example.inputs[std::size_t(j)];
            }
        }
        const Inputs step = solve(hessian, gradient);
        bool moved = false;   // by more than rounding
        for (double scale = 1.0; scale > 1e-6; scale /= 2.0) {
            Inputs next = weights;
            for (int k = 0; k < kWeights; ++k)
                next[std::size_t(k)] += scale * step[std::size_t(k)];
            const double nextLoss = penalisedLoss(examples, next);
            if (std::isfinite(nextLoss) && nextLoss < loss) {
                moved = loss - nextLoss > 1e-12;
                weights = next;
                loss = nextLoss;
                break;
            }
        }
        if (!moved)
            break;   // converged
    }
    return {weights, loss};
}

} // namespace

QuoteConfidenceCalibration calibrateQuoteConfidence(const PolnearCorpus &corpus, const NerModel &ner,
                                                    const QuoteModel &model)
{
    // The perceptron's scores run to tens of thousands, the BiLSTM-CRF's are its own
    // log-potentials (temperature 1: its probabilities); these span "sure of everything" to
    // "sure of nothing" for each.
    constexpr float kPerceptronTemperatures[] = {2500.0f, 5000.0f, 10000.0f, 20000.0f, 40000.0f, 80000.0f};
    constexpr float kLstmTemperatures[] = {0.5f, 0.7f, 1.0f, 1.4f, 2.0f, 3.0f};
    struct Analysed
    {
        QList<Token> tokens;
        QList<Sentence> sentences;
        QList<EntityMention> entities;
    };
    QList<Analysed> analysed;
    analysed.reserve(corpus.documents.size());
    for (const PolnearDocument &document : corpus.documents) {
        Analysed a;
        a.tokens = tokenize(document.text);
        a.sentences = splitSentences(document.text, a.tokens);
        a.entities = findEntities(ner, document.text, a.tokens, a.sentences);
        analysed.append(std::move(a));
    }
    QuoteModel probe = model;
    QuoteConfidenceCalibration best;
    double bestLoss = 0.0;
    const std::span<const float> temperatures = model.usesLstm() ? std::span<const float>(kLstmTemperatures)
                                                                 : std::span<const float>(kPerceptronTemperatures);
    for (const float temperature : temperatures) {
        probe.setConfidenceCalibration(QuoteConfidenceCalibration::identity(temperature));
        QList<Example> examples;
        for (qsizetype d = 0; d < corpus.documents.size(); ++d) {
            const PolnearDocument &document = corpus.documents[d];
            const Analysed &a = analysed[d];
            for (const Quote &quote : findQuotes(probe, document.text, a.tokens, a.sentences, a.entities))
                examples.append({QuoteConfidenceCalibration::inputs(quote.confidence, quote), isAttributionRight(document, quote)});
        }
        if (examples.isEmpty())
            return {};
        const auto [weights, loss] = fitLogistic(examples);
        const bool finite = std::all_of(weights.begin(), weights.end(), [](double weight) { return std::isfinite(weight); });
        if (finite && std::isfinite(loss) && (best.isEmpty() || loss < bestLoss)) {
            bestLoss = loss;
            best.temperature = temperature;
            for (int k = 0; k < kWeights; ++k)
                best.weights[std::size_t(k)] = float(weights[std::size_t(k)]);
        }
    }
    return best;
}

} // namespace galley
