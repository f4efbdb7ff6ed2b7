#include "quote_finder.h"

#include "detect/quotes/analysed_text.h"
#include "detect/quotes/quote_assembly.h"
#include "detect/quotes/quote_rules.h"
#include "detect/quotes/reporting_cues.h"

#include <QSet>

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

bool intersects(TextRange a, TextRange b) { return !a.isEmpty() && !b.isEmpty() && a.start < b.end && b.start < a.end; }

bool isFirstPerson(QStringView text, TextRange speaker)
{
    const QString word = text.mid(speaker.start, speaker.end - speaker.start).toString().toLower();
    return word == u"i" || word == u"we";
}

// "The first confirmed outage came at 7:30": a participle between an ordinal and its noun
// describes the noun; nobody confirms anything.
bool isParticipleAfterOrdinal(QStringView text, const Quote &quote)
{
    if (quote.cue.isEmpty() || quote.content.start < quote.cue.end)
        return false;
    const QStringView cue = text.mid(quote.cue.start, quote.cue.end - quote.cue.start);
    if (cue.contains(u' ') || !cue.endsWith(u"ed") || !text.mid(quote.cue.end, quote.content.start - quote.cue.end).trimmed().isEmpty())
        return false;
    // "the first", "its only": the ordinal of a noun, not the adverb of "Reuters first reported"
    const QStringList before = text.left(quote.cue.start).trimmed().toString().toLower().split(u' ');
    if (before.size() < 2)
        return false;
    static const QSet<QString> ordinals = {
        QStringLiteral("first"), QStringLiteral("second"), QStringLiteral("third"), QStringLiteral("last"),
        QStringLiteral("only"), QStringLiteral("latest"), QStringLiteral("earliest"),
    };
    static const QSet<QString> determiners = {
        QStringLiteral("the"), QStringLiteral("a"), QStringLiteral("its"), QStringLiteral("their"),
        QStringLiteral("his"), QStringLiteral("her"), QStringLiteral("our"),
    };
    return ordinals.contains(before.last()) && determiners.contains(before[before.size() - 2]);
}

// "While some people enjoy mocktails, they're not for everyone": one word with a cue that says
// nothing ("enjoy", "'re not for") is no attribution a reviewer checks ("which", "it", "Clinton").
bool isOneWordWithoutSpeech(QStringView text, const Quote &quote)
{
    if (quote.kind != QuoteKind::Indirect || quote.cue.isEmpty())
        return false;
    if (text.mid(quote.content.start, quote.content.end - quote.content.start).trimmed().contains(u' '))
        return false;
    const QString cue = text.mid(quote.cue.start, quote.cue.end - quote.cue.start).toString().toLower();
    const QStringList words = cue.split(u' ', Qt::SkipEmptyParts);
    return std::none_of(words.cbegin(), words.cend(), [](const QString &word) { return isReportingWord(word); });
}

// "…, says Keri Gans, author of …": the tagger read the speaker after a cue as what was said
// too, with that cue.
void dropSpeakersReadAsContent(QList<Quote> &quotes)
{
    QList<bool> drop(quotes.size(), false);
    for (qsizetype q = 0; q < quotes.size(); ++q) {
        const Quote &quote = quotes.at(q);
        if (quote.speaker.isEmpty() || quote.cue.isEmpty() || quote.speaker.start < quote.cue.end)
            continue;
        for (qsizetype i = 0; i < quotes.size(); ++i) {
            const Quote &other = quotes.at(i);
            drop[i] = drop[i]
                || (i != q && other.content.start == quote.speaker.start && other.content.end <= quote.speaker.end
                    && intersects(other.cue, quote.cue));
        }
    }
    QList<Quote> kept;
    for (qsizetype i = 0; i < quotes.size(); ++i) {
        if (!drop[i])
            kept.append(quotes[i]);
    }
    quotes = std::move(kept);
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
    QList<Quote> quotes = assembleQuotes(analysed, model.tag(analysed));
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
    // "“We will appeal,” said the ruling.": the tagger took who said it for what was said.
    for (const Quote &rule : rules) {
        quotes.removeIf([&](const Quote &quote) {
            if (quote.kind != QuoteKind::Indirect || !quote.speaker.isEmpty() || !intersects(quote.cue, rule.cue)
                || !intersects(quote.content, rule.speaker))
                return false;
            const bool within = quote.content.start >= rule.speaker.start && quote.content.end <= rule.speaker.end;
            // "said the sign on the door": the rules' speaker stops at the preposition
            const QString afterSpeaker = text.mid(rule.speaker.end, 6).trimmed().toString().section(u' ', 0, 0).toLower();
            const bool startsItAfterCue = quote.content.start == rule.speaker.start && rule.speaker.start >= rule.cue.end
                && (text.mid(quote.content.start, quote.content.end - quote.content.start).count(u' ') < 6
                    || afterSpeaker == u"who" || afterSpeaker == u"which" || afterSpeaker == u"that");
            return within || startsItAfterCue;
        });
    }
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
            if (isAccordingTo(text, rule) && !rule.speaker.isEmpty() && intersects(quote.cue, rule.cue)
                && (quote.speaker.isEmpty() || intersects(quote.content, rule.speaker))) {
                quote = rule;
                continue;
            }
            // A content the tagger found with nobody saying it takes the rules' cue and speaker.
            if (quote.cue.isEmpty() && quote.speaker.isEmpty()) {
                quote.cue = rule.cue;
                quote.speaker = rule.speaker;
            } else if (quote.kind == QuoteKind::Direct && quote.speaker.isEmpty() && intersects(quote.cue, rule.cue)
                       && rule.speaker.start >= rule.cue.end) {
                quote.speaker = rule.speaker;   // "“…,” said the ruling.": the one after its cue
            }
        }
        if (!overlaps)
            quotes.append(rule);
    }
    dropSpeakersReadAsContent(quotes);
    quotes.removeIf([text](const Quote &quote) { return isParticipleAfterOrdinal(text, quote) || isOneWordWithoutSpeech(text, quote); });
    std::sort(quotes.begin(), quotes.end(), [](const Quote &a, const Quote &b) {
        return a.content.start != b.content.start ? a.content.start < b.content.start : a.content.end > b.content.end;
    });
    return quotes;
}

} // namespace galley
