#pragma once

#include "detect/ner/feature_row_index.h"
#include "detect/quotes/analysed_text.h"
#include "detect/quotes/quote_lstm_layers.h"
#include "detect/quotes/quote_posteriors.h"
#include "detect/quotes/quote_tags.h"

#include <QByteArray>

#include <array>
#include <cstdint>
#include <optional>
#include <vector>

namespace galley {

class LittleEndianReader;

// The BiLSTM attribution tagger: a token's features (QuoteFeatures, those of a first pass) each
// pick a row of an embedding table; their sum is the token's input to a BiLSTM over its
// paragraph (QuoteLstmLayers; a long paragraph in lstmPieces), which scores every tag, with a
// CRF's transitions. Unlike the perceptron's window of features, the LSTM's state carries what
// came before and after in the paragraph: a cue five words on, a quote mark opened a sentence ago.
class QuoteLstm
{
public:
    // Float weights as the trainer leaves them.
    struct Weights
    {
        std::vector<FeatureKey> keys;   // row r of embeddings belongs to keys[r]
        int embeddingSize = 0;
        std::vector<float> embeddings;  // keys.size() rows of embeddingSize
        QuoteLstmLayers layers;
    };

    QuoteLstm() = default;
    // Embeddings are quantised to 8 bits (a scale per row) here, so a trained model tags exactly
    // as it will after saving and loading.
    explicit QuoteLstm(const Weights &weights);

    bool isEmpty() const { return m_scales.empty(); }
    qsizetype featureCount() const { return qsizetype(m_scales.size()); }
    qsizetype memoryBytes() const;
    int embeddingSize() const { return m_embeddingSize; }
    int hiddenSize() const { return m_layers.hiddenSize(); }

    // The scores of a paragraph for bestQuoteTags and quoteTagProbabilities (at temperature 1,
    // the CRF's probabilities), read in the pieces lstmPieces gives.
    QuoteStepScores stepScores(const AnalysedText &text, const QuoteFeatures &features, TokenSpan paragraph) const;

    void appendTo(QByteArray &bytes) const;
    // Empty when the data is cut short or damaged.
    static std::optional<QuoteLstm> read(LittleEndianReader &reader);

private:
    void scorePiece(const QuoteFeatures &features, TokenSpan piece, QuoteStepScores &scores, qsizetype offset) const;

    FeatureRowIndex m_rows;
    int m_embeddingSize = 0;
    std::vector<std::int8_t> m_embeddings;
    std::vector<float> m_scales;
    QuoteLstmLayers m_layers;
};

} // namespace galley
