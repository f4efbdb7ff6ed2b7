#pragma once

#include "detect/ner/entity_finder.h"
#include "detect/quotes/quote_finder.h"
#include "text/sentence_splitter.h"
#include "text/tokenizer.h"

#include <QStringList>

#include <optional>

namespace galley {

inline QString quoteKindName(QuoteKind kind)
{
    switch (kind) {
    case QuoteKind::Direct:
        return QStringLiteral("direct");
    case QuoteKind::Partial:
        return QStringLiteral("partial");
    case QuoteKind::Indirect:
        return QStringLiteral("indirect");
    }
    return {};
}

inline QString rangeText(const QString &text, TextRange range)
{
    return range.isEmpty() ? QString() : text.mid(range.start, range.end - range.start);
}

// "direct[We won]said[said]by[Trump]" for one quote: what a reviewer reads off the panel.
inline QString describeQuote(const QString &text, const Quote &quote)
{
    return quoteKindName(quote.kind) + u'[' + rangeText(text, quote.content) + QStringLiteral("]cue[")
        + rangeText(text, quote.cue) + QStringLiteral("]by[") + rangeText(text, quote.speaker) + u']';
}

// Every quote found in text, described, in order.
inline QStringList describeQuotes(const QuoteModel &quoteModel, const NerModel *nerModel, const QString &text)
{
    const QList<Token> tokens = tokenize(text);
    const QList<Sentence> sentences = splitSentences(text, tokens);
    const QList<EntityMention> entities = nerModel ? findEntities(*nerModel, text, tokens, sentences) : QList<EntityMention>();
    QStringList described;
    for (const Quote &quote : findQuotes(quoteModel, text, tokens, sentences, entities))
        described.append(describeQuote(text, quote));
    return described;
}

// The shipped entity and quote models (resources/models/), as the quote tests use them; the
// problem when one does not load.
inline QString loadShippedModels(std::optional<NerModel> &ner, std::optional<QuoteModel> &quotes)
{
    auto nerModel = NerModel::load(NerModel::defaultPath());
    if (!nerModel)
        return nerModel.error().toString();
    ner = std::move(nerModel).value();
    auto quoteModel = QuoteModel::load(QStringLiteral(GALLEY_SOURCE_DIR "/resources/models/quotes-polnear.model"));
    if (!quoteModel)
        return quoteModel.error().toString();
    quotes = std::move(quoteModel).value();
    return {};
}

} // namespace galley
