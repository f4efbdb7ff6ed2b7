#pragma once

#include "detect/quotes/analysed_text.h"
#include "detect/quotes/cue_lexicon.h"
#include "detect/quotes/quote_pass_weights.h"
#include "detect/ner/word_clusters.h"
#include "detect/quotes/quote_tags.h"
#include "load/load_error.h"
#include "util/expected.h"

#include <QByteArray>

#include <optional>
#include <vector>

namespace galley {

class QuoteFeatures;

// The attribution tagger: an averaged perceptron over hashed features that tags every token
// O or B-/I- Source, Cue, Content, decoding each paragraph left to right; with a second pass,
// that pass tags again seeing the first pass's tags. Trained on PolNeAR (galley-cli
// train-quotes); an empty model makes findQuotes use its rules alone.
class QuoteModel
{
public:
    QuoteModel() = default;
    // Weights are quantised to 16 bits here, so a trained model tags exactly as it will after
    // saving and loading; weights smaller than pruneBelow are dropped.
    QuoteModel(CueLexicon lexicon, WordClusters clusters, const QuoteWeights &weights, float pruneBelow = 0.0f);
    // A stacked model: `second` tags with the features of the first pass's tags too.
    QuoteModel(CueLexicon lexicon, WordClusters clusters, const QuoteWeights &first, const QuoteWeights &second,
               float pruneBelow);

    static Expected<QuoteModel, LoadError> load(const QString &path);
    static Expected<QuoteModel, LoadError> fromBytes(const QByteArray &bytes, const QString &name);
    QByteArray toBytes() const;
    std::optional<LoadError> save(const QString &path) const;

    // One tag per token of the text.
    std::vector<QuoteTag> tag(const AnalysedText &text) const;
    // The tags of the first pass alone (the trainer's jackknife needs them).
    std::vector<QuoteTag> tagFirstPass(const AnalysedText &text) const;

    bool isEmpty() const { return m_passes.empty() || m_passes.front().featureCount() == 0; }
    qsizetype passCount() const { return qsizetype(m_passes.size()); }
    qsizetype featureCount() const;
    qsizetype memoryBytes() const;
    const CueLexicon &lexicon() const { return m_lexicon; }
    const WordClusters &clusters() const { return m_clusters; }

    // resources/models/quotes-polnear.model, found as resourcePath() finds it.
    static QString defaultPath();

private:
    std::vector<QuoteTag> tagPass(const QuoteFeatures &features, const QuotePassWeights &weights) const;

    CueLexicon m_lexicon;
    WordClusters m_clusters;
    std::vector<QuotePassWeights> m_passes;
};

// The best tag sequence of each paragraph under a first-order model (Viterbi), with any scorer
// (the trainer passes its perceptron): scores of the token's own features plus those of its
// features conjoined with the tag before. Only valid BIO comes out.
template <typename Score>
std::vector<QuoteTag> decodeQuoteTags(const QuoteFeatures &features, TokenSpan sequence, Score &&score);
} // namespace galley

#include "detect/quotes/quote_features.h"

namespace galley {

template <typename Score>
std::vector<QuoteTag> decodeQuoteTags(const QuoteFeatures &features, TokenSpan sequence, Score &&score)
{
    const qsizetype length = sequence.end - sequence.begin;
    std::vector<QuoteTag> tags(std::size_t(length), kQuoteOutside);
    if (length <= 0)
        return tags;
    constexpr float kImpossible = -1e30f;
    std::vector<float> best(std::size_t(length) * kQuoteTagCount, kImpossible);
    std::vector<QuoteTag> back(std::size_t(length) * kQuoteTagCount, kQuoteOutside);
    std::vector<FeatureKey> keys;
    keys.reserve(64);
    float own[kQuoteTagCount];
    float joint[kQuoteTagCount];
    for (qsizetype i = 0; i < length; ++i) {
        const qsizetype t = sequence.begin + i;
        keys.clear();
        features.addTokenFeatures(t, keys);
        score(keys, own);
        float *row = best.data() + std::size_t(i) * kQuoteTagCount;
        QuoteTag *from = back.data() + std::size_t(i) * kQuoteTagCount;
        const int previousCount = i == 0 ? 1 : kQuoteTagCount;
        for (int previous = 0; previous < previousCount; ++previous) {
            const float before = i == 0 ? 0.0f : best[std::size_t(i - 1) * kQuoteTagCount + std::size_t(previous)];
            if (before <= kImpossible)
                continue;
            keys.clear();
            features.addTagFeatures(t, QuoteTag(previous), keys);
            score(keys, joint);
            for (int tag = 0; tag < kQuoteTagCount; ++tag) {
                if (!isQuoteTagAllowedAfter(QuoteTag(previous), QuoteTag(tag)))
                    continue;
                const float total = before + own[tag] + joint[tag];
                if (total > row[tag]) {
                    row[tag] = total;
                    from[tag] = QuoteTag(previous);
                }
            }
        }
    }
    const float *last = best.data() + std::size_t(length - 1) * kQuoteTagCount;
    QuoteTag tag = QuoteTag(std::max_element(last, last + kQuoteTagCount) - last);
    for (qsizetype i = length - 1; i >= 0; --i) {
        tags[std::size_t(i)] = tag;
        tag = back[std::size_t(i) * kQuoteTagCount + tag];
    }
    return tags;
}

} // namespace galley
