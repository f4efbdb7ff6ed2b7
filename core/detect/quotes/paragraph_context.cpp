#include "paragraph_context.h"

#include <algorithm>

namespace galley {

std::vector<ParagraphContext> paragraphContexts(const AnalysedText &text, const std::vector<bool> &cueOutsideMarks)
{
    const qsizetype count = text.tokens.size();
    std::vector<ParagraphContext> contexts(static_cast<std::size_t>(count));
    for (qsizetype begin = 0; begin < count;) {
        qsizetype end = begin + 1;
        while (end < count && text.paragraphOfToken[end] == text.paragraphOfToken[begin])
            ++end;
        bool cue = false;
        for (qsizetype t = begin; t < end; ++t)
            cue = cue || cueOutsideMarks[std::size_t(t)];
        const qsizetype firstSentence = text.sentenceOfToken[begin];
        const qsizetype lastSentence = text.sentenceOfToken[end - 1];
        const bool opensWithMark = text.tokens[begin].kind == TokenKind::Quote;
        for (qsizetype t = begin; t < end; ++t) {
            ParagraphContext &context = contexts[std::size_t(t)];
            const qsizetype sentence = text.sentenceOfToken[t];
            context.sentenceIndex = std::uint8_t(std::min<qsizetype>(sentence - firstSentence, 3));
            context.sentencesLeft = std::uint8_t(std::min<qsizetype>(lastSentence - sentence, 3));
            context.opensWithQuoteMark = opensWithMark;
            context.hasCueOutsideMarks = cue;
        }
        begin = end;
    }
    return contexts;
}

} // namespace galley
