#include "quote_pass_weights.h"

#include <algorithm>
#include <cmath>

namespace galley {

QuotePassWeights::QuotePassWeights(const QuoteWeights &weights, float pruneBelow)
{
    float largest = 0.0f;
    for (float weight : weights.rows)
        largest = std::max(largest, std::fabs(weight));
    m_scale = largest > 0.0f ? largest / 32767.0f : 1.0f;
    std::vector<std::size_t> order(weights.keys.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::sort(order.begin(), order.end(), [&weights](std::size_t a, std::size_t b) { return weights.keys[a] < weights.keys[b]; });
    m_index.reserve(weights.keys.size());
    for (std::size_t source : order) {
        std::int16_t levels[kQuoteTagCount];
        bool nonZero = false;
        for (int tag = 0; tag < kQuoteTagCount; ++tag) {
            const float weight = weights.rows[source * kQuoteTagCount + std::size_t(tag)];
            levels[tag] = std::fabs(weight) < pruneBelow ? 0 : std::int16_t(std::lround(weight / m_scale));
            nonZero = nonZero || levels[tag] != 0;
        }
        if (!nonZero)
            continue;
        m_index.findOrAdd(weights.keys[source]);
        m_keys.push_back(weights.keys[source]);
        m_rows.insert(m_rows.end(), levels, levels + kQuoteTagCount);
    }
}

qsizetype QuotePassWeights::memoryBytes() const
{
    return qsizetype(m_index.memoryBytes() + m_keys.capacity() * sizeof(FeatureKey) + m_rows.capacity() * sizeof(std::int16_t));
}

void QuotePassWeights::appendTo(QByteArray &payload) const
{
    appendLittleEndian<float>(payload, m_scale);
    appendLittleEndian<quint32>(payload, quint32(m_keys.size()));
    // Sorted keys as deltas: their high bytes are mostly zero, which zlib then squeezes.
    FeatureKey previous = 0;
    for (FeatureKey key : m_keys) {
        appendLittleEndian<quint64>(payload, key - previous);
        previous = key;
    }
    for (std::int16_t level : m_rows)
        appendLittleEndian<qint16>(payload, level);
}

std::optional<QuotePassWeights> QuotePassWeights::read(LittleEndianReader &reader)
{
    QuotePassWeights weights;
    weights.m_scale = reader.read<float>();
    const quint32 rows = reader.read<quint32>();
    if (!reader.has(qsizetype(rows) * (8 + 2 * kQuoteTagCount)))
        return std::nullopt;
    weights.m_index.reserve(rows);
    FeatureKey key = 0;
    for (quint32 r = 0; r < rows; ++r) {
        key += reader.read<quint64>();
        weights.m_keys.push_back(key);
        weights.m_index.findOrAdd(key);
    }
    weights.m_rows.resize(std::size_t(rows) * kQuoteTagCount);
    for (std::int16_t &level : weights.m_rows)
        level = reader.read<qint16>();
    if (reader.truncated())
        return std::nullopt;
    return weights;
}

} // namespace galley
