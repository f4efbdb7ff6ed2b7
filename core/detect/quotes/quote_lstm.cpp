#include "quote_lstm.h"

#include "detect/quotes/quote_features.h"
#include "util/little_endian.h"

#include <algorithm>
#include <bit>
#include <cmath>

namespace galley {

namespace {

constexpr int kMaxSize = 1024;   // embedding or hidden units; more only comes from damage

void appendFloat(QByteArray &bytes, float value) { appendLittleEndian<quint32>(bytes, std::bit_cast<quint32>(value)); }

float readFloat(LittleEndianReader &reader) { return std::bit_cast<float>(reader.read<quint32>()); }

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
        m_rows.findOrAdd(weights.keys[r]);
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
           + floats(m_layers.forward.gates) + floats(m_layers.backward.gates) + floats(m_layers.output)
           + floats(m_layers.transitions);
}

QuoteStepScores QuoteLstm::stepScores(const QuoteFeatures &features, TokenSpan sequence) const
{
    const int length = int(sequence.end - sequence.begin);
    std::vector<float> inputs(std::size_t(length) * std::size_t(m_embeddingSize), 0.0f);
    std::vector<FeatureKey> keys;
    for (int i = 0; i < length; ++i) {
        keys.clear();
        features.addTokenFeatures(sequence.begin + i, keys);
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
    QuoteStepScores scores;
    scores.own.resize(std::size_t(length));
    scores.joint.resize(std::size_t(length));
    for (int i = 0; i < length; ++i) {
        std::copy_n(&activations.scores[std::size_t(i) * kQuoteTagCount], kQuoteTagCount, scores.own[std::size_t(i)].begin());
        for (int previous = 0; previous < kQuoteTagCount; ++previous)
            std::copy_n(&m_layers.transitions[std::size_t(previous) * kQuoteTagCount], kQuoteTagCount,
                        scores.joint[std::size_t(i)][std::size_t(previous)].begin());
    }
    return scores;
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
        || !reader.has(qsizetype(rows) * (12 + qsizetype(embeddingSize))))
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
