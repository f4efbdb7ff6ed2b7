#pragma once

#include "detect/ner/entity_finder.h"
#include "detect/quotes/quote.h"
#include "text/token.h"

#include <QList>
#include <QStringView>

#include <algorithm>

namespace galley {

// Tokens [begin, end) of a text.
struct TokenSpan
{
    qsizetype begin = -1;
    qsizetype end = -1;
    bool isEmpty() const { return begin < 0 || end <= begin; }
};

// A text with what the quote finder needs to know about each token: its sentence, its
// paragraph, the entity it belongs to. Borrowed references: the inputs must outlive it.
struct AnalysedText
{
    AnalysedText(QStringView text, const QList<Token> &tokens, const QList<Sentence> &sentences,
                 const QList<EntityMention> &entities);

    QStringView text;
    const QList<Token> &tokens;
    const QList<Sentence> &sentences;
    QList<qsizetype> sentenceOfToken;
    QList<qsizetype> paragraphOfToken;       // counts line breaks before the token
    QList<TokenSpan> entityOfToken;          // the entity's tokens, or empty
    QList<EntityType> entityTypeOfToken;

    // The token holding or following `offset`.
    qsizetype tokenAt(qsizetype offset) const
    {
        return std::lower_bound(tokens.begin(), tokens.end(), offset,
                                [](const Token &token, qsizetype start) { return token.end <= start; })
            - tokens.begin();
    }
    QStringView tokenText(qsizetype t) const { return text.mid(tokens[t].start, tokens[t].length()); }
    QString lower(qsizetype t) const { return tokenText(t).toString().toLower(); }
    TextRange range(TokenSpan span) const
    {
        return span.isEmpty() ? TextRange() : TextRange{tokens[span.begin].start, tokens[span.end - 1].end};
    }
};

} // namespace galley
