#include "quote_lstm.h"

#include "detect/quotes/lstm_pieces.h"
#include "detect/quotes/quote_features.h"
#include "util/little_endian.h"

#include <algorithm>
#include <bit>
#include <cmath>

namespace galley {

namespace {

constexpr int kMaxSize = 1024;            // embedding or hidden units; more only comes from damage
constexpr quint32 kMaxRows = 8'000'000;   // embedding rows (the shipped model has 174k)

void appendFloats(QByteArray &bytes, const std::vector<float> &values)
{
    for (float value : values)
        appendFloat(bytes, value);
}

// Fills `values` (already sized); false when cut short or not finite.
bool readFloats(LittleEndianReader &reader, std::vector<float> &values)
{
    if (!reader.has(qsizetype(values.size()) * 4))
        return false;
    for (float &value : values) {
        value = readFloat(reader);
        if (!std::isfinite(value))
            return false;
    }
    return true;
}

void shapeLayers(QuoteLstmLayers &layers, int inputSize, int hiddenSize)
{
    for (LstmWeights *direction : {&layers.forward, &layers.backward}) {
        direction->inputSize = inputSize;
        direction->hiddenSize = hiddenSize;
        direction->gates.resize(std::size_t(4 * hiddenSize) * std::size_t(inputSize + hiddenSize));
        direction->bias.resize(std::size_t(4 * hiddenSize));
    }
    layers.output.resize(std::size_t(kQuoteTagCount) * std::size_t(2 * hiddenSize));
    layers.outputBias.resize(kQuoteTagCount);
    layers.transitions.resize(kQuoteTagCount * kQuoteTagCount);
}

} // namespace

QuoteLstm::QuoteLstm(const Weights &weights)
    : m_embeddingSize(weights.embeddingSize), m_layers(weights.layers)
{
    const std::size_t rows = weights.keys.size();
    m_rows.reserve(rows);
    m_scales.resize(rows);
    m_embeddings.resize(rows * std::size_t(m_embeddingSize));
    for (std::size_t r = 0; r < rows; ++r) {
        const std::int32_t added = m_rows.findOrAdd(weights.keys[r]);
        Q_ASSERT(added == std::int32_t(r));   // the trainer gives each key one row (0 and 1 are one key)
        Q_UNUSED(added);
        const float *row = &weights.embeddings[r * std::size_t(m_embeddingSize)];
        float largest = 0.0f;
        for (int k = 0; k < m_embeddingSize; ++k)
            largest = std::max(largest, std::abs(row[k]));
        const float scale = largest / 127.0f;
        m_scales[r] = scale;
        for (int k = 0; k < m_embeddingSize; ++k)
            m_embeddings[r * std::size_t(m_embeddingSize) + std::size_t(k)]
                = std::int8_t(scale > 0.0f ? std::lround(row[k] / scale) : 0);
    }
}

qsizetype QuoteLstm::memoryBytes() const
{
    const auto floats = [](const std::vector<float> &values) { return qsizetype(values.size() * sizeof(float)); };
    return qsizetype(m_rows.memoryBytes()) + qsizetype(m_embeddings.size()) + floats(m_scales)
           + floats(m_layers.forward.gates) + floats(m_layers.forward.bias) + floats(m_layers.backward.gates)
           + floats(m_layers.backward.bias) + floats(m_layers.output) + floats(m_layers.outputBias)
           + floats(m_layers.transitions);
}

QuoteStepScores QuoteLstm::stepScores(const AnalysedText &text, const QuoteFeatures &features, TokenSpan paragraph) const
{
    QuoteStepScores scores;
    const qsizetype length = std::max<qsizetype>(0, paragraph.end - paragraph.begin);
    scores.own.resize(std::size_t(length));
    scores.joint.resize(std::size_t(length));
    for (const TokenSpan &piece : lstmPieces(text, paragraph))
        scorePiece(features, piece, scores, piece.begin - paragraph.begin);
    for (auto &token : scores.joint) {
        for (int previous = 0; previous < kQuoteTagCount; ++previous) {
            const float *row = &m_layers.transitions[std::size_t(previous) * kQuoteTagCount];
            std::copy_n(row, kQuoteTagCount, token[std::size_t(previous)].begin());
        }
    }
    return scores;
}

void QuoteLstm::scorePiece(const QuoteFeatures &features, TokenSpan piece, QuoteStepScores &scores, qsizetype offset) const
{
    const int length = int(piece.end - piece.begin);
    std::vector<float> inputs(std::size_t(length) * std::size_t(m_embeddingSize), 0.0f);
    std::vector<FeatureKey> keys;
    for (int i = 0; i < length; ++i) {
        keys.clear();
        features.addTokenFeatures(piece.begin + i, keys);
        float *input = &inputs[std::size_t(i) * std::size_t(m_embeddingSize)];
        for (FeatureKey key : keys) {
            const std::int32_t row = m_rows.find(key);
            if (row == FeatureRowIndex::kAbsent)
                continue;
            const std::int8_t *values = &m_embeddings[std::size_t(row) * std::size_t(m_embeddingSize)];
            const float scale = m_scales[std::size_t(row)];
            for (int k = 0; k < m_embeddingSize; ++k)
                input[k] += scale * float(values[k]);
        }
    }
    QuoteLstmActivations activations;
    runQuoteLstmLayers(m_layers, inputs.data(), length, activations);
    for (int i = 0; i < length; ++i)
        std::copy_n(&activations.scores[std::size_t(i) * kQuoteTagCount], kQuoteTagCount,
                    scores.own[std::size_t(offset + i)].begin());
}

// Embedding and hidden size, row count, each row's key, scale and values, then the layers' floats.
void QuoteLstm::appendTo(QByteArray &bytes) const
{
    appendLittleEndian<quint32>(bytes, quint32(m_embeddingSize));
    appendLittleEndian<quint32>(bytes, quint32(m_layers.hiddenSize()));
    appendLittleEndian<quint32>(bytes, quint32(m_scales.size()));
    std::vector<FeatureKey> keys(m_scales.size());
    m_rows.forEach([&keys](FeatureKey key, std::int32_t row) { keys[std::size_t(row)] = key; });
    for (std::size_t r = 0; r < m_scales.size(); ++r) {
        appendLittleEndian<quint64>(bytes, keys[r]);
        appendFloat(bytes, m_scales[r]);
        bytes.append(reinterpret_cast<const char *>(&m_embeddings[r * std::size_t(m_embeddingSize)]), m_embeddingSize);
    }
    for (const LstmWeights *direction : {&m_layers.forward, &m_layers.backward}) {
        appendFloats(bytes, direction->gates);
        appendFloats(bytes, direction->bias);
    }
    appendFloats(bytes, m_layers.output);
    appendFloats(bytes, m_layers.outputBias);
    appendFloats(bytes, m_layers.transitions);
}

std::optional<QuoteLstm> QuoteLstm::read(LittleEndianReader &reader)
{
    QuoteLstm lstm;
    const quint32 embeddingSize = reader.read<quint32>();
    const quint32 hiddenSize = reader.read<quint32>();
    const quint32 rows = reader.read<quint32>();
    if (reader.truncated() || embeddingSize < 1 || embeddingSize > kMaxSize || hiddenSize < 1 || hiddenSize > kMaxSize
        || rows < 1 || rows > kMaxRows)
        return std::nullopt;
    // Everything the sizes promise must be there before anything is allocated for it.
    const qint64 layerFloats = 2 * (qint64(4 * hiddenSize) * (embeddingSize + hiddenSize) + 4 * hiddenSize)
                               + qint64(kQuoteTagCount) * (2 * hiddenSize + 1 + kQuoteTagCount);
    if (!reader.has(qint64(rows) * (12 + qint64(embeddingSize)) + 4 * layerFloats))
        return std::nullopt;
    lstm.m_embeddingSize = int(embeddingSize);
    lstm.m_rows.reserve(rows);
    lstm.m_scales.resize(rows);
    lstm.m_embeddings.resize(std::size_t(rows) * embeddingSize);
    for (quint32 r = 0; r < rows; ++r) {
        if (lstm.m_rows.findOrAdd(reader.read<quint64>()) != std::int32_t(r))
            return std::nullopt;   // a key twice
        lstm.m_scales[r] = readFloat(reader);
        if (!std::isfinite(lstm.m_scales[r]))
            return std::nullopt;
        for (quint32 k = 0; k < embeddingSize; ++k)
            lstm.m_embeddings[std::size_t(r) * embeddingSize + k] = reader.read<qint8>();
    }
    shapeLayers(lstm.m_layers, int(embeddingSize), int(hiddenSize));
    for (LstmWeights *direction : {&lstm.m_layers.forward, &lstm.m_layers.backward}) {
        if (!readFloats(reader, direction->gates) || !readFloats(reader, direction->bias))
            return std::nullopt;
    }
    if (!readFloats(reader, lstm.m_layers.output) || !readFloats(reader, lstm.m_layers.outputBias)
        || !readFloats(reader, lstm.m_layers.transitions) || reader.truncated())
        return std::nullopt;
    return lstm;
}

} // namespace galley
