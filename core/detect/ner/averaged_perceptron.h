#pragma once

#include "detect/ner/feature_row_index.h"

#include <QtGlobal>

#include <algorithm>
#include <vector>

namespace galley {

// Weights as a trainer leaves them: row r (one score per tag) belongs to keys[r].
struct PerceptronWeights
{
    std::vector<FeatureKey> keys;
    std::vector<float> rows;
};

// Averaged perceptron (Collins 2002) over hashed features with TagCount scores per feature and
// the usual lazy averaging: totals collect step * change, and the average is
// weights - totals / steps. Shared by the entity and the quote trainers.
template <int TagCount>
class AveragedPerceptron
{
public:
    void score(const std::vector<FeatureKey> &features, float *scores) const
    {
        std::fill(scores, scores + TagCount, 0.0f);
        for (FeatureKey key : features) {
            const std::int32_t row = m_index.find(key);
            if (row == FeatureRowIndex::kAbsent)
                continue;
            const float *weights = m_weights.data() + std::size_t(row) * TagCount;
            for (int tag = 0; tag < TagCount; ++tag)
                scores[tag] += weights[tag];
        }
    }

    // Adds `amount` to the weight of `tag` for every feature.
    void add(const std::vector<FeatureKey> &features, int tag, float amount)
    {
        for (FeatureKey key : features) {
            const std::size_t row = rowOf(key);
            m_weights[row * TagCount + std::size_t(tag)] += amount;
            m_totals[row * TagCount + std::size_t(tag)] += double(m_step) * amount;
        }
    }

    // The gold tag's weights gain one, the predicted tag's lose one.
    void update(const std::vector<FeatureKey> &features, int gold, int predicted)
    {
        for (FeatureKey key : features) {
            const std::size_t row = rowOf(key);
            m_weights[row * TagCount + std::size_t(gold)] += 1.0f;
            m_totals[row * TagCount + std::size_t(gold)] += double(m_step);
            m_weights[row * TagCount + std::size_t(predicted)] -= 1.0f;
            m_totals[row * TagCount + std::size_t(predicted)] -= double(m_step);
        }
    }

    void tick() { ++m_step; }

    PerceptronWeights averaged() const
    {
        PerceptronWeights weights;
        weights.keys.resize(m_index.size());
        m_index.forEach([&weights](FeatureKey key, std::int32_t row) { weights.keys[std::size_t(row)] = key; });
        weights.rows.resize(m_weights.size());
        for (std::size_t i = 0; i < m_weights.size(); ++i)
            weights.rows[i] = float(double(m_weights[i]) - m_totals[i] / double(m_step));
        return weights;
    }

private:
    std::size_t rowOf(FeatureKey key)
    {
        const std::size_t row = std::size_t(m_index.findOrAdd(key));
        if (row * TagCount >= m_weights.size()) {
            m_weights.resize((row + 1) * TagCount, 0.0f);
            m_totals.resize((row + 1) * TagCount, 0.0);
        }
        return row;
    }

    FeatureRowIndex m_index;
    std::vector<float> m_weights;
    std::vector<double> m_totals;
    qint64 m_step = 1;
};

// Parameter mixing: the mean of the weights of perceptrons trained with different shuffles.
template <int TagCount>
PerceptronWeights averagePerceptronWeights(const std::vector<PerceptronWeights> &runs)
{
    if (runs.size() == 1)
        return runs.front();
    FeatureRowIndex index;
    PerceptronWeights mean;
    for (const PerceptronWeights &run : runs) {
        for (std::size_t r = 0; r < run.keys.size(); ++r) {
            const std::size_t row = std::size_t(index.findOrAdd(run.keys[r]));
            if (row == mean.keys.size()) {
                mean.keys.push_back(run.keys[r]);
                mean.rows.resize(mean.rows.size() + TagCount, 0.0f);
            }
            for (int tag = 0; tag < TagCount; ++tag)
                mean.rows[row * TagCount + std::size_t(tag)] += run.rows[r * TagCount + std::size_t(tag)] / float(runs.size());
        }
    }
    return mean;
}

} // namespace galley
