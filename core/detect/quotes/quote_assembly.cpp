#include "quote_assembly.h"

#include "detect/quotes/quote_marks.h"

#include <algorithm>

namespace galley {

namespace {

// "said Smith, who was elected in 2020": the speaker ends before the clause that describes it.
QList<TokenSpan> withoutRelativeClauses(const AnalysedText &text, QList<TokenSpan> spans)
{
    for (TokenSpan &span : spans) {
        for (qsizetype t = span.begin + 1; t + 1 <= span.end; ++t) {
            const QString next = t + 1 < text.tokens.size() ? text.lower(t + 1) : QString();
            if (text.tokenText(t) == u","
                && (next == u"who" || next == u"which" || next == u"whose" || next == u"where")) {
                span.end = t;
                break;
            }
        }
    }
    return spans;
}

// Tokens between two spans; 0 when they touch or overlap.
qsizetype gap(TokenSpan a, TokenSpan b)
{
    if (a.end <= b.begin)
        return b.begin - a.end;
    if (b.end <= a.begin)
        return a.begin - b.end;
    return 0;
}

// The span nearest to `anchor` among candidates at most maxSentences sentences away (a cue can
// stand in the paragraph before its quote: "Caddell continued:"); -1 when none.
qsizetype nearest(const AnalysedText &text, TokenSpan anchor, const QList<TokenSpan> &candidates, qsizetype maxSentences)
{
    const qsizetype firstSentence = text.sentenceOfToken[anchor.begin];
    const qsizetype lastSentence = text.sentenceOfToken[anchor.end - 1];
    const qsizetype paragraph = text.paragraphOfToken[anchor.begin];
    qsizetype best = -1;
    qsizetype bestCost = 0;
    // Candidates are in text order: only those within reach are looked at, so that a long text's
    // quotes cost linear time, not quadratic.
    const auto sentenceOf = [&text](TokenSpan span) { return text.sentenceOfToken[span.begin]; };
    const auto first = std::partition_point(candidates.cbegin(), candidates.cend(), [&](TokenSpan candidate) {
        return sentenceOf(candidate) < firstSentence - maxSentences;
    });
    for (qsizetype i = first - candidates.cbegin(); i < candidates.size(); ++i) {
        const TokenSpan candidate = candidates[i];
        const qsizetype sentence = sentenceOf(candidate);
        if (sentence > lastSentence + maxSentences)
            break;
        const qsizetype sentenceDistance = sentence < firstSentence ? firstSentence - sentence
            : sentence > lastSentence ? sentence - lastSentence : 0;
        // A cue after the content in the next sentence is likelier than one before it, one in
        // the same paragraph likelier than one in the next.
        const qsizetype cost = sentenceDistance * 1000 + (text.paragraphOfToken[candidate.begin] != paragraph) * 500
            + gap(anchor, candidate) * 2 + (candidate.begin < anchor.begin ? 1 : 0);
        if (best < 0 || cost < bestCost) {
            best = i;
            bestCost = cost;
        }
    }
    return best;
}

// The last character before token t's paragraph, past spaces and line breaks, is a colon.
bool endsWithColonBefore(const AnalysedText &text, qsizetype t)
{
    qsizetype before = t;
    while (before > 0 && text.paragraphOfToken[before - 1] == text.paragraphOfToken[t])
        --before;
    if (before == 0)
        return false;
    const QStringView last = text.tokenText(before - 1);
    return last == u":";
}

bool isMarkOrPunctuation(const AnalysedText &text, qsizetype t)
{
    const TokenKind kind = text.tokens[t].kind;
    return kind == TokenKind::Quote || kind == TokenKind::Punctuation || kind == TokenKind::Dash;
}

bool isSymbol(const AnalysedText &text, qsizetype t) { return text.tokens[t].kind == TokenKind::Symbol; }

// "Lt. Gen. Viktor Poznikhir," without the comma; spans without a word go.
QList<TokenSpan> withoutEdgePunctuation(const AnalysedText &text, const QList<TokenSpan> &spans, bool keepLoneMarks = false)
{
    QList<TokenSpan> kept;
    for (TokenSpan span : spans) {
        // A colon or dash alone can be the cue ("PENCE: …", "“…” ― Sonya Herridge").
        if (keepLoneMarks && span.end == span.begin + 1
            && (text.tokens[span.begin].kind == TokenKind::Dash || text.tokenText(span.begin) == u":")) {
            kept.append(span);
            continue;
        }
        while (span.begin < span.end && isMarkOrPunctuation(text, span.begin))
            ++span.begin;
        while (span.end > span.begin && isMarkOrPunctuation(text, span.end - 1))
            --span.end;
        bool hasWord = false;
        for (qsizetype t = span.begin; t < span.end; ++t)
            hasWord = hasWord || text.tokens[t].kind == TokenKind::Word || text.tokens[t].kind == TokenKind::Number;
        if (hasWord)   // a cue or speaker of emoji and symbols alone is noise
            kept.append(span);
    }
    return kept;
}

// "Their results were “sobering,” according to …": a content that opens a quote inside it
// keeps the closing mark (and the punctuation before it) instead of ending on "“sobering".
qsizetype withClosingMark(const AnalysedText &text, const QList<QuotedSpan> &quoted, qsizetype begin, qsizetype end)
{
    for (const QuotedSpan &span : quoted) {
        if (span.openToken < begin || span.openToken >= end || span.closeToken < end)
            continue;
        for (qsizetype t = end; t < span.closeToken; ++t) {
            if (!isMarkOrPunctuation(text, t))
                return end;
        }
        end = span.closeToken + 1;
    }
    return end;
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
    const QList<TokenSpan> cues = withoutEdgePunctuation(text, roleSpans(tags, QuoteRole::Cue), true);
    const QList<TokenSpan> sources = withoutEdgePunctuation(text, roleSpans(tags, QuoteRole::Source));
    const QList<TokenSpan> speakers = withoutRelativeClauses(text, sources);   // what a source shows as
    const QList<QuotedSpan> quoted = findQuotedSpans(text.text, text.tokens);
    QList<QuotedSpan> marks;
    for (const QuotedSpan &span : quoted) {
        if (span.depth == 0 || span.singleMarks)
            marks.append(span);
    }

    // Each content takes its nearest cue; a cue no content took goes to the nearest content of
    // its own sentence too (one content, two cues: "said … adding"), not to the next sentence's:
    // "Doses worked, says Klinger. “It is not magic,” says Klinger." would show one quote twice.
    QList<qsizetype> cueOfContent;
    QList<bool> cueUsed(cues.size(), false);
    for (const TokenSpan &content : contents) {
        qsizetype cue = nearest(text, content, cues, 1);
        // A cue in another paragraph introduces what follows it only with a colon ("Caddell
        // continued:"); "Assad was quoted in a statement." says nothing of the next paragraph.
        if (cue >= 0 && text.paragraphOfToken[cues[cue].begin] != text.paragraphOfToken[content.begin]
            && !endsWithColonBefore(text, content.begin))
            cue = -1;
        cueOfContent.append(cue);
        if (cueOfContent.last() >= 0)
            cueUsed[cueOfContent.last()] = true;
    }
    QList<std::pair<qsizetype, qsizetype>> links;   // content, cue (-1: none)
    for (qsizetype c = 0; c < contents.size(); ++c)
        links.append({c, cueOfContent[c]});
    for (qsizetype cue = 0; cue < cues.size(); ++cue) {
        if (cueUsed[cue])
            continue;
        const qsizetype content = nearest(text, cues[cue], contents, 0);
        if (content >= 0)
            links.append({content, cue});
    }

    QList<Quote> quotes;
    for (const auto &[c, cue] : links) {
        const TokenSpan content = contents[c];
        // The words of the content without marks and punctuation at its edges, nor symbols
        // before its opening mark ("😀😀 “We won…”": the emoji open the paragraph, not the quote).
        qsizetype begin = content.begin;
        qsizetype end = content.end;
        qsizetype afterSymbols = begin;
        while (afterSymbols < end && isSymbol(text, afterSymbols))
            ++afterSymbols;
        if (afterSymbols > begin && afterSymbols < end && text.tokens[afterSymbols].kind == TokenKind::Quote)
            begin = afterSymbols;
        while (begin < end && isMarkOrPunctuation(text, begin))
            ++begin;
        while (end > begin && isMarkOrPunctuation(text, end - 1))
            --end;
        if (begin == end)
            continue;
        end = withClosingMark(text, quoted, begin, end);
        Quote quote;
        if (cue >= 0) {
            quote.cue = text.range(cues[cue]);
            qsizetype source = nearest(text, cues[cue], sources, 0);
            if (source >= 0 && gap(cues[cue], sources[source]) > 12)
                source = -1;
            if (source >= 0)
                quote.speaker = text.range(speakers[source]);
        } else {
            const qsizetype source = nearest(text, content, sources, 0);
            if (source >= 0)
                quote.speaker = text.range(speakers[source]);
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
            } else if (inner.start >= words.start && inner.start < words.end) {
                Quote partial = quote;
                partial.kind = QuoteKind::Partial;
                partial.content = inner;
                partials.append(partial);
            }
        }
        // Reported speech with no reporting words tagged is no attribution a reviewer can check;
        // a sentence in quote marks is a quote even when the tagger missed who said it.
        qsizetype wordCount = 0;
        for (qsizetype t = begin; t < end; ++t)
            wordCount += text.tokens[t].kind == TokenKind::Word ? 1 : 0;
        if (quote.cue.isEmpty() && (quote.kind != QuoteKind::Direct || wordCount < 4))
            continue;   // a title or scare quotes ("Fox News Sunday") without a cue is no quote
        quotes.append(quote);
        if (quote.kind == QuoteKind::Indirect)
            quotes.append(partials);
    }
    // A source no cue took speaks the quotes of its sentence that have no speaker yet.
    for (qsizetype s = 0; s < sources.size(); ++s) {
        const TokenSpan source = sources[s];
        const TextRange range = text.range(speakers[s]);
        bool used = false;
        for (const Quote &quote : quotes)
            used = used || quote.speaker == range;
        if (used)
            continue;
        const qsizetype sentence = text.sentenceOfToken[source.begin];
        for (Quote &quote : quotes) {
            const TextRange anchor = quote.cue.isEmpty() ? quote.content : quote.cue;
            const auto token = std::lower_bound(text.tokens.begin(), text.tokens.end(), anchor.start,
                                                [](const Token &t, qsizetype start) { return t.end <= start; });
            if (quote.speaker.isEmpty() && token != text.tokens.end()
                && text.sentenceOfToken[token - text.tokens.begin()] == sentence)
                quote.speaker = range;
        }
    }
    std::sort(quotes.begin(), quotes.end(), [](const Quote &a, const Quote &b) {
        return a.content.start != b.content.start ? a.content.start < b.content.start : a.content.end > b.content.end;
    });
    return quotes;
}

} // namespace galley
