#include "quote_finder.h"

#include "detect/quotes/analysed_text.h"
#include "detect/quotes/quote_assembly.h"
#include "detect/quotes/quote_rules.h"

namespace galley {

QList<Quote> findQuotes(const QuoteModel &model, QStringView text, const QList<Token> &tokens,
                        const QList<Sentence> &sentences, const QList<EntityMention> &entities)
{
    if (tokens.isEmpty())
        return {};
    const AnalysedText analysed(text, tokens, sentences, entities);
    if (model.isEmpty())
        return findQuotesByRules(analysed);
    return assembleQuotes(analysed, model.tag(analysed));
}

} // namespace galley
