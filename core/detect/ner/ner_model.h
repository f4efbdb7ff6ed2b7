#pragma once

#include "detect/ner/averaged_perceptron.h"
#include "detect/ner/feature_row_index.h"
#include "detect/ner/gazetteer.h"
#include "detect/ner/ner_tags.h"
#include "detect/ner/word_clusters.h"
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
    float scale = 1.0f;             // weights are int16 * scale

    // Quantises to 16 bits and drops rows that round to zero.
    static NerWeights quantised(const std::vector<FeatureKey> &keys, const std::vector<float> &rows);
    void score(const std::vector<FeatureKey> &features, float *scores) const;
};

// Unquantised weights as the trainer produces them, row r for keys[r].
using TrainedWeights = PerceptronWeights;

// Viterbi: a beam over the two tags to the left with locally normalised (softmax) scores, the
// default. Greedy: left to right, one tag at a time, as the trainer decodes.
enum class NerDecoding { Viterbi, Greedy };

// Whether the tags get repairEntitySpans (entity_span_repairs.h) after the last pass: always for
// users; the trainer's jackknife wants the passes' own output.
enum class NerSpanRepairs { Apply, Skip };

// The shipped entity model: gazetteer plus one to three passes of weights, tagging one document at
// a time with a Viterbi decoder that only emits valid IOB2. Each pass after the first sees the
// tags of the pass before for the whole document (stacking), so later mentions inform earlier ones.
class NerModel
{
public:
    static constexpr int kMaxPasses = 3;
    NerModel() = default;
    // Weights are quantised to 16 bits here, so a trained model tags exactly as it will after
    // saving and loading. Rows whose every weight rounds to zero are dropped.
    NerModel(Gazetteer gazetteer, WordClusters clusters, const std::vector<TrainedWeights> &passes);

    // The same model without weights smaller than `below` (rows left empty are dropped): a smaller
    // file that tags almost the same.
    NerModel pruned(float below) const;

    static Expected<NerModel, LoadError> load(const QString &path);
    static Expected<NerModel, LoadError> fromBytes(const QByteArray &bytes, const QString &name);
    QByteArray toBytes() const;
    std::optional<LoadError> save(const QString &path) const;

    // Tags for each token of each sentence; the sentences of one document, in order.
    QList<QList<TagId>> tagDocument(const QList<QStringList> &sentences) const;
    // The same with only the first `passes` passes, a choice of decoder and of span repairs.
    // With `confidence` (Viterbi only), each token's probability of the tag the last pass gave it
    // (entity_confidence.h makes an entity's confidence of them); -1 where a span repair changed
    // the tag.
    QList<QList<TagId>> tagDocument(const QList<QStringList> &sentences, int passes,
                                    NerDecoding decoding = NerDecoding::Viterbi,
                                    NerSpanRepairs repairs = NerSpanRepairs::Apply,
                                    QList<std::vector<float>> *confidence = nullptr) const;

    bool isEmpty() const { return m_passes.empty(); }
    int passCount() const { return int(m_passes.size()); }
    qsizetype featureCount() const;
    qsizetype gazetteerSize() const { return m_gazetteer.size(); }
    qsizetype clusterWordCount() const { return m_clusters.size(); }
    qsizetype memoryBytes() const;

    // resources/models/ner-conll.model, found as resourcePath() finds it.
    static QString defaultPath();

private:
    Gazetteer m_gazetteer;
    WordClusters m_clusters;
    std::vector<NerWeights> m_passes;
};

} // namespace galley
