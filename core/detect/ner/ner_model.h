#pragma once

#include "detect/ner/feature_row_index.h"
#include "detect/ner/gazetteer.h"
#include "detect/ner/ner_tags.h"
#include "load/load_error.h"
#include "util/expected.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

#include <optional>
#include <vector>

namespace galley {

// Weights of a linear model over hashed features: one row of kTagCount scores per feature.
struct NerWeights
{
    FeatureRowIndex index;
    std::vector<float> rows;   // row r is rows[r * kTagCount ...]
    std::vector<FeatureKey> keys;   // key of each row, for saving

    void score(const std::vector<FeatureKey> &features, float *scores) const;
};

// The shipped entity model: gazetteer plus weights, tagging one document at a time with a
// greedy left-to-right decoder that only emits valid IOB2.
class NerModel
{
public:
    NerModel() = default;
    // Weights are quantised to 16 bits here, so a trained model tags exactly as it will after
    // saving and loading. Rows whose every weight rounds to zero are dropped.
    NerModel(Gazetteer gazetteer, const std::vector<FeatureKey> &keys, const std::vector<float> &rows);

    static Expected<NerModel, LoadError> load(const QString &path);
    static Expected<NerModel, LoadError> fromBytes(const QByteArray &bytes, const QString &name);
    QByteArray toBytes() const;
    std::optional<LoadError> save(const QString &path) const;

    // Tags for each token of each sentence; the sentences of one document, in order.
    QList<QList<TagId>> tagDocument(const QList<QStringList> &sentences) const;

    bool isEmpty() const { return m_weights.keys.empty(); }
    qsizetype featureCount() const { return qsizetype(m_weights.keys.size()); }
    qsizetype gazetteerSize() const { return m_gazetteer.size(); }
    qsizetype memoryBytes() const;

    // resources/models/ner-conll.model, found as resourcePath() finds it.
    static QString defaultPath();

private:
    Gazetteer m_gazetteer;
    NerWeights m_weights;
    float m_scale = 1.0f;   // weight = int16 * scale
};

} // namespace galley
