#include "detect/quotes/clause_ends.h"

#include "detect/quotes/reporting_cues.h"
#include "detect/quotes/sentence_ends.h"

namespace galley {

namespace {

constexpr qsizetype kMostWordsLeft = 8;

// Whether a quote other than quotes[self] has words in `range`.
bool othersHold(const QList<Quote> &quotes, qsizetype self, TextRange range)
{
    for (qsizetype q = 0; q < quotes.size(); ++q) {
        if (q == self)
            continue;
        const Quote &quote = quotes[q];
        for (TextRange part : {quote.content, quote.cue, quote.speaker}) {
            if (!part.isEmpty() && part.start < range.end && range.start < part.end)
                return true;
        }
    }
    return false;
}

// The end of the sentence from `from` on, before its final mark; -1 when something other than
// words stands in the way or too many words are left.
qsizetype plainSentenceEnd(QStringView text, qsizetype from)
{
    qsizetype words = 0;
    bool inWord = false;
    qsizetype lastWordEnd = from;
    for (qsizetype i = from; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == u'\n' || endsSentence(text, i))
            return lastWordEnd;
        if (c == u',' || c == u';' || c == u':' || c == u'(' || c == u')' || isQuoteMarkAt(text, i)
            || c == u'\u2014' || c == u'\u2013' || c == u'?' || c == u'!')
            return -1;
        const bool partOfWord = !c.isSpace();
        if (partOfWord && !inWord && ++words > kMostWordsLeft)
            return -1;
        if (partOfWord)
            lastWordEnd = i + 1;
        inWord = partOfWord;
    }
    return lastWordEnd;
}

} // namespace

void extendToClauseEnd(QStringView text, QList<Quote> &quotes)
{
    for (qsizetype q = 0; q < quotes.size(); ++q) {
        Quote &quote = quotes[q];
        // a cue that reports nothing keeps what it took: "was pronounced dead", one word to drop
        if (quote.kind != QuoteKind::Indirect || quote.cue.isEmpty() || quote.cue.end > quote.content.start
            || quote.content.isEmpty() || !cueReportsSpeech(text, quote.cue.start, quote.cue.end))
            continue;
        const qsizetype end = plainSentenceEnd(text, quote.content.end);
        if (end <= quote.content.end)
            continue;
        if (othersHold(quotes, q, {quote.content.end, end}))
            continue;
        quote.content.end = end;
    }
}

} // namespace galley
