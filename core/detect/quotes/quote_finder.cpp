#include "quote_finder.h"

#include "detect/quotes/analysed_text.h"
#include "detect/quotes/misread_quotes.h"
#include "detect/quotes/participle_speakers.h"
#include "detect/quotes/polled_speakers.h"
#include "detect/quotes/quote_assembly.h"
#include "detect/quotes/quote_confidence.h"
#include "detect/quotes/non_speech_quotes.h"
#include "detect/quotes/quote_rules.h"
#include "detect/quotes/speaker_adverbials.h"

#include <algorithm>

namespace galley {

namespace {

// A turn of a transcript as the rules find it: "KENNEDY:" in capitals, then what was said.
bool isTranscriptTurn(QStringView text, const Quote &quote)
{
    if (quote.kind != QuoteKind::Direct || quote.cue.end - quote.cue.start != 1 || text[quote.cue.start] != u':'
        || quote.speaker.isEmpty())
        return false;
    const QStringView speaker = text.mid(quote.speaker.start, quote.speaker.end - quote.speaker.start);
    return speaker.toString().toUpper() == speaker;
}

bool isAccordingTo(QStringView text, const Quote &quote)
{
    return text.mid(quote.cue.start, quote.cue.end - quote.cue.start).startsWith(u"according to", Qt::CaseInsensitive);
}

// Only a full stop, question or exclamation mark (or nothing) after `at` on its line.
bool closesSentence(QStringView text, qsizetype at)
{
    while (at < text.size() && (text[at] == u' ' || text[at] == u'\t'))
        ++at;
    return at == text.size() || text[at] == u'\n' || text[at] == u'\r'
           || ((text[at] == u'.' || text[at] == u'!' || text[at] == u'?') && (at + 1 == text.size() || text[at + 1].isSpace()));
}

// No sentence end nor line break in [from, to): "…, says Macron, the French president."
bool inSameClause(QStringView text, qsizetype from, qsizetype to)
{
    for (qsizetype i = from; i < to; ++i) {
        if (text[i] == u'.' || text[i] == u'!' || text[i] == u'?' || text[i] == u'\n')
            return false;
    }
    return true;
}

// "Lord Cameron, the former prime minister, warned": a speaker set off by commas right before a
// cue that is no participle ("…, the outside world, saying" is no one's apposition).
bool isAppositionBeforeCue(QStringView text, const Quote &quote)
{
    const QStringView cue = text.mid(quote.cue.start, quote.cue.end - quote.cue.start);
    const QStringView firstCueWord = cue.left(cue.indexOf(u' ') < 0 ? cue.size() : cue.indexOf(u' '));
    const QStringView speaker = text.mid(quote.speaker.start, quote.speaker.end - quote.speaker.start);
    const bool setOff = text.left(quote.speaker.start).trimmed().endsWith(u',') || speaker.contains(u',');
    return !quote.speaker.isEmpty() && quote.speaker.end <= quote.cue.start && !firstCueWord.endsWith(u"ing")
           && text.mid(quote.speaker.end, quote.cue.start - quote.speaker.end).trimmed() == u"," && setOff;
}

// "…, says Macron.": reported speech, then its cue, then its speaker.
bool isClosedByCueAndSpeaker(const Quote &quote)
{
    return quote.kind == QuoteKind::Indirect && !quote.speaker.isEmpty() && quote.content.end <= quote.cue.start
           && quote.speaker.start >= quote.cue.end;
}

bool isFirstPerson(QStringView text, TextRange speaker)
{
    const QString word = text.mid(speaker.start, speaker.end - speaker.start).toString().toLower();
    return word == u"i" || word == u"we";
}

// "…, Tesco boss Ken Murphy said.": reported speech, then its speaker, then its cue.
bool isClosedBySpeakerAndCue(const Quote &quote)
{
    return quote.kind == QuoteKind::Indirect && !quote.speaker.isEmpty() && quote.content.end <= quote.speaker.start
           && quote.speaker.end <= quote.cue.start;
}

// "According to the ministry, hospitals ordered extra supplies.": what follows the speaker is
// what was said, all of it; the tagger's pieces of it that nobody or that speaker says go from
// `quotes`. Returns the rules' readings that stand, and takes them out of `rules`.
QList<Quote> takeAccordingToReadings(QStringView text, QList<Quote> &quotes, QList<Quote> &rules)
{
    QList<Quote> accordingTo;
    for (const Quote &rule : rules) {
        if (!isAccordingTo(text, rule) || rule.speaker.isEmpty() || rule.content.start < rule.speaker.end)
            continue;
        // "According to Lorella Praeli, Clinton's Latino vote director, the campaign …": the
        // tagger's speaker with its apposition, closed by a comma, is the better reading (not "the
        // ministry, hospitals" before "ordered")
        const bool longerSpeaker = std::any_of(quotes.cbegin(), quotes.cend(), [&](const Quote &quote) {
            return quote.cue.intersects(rule.cue) && quote.speaker.start <= rule.speaker.start
                   && quote.speaker.end > rule.speaker.end && text.mid(quote.speaker.end).trimmed().startsWith(u',');
        });
        // "According to the ministry, hospitals ordered supplies, Smith said.": another's words
        const bool holdsACue = std::any_of(rules.cbegin(), rules.cend(), [&](const Quote &other) {
            return other.cue.start >= rule.content.start && other.cue.end <= rule.content.end;
        });
        if (longerSpeaker || holdsACue)
            continue;
        quotes.removeIf([&](const Quote &quote) {
            const bool inside = quote.content.start >= rule.cue.start && quote.content.end <= rule.content.end;
            return inside && quote.kind == QuoteKind::Indirect
                   && (quote.cue.intersects(rule.cue) || quote.speaker.isEmpty() || quote.speaker.intersects(rule.speaker));
        });
        accordingTo.append(rule);
    }
    rules.removeIf([&](const Quote &rule) {
        return std::any_of(accordingTo.cbegin(), accordingTo.cend(), [&](const Quote &a) { return a.content == rule.content; });
    });
    return accordingTo;
}

} // namespace

QList<Quote> findQuotes(const QuoteModel &model, QStringView text, const QList<Token> &tokens,
                        const QList<Sentence> &sentences, const QList<EntityMention> &entities)
{
    if (tokens.isEmpty())
        return {};
    const AnalysedText analysed(text, tokens, sentences, entities);
    if (model.isEmpty())
        return findQuotesByRules(analysed);
    // The tagger finds most; the rules add what it passed over (short texts with little context
    // to go on, "according to" in a one-line text).
    const QuoteConfidenceCalibration &calibration = model.confidenceCalibration();
    const QuoteModel::Tagging tagging = model.tagWithProbabilities(analysed, calibration.temperature);
    QList<Quote> quotes = assembleQuotes(analysed, tagging.tags);
    QList<Quote> rules;
    QList<Quote> turns;
    for (const Quote &rule : findQuotesByRules(analysed))
        (isTranscriptTurn(text, rule) ? turns : rules).append(rule);
    // A transcript turn ("KENNEDY: I mean, I'm not worried …") is what its speaker said, all of
    // it: the tagger's pieces inside it (its speaker's name included: "WALLACE: Why …" in quote
    // marks) with no speaker or a first-person one go.
    for (const Quote &rule : turns) {
        quotes.removeIf([&](const Quote &quote) {
            const bool inside = quote.content.start >= rule.speaker.start && quote.content.end <= rule.content.end + 1;
            return inside && (quote.speaker.isEmpty() || isFirstPerson(text, quote.speaker));
        });
        quotes.append(rule);
    }
    // "The plan was dead, says Macron, the French president.": the tagger split what was said at
    // its cue and read the speaker as said too. The rules' reading of a sentence its cue and
    // speaker close stands: the tagger's quotes of that cue go, and pieces inside what was said.
    for (const Quote &rule : rules) {
        if (!isClosedByCueAndSpeaker(rule))
            continue;
        quotes.removeIf([&](const Quote &quote) {
            // another reading of the same cue in that sentence
            const bool misread = quote.cue.intersects(rule.cue) && quote.content.start >= rule.content.start
                                 && (quote.content.start < rule.speaker.end || inSameClause(text, rule.speaker.end, quote.content.start));
            const bool piece = quote.content.start >= rule.content.start && quote.content.end <= rule.content.end
                               && quote.cue.start >= rule.content.start && quote.cue.end <= rule.content.end;
            return quote.kind == QuoteKind::Indirect && (misread || piece);
        });
    }
    // "…, regional governor Oleh Syniehubov said.": the tagger ran what was said on into who said
    // it; the rules' reading stands.
    for (const Quote &rule : rules) {
        if (!isClosedBySpeakerAndCue(rule))
            continue;
        quotes.removeIf([&](const Quote &quote) {
            return quote.kind == QuoteKind::Indirect && quote.cue.intersects(rule.cue) && quote.content.intersects(rule.speaker);
        });
    }
    // "“We will appeal,” said the ruling.": the tagger took who said it for what was said.
    for (const Quote &rule : rules) {
        quotes.removeIf([&](const Quote &quote) {
            if (quote.kind != QuoteKind::Indirect || !quote.speaker.isEmpty() || !quote.cue.intersects(rule.cue)
                || !quote.content.intersects(rule.speaker))
                return false;
            const bool within = quote.content.start >= rule.speaker.start && quote.content.end <= rule.speaker.end;
            // "said the sign on the door": the rules' speaker stops at the preposition
            if (within)
                return true;
            if (quote.content.start != rule.speaker.start || rule.speaker.start < rule.cue.end)
                return false;
            const QString afterSpeaker = text.mid(rule.speaker.end, 6).trimmed().toString().section(u' ', 0, 0).toLower();
            return text.mid(quote.content.start, quote.content.end - quote.content.start).count(u' ') < 6
                || afterSpeaker == u"who" || afterSpeaker == u"which" || afterSpeaker == u"that"
                || closesSentence(text, quote.content.end);   // "…, said a spokesman for the agency."
        });
    }
    const QList<Quote> accordingTo = takeAccordingToReadings(text, quotes, rules);
    quotes.append(accordingTo);
    const qsizetype tagged = quotes.size();
    for (const Quote &rule : rules) {
        bool overlaps = false;
        for (qsizetype i = 0; i < tagged; ++i) {
            Quote &quote = quotes[i];
            if (quote.content.start >= rule.content.end || rule.content.start >= quote.content.end)
                continue;
            overlaps = true;
            // "According to local police, 70 people were hurt": the tagger read "According" as the
            // cue and the rest as what was said.
            if (isAccordingTo(text, rule) && !rule.speaker.isEmpty() && quote.cue.intersects(rule.cue)
                && (quote.speaker.isEmpty() || quote.content.intersects(rule.speaker))) {
                quote = rule;
                continue;
            }
            // A content the tagger found with nobody saying it takes the rules' cue and speaker.
            if (quote.cue.isEmpty() && quote.speaker.isEmpty()) {
                quote.cue = rule.cue;
                quote.speaker = rule.speaker;
            } else if (quote.kind == QuoteKind::Direct && quote.speaker.isEmpty() && quote.cue.intersects(rule.cue)
                       && rule.speaker.start >= rule.cue.end) {
                quote.speaker = rule.speaker;   // "“…,” said the ruling.": the one after its cue
            } else if (quote.kind == QuoteKind::Indirect && quote.speaker.isEmpty() && !rule.speaker.isEmpty()
                       && quote.cue == rule.cue && isAppositionBeforeCue(text, rule)) {
                // "Lord Cameron, the former prime minister, warned that …": a speaker set off by
                // commas, which the tagger passed over (other speakers it leaves out are mostly
                // nobody's: PolNeAR gives many such cues no source)
                quote.speaker = rule.speaker;
            }
        }
        if (!overlaps)
            quotes.append(rule);
    }
    dropMisreadQuotes(text, quotes);
    dropNonSpeechQuotes(text, quotes);
    giveParticiplesTheirSubject(analysed, quotes);
    giveSpeakersTheirRespondents(text, quotes);
    trimAdverbialsOffSpeakers(analysed, quotes);
    // Also the quotes the rules made or mended: the tagger's doubt about their spans is theirs.
    if (!calibration.isEmpty()) {
        for (Quote &quote : quotes)
            quote.confidence = calibration.confidence(roleProbability(analysed, tagging.probabilities, quote), quote);
    }
    std::sort(quotes.begin(), quotes.end(), [](const Quote &a, const Quote &b) {
        return a.content.start != b.content.start ? a.content.start < b.content.start : a.content.end > b.content.end;
    });
    return quotes;
}

} // namespace galley
