#pragma once

#include "detect/quotes/analysed_text.h"
#include "detect/quotes/quote_tags.h"

#include <cstdint>
#include <vector>

namespace galley {

// What a first tagging pass said around each token, for the stacked second pass: its tags in a
// window, and how far the nearest Source, Cue and Content lie either side in the sentence and
// paragraph. The second pass learns where the first one errs (a source left out next to a
// found cue, a cue with no content near).
class FirstPassContext
{
public:
    FirstPassContext(const AnalysedText &text, const std::vector<QuoteTag> &tags);

    // Hashed values for the second pass's feature templates, one per aspect.
    struct Values
    {
        std::uint64_t window = 0;       // tags t-1, t, t+1
        std::uint64_t wideWindow = 0;   // tags t-2, t+2 and t
        std::uint64_t sentence = 0;     // roles in the sentence; nearest of each role either side
        std::uint64_t paragraph = 0;    // roles in the paragraph and in the paragraph before
    };
    Values valuesAt(qsizetype t) const;

private:
    static constexpr int kRoles = kQuoteRoleCount;
    const AnalysedText &m_text;
    const std::vector<QuoteTag> &m_tags;
    std::vector<std::uint8_t> m_sentenceRoles;    // per sentence: bit per role tagged in it
    std::vector<std::uint8_t> m_paragraphRoles;   // per token: bits of its paragraph, then of the one before (<< 3)
    // Per token and role: tokens to the nearest token of that role in the sentence, left and right (0: none).
    std::vector<std::uint8_t> m_left;
    std::vector<std::uint8_t> m_right;
};

} // namespace galley
