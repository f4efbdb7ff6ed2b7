#pragma once

#include "detect/ner/feature_row_index.h"
#include "detect/quotes/analysed_text.h"
#include "detect/quotes/cue_lexicon.h"
#include "detect/quotes/quote_tags.h"
#include "load/load_error.h"
#include "util/expected.h"

#include <QByteArray>

#include <optional>
#include <vector>

namespace galley {

class QuoteFeatures;

// Weights of the attribution tagger as the trainer leaves them: row r (kQuoteTagCount scores)
// belongs to keys[r].
struct QuoteWeights
{
    std::vector<FeatureKey> keys;
    std::vector<float> rows;
};

// The attribution tagger: an averaged perceptron over hashed features that tags every token
// O or B-/I- Source, Cue, Content, decoding each paragraph left to right. Trained on PolNeAR
// (galley-cli train-quotes); an empty model makes findQuotes use its rules alone.
class QuoteModel
{
public:
    QuoteModel() = default;
    // Weights are quantised to 16 bits here, so a trained model tags exactly as it will after
    // saving and loading; weights smaller than pruneBelow are dropped.
    QuoteModel(CueLexicon lexicon, const QuoteWeights &weights, float pruneBelow = 0.0f);

    static Expected<QuoteModel, LoadError> load(const QString &path);
    static Expected<QuoteModel, LoadError> fromBytes(const QByteArray &bytes, const QString &name);
    QByteArray toBytes() const;
    std::optional<LoadError> save(const QString &path) const;

    // One tag per token of the text.
    std::vector<QuoteTag> tag(const AnalysedText &text) const;

    bool isEmpty() const { return m_keys.empty(); }
    qsizetype featureCount() const { return qsizetype(m_keys.size()); }
    qsizetype memoryBytes() const;
    const CueLexicon &lexicon() const { return m_lexicon; }

    // resources/models/quotes-polnear.model, found as resourcePath() finds it.
    static QString defaultPath();

private:
    void score(const std::vector<FeatureKey> &features, float *scores) const;

    CueLexicon m_lexicon;
    FeatureRowIndex m_index;
    std::vector<FeatureKey> m_keys;
    std::vector<std::int16_t> m_rows;
    float m_scale = 1.0f;
};

// Greedy left-to-right decoding of one text with any scorer (the trainer passes its
// perceptron); onStep sees each token's features and the tag chosen.
template <typename Score, typename Step>
std::vector<QuoteTag> decodeQuoteTags(const QuoteFeatures &features, qsizetype tokenCount, Score &&score, Step &&onStep);

} // namespace galley

#include "detect/quotes/quote_features.h"

namespace galley {

template <typename Score, typename Step>
std::vector<QuoteTag> decodeQuoteTags(const QuoteFeatures &features, qsizetype tokenCount, Score &&score, Step &&onStep)
{
    std::vector<QuoteTag> tags(std::size_t(tokenCount), kQuoteOutside);
    std::vector<FeatureKey> keys;
    keys.reserve(64);
    float scores[kQuoteTagCount];
    for (const TokenSpan &sequence : features.sequences()) {
        QuoteTag previous = kQuoteOutside;
        QuoteTag beforePrevious = kQuoteOutside;
        for (qsizetype t = sequence.begin; t < sequence.end; ++t) {
            keys.clear();
            features.addTokenFeatures(t, keys);
            features.addTagFeatures(t, previous, beforePrevious, keys);
            score(keys, scores);
            QuoteTag best = kQuoteOutside;
            for (int tag = 1; tag < kQuoteTagCount; ++tag) {
                if (isQuoteTagAllowedAfter(previous, QuoteTag(tag)) && scores[tag] > scores[best])
                    best = QuoteTag(tag);
            }
            onStep(t, keys, best);
            tags[std::size_t(t)] = best;
            beforePrevious = previous;
            previous = best;
        }
    }
    return tags;
}

} // namespace galley
