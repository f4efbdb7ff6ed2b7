#include "agreement/token_categories.h"

namespace galley {

namespace {

bool covers(const Span &span, const Token &token)
{
    return span.status != ReviewStatus::Rejected && span.start < token.end && token.start < span.end;
}

} // namespace

QList<QString> tokenCategories(const QList<Token> &tokens, const QList<Span> &spans)
{
    QList<QString> categories;
    categories.reserve(tokens.size());
    for (const Token &token : tokens) {
        const Span *best = nullptr;
        for (const Span &span : spans) {
            if (covers(span, token) && (!best || span.end - span.start < best->end - best->start))
                best = &span;
        }
        categories.append(best ? best->label : kOutsideCategory);
    }
    return categories;
}

QList<bool> tokensWithLabel(const QList<Token> &tokens, const QList<Span> &spans, const QString &label)
{
    QList<bool> marked(tokens.size(), false);
    for (const Span &span : spans) {
        if (span.label != label)
            continue;
        for (qsizetype i = 0; i < tokens.size(); ++i) {
            if (covers(span, tokens[i]))
                marked[i] = true;
        }
    }
    return marked;
}

} // namespace galley
