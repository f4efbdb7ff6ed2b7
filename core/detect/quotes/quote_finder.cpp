#include "quote_finder.h"

#include "detect/quotes/analysed_text.h"
#include "detect/quotes/quote_assembly.h"
#include "detect/quotes/quote_rules.h"

#include <algorithm>

namespace galley {

QList<Quote> findQuotes(const QuoteModel &model, QStringView text, const QList<Token> &tokens,
                        const QList<Sentence> &sentences, const QList<EntityMention> &entities)
{
    if (tokens.isEmpty())
        return {};
    const AnalysedText analysed(text, tokens, sentences, entities);
    if (model.isEmpty())
        return findQuotesByRules(analysed);
    // The tagger finds most; the rules add what it passed over (short texts with little context
    // to go on, "according to" in a one-line text).
    QList<Quote> quotes = assembleQuotes(analysed, model.tag(analysed));
    const qsizetype tagged = quotes.size();
    for (const Quote &rule : findQuotesByRules(analysed)) {
        bool overlaps = false;
        for (qsizetype i = 0; i < tagged; ++i)
            overlaps = overlaps || (quotes[i].content.start < rule.content.end && rule.content.start < quotes[i].content.end);
        if (!overlaps)
            quotes.append(rule);
    }
    std::sort(quotes.begin(), quotes.end(), [](const Quote &a, const Quote &b) {
        return a.content.start != b.content.start ? a.content.start < b.content.start : a.content.end > b.content.end;
    });
    return quotes;
}

} // namespace galley
