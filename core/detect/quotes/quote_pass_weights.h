#pragma once

#include "detect/ner/averaged_perceptron.h"
#include "detect/ner/feature_row_index.h"
#include "detect/quotes/quote_tags.h"
#include "util/little_endian.h"

#include <QByteArray>

#include <optional>
#include <vector>

namespace galley {

// Weights of one tagging pass as the trainer leaves them: row r (kQuoteTagCount scores)
// belongs to keys[r].
using QuoteWeights = PerceptronWeights;

// One pass's weights quantised to 16 bits, keys sorted, rows whose weights are all under
// pruneBelow dropped: what the model file holds and the tagger scores with.
class QuotePassWeights
{
public:
    QuotePassWeights() = default;
    QuotePassWeights(const QuoteWeights &weights, float pruneBelow);

    // Sums the rows of the features present, per tag.
    void score(const std::vector<FeatureKey> &features, float *scores) const
    {
        std::int32_t sums[kQuoteTagCount] = {};
        for (FeatureKey key : features) {
            const std::int32_t row = m_index.find(key);
            if (row == FeatureRowIndex::kAbsent)
                continue;
            const std::int16_t *levels = m_rows.data() + std::size_t(row) * kQuoteTagCount;
            for (int tag = 0; tag < kQuoteTagCount; ++tag)
                sums[tag] += levels[tag];
        }
        for (int tag = 0; tag < kQuoteTagCount; ++tag)
            scores[tag] = float(sums[tag]);
    }

    qsizetype featureCount() const { return qsizetype(m_keys.size()); }
    qsizetype memoryBytes() const;

    void appendTo(QByteArray &payload) const;
    // std::nullopt when the data is cut short.
    static std::optional<QuotePassWeights> read(LittleEndianReader &reader);

private:
    FeatureRowIndex m_index;
    std::vector<FeatureKey> m_keys;
    std::vector<std::int16_t> m_rows;
    float m_scale = 1.0f;
};

} // namespace galley
