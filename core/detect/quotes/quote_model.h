#pragma once

#include "detect/quotes/analysed_text.h"
#include "detect/quotes/cue_lexicon.h"
#include "detect/quotes/quote_lstm.h"
#include "detect/quotes/quote_confidence.h"
#include "detect/quotes/quote_pass_weights.h"
#include "detect/ner/word_clusters.h"
#include "detect/quotes/quote_tags.h"
#include "detect/quotes/quote_posteriors.h"
#include "load/load_error.h"
#include "util/expected.h"

#include <QByteArray>

#include <optional>
#include <vector>

namespace galley {

// The attribution tagger: it tags every token O or B-/I- Source, Cue, Content, one paragraph at a
// time, with either of two models over the same hashed features:
// - a BiLSTM-CRF (QuoteLstm), whose scores are decoded into the best valid tags;
// - an averaged perceptron, decoding each paragraph left to right; each stacked pass after the
//   first tags again seeing the tags of the pass before.
// Trained on PolNeAR (galley-cli train-quotes); an empty model makes findQuotes use its rules alone.
class QuoteModel
{
public:
    QuoteModel() = default;
    // Weights are quantised to 16 bits here, so a trained model tags exactly as it will after
    // saving and loading; weights smaller than pruneBelow are dropped.
    QuoteModel(CueLexicon lexicon, WordClusters clusters, const QuoteWeights &weights, float pruneBelow = 0.0f);
    // A stacked model: each pass after the first tags with the features of the pass before's tags too.
    QuoteModel(CueLexicon lexicon, WordClusters clusters, const std::vector<const QuoteWeights *> &passes,
               float pruneBelow);
    // A BiLSTM model.
    QuoteModel(CueLexicon lexicon, WordClusters clusters, QuoteLstm lstm);
    static constexpr int kMaxPasses = 3;

    static Expected<QuoteModel, LoadError> load(const QString &path);
    static Expected<QuoteModel, LoadError> fromBytes(const QByteArray &bytes, const QString &name);
    QByteArray toBytes() const;
    std::optional<LoadError> save(const QString &path) const;

    // One tag per token of the text.
    std::vector<QuoteTag> tag(const AnalysedText &text) const;
    // The tags and, for each token, how sure the tagger (the perceptron's last pass) is of every tag (see
    // quoteTagProbabilities; `temperature` in score units, 0 for the tags alone).
    struct Tagging
    {
        std::vector<QuoteTag> tags;
        std::vector<QuoteTagProbabilities> probabilities;
    };
    Tagging tagWithProbabilities(const AnalysedText &text, float temperature) const;
    // The tags of the first `passes` passes alone (the trainer's jackknife needs them).
    std::vector<QuoteTag> tagFirstPasses(const AnalysedText &text, qsizetype passes) const;

    bool isEmpty() const { return (m_passes.empty() || m_passes.front().featureCount() == 0) && m_lstm.isEmpty(); }
    bool usesLstm() const { return !m_lstm.isEmpty(); }
    qsizetype passCount() const { return qsizetype(m_passes.size()); }
    qsizetype featureCount() const;
    qsizetype memoryBytes() const;
    const CueLexicon &lexicon() const { return m_lexicon; }
    // How findQuotes turns the tagger's probabilities into each quote's confidence; empty in
    // models saved before it (their quotes have no confidence). Its temperature is in the units
    // of the tagger's scores: thousands for the perceptron's, about 1 for the BiLSTM-CRF's.
    const QuoteConfidenceCalibration &confidenceCalibration() const { return m_calibration; }
    void setConfidenceCalibration(const QuoteConfidenceCalibration &calibration) { m_calibration = calibration; }
    const WordClusters &clusters() const { return m_clusters; }

    // resources/models/quotes-polnear.model, found as resourcePath() finds it.
    static QString defaultPath();

private:
    std::vector<QuoteTag> tagPass(const QuoteFeatures &features, const QuotePassWeights &weights) const;
    Tagging tagWithLstm(const AnalysedText &text, float temperature) const;

    CueLexicon m_lexicon;
    WordClusters m_clusters;
    std::vector<QuotePassWeights> m_passes;
    QuoteLstm m_lstm;
    QuoteConfidenceCalibration m_calibration;
};

// The best tag sequence of a paragraph under a first-order model (Viterbi), with any scorer
// (the trainer passes its perceptron): scores of the token's own features plus those of its
// features conjoined with the tag before. Only valid BIO comes out.
template <typename Score>
std::vector<QuoteTag> decodeQuoteTags(const QuoteFeatures &features, TokenSpan sequence, Score &&score)
{
    return bestQuoteTags(scoreQuoteSteps(features, sequence, score));
}

} // namespace galley
