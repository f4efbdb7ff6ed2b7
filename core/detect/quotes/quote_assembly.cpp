#include "quote_assembly.h"

#include "detect/quotes/quote_marks.h"

#include <algorithm>

namespace galley {

namespace {

// Tokens between two spans; 0 when they touch or overlap.
qsizetype gap(TokenSpan a, TokenSpan b)
{
    if (a.end <= b.begin)
        return b.begin - a.end;
    if (b.end <= a.begin)
        return a.begin - b.end;
    return 0;
}

// The span nearest to `anchor` among candidates in the same paragraph whose sentence distance
// to the anchor's sentences is at most maxSentences; -1 when none.
qsizetype nearest(const AnalysedText &text, TokenSpan anchor, const QList<TokenSpan> &candidates, qsizetype maxSentences)
{
    const qsizetype firstSentence = text.sentenceOfToken[anchor.begin];
    const qsizetype lastSentence = text.sentenceOfToken[anchor.end - 1];
    const qsizetype paragraph = text.paragraphOfToken[anchor.begin];
    qsizetype best = -1;
    qsizetype bestCost = 0;
    for (qsizetype i = 0; i < candidates.size(); ++i) {
        const TokenSpan candidate = candidates[i];
        if (text.paragraphOfToken[candidate.begin] != paragraph)
            continue;
        const qsizetype sentence = text.sentenceOfToken[candidate.begin];
        const qsizetype sentenceDistance = sentence < firstSentence ? firstSentence - sentence
            : sentence > lastSentence ? sentence - lastSentence : 0;
        if (sentenceDistance > maxSentences)
            continue;
        // A cue after the content in the next sentence is likelier than one before it.
        const qsizetype cost = sentenceDistance * 1000 + gap(anchor, candidate) * 2 + (candidate.begin < anchor.begin ? 1 : 0);
        if (best < 0 || cost < bestCost) {
            best = i;
            bestCost = cost;
        }
    }
    return best;
}

bool isMarkOrPunctuation(const AnalysedText &text, qsizetype t)
{
    const TokenKind kind = text.tokens[t].kind;
    return kind == TokenKind::Quote || kind == TokenKind::Punctuation || kind == TokenKind::Dash;
}

} // namespace

QList<TokenSpan> roleSpans(const std::vector<QuoteTag> &tags, QuoteRole role)
{
    QList<TokenSpan> spans;
    for (qsizetype t = 0; t < qsizetype(tags.size()); ++t) {
        const QuoteTag tag = tags[std::size_t(t)];
        if (tag == quoteBegin(role) || (tag == quoteInside(role) && (spans.isEmpty() || spans.last().end != t)))
            spans.append({t, t + 1});
        else if (tag == quoteInside(role))
            spans.last().end = t + 1;
    }
    return spans;
}

QList<Quote> assembleQuotes(const AnalysedText &text, const std::vector<QuoteTag> &tags)
{
    const QList<TokenSpan> contents = roleSpans(tags, QuoteRole::Content);
    const QList<TokenSpan> cues = roleSpans(tags, QuoteRole::Cue);
    const QList<TokenSpan> sources = roleSpans(tags, QuoteRole::Source);
    QList<QuotedSpan> marks;
    for (const QuotedSpan &span : findQuotedSpans(text.text, text.tokens)) {
        if (span.depth == 0 || span.singleMarks)
            marks.append(span);
    }

    QList<Quote> quotes;
    for (const TokenSpan &content : contents) {
        // The words of the content without marks and punctuation at its edges.
        qsizetype begin = content.begin;
        qsizetype end = content.end;
        while (begin < end && isMarkOrPunctuation(text, begin))
            ++begin;
        while (end > begin && isMarkOrPunctuation(text, end - 1))
            --end;
        if (begin == end)
            continue;
        Quote quote;
        const qsizetype cue = nearest(text, content, cues, 1);
        if (cue >= 0) {
            quote.cue = text.range(cues[cue]);
            qsizetype source = nearest(text, cues[cue], sources, 0);
            if (source >= 0 && gap(cues[cue], sources[source]) > 12)
                source = -1;
            if (source >= 0)
                quote.speaker = text.range(sources[source]);
        } else {
            const qsizetype source = nearest(text, content, sources, 0);
            if (source >= 0)
                quote.speaker = text.range(sources[source]);
        }
        const TextRange words = text.range({begin, end});
        quote.content = words;
        quote.kind = QuoteKind::Indirect;
        QList<Quote> partials;
        for (const QuotedSpan &mark : marks) {
            const TextRange inner = mark.content;
            if (inner.start <= words.start && inner.end >= words.end) {
                quote.kind = QuoteKind::Direct;   // all the words are inside one pair of marks
                quote.content = inner.start >= text.tokens[content.begin].start && inner.end <= text.tokens[content.end - 1].end
                    ? inner : words;
            } else if (inner.start >= words.start && inner.end <= words.end) {
                Quote partial = quote;
                partial.kind = QuoteKind::Partial;
                partial.content = inner;
                partials.append(partial);
            }
        }
        quotes.append(quote);
        if (quote.kind == QuoteKind::Indirect)
            quotes.append(partials);
    }
    std::sort(quotes.begin(), quotes.end(), [](const Quote &a, const Quote &b) {
        return a.content.start != b.content.start ? a.content.start < b.content.start : a.content.end > b.content.end;
    });
    return quotes;
}

} // namespace galley
