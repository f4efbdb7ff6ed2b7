#include "fronted_contents.h"

#include "detect/quotes/phrase_shapes.h"
#include "detect/quotes/reporting_cues.h"
#include "detect/quotes/sentence_ends.h"

#include <QStringList>

#include <algorithm>

namespace galley {

namespace {

bool reportsSpeech(QStringView text, TextRange cue) { return cueReportsSpeech(text, cue.start, cue.end); }

// "has been charged with", "was arrested": what happened to the cue's subject, said by no one
bool isPassive(QStringView text, TextRange cue)
{
    const QStringList words = textOf(text, cue).toString().toLower().split(u' ', Qt::SkipEmptyParts);
    if (words.contains(u"quoted") || words.contains(u"told") || words.contains(u"asked"))
        return false;
    return words.contains(u"been") || (!words.isEmpty() && (words.first() == u"was" || words.first() == u"were"));
}

// The words from `from` to the sentence's end: "on Monday", "in a statement" after the cue.
qsizetype wordsToSentenceEnd(QStringView text, qsizetype from)
{
    qsizetype words = 0;
    bool inWord = false;
    for (qsizetype i = from; i < text.size() && text[i] != u'\n' && !endsSentence(text, i); ++i) {
        if (text[i] == u',' || text[i] == u';' || text[i] == u'"' || text[i].category() == QChar::Punctuation_InitialQuote)
            return -1;   // another clause follows
        const bool letter = text[i].isLetterOrNumber();
        words += letter && !inWord;
        inWord = letter;
    }
    return words;
}

} // namespace

void extendFrontedContents(QStringView text, QList<Quote> &quotes)
{
    constexpr qsizetype kMostWordsAfterCue = 4;
    QList<TextRange> extended;
    for (Quote &quote : quotes) {
        if (quote.kind != QuoteKind::Indirect || quote.cue.isEmpty() || quote.speaker.isEmpty() || !reportsSpeech(text, quote.cue))
            continue;
        // "…, Scotland Yard said." or "…, according to a statement from the agency."
        const bool speakerThenCue = quote.speaker.end <= quote.cue.start
                                    && textOf(text, {quote.speaker.end, quote.cue.start}).trimmed().isEmpty();
        const bool accordingTo = quote.speaker.start >= quote.cue.end
                                 && textOf(text, quote.cue).startsWith(u"according to", Qt::CaseInsensitive);
        if (!speakerThenCue && !accordingTo)
            continue;
        qsizetype comma = speakerThenCue ? quote.speaker.start : quote.cue.start;
        while (comma > 0 && text[comma - 1].isSpace())
            --comma;
        if (comma == 0 || text[comma - 1] != u',' || quote.content.end > comma || quote.content.isEmpty())
            continue;
        const qsizetype after = wordsToSentenceEnd(text, std::max(quote.cue.end, quote.speaker.end));
        if (after < 0 || after > kMostWordsAfterCue)
            continue;
        const qsizetype start = sentenceStartBefore(text, comma - 1);
        if (start >= quote.content.start + 1 || start >= comma - 1)
            continue;   // nothing to add, or the content already opens the sentence
        quote.content = {start, comma - 1};
        extended.append(quote.content);
    }
    // a piece that says nothing, or only names a thing ("the murder of Maria Santos")
    constexpr qsizetype kMostPieceWords = 6;
    quotes.removeIf([&](const Quote &quote) {
        const bool saysNothing = !reportsSpeech(text, quote.cue) || isPassive(text, quote.cue)
                                 || isNounPhrase(textOf(text, quote.content), kMostPieceWords);
        return quote.kind == QuoteKind::Indirect && !quote.cue.isEmpty() && saysNothing
               && std::any_of(extended.cbegin(), extended.cend(), [&](TextRange range) {
                      return range != quote.content && range.start <= quote.cue.start && quote.content.end <= range.end
                             && range.start <= quote.content.start;
                  });
    });
}

} // namespace galley
