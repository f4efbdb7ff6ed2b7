#include "analysed_text.h"

#include "detect/quotes/quote.h"

#include <algorithm>

namespace galley {

AnalysedText::AnalysedText(QStringView text, const QList<Token> &tokens, const QList<Sentence> &sentences,
                           const QList<EntityMention> &entities)
    : text(text), tokens(tokens), sentences(sentences)
{
    sentenceOfToken.fill(-1, tokens.size());
    for (qsizetype s = 0; s < sentences.size(); ++s) {
        for (qsizetype t = sentences[s].tokenBegin; t < sentences[s].tokenEnd && t < tokens.size(); ++t)
            sentenceOfToken[t] = s;
    }
    for (qsizetype t = 0, last = 0; t < tokens.size(); ++t) {
        if (sentenceOfToken[t] < 0)
            sentenceOfToken[t] = last;
        last = sentenceOfToken[t];
    }
    paragraphOfToken.fill(0, tokens.size());
    qsizetype paragraph = 0;
    qsizetype previousEnd = 0;
    for (qsizetype t = 0; t < tokens.size(); ++t) {
        for (qsizetype i = previousEnd; i < tokens[t].start; ++i) {
            if (text[i] == u'\n' || text[i] == u'\u2029' || (text[i] == u'\r' && (i + 1 >= text.size() || text[i + 1] != u'\n'))) {
                ++paragraph;
                break;
            }
        }
        paragraphOfToken[t] = paragraph;
        previousEnd = tokens[t].end;
    }
    entityOfToken.fill(TokenSpan(), tokens.size());
    entityTypeOfToken.fill(EntityType::Miscellaneous, tokens.size());
    for (const EntityMention &entity : entities) {
        qsizetype t = std::lower_bound(tokens.begin(), tokens.end(), entity.start,
                                       [](const Token &token, qsizetype start) { return token.end <= start; })
            - tokens.begin();
        qsizetype end = t;
        while (end < tokens.size() && tokens[end].start < entity.end)
            ++end;
        for (qsizetype i = t; i < end; ++i) {
            entityOfToken[i] = {t, end};
            entityTypeOfToken[i] = entity.type;
        }
    }
}

} // namespace galley
