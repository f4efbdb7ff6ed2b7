#pragma once

#include "detect/ner/feature_hash.h"
#include "detect/ner/gazetteer.h"
#include "detect/ner/ner_tags.h"
#include "detect/ner/word_clusters.h"

#include <QHash>
#include <QList>
#include <QStringList>

#include <array>
#include <vector>

namespace galley {

// Turns the tokens of one document into hashed features, sentence by sentence. Word-level
// features are computed once per document; tag features need the tags already chosen to the
// left; document features remember what was said about the same word earlier in the document.
class NerFeatureExtractor
{
public:
    NerFeatureExtractor(const Gazetteer &gazetteer, const WordClusters &clusters)
        : m_gazetteer(&gazetteer), m_clusters(&clusters) {}

    void beginDocument(const QList<QStringList> &sentences);
    // Starts the document over for a second pass that also sees the first pass's tags
    // (sentence by sentence): the stacked features. Forgets the label history.
    void beginSecondPass(const QList<QList<TagId>> &firstPassTags);
    void beginSentence(int sentenceIndex);
    int sentenceLength() const { return m_sentenceLength; }

    // Everything that does not depend on the tags chosen to the left in this sentence.
    void addTokenFeatures(int token, std::vector<FeatureKey> &features) const;
    // Conjunctions with the two tags chosen to the left (kOutsideTag before the sentence).
    void addTagFeatures(int token, TagId previous, TagId beforePrevious, std::vector<FeatureKey> &features) const;
    // addTagFeatures split for exact decoding: all but the two-tag feature, which is the same for
    // every token.
    void addPreviousTagFeatures(int token, TagId previous, std::vector<FeatureKey> &features) const;
    static FeatureKey twoPreviousTagsFeature(TagId previous, TagId beforePrevious);
    // The tags chosen for the current sentence, remembered for later sentences of the document.
    void recordSentenceTags(const QList<TagId> &tags);

private:
    struct TokenInfo
    {
        std::uint64_t exact = 0;
        std::uint64_t normalised = 0;   // lower case, digits as 0
        std::uint64_t lower = 0;
        std::uint64_t shape = 0;
        std::uint64_t shortShape = 0;
        std::uint64_t prefixes[5] = {};
        std::uint64_t suffixes[5] = {};
        std::uint32_t coarseClass = 0;  // word cluster + 1, 0 when the word has none
        std::uint32_t fineClass = 0;
        std::uint8_t casing = 0;        // CaseClass
        bool hasLetter = false;
    };
    struct CaseCounts
    {
        int lower = 0;
        int capitalisedInside = 0;   // capitalised, not first in its sentence, not in an all-caps line
        int allCaps = 0;             // outside all-caps sentences
    };

    TokenInfo makeTokenInfo(QStringView word) const;
    std::uint64_t documentCaseValue(const TokenInfo &info) const;
    void addStackedFeatures(int token, std::vector<FeatureKey> &features) const;
    const TokenInfo &infoAt(int token) const;   // token of the current sentence; padding outside

    const Gazetteer *m_gazetteer;
    const WordClusters *m_clusters;
    std::vector<TokenInfo> m_tokens;               // the whole document
    std::vector<int> m_sentenceStarts;             // into m_tokens, plus the end
    std::vector<bool> m_sentenceAllCaps;
    QHash<std::uint64_t, CaseCounts> m_caseCounts; // by lower-cased word
    QHash<std::uint64_t, std::vector<int>> m_occurrences;   // capitalised words -> document tokens
    std::vector<int> m_sentenceOfToken;
    QHash<std::uint64_t, std::uint8_t> m_labelHistory;   // lower-cased word -> 1 + type, or 0 for O

    // Second pass only: first-pass tags of the whole document, and what they say about each word.
    bool m_stacked = false;
    std::vector<TagId> m_firstPassTags;                        // parallel to m_tokens
    QHash<std::uint64_t, std::array<std::uint16_t, 1 + kEntityTypeCount>> m_firstPassLabels;   // O, types
    QHash<std::uint64_t, std::uint8_t> m_firstPassInLongEntity;   // word -> 1 + type of a multi-token entity
    QHash<std::uint64_t, std::uint8_t> m_firstPassPhrases;        // entity phrase -> bit per type
    std::vector<std::vector<FeatureKey>> m_phraseFeatures;         // per token of the current sentence

    int m_sentence = 0;
    int m_sentenceStart = 0;
    int m_sentenceLength = 0;
    std::vector<std::vector<FeatureKey>> m_gazetteerFeatures;   // per token of the sentence being cached

    // Tag-independent features of every token, computed once per document (both passes use them).
    void cacheSentence(int sentenceIndex);
    void addStaticFeatures(int token, std::vector<FeatureKey> &features) const;
    void addElsewhereFeatures(int documentToken, std::vector<FeatureKey> &features) const;
    void addNameRunFeatures(int token, std::vector<FeatureKey> &features) const;
    std::vector<std::pair<int, int>> m_runs;   // per token of the sentence being cached: its name run, or -1
    std::vector<FeatureKey> m_staticFeatures;
    std::vector<std::uint32_t> m_staticStarts;   // per document token, plus the end
    int m_sentencesCached = 0;
    TokenInfo m_padding[2];                        // before the start, after the end
};

} // namespace galley
