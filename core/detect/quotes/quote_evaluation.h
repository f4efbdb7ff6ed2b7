#pragma once

#include "detect/quotes/polnear_corpus.h"
#include "detect/quotes/quote.h"
#include "evaluation/confidence_bins.h"

#include <QList>
#include <QString>

#include <array>

namespace galley {

// Precision counts matched predictions, recall counts matched gold spans (under overlap
// matching one prediction can cover several gold spans and the other way round).
struct SpanScore
{
    qint64 predicted = 0;
    qint64 predictedMatched = 0;
    qint64 gold = 0;
    qint64 goldMatched = 0;

    double precision() const { return predicted ? double(predictedMatched) / double(predicted) : 0.0; }
    double recall() const { return gold ? double(goldMatched) / double(gold) : 0.0; }
    double f1() const
    {
        const double p = precision();
        const double r = recall();
        return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
    }
};

// Scores found quotes against PolNeAR, span by span (each fragment of a discontinuous span on
// its own, as a tagger finds them). Content, Source and Cue spans score with overlap (any
// shared character) and exact matching; exact compares the spans without quote marks,
// punctuation and spaces at their edges (Galley's direct quotes leave the marks out, PolNeAR
// keeps them). Quoted content: gold contents that are in quote marks against the direct quotes
// found. Word overlap, by words as BBC Citron's overlap is (Citron sums spaCy tokens,
// punctuation included, per pair of quotes): the share of the words (punctuation left out) in
// found spans of a role that gold spans of that role cover (precision), and the other way round
// (recall). Speaker accuracy: of the gold attributions (with a source) whose content a found quote
// overlaps, the share whose speaker overlaps the gold source.
class QuoteScores
{
public:
    void addDocument(const PolnearDocument &gold, const QList<Quote> &found);

    const SpanScore &overlap(QuoteRole role) const { return m_overlap[std::size_t(role)]; }
    const SpanScore &exact(QuoteRole role) const { return m_exact[std::size_t(role)]; }
    // Counts are words here, not spans.
    const SpanScore &tokenOverlap(QuoteRole role) const { return m_tokens[std::size_t(role)]; }
    const SpanScore &quotedContentExact() const { return m_quoted; }
    double speakerAccuracy() const { return m_speakerFound ? double(m_speakerCorrect) / double(m_speakerFound) : 0.0; }
    qint64 speakerFound() const { return m_speakerFound; }

    // Found quotes with a confidence, by confidence: how many, how many isAttributionRight.
    const ConfidenceBins &confidenceBins() const { return m_confidence; }

    // A table: one line per label and matching, P/R/F1 in percent, with counts; then the
    // confidence bins when the quotes have a confidence.
    QString toText() const;

private:
    std::array<SpanScore, kQuoteRoleCount> m_overlap;
    std::array<SpanScore, kQuoteRoleCount> m_exact;
    std::array<SpanScore, kQuoteRoleCount> m_tokens;
    SpanScore m_quoted;
    qint64 m_speakerFound = 0;
    qint64 m_speakerCorrect = 0;
    ConfidenceBins m_confidence{0.3f, 0.5f, 0.7f, 0.85f, 1.01f};
};

// Whether a found attribution is right by a PolNeAR document: its content overlaps a gold
// content, and its speaker overlaps that attribution's source (or neither names one).
bool isAttributionRight(const PolnearDocument &document, const Quote &quote);

// The span without spaces, quote marks and punctuation at its edges.
TextRange trimmedSpan(QStringView text, TextRange range);

} // namespace galley
