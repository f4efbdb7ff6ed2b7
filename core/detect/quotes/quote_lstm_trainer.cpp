#include "quote_lstm_trainer.h"

#include "detect/quotes/lstm_pieces.h"
#include "detect/quotes/quote_crf.h"
#include "detect/quotes/quote_features.h"

#include <QHash>

#include <algorithm>
#include <cmath>
#include <random>

namespace galley {

namespace {

// AdaGrad (Duchi et al. 2011): each weight's step shrinks with the gradients it has seen.
struct AdaGrad
{
    float learningRate = 0.0f;
    void step(std::vector<float> &weights, std::vector<float> &gradient, std::vector<float> &history) const
    {
        for (std::size_t i = 0; i < weights.size(); ++i)
            step(weights[i], gradient[i], history[i]);
    }
    void step(float &weight, float &gradient, float &history) const
    {
        if (gradient == 0.0f)
            return;
        history += gradient * gradient;
        weight -= learningRate * gradient / std::sqrt(history);
        gradient = 0.0f;
    }
};

// A document's tokens as rows of the embedding table.
struct EncodedDocument
{
    std::vector<std::uint32_t> starts;   // per token into rows, and one past the last
    std::vector<std::int32_t> rows;
    QList<TokenSpan> pieces;              // what the LSTM reads at once (lstmPieces of each paragraph)
    const QuoteFeatures *features;
    const std::vector<QuoteTag> *gold;
};

struct Network
{
    int embeddingSize = 0;
    std::vector<float> embeddings;
    QuoteLstmLayers layers;
};

// The features seen at least minCount times, in order of first sight (which keeps training
// reproducible), and each document's tokens encoded by them.
std::vector<FeatureKey> encode(const std::vector<QuoteLstmExample> &examples, int minCount,
                               std::vector<EncodedDocument> &documents)
{
    QHash<FeatureKey, int> counts;
    std::vector<FeatureKey> order;
    std::vector<FeatureKey> keys;
    for (const QuoteLstmExample &example : examples) {
        for (qsizetype t = 0; t < qsizetype(example.gold->size()); ++t) {
            keys.clear();
            example.features->addTokenFeatures(t, keys);
            for (FeatureKey key : keys) {
                int &count = counts[key];
                if (count++ == 0)
                    order.push_back(key);
            }
        }
    }
    FeatureRowIndex index;
    std::vector<FeatureKey> rowKeys;
    for (FeatureKey key : order) {
        // find() first: the index takes keys 0 and 1 for one
        if (counts.value(key) >= minCount && index.find(key) == FeatureRowIndex::kAbsent) {
            index.findOrAdd(key);
            rowKeys.push_back(key);
        }
    }
    for (const QuoteLstmExample &example : examples) {
        EncodedDocument document{{}, {}, {}, example.features, example.gold};
        for (const TokenSpan &paragraph : example.features->sequences())
            document.pieces.append(lstmPieces(*example.text, paragraph));
        for (qsizetype t = 0; t < qsizetype(example.gold->size()); ++t) {
            document.starts.push_back(std::uint32_t(document.rows.size()));
            keys.clear();
            example.features->addTokenFeatures(t, keys);
            for (FeatureKey key : keys) {
                const std::int32_t row = index.find(key);
                if (row != FeatureRowIndex::kAbsent)
                    document.rows.push_back(row);
            }
        }
        document.starts.push_back(std::uint32_t(document.rows.size()));
        documents.push_back(std::move(document));
    }
    return rowKeys;
}

class Trainer
{
public:
    Trainer(std::size_t rows, const QuoteLstmTrainingOptions &options)
        : m_options(options), m_random(options.seed), m_dropout(std::clamp(options.featureDropout, 0.0f, 0.9f))
    {
        m_network.embeddingSize = options.embeddingSize;
        m_network.embeddings.resize(rows * std::size_t(options.embeddingSize));
        for (float &weight : m_network.embeddings)
            weight = uniformWeight(m_random, 0.05f);
        m_network.layers.initialise(options.embeddingSize, options.hiddenSize, m_random);
        m_gradient.zeroLike(m_network.layers);
        m_history.zeroLike(m_network.layers);
        fill(m_history, 1e-6f);
        m_embeddingGradient.assign(m_network.embeddings.size(), 0.0f);
        m_embeddingHistory.assign(m_network.embeddings.size(), 1e-6f);
        m_touched.assign(rows, false);
        m_adaGrad.learningRate = options.learningRate;
    }

    double trainPiece(const EncodedDocument &document, TokenSpan piece)
    {
        const int E = m_network.embeddingSize;
        const int length = int(piece.end - piece.begin);
        std::vector<float> inputs(std::size_t(length) * std::size_t(E), 0.0f);
        std::vector<std::int32_t> kept;   // -1 ends a token's rows
        // The features kept do not make up for those dropped (no inverted dropout): tagging, with
        // every feature, sums a quarter more than training did on average. Made up for, dev
        // source and cue came out 0.4 and 0.5 lower (80.6 / 80.3).
        const auto dropThreshold = std::uint32_t(double(m_dropout) * 4294967295.0);
        for (int i = 0; i < length; ++i) {
            const qsizetype t = piece.begin + i;
            float *input = &inputs[std::size_t(i) * std::size_t(E)];
            for (std::uint32_t f = document.starts[std::size_t(t)]; f < document.starts[std::size_t(t) + 1]; ++f) {
                if (m_random() < dropThreshold)
                    continue;
                const std::int32_t row = document.rows[f];
                kept.push_back(row);
                const float *embedding = &m_network.embeddings[std::size_t(row) * std::size_t(E)];
                for (int k = 0; k < E; ++k)
                    input[k] += embedding[k];
            }
            kept.push_back(-1);
        }
        QuoteLstmActivations activations;
        runQuoteLstmLayers(m_network.layers, inputs.data(), length, activations);

        const int H = m_network.layers.hiddenSize();
        const std::vector<QuoteTag> gold = validQuoteTagPath(document.gold->data() + piece.begin, length);
        std::vector<float> scoreGradient(std::size_t(length) * kQuoteTagCount, 0.0f);
        const double loss = quoteCrfLoss(activations.scores.data(), length, m_network.layers.transitions.data(),
                                         gold.data(), scoreGradient.data(), m_gradient.transitions.data());
        std::vector<float> forwardGradient(std::size_t(length) * std::size_t(H), 0.0f);
        std::vector<float> backwardGradient(std::size_t(length) * std::size_t(H), 0.0f);
        for (int i = 0; i < length; ++i) {
            const float *ahead = &activations.forward.hidden[std::size_t(i) * std::size_t(H)];
            const float *behind = &activations.backward.hidden[std::size_t(i) * std::size_t(H)];
            for (int tag = 0; tag < kQuoteTagCount; ++tag) {
                const float g = scoreGradient[std::size_t(i) * kQuoteTagCount + std::size_t(tag)];
                m_gradient.outputBias[std::size_t(tag)] += g;
                float *dRow = &m_gradient.output[std::size_t(tag) * std::size_t(2 * H)];
                const float *row = &m_network.layers.output[std::size_t(tag) * std::size_t(2 * H)];
                for (int k = 0; k < H; ++k) {
                    dRow[k] += g * ahead[k];
                    dRow[H + k] += g * behind[k];
                    forwardGradient[std::size_t(i) * std::size_t(H) + std::size_t(k)] += g * row[k];
                    backwardGradient[std::size_t(i) * std::size_t(H) + std::size_t(k)] += g * row[H + k];
                }
            }
        }
        std::vector<float> inputGradient(inputs.size(), 0.0f);
        backpropagateLstm(m_network.layers.forward, inputs.data(), activations.forward, false, forwardGradient.data(),
                          m_gradient.forward, inputGradient.data());
        backpropagateLstm(m_network.layers.backward, inputs.data(), activations.backward, true, backwardGradient.data(),
                          m_gradient.backward, inputGradient.data());
        int i = 0;
        for (std::int32_t row : kept) {
            if (row < 0) {
                ++i;
                continue;
            }
            float *dEmbedding = &m_embeddingGradient[std::size_t(row) * std::size_t(E)];
            const float *dInput = &inputGradient[std::size_t(i) * std::size_t(E)];
            for (int k = 0; k < E; ++k)
                dEmbedding[k] += dInput[k];
            if (!m_touched[std::size_t(row)]) {
                m_touched[std::size_t(row)] = true;
                m_touchedRows.push_back(row);
            }
        }
        update();
        return loss;
    }

    QuoteLstm model(const std::vector<FeatureKey> &keys) const
    {
        QuoteLstm::Weights weights;
        weights.keys = keys;
        weights.embeddingSize = m_network.embeddingSize;
        weights.embeddings = m_network.embeddings;
        weights.layers = m_network.layers;
        return QuoteLstm(weights);
    }

    std::mt19937 &random() { return m_random; }

private:
    static void fill(QuoteLstmLayers &layers, float value)
    {
        for (std::vector<float> *values : {&layers.forward.gates, &layers.forward.bias, &layers.backward.gates,
                                           &layers.backward.bias, &layers.output, &layers.outputBias, &layers.transitions})
            std::fill(values->begin(), values->end(), value);
    }

    void update()
    {
        const std::size_t E = std::size_t(m_network.embeddingSize);
        for (std::int32_t row : m_touchedRows) {
            for (std::size_t k = std::size_t(row) * E; k < std::size_t(row + 1) * E; ++k)
                m_adaGrad.step(m_network.embeddings[k], m_embeddingGradient[k], m_embeddingHistory[k]);
            m_touched[std::size_t(row)] = false;
        }
        m_touchedRows.clear();
        QuoteLstmLayers &w = m_network.layers;
        m_adaGrad.step(w.forward.gates, m_gradient.forward.gates, m_history.forward.gates);
        m_adaGrad.step(w.forward.bias, m_gradient.forward.bias, m_history.forward.bias);
        m_adaGrad.step(w.backward.gates, m_gradient.backward.gates, m_history.backward.gates);
        m_adaGrad.step(w.backward.bias, m_gradient.backward.bias, m_history.backward.bias);
        m_adaGrad.step(w.output, m_gradient.output, m_history.output);
        m_adaGrad.step(w.outputBias, m_gradient.outputBias, m_history.outputBias);
        m_adaGrad.step(w.transitions, m_gradient.transitions, m_history.transitions);
    }

    const QuoteLstmTrainingOptions &m_options;
    std::mt19937 m_random;
    float m_dropout;
    AdaGrad m_adaGrad;
    Network m_network;
    QuoteLstmLayers m_gradient;
    QuoteLstmLayers m_history;
    std::vector<float> m_embeddingGradient;
    std::vector<float> m_embeddingHistory;
    std::vector<bool> m_touched;
    std::vector<std::int32_t> m_touchedRows;
};

} // namespace

QuoteLstm trainQuoteLstm(const std::vector<QuoteLstmExample> &examples, const QuoteLstmTrainingOptions &options,
                         const QuoteLstmEpochWatch &afterEpoch)
{
    std::vector<EncodedDocument> documents;
    const std::vector<FeatureKey> keys = encode(examples, std::max(1, options.featureMinCount), documents);
    Trainer trainer(keys.size(), options);
    std::vector<std::pair<std::size_t, qsizetype>> pieces;   // document, piece
    for (std::size_t d = 0; d < documents.size(); ++d) {
        for (qsizetype p = 0; p < documents[d].pieces.size(); ++p)
            pieces.push_back({d, p});
    }
    for (int epoch = 1; epoch <= options.epochs; ++epoch) {
        // std::shuffle's algorithm is unspecified; this one is fixed.
        for (std::size_t i = pieces.size(); i > 1; --i)
            std::swap(pieces[i - 1], pieces[trainer.random()() % i]);
        double loss = 0.0;
        for (const auto &[d, p] : pieces)
            loss += trainer.trainPiece(documents[d], documents[d].pieces[p]);
        if (afterEpoch)
            afterEpoch(epoch, loss, trainer.model(keys));
    }
    return trainer.model(keys);
}

} // namespace galley
