#include "formats/span_aligned_tokens.h"

#include <algorithm>
#include <vector>

namespace galley {

QList<Token> spanAlignedTokens(const QList<Token> &tokens, const QList<const Span *> &spans)
{
    std::vector<qsizetype> cuts;
    for (const Span *span : spans) {
        cuts.push_back(span->start);
        cuts.push_back(span->end);
    }
    std::sort(cuts.begin(), cuts.end());
    cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());
    QList<Token> aligned;
    aligned.reserve(tokens.size());
    for (const Token &token : tokens) {
        qsizetype start = token.start;
        for (auto cut = std::upper_bound(cuts.begin(), cuts.end(), token.start); cut != cuts.end() && *cut < token.end; ++cut) {
            aligned.append({start, *cut, token.kind});
            start = *cut;
        }
        aligned.append({start, token.end, token.kind});
    }
    return aligned;
}

} // namespace galley
