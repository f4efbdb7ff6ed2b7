#include "relative_clause_speakers.h"

#include "detect/quotes/phrase_shapes.h"
#include "detect/quotes/reporting_cues.h"
#include "detect/quotes/sentence_ends.h"

#include <QSet>
#include <QStringList>

#include <algorithm>

namespace galley {

namespace {

constexpr qsizetype kLongestPhrase = 80;

// ", who …, said": the clause between the pronoun and the comma that closes it
struct RelativeClause
{
    qsizetype pronoun = -1;   // "who", "whose", "which"
    qsizetype comma = -1;     // the comma before the pronoun
    qsizetype close = -1;     // the comma that closes the clause
};

bool isRelativePronounAt(QStringView text, qsizetype i)
{
    const QStringView word = text.mid(i, 6);
    return (i == 0 || text[i - 1].isSpace())
           && (word.startsWith(u"who ") || word.startsWith(u"whose ") || word.startsWith(u"which "));
}

RelativeClause clauseAt(QStringView text, qsizetype pronoun)
{
    qsizetype comma = pronoun;
    while (comma > 0 && text[comma - 1].isSpace())
        --comma;
    if (comma == 0 || text[comma - 1] != u',')
        return {};
    qsizetype close = pronoun;
    while (close < text.size() && text[close] != u',' && text[close] != u'\n' && !endsSentence(text, close))
        ++close;
    if (close >= text.size() || text[close] != u',')
        return {};
    return {pronoun, comma - 1, close};
}

// The last relative clause before the cue, in its sentence.
RelativeClause clauseBefore(QStringView text, qsizetype cue)
{
    for (qsizetype i = cue - 1; i > 0 && cue - i < 2 * kLongestPhrase && text[i] != u'\n' && !endsSentence(text, i); --i) {
        if (isRelativePronounAt(text, i))
            return clauseAt(text, i);
    }
    return {};
}

// "56", "Md.", "D-Mass.", "of Ashton": an age, an abbreviation or a home town set off by commas
// after a name
bool isApposition(QStringView phrase)
{
    const QStringView trimmed = phrase.trimmed();
    if (trimmed.startsWith(u"of ") && !trimmed.mid(3).contains(u' '))
        return true;
    if (trimmed.isEmpty() || trimmed.contains(u' '))
        return false;
    return std::all_of(trimmed.begin(), trimmed.end(), [](QChar c) { return c.isDigit(); })
           || (trimmed.endsWith(u'.') && trimmed.size() <= 8);
}

bool isPhraseStop(QStringView text, qsizetype i)
{
    const QChar c = text[i];
    return c == u'\n' || c == u',' || c == u';' || c == u':' || isQuoteMarkAt(text, i) || endsSentence(text, i);
}

// The noun phrase that ends at `end` (a comma), past appositions: empty when there is none.
TextRange phraseBefore(QStringView text, qsizetype end)
{
    constexpr int kMostAppositions = 4;
    for (int appositions = 0; appositions <= kMostAppositions; ++appositions) {
        qsizetype start = end;
        while (start > 0 && end - start < kLongestPhrase && !isPhraseStop(text, start - 1))
            --start;
        if (start > 0 && !isPhraseStop(text, start - 1))
            return {};   // too long to be a speaker's description
        const qsizetype stop = start - 1;   // the comma, quote mark or sentence end before it
        while (start < end && text[start].isSpace())
            ++start;
        if (stop >= 0 && text[stop] == u',' && isApposition(text.mid(start, end - start))) {
            end = stop;
            continue;
        }
        start += pastOpeningConjunction(text.mid(start, end - start));
        constexpr qsizetype kMostWords = 10;
        if (start >= end || !isNounPhrase(text.mid(start, end - start), kMostWords))
            return {};
        return {start, end};
    }
    return {};
}

// The reporting word after the clause's closing comma: "told", "said"; not "according".
TextRange reportingWordAfter(QStringView text, qsizetype close)
{
    qsizetype verb = close + 1;
    while (verb < text.size() && text[verb].isSpace())
        ++verb;
    qsizetype end = verb;
    while (end < text.size() && text[end].isLetter())
        ++end;
    const QString word = text.mid(verb, end - verb).toString().toLower();
    if (end == verb || word == u"according" || !isReportingWord(word))
        return {};
    return {verb, end};
}

} // namespace

void mendRelativeClauseSpeakers(QStringView text, QList<Quote> &quotes)
{
    for (Quote &quote : quotes) {
        if (quote.cue.isEmpty())
            continue;
        const bool relativeSpeaker = !quote.speaker.isEmpty() && isRelativePronounAt(text, quote.speaker.start);
        const RelativeClause clause = relativeSpeaker ? clauseAt(text, quote.speaker.start) : clauseBefore(text, quote.cue.start);
        if (clause.pronoun < 0)
            continue;
        const bool speakerInClause = quote.speaker.start >= clause.pronoun && quote.speaker.end <= clause.close;
        if (!quote.speaker.isEmpty() && !speakerInClause)
            continue;
        const TextRange verb = reportingWordAfter(text, clause.close);
        const bool cueInClause = quote.cue.start >= clause.pronoun && quote.cue.end <= clause.close;
        if (cueInClause && quote.content.start >= clause.pronoun && quote.content.end <= clause.close)
            continue;   // "which has imposed sanctions": the clause's own object, not what was said
        if (verb.isEmpty() || (!cueInClause && !quote.cue.intersects(verb)))
            continue;   // the cue is neither the clause's verb nor the reporting word after it
        const TextRange speaker = phraseBefore(text, clause.comma);
        if (speaker.isEmpty())
            continue;
        quote.speaker = speaker;
        if (cueInClause)
            quote.cue = verb;
    }
}

} // namespace galley
