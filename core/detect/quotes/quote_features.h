#pragma once

#include "detect/ner/feature_hash.h"
#include "detect/quotes/analysed_text.h"
#include "detect/quotes/cue_lexicon.h"
#include "detect/quotes/paragraph_context.h"
#include "detect/quotes/quote_marks.h"
#include "detect/quotes/quote_tags.h"
#include "detect/ner/word_clusters.h"

#include <vector>

namespace galley {

// Hashed features of every token of a text for the attribution tagger: the words around it,
// quote marks (inside, opening, closing, how far), reporting words near it in its sentence,
// entities and pronouns, position in sentence and paragraph. Computed once per text; the
// features conjoined with the tag before come on top while decoding. stackOn adds the features
// of what the pass before tagged, for a stacked pass.
class FirstPassContext;

class QuoteFeatures
{
public:
    QuoteFeatures(const AnalysedText &text, const CueLexicon &lexicon, const WordClusters &clusters);

    // Adds to each token the features of what the pass before tagged around it (the tags must
    // outlive this): the features a stacked pass scores. Stacking again replaces them.
    void stackOn(const std::vector<QuoteTag> &previousPass);

    // The paragraphs: the tagger decodes each as one sequence (no attribution crosses one).
    const QList<TokenSpan> &sequences() const { return m_sequences; }

    void addTokenFeatures(qsizetype t, std::vector<FeatureKey> &features) const;
    // Features conjoined with the tag of the token before (O at a paragraph's start).
    void addTagFeatures(qsizetype t, QuoteTag previous, std::vector<FeatureKey> &features) const;

private:
    struct TokenInfo
    {
        std::uint64_t lower = 0;
        std::uint64_t shape = 0;
        std::uint64_t suffix = 0;       // last three letters
        std::uint16_t coarse = 0;       // word cluster + 1, 0 when the word has none
        std::uint16_t fine = 0;
        std::uint8_t cueTenths = 0;     // learned share of cue occurrences
        bool reporting = false;         // in the reporting-word list
        bool cueLike = false;
        std::uint8_t quoteDepth = 0;    // 0 outside quote marks
        bool openMark = false;
        bool closeMark = false;
        bool firstInSentence = false;
        bool lastInSentence = false;
        std::uint8_t entity = 0;        // 0, or 1 + type (B), 5 + type (I)
        bool pronoun = false;
        bool comma = false;
    };

    const AnalysedText &m_text;
    const std::vector<QuoteTag> *m_firstPass = nullptr;
    std::vector<TokenInfo> m_info;
    QList<TokenSpan> m_sequences;
    std::vector<FeatureKey> m_static;
    std::vector<std::uint32_t> m_staticStarts;
    std::vector<FeatureKey> m_unstacked;   // m_static before the first stackOn
    std::vector<std::uint32_t> m_unstackedStarts;
    std::vector<qsizetype> m_previousMark;   // per token: the nearest quote mark before it in its paragraph, or -1
    std::vector<qsizetype> m_nextMark;       // and after it

    // Per token: the nearest cue-like word outside quote marks to either side within its
    // sentence (-1 when none), and whether a comma or quote mark lies between.
    struct CueNeighbours
    {
        qsizetype left = -1;
        qsizetype right = -1;
        bool commaLeft = false;
        bool commaRight = false;
    };
    std::vector<CueNeighbours> m_cues;
    std::vector<ParagraphContext> m_paragraphs;

    void computeInfo(const CueLexicon &lexicon, const WordClusters &clusters, const QList<QuotedSpan> &spans);
    void computeCueNeighbours();
    void computeStatic(qsizetype t, const std::vector<std::uint64_t> &quoteFeatures);
    void addFirstPassFeatures(qsizetype t, const FirstPassContext &context, std::uint8_t sourceElsewhere,
                              std::vector<FeatureKey> &features) const;
    std::vector<std::uint8_t> sourceElsewhere(const std::vector<QuoteTag> &previousPass) const;
};

} // namespace galley
