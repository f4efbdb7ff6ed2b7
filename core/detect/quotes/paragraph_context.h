#pragma once

#include "detect/quotes/analysed_text.h"

#include <cstdint>
#include <vector>

namespace galley {

// Where each sentence stands in its paragraph and what the paragraph holds, for the tagger:
// a paragraph that opens with a quote mark, or whose only sentence has a reporting word, is
// laid out differently from one that runs on.
struct ParagraphContext
{
    std::uint8_t sentenceIndex = 0;     // of the token's sentence in its paragraph, at most 3
    std::uint8_t sentencesLeft = 0;     // after it in the paragraph, at most 3
    bool opensWithQuoteMark = false;    // the paragraph's first token is a quote mark
    bool hasCueOutsideMarks = false;    // some cue-like word of the paragraph stands outside quote marks
};

// One entry per token; cueOutsideMarks[t] says whether token t is a cue-like word outside marks.
std::vector<ParagraphContext> paragraphContexts(const AnalysedText &text, const std::vector<bool> &cueOutsideMarks);

} // namespace galley
