#include "poll_findings.h"

#include <QSet>

namespace galley {

namespace {

bool isPollWord(const QString &lower)
{
    static const QSet<QString> words = {
        QStringLiteral("poll"), QStringLiteral("polls"), QStringLiteral("survey"), QStringLiteral("surveys"),
    };
    return words.contains(lower);
}

} // namespace

QList<Quote> findPollFindings(const AnalysedText &text)
{
    constexpr qsizetype kMostSourceTokens = 16;
    constexpr qsizetype kFewestContentWords = 3;
    QList<Quote> quotes;
    for (const Sentence &sentence : text.sentences) {
        const qsizetype in = sentence.tokenBegin;
        if (sentence.tokenCount() < 6 || text.tokenText(in) != u"In")
            continue;
        const QString determiner = text.lower(in + 1);
        if (determiner != u"a" && determiner != u"an" && determiner != u"the")
            continue;
        qsizetype comma = -1;
        bool poll = false;
        for (qsizetype t = in + 2; t < sentence.tokenEnd && t < in + 2 + kMostSourceTokens; ++t) {
            if (text.tokenText(t) == u",") {
                comma = t;
                break;
            }
            poll = poll || isPollWord(text.lower(t));
        }
        if (!poll || comma < 0)
            continue;
        qsizetype contentEnd = sentence.tokenEnd;
        while (contentEnd > comma + 1 && text.tokens[contentEnd - 1].kind == TokenKind::Punctuation)
            --contentEnd;
        qsizetype words = 0;
        for (qsizetype t = comma + 1; t < contentEnd; ++t)
            words += text.tokens[t].kind == TokenKind::Word || text.tokens[t].kind == TokenKind::Number;
        if (words < kFewestContentWords || text.paragraphOfToken[comma + 1] != text.paragraphOfToken[in])
            continue;
        Quote quote;
        quote.kind = QuoteKind::Indirect;
        quote.cue = text.range({in, in + 1});
        quote.speaker = text.range({in + 1, comma});
        quote.content = text.range({comma + 1, contentEnd});
        quotes.append(quote);
    }
    return quotes;
}

} // namespace galley
