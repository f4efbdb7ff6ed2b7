#include "detect/quotes/interrupted_contents.h"

#include "detect/quotes/reporting_cues.h"
#include "detect/quotes/sentence_ends.h"

#include <QStringList>

namespace galley {

namespace {

constexpr qsizetype kMostWordsBefore = 12;

qsizetype wordsIn(QStringView text)
{
    qsizetype words = 0;
    bool inWord = false;
    for (QChar c : text) {
        const bool letter = c.isLetterOrNumber();
        words += letter && !inWord;
        inWord = letter;
    }
    return words;
}

// The comma before `at` past spaces, or -1.
qsizetype commaBefore(QStringView text, qsizetype at)
{
    while (at > 0 && text[at - 1] == u' ')
        --at;
    return at > 0 && text[at - 1] == u',' ? at - 1 : -1;
}

// Past when or where it was said after a cue ("said in a June report", "said on Tuesday"): two
// to six words opening with a preposition or a time word, before punctuation ("said this, and"
// is no occasion: "this" is what was said).
qsizetype pastOccasion(QStringView text, qsizetype at)
{
    static const QStringList openers = {QStringLiteral("in"),   QStringLiteral("on"),     QStringLiteral("at"),
                                        QStringLiteral("during"), QStringLiteral("last"), QStringLiteral("this"),
                                        QStringLiteral("earlier"), QStringLiteral("late"), QStringLiteral("after")};
    qsizetype end = at;
    while (end < text.size() && text[end] != u',' && text[end] != u'.' && text[end] != u';' && text[end] != u'\n'
           && !isQuoteMarkAt(text, end))
        ++end;
    const QStringView phrase = text.mid(at, end - at).trimmed();
    if (wordsIn(phrase) < 2 || wordsIn(phrase) > 6 || !openers.contains(phrase.toString().section(u' ', 0, 0).toLower()))
        return at;
    while (end > at && text[end - 1] == u' ')
        --end;
    return end;
}

qsizetype commaAfter(QStringView text, qsizetype at)
{
    while (at < text.size() && text[at] == u' ')
        ++at;
    return at < text.size() && text[at] == u',' ? at : -1;
}

// The end of the sentence from `from`, before its final mark.
qsizetype sentenceEndFrom(QStringView text, qsizetype from)
{
    qsizetype end = from;
    while (end < text.size() && text[end] != u'\n' && !endsSentence(text, end))
        ++end;
    while (end > from && text[end - 1].isSpace())
        --end;
    return end;
}

bool inside(TextRange inner, TextRange outer) { return inner.start >= outer.start && inner.end <= outer.end; }

// "As a phone rang, the announcer said, “It’s 3 a.m. …”": a quote in marks after the cue is
// what was said, direct; the words before the cue set the scene.
bool opensWithQuoteMark(QStringView text, TextRange range)
{
    return !range.isEmpty() && isQuoteMarkAt(text, range.start);
}

} // namespace

void joinPiecesAroundCues(QStringView text, QList<Quote> &quotes)
{
    QList<TextRange> joinedCues;
    const QList<Quote> found = quotes;
    for (const Quote &quote : found) {
        if (joinedCues.contains(quote.cue) || quote.kind != QuoteKind::Indirect || quote.speaker.isEmpty() || quote.cue.isEmpty()
            || quote.speaker.end > quote.cue.start || !text.mid(quote.speaker.end, quote.cue.start - quote.speaker.end).trimmed().isEmpty()
            || !cueReportsSpeech(text, quote.cue.start, quote.cue.end))
            continue;
        const qsizetype first = commaBefore(text, quote.speaker.start);
        qsizetype second = commaAfter(text, quote.cue.end);
        if (second < 0)
            second = commaAfter(text, pastOccasion(text, quote.cue.end));
        if (first <= 0 || second < 0)
            continue;
        const TextRange before{sentenceStartBefore(text, first - 1), first};
        qsizetype afterStart = second + 1;
        while (afterStart < text.size() && text[afterStart] == u' ')
            ++afterStart;
        const TextRange after{afterStart, sentenceEndFrom(text, afterStart)};
        const qsizetype wordsBefore = wordsIn(text.mid(before.start, before.end - before.start));
        if (before.isEmpty() || wordsBefore > kMostWordsBefore || opensWithQuoteMark(text, after) || wordsIn(text.mid(after.start, after.end - after.start)) < 2
            || !(inside(quote.content, before) || inside(quote.content, after)))
            continue;
        const auto isOtherReading = [&](const Quote &other) {
            if (other.kind != QuoteKind::Indirect || !(inside(other.content, before) || inside(other.content, after)))
                return false;
            const bool sameCue = other.cue == quote.cue;
            const bool ownCueInside = (inside(other.cue, before) || inside(other.cue, after))
                                      && !cueReportsSpeech(text, other.cue.start, other.cue.end);
            return sameCue || ownCueInside;
        };
        quotes.removeIf(isOtherReading);
        for (TextRange content : {before, after}) {
            Quote piece = quote;
            piece.content = content;
            quotes.append(piece);
        }
        joinedCues.append(quote.cue);
    }
}

} // namespace galley
