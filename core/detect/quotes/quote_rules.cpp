#include "quote_rules.h"

#include "detect/quotes/phrase_shapes.h"
#include "detect/quotes/poll_findings.h"
#include "detect/quotes/quote_marks.h"
#include "detect/quotes/reporting_cues.h"
#include "detect/quotes/speaker_mention.h"

#include <QSet>

#include <algorithm>

namespace galley {

namespace {

struct Attribution
{
    CueTokens cue;
    TokenSpan speaker;
};

bool isPunctuation(const AnalysedText &text, qsizetype t, QStringView marks)
{
    return text.tokens[t].kind == TokenKind::Punctuation && marks.contains(text.tokenText(t).front());
}

// Verbs that introduce an indirect clause on their own ("X said the plan…").
bool takesClause(QStringView lowerHead)
{
    static const QSet<QString> words = {
        QStringLiteral("said"), QStringLiteral("says"), QStringLiteral("say"), QStringLiteral("told"),
        QStringLiteral("tells"), QStringLiteral("added"), QStringLiteral("adds"), QStringLiteral("argued"),
        QStringLiteral("argues"), QStringLiteral("claimed"), QStringLiteral("claims"), QStringLiteral("insisted"),
        QStringLiteral("insists"), QStringLiteral("warned"), QStringLiteral("warns"), QStringLiteral("believes"),
        QStringLiteral("believed"), QStringLiteral("thinks"), QStringLiteral("wrote"), QStringLiteral("writes"),
        QStringLiteral("noted"), QStringLiteral("notes"), QStringLiteral("stated"), QStringLiteral("explained"),
        QStringLiteral("acknowledged"), QStringLiteral("admitted"), QStringLiteral("announced"),
        QStringLiteral("suggested"), QStringLiteral("suggests"), QStringLiteral("predicted"), QStringLiteral("tweeted"),
        QStringLiteral("reported"), QStringLiteral("reports"), QStringLiteral("confirmed"), QStringLiteral("denied"),
        QStringLiteral("contended"), QStringLiteral("maintained"), QStringLiteral("asserted"), QStringLiteral("declared"),
        QStringLiteral("conceded"), QStringLiteral("stressed"), QStringLiteral("emphasized"), QStringLiteral("recalled"),
        QStringLiteral("found"), QStringLiteral("showed"), QStringLiteral("shows"), QStringLiteral("thought"),
        QStringLiteral("felt"), QStringLiteral("knew"), QStringLiteral("promised"), QStringLiteral("vowed"),
        QStringLiteral("saying"), QStringLiteral("arguing"), QStringLiteral("adding"), QStringLiteral("noting"),
        QStringLiteral("considers"), QStringLiteral("considered"), QStringLiteral("believe"), QStringLiteral("think"),
        QStringLiteral("claiming"), QStringLiteral("warning"), QStringLiteral("insisting"), QStringLiteral("explaining"),
    };
    return words.contains(lowerHead.toString());
}

// Where or when, opening a sentence: "In London, …", "Earlier today, police said."
bool opensWithWhereOrWhen(QStringView lower)
{
    static const QSet<QString> words = {
        QStringLiteral("in"),      QStringLiteral("on"),      QStringLiteral("at"),       QStringLiteral("by"),
        QStringLiteral("for"),     QStringLiteral("from"),    QStringLiteral("after"),    QStringLiteral("before"),
        QStringLiteral("since"),   QStringLiteral("until"),   QStringLiteral("during"),   QStringLiteral("with"),
        QStringLiteral("earlier"), QStringLiteral("later"),   QStringLiteral("today"),    QStringLiteral("yesterday"),
        QStringLiteral("tonight"), QStringLiteral("meanwhile"), QStringLiteral("separately"), QStringLiteral("however"),
    };
    return words.contains(lower.toString());
}

bool isTimeWord(QStringView lower)
{
    static const QSet<QString> words = {
        QStringLiteral("monday"), QStringLiteral("tuesday"), QStringLiteral("wednesday"), QStringLiteral("thursday"),
        QStringLiteral("friday"), QStringLiteral("saturday"), QStringLiteral("sunday"), QStringLiteral("today"),
        QStringLiteral("yesterday"), QStringLiteral("tonight"), QStringLiteral("earlier"), QStringLiteral("later"),
        QStringLiteral("recently"), QStringLiteral("repeatedly"), QStringLiteral("publicly"), QStringLiteral("privately"),
        QStringLiteral("again"), QStringLiteral("last"), QStringLiteral("week"), QStringLiteral("month"),
        QStringLiteral("year"), QStringLiteral("night"), QStringLiteral("morning"),
    };
    return words.contains(lower.toString());
}

qsizetype headOf(const AnalysedText &text, const CueTokens &cue)
{
    for (qsizetype t = cue.begin; t < cue.end; ++t) {
        if (isReportingWord(text.lower(t)))
            return t;
    }
    return cue.begin;
}

TokenSpan sentenceTokens(const AnalysedText &text, qsizetype t)
{
    const Sentence &sentence = text.sentences[text.sentenceOfToken[t]];
    return {sentence.tokenBegin, sentence.tokenEnd};
}

// The cue and speaker right after a quote: "…,” he said", "…,” said Smith", "…,” Smith told
// Reuters". Looks until the sentence (or the paragraph) ends or another quote opens.
Attribution attributionAfter(const AnalysedText &text, qsizetype after, qsizetype limit)
{
    qsizetype t = after;
    while (t < limit && isPunctuation(text, t, u",;:"))
        ++t;
    for (qsizetype c = t; c < limit && c < t + 25; ++c) {
        if (text.tokens[c].kind == TokenKind::Quote || isPunctuation(text, c, u".!?;"))
            break;
        const CueTokens cue = cueStartingAt(text.text, text.tokens, c, limit);
        if (cue.isEmpty())
            continue;
        TokenSpan speaker = speakerBefore(text, cue.begin, t);
        if (speaker.isEmpty() || speaker.begin != t)
            speaker = speakerAfter(text, cue.end, limit);
        if (speaker.isEmpty())
            speaker = speakerBefore(text, cue.begin, t);
        return {cue, speaker};
    }
    return {};
}

// The cue and speaker before a quote: "Smith said: “…”", "He added, “…”", "Smith called it a “…”".
Attribution attributionBefore(const AnalysedText &text, qsizetype open, qsizetype limit)
{
    for (qsizetype c = open - 1; c >= limit && c >= open - 25; --c) {
        if (text.tokens[c].kind == TokenKind::Quote)
            break;
        const CueTokens cue = cueStartingAt(text.text, text.tokens, c, open);
        if (cue.isEmpty())
            continue;
        qsizetype begin = cue.begin;
        if (begin > limit && cueStartingAt(text.text, text.tokens, begin - 1, open).end == cue.end)
            begin = begin - 1;   // take the auxiliary too: "has said"
        const CueTokens full = cueStartingAt(text.text, text.tokens, begin, open);
        TokenSpan speaker = speakerBefore(text, full.begin, limit);
        if (speaker.isEmpty() && full.isAccordingTo)
            speaker = speakerAfter(text, full.end, open);
        return {full, speaker};
    }
    return {};
}

bool isClauseOpening(const AnalysedText &text, qsizetype open, qsizetype sentenceBegin)
{
    if (open <= sentenceBegin || text.paragraphOfToken[open - 1] != text.paragraphOfToken[open])
        return true;
    bool wordBefore = false;
    for (qsizetype t = sentenceBegin; t < open; ++t)
        wordBefore = wordBefore || text.tokens[t].kind == TokenKind::Word || text.tokens[t].kind == TokenKind::Number;
    if (!wordBefore)
        return true;   // only symbols (an emoji, a bullet) before the quote
    if (isPunctuation(text, open - 1, u":,\u2014") || text.tokens[open - 1].kind == TokenKind::Dash)
        return true;
    return !cueStartingAt(text.text, text.tokens, open - 1, open).isEmpty()
        || (open - 2 >= sentenceBegin && !cueStartingAt(text.text, text.tokens, open - 2, open).isEmpty()
            && text.lower(open - 1) != u"a" && text.lower(open - 1) != u"the");
}

Quote makeQuote(const AnalysedText &text, TextRange content, QuoteKind kind, const Attribution &attribution)
{
    Quote quote;
    quote.content = content;
    quote.kind = kind;
    quote.cue = text.range({attribution.cue.begin, attribution.cue.end});
    quote.speaker = text.range(attribution.speaker);
    return quote;
}

qsizetype wordCount(const AnalysedText &text, qsizetype begin, qsizetype end)
{
    qsizetype count = 0;
    for (qsizetype t = begin; t < end; ++t)
        count += text.tokens[t].kind == TokenKind::Word ? 1 : 0;
    return count;
}

bool isTelling(QStringView lowerHead) { return lowerHead.startsWith(u"tell") || lowerHead == u"told"; }

// Whether nothing said follows the cue in [cueEnd, sentenceEnd): only a short phrase of when or
// where it was said ("said on Telegram", "said Tuesday", "said in an interview with the BBC"), or
// whom it was told ("told reporters at the White House on Monday"); not "said on Monday the deal
// collapsed", "said in a statement the plan was dead".
bool closesWithCue(const AnalysedText &text, qsizetype cueEnd, qsizetype sentenceEnd, bool told)
{
    static const QSet<QString> openers = {
        QStringLiteral("on"), QStringLiteral("in"), QStringLiteral("at"), QStringLiteral("to"),
        QStringLiteral("during"), QStringLiteral("after"), QStringLiteral("before"), QStringLiteral("from"),
        QStringLiteral("via"), QStringLiteral("while"), QStringLiteral("when"), QStringLiteral("this"),
        QStringLiteral("aboard"),
    };
    // a determiner that opens a noun phrase of its own, not one after a preposition, starts a
    // clause: "said on Monday the deal …"
    static const QSet<QString> prepositions = {
        QStringLiteral("on"),   QStringLiteral("in"),   QStringLiteral("at"),    QStringLiteral("to"),
        QStringLiteral("of"),   QStringLiteral("with"), QStringLiteral("for"),   QStringLiteral("from"),
        QStringLiteral("by"),   QStringLiteral("during"), QStringLiteral("after"), QStringLiteral("before"),
        QStringLiteral("aboard"), QStringLiteral("via"), QStringLiteral("told"), QStringLiteral("tells"),
    };
    static const QSet<QString> determiners = {
        QStringLiteral("the"), QStringLiteral("a"),   QStringLiteral("an"),    QStringLiteral("its"),
        QStringLiteral("his"), QStringLiteral("her"), QStringLiteral("their"), QStringLiteral("our"),
    };
    constexpr qsizetype kMostWordsAfter = 8;
    qsizetype words = 0;
    QString phrase;   // the words after the cue, a capitalised "May" left out (the month, no verb)
    for (qsizetype t = cueEnd; t < sentenceEnd; ++t) {
        const TokenKind kind = text.tokens[t].kind;
        if (kind == TokenKind::Word || kind == TokenKind::Number) {
            const QString &word = text.lower(t);
            if (++words > kMostWordsAfter || word == u"that" || isPersonalPronoun(word))
                return false;   // "said on Monday that …", "told reporters in London it would …"
            const QString &before = t > cueEnd ? text.lower(t - 1) : text.lower(cueEnd - 1);
            if (determiners.contains(word) && words > 1 && !prepositions.contains(before))
                return false;
            if (word != u"may" || text.tokenText(t).front().isLower())
                phrase += word + u' ';
        } else if (kind == TokenKind::Quote || kind == TokenKind::Dash || isPunctuation(text, t, u",;:")) {
            // "according to an interview at the time, was the president's choice": a clause goes on
            for (qsizetype rest = t + 1; rest < sentenceEnd; ++rest) {
                if (text.tokens[rest].kind == TokenKind::Word)
                    return false;
            }
            break;
        }
    }
    if (words == 0)
        return true;
    // "said in a statement the plan was dead", "said after the meeting talks would continue"
    if (!phrase.isEmpty() && !isNounPhrase(phrase, kMostWordsAfter))
        return false;
    qsizetype t = cueEnd;
    if (told) {   // the listeners, up to three words: "told a press conference in Berlin"
        for (qsizetype listeners = 0; listeners < 3 && t < sentenceEnd && text.tokens[t].kind == TokenKind::Word
                                      && !openers.contains(text.lower(t)); ++listeners)
            ++t;
    }
    if (wordCount(text, t, sentenceEnd) == 0)
        return true;
    return text.tokens[t].kind == TokenKind::Word && (openers.contains(text.lower(t)) || isTimeWord(text.lower(t)));
}

qsizetype lastContentToken(const AnalysedText &text, const QuotedSpan &span)
{
    if (span.closeToken >= 0)
        return span.closeToken;
    qsizetype t = span.openToken;
    while (t + 1 < text.tokens.size() && text.tokens[t + 1].end <= span.content.end)
        ++t;
    return t + 1;
}

// Content [begin, end) of tokens without a final full stop or comma, as text.
TextRange clauseRange(const AnalysedText &text, qsizetype begin, qsizetype end)
{
    while (end > begin && (isPunctuation(text, end - 1, u".,;:!?") || text.tokens[end - 1].kind == TokenKind::Dash))
        --end;
    while (begin < end && isPunctuation(text, begin, u",:"))
        ++begin;
    return text.range({begin, end});
}

// A paragraph that opens with a name and a colon, the rest what that one said: a transcript
// line ("WALLACE: …", kept verbatim: direct) or a headline ("Pence: …", a summary: indirect).
// The name is an entity or written in capitals; "Update:" or "Partial transcript:" are not.
// "UPDATE: The storm weakened": labels of web pages, no one speaking.
bool isWebLabel(const QString &lower)
{
    static const QSet<QString> labels = {
        QStringLiteral("update"), QStringLiteral("updated"), QStringLiteral("updates"), QStringLiteral("correction"),
        QStringLiteral("clarification"), QStringLiteral("related"), QStringLiteral("watch"), QStringLiteral("read"),
        QStringLiteral("breaking"), QStringLiteral("listen"), QStringLiteral("photos"), QStringLiteral("photo"),
        QStringLiteral("video"), QStringLiteral("note"), QStringLiteral("source"), QStringLiteral("sources"),
        QStringLiteral("advertisement"), QStringLiteral("sponsored"), QStringLiteral("opinion"), QStringLiteral("analysis"),
        QStringLiteral("exclusive"), QStringLiteral("live"), QStringLiteral("warning"), QStringLiteral("disclaimer"),
        QStringLiteral("file"), QStringLiteral("pictured"), QStringLiteral("more"), QStringLiteral("also"),
        QStringLiteral("editor"), QStringLiteral("see"), QStringLiteral("caption"), QStringLiteral("credit"),
    };
    return labels.contains(lower);
}

Quote speakerColonLine(const AnalysedText &text, qsizetype first)
{
    qsizetype t = first;
    if (t < text.tokens.size() && text.tokens[t].kind == TokenKind::Quote)
        ++t;
    const qsizetype nameBegin = t;
    bool allCaps = true;
    bool entity = false;
    while (t < text.tokens.size() && t < nameBegin + 4 && text.tokens[t].kind == TokenKind::Word
           && text.tokenText(t).front().isUpper() && text.paragraphOfToken[t] == text.paragraphOfToken[first]) {
        const QStringView word = text.tokenText(t);
        allCaps = allCaps && word.toString().toUpper() == word && word.size() > 1;
        entity = entity || !text.entityOfToken[t].isEmpty();
        ++t;
    }
    if (t == nameBegin || t >= text.tokens.size() || !isPunctuation(text, t, u":") || !(allCaps || entity))
        return {};
    bool label = true;   // "UPDATE:", "READ MORE:"
    for (qsizetype w = nameBegin; w < t; ++w)
        label = label && isWebLabel(text.lower(w));
    if (label)
        return {};
    const qsizetype colon = t;
    qsizetype end = colon + 1;
    while (end < text.tokens.size() && text.paragraphOfToken[end] == text.paragraphOfToken[first])
        ++end;
    if (wordCount(text, colon + 1, end) < 3)
        return {};
    qsizetype contentEnd = end;
    if (text.tokens[contentEnd - 1].kind == TokenKind::Quote)
        --contentEnd;   // the closing mark of a quoted transcript line
    Quote quote;
    quote.kind = allCaps ? QuoteKind::Direct : QuoteKind::Indirect;
    quote.content = text.range({colon + 1, contentEnd});
    quote.cue = text.range({colon, colon + 1});
    quote.speaker = text.range({nameBegin, colon});
    return quote;
}

} // namespace

QList<Quote> findQuotesByRules(const AnalysedText &text)
{
    QList<Quote> quotes;
    const QList<QuotedSpan> spans = findQuotedSpans(text.text, text.tokens);
    QList<bool> quoted(text.tokens.size(), false);
    QList<bool> usedCue(text.tokens.size(), false);
    QList<Quote> partials;

    for (const QuotedSpan &span : spans) {
        if (span.depth > 0)
            continue;
        const qsizetype close = lastContentToken(text, span);
        for (qsizetype t = span.openToken; t < std::min(close + 1, text.tokens.size()); ++t)
            quoted[t] = true;
        const TokenSpan openSentence = sentenceTokens(text, span.openToken);
        const TokenSpan closeSentence = sentenceTokens(text, std::min(close, text.tokens.size() - 1));
        const bool opensClause = isClauseOpening(text, span.openToken, openSentence.begin);
        const qsizetype words = wordCount(text, span.openToken, close);

        qsizetype afterLimit = closeSentence.end;
        for (qsizetype t = close + 1; t < afterLimit; ++t) {
            if (text.paragraphOfToken[t] != text.paragraphOfToken[std::min(close, text.tokens.size() - 1)]) {
                afterLimit = t;
                break;
            }
        }
        Attribution attribution;
        if (span.closeToken >= 0)
            attribution = attributionAfter(text, close + 1, afterLimit);
        // A quotation signed with a dash: "“…” ― Sonya Herridge" (the next sentence, by the splitter).
        if (attribution.cue.isEmpty() && span.closeToken >= 0 && span.closeToken + 2 < text.tokens.size()
            && text.tokens[span.closeToken + 1].kind == TokenKind::Dash
            && text.paragraphOfToken[span.closeToken + 1] == text.paragraphOfToken[span.closeToken]) {
            const qsizetype dash = span.closeToken + 1;
            qsizetype paragraphEnd = dash + 1;
            while (paragraphEnd < text.tokens.size() && text.paragraphOfToken[paragraphEnd] == text.paragraphOfToken[dash])
                ++paragraphEnd;
            const TokenSpan speaker = speakerAfter(text, dash + 1, paragraphEnd);
            if (!speaker.isEmpty() && speaker.begin == dash + 1)
                attribution = {CueTokens{dash, dash + 1, false}, speaker};
        }
        if (attribution.cue.isEmpty())
            attribution = attributionBefore(text, span.openToken, openSentence.begin);
        const QStringView inner = text.text.mid(span.content.start, span.content.end - span.content.start);
        const bool endsClause = (!inner.isEmpty() && QStringView(u".!?…").contains(inner.back()))
            || (span.closeToken > 0 && text.tokens[span.closeToken - 1].kind == TokenKind::Punctuation);
        const bool cueFollows = !attribution.cue.isEmpty() && attribution.cue.begin > close;
        QuoteKind kind = opensClause && (endsClause || words >= 4 || cueFollows) ? QuoteKind::Direct : QuoteKind::Partial;
        if (span.continuesParagraphs)
            kind = QuoteKind::Direct;
        // A few words in quote marks with nobody saying them are scare quotes or titles.
        if (attribution.cue.isEmpty() && (kind == QuoteKind::Partial || words < 4))
            continue;
        if (kind == QuoteKind::Partial) {
            partials.append(makeQuote(text, span.content, kind, attribution));   // unless reported speech holds it
            continue;
        }
        for (qsizetype t = attribution.cue.begin; t >= 0 && t < attribution.cue.end; ++t)
            usedCue[t] = true;
        quotes.append(makeQuote(text, span.content, kind, attribution));
    }

    // Transcripts and headlines: "WALLACE: Let's start …", "Pence: Flowers won't be at debate".
    for (qsizetype t = 0; t < text.tokens.size(); ++t) {
        if (t > 0 && text.paragraphOfToken[t - 1] == text.paragraphOfToken[t])
            continue;
        const Quote quote = speakerColonLine(text, t);
        if (quote.content.isEmpty())
            continue;
        // A turn in quote marks ("“WALLACE: Let's start …") was found above as a quote nobody says.
        const auto sameLineUnsaid = [&quote](const Quote &other) {
            return other.cue.isEmpty() && other.content.start == quote.speaker.start;
        };
        bool known = false;
        for (const Quote &other : quotes) {
            known = known || (!sameLineUnsaid(other) && other.content.start < quote.content.end
                              && quote.content.start < other.content.end);
        }
        if (known)
            continue;
        quotes.removeIf(sameLineUnsaid);
        const auto cueToken = std::lower_bound(text.tokens.begin(), text.tokens.end(), quote.cue.start,
                                               [](const Token &token, qsizetype start) { return token.end <= start; });
        usedCue[cueToken - text.tokens.begin()] = true;
        for (qsizetype i = t; i < text.tokens.size() && text.paragraphOfToken[i] == text.paragraphOfToken[t]; ++i)
            quoted[i] = true;
        quotes.append(quote);
    }

    // Reported speech in the words outside quote marks.
    for (const Sentence &sentence : text.sentences) {
        for (qsizetype c = sentence.tokenBegin; c < sentence.tokenEnd; ++c) {
            if (quoted[c] || usedCue[c])
                continue;
            const CueTokens cue = cueStartingAt(text.text, text.tokens, c, sentence.tokenEnd);
            if (cue.isEmpty())
                continue;
            qsizetype headEnd = cue.end;
            Attribution attribution{cue, {}};
            TokenSpan content;
            if (cue.isAccordingTo) {
                attribution.speaker = speakerAfter(text, cue.end, sentence.tokenEnd);
                // "according to police, …", "according to witnesses.": one word is a speaker here
                if (attribution.speaker.isEmpty() && cue.end < sentence.tokenEnd
                    && text.tokens[cue.end].kind == TokenKind::Word
                    && (cue.end + 1 == sentence.tokenEnd || isPunctuation(text, cue.end + 1, u",.")
                        || text.lower(cue.end + 1) == u"from" || text.lower(cue.end + 1) == u"by"))
                    attribution.speaker = {cue.end, cue.end + 1};
                // "according to a statement from the company, …", "according to French Ambassador to
                // the UN Francois Delattre, …", "according to an analyst at Barclays, …": the speaker
                // runs to the comma
                if (!attribution.speaker.isEmpty() && attribution.speaker.end < sentence.tokenEnd) {
                    const QString joiner = text.lower(attribution.speaker.end);
                    if (joiner == u"from" || joiner == u"by" || joiner == u"of" || joiner == u"to" || joiner == u"for"
                        || joiner == u"at") {
                        for (qsizetype t = attribution.speaker.end + 1; t < sentence.tokenEnd && t <= attribution.speaker.end + 6; ++t) {
                            if (isPunctuation(text, t, u",")) {
                                attribution.speaker.end = t;
                                break;
                            }
                        }
                    }
                }
                const qsizetype afterSpeaker = attribution.speaker.isEmpty() ? cue.end : attribution.speaker.end;
                if (cue.begin - sentence.tokenBegin <= 1 && afterSpeaker < sentence.tokenEnd
                    && isPunctuation(text, afterSpeaker, u",")) {
                    content = {afterSpeaker + 1, sentence.tokenEnd};
                } else if (cue.begin > sentence.tokenBegin && isPunctuation(text, cue.begin - 1, u",")) {
                    content = {sentence.tokenBegin, cue.begin - 1};
                }
            } else {
                const QString head = text.lower(headOf(text, cue));
                if (!takesClause(head))
                    continue;
                // "…, said the spokesman.", "The economy is slowing, said Andrew Bailey.": the
                // speaker after the cue, before a word before the comma is taken for one
                if (cue.begin > sentence.tokenBegin && isPunctuation(text, cue.begin - 1, u",")
                    && wordCount(text, cue.end, sentence.tokenEnd) <= 8) {
                    // the speaker closes the sentence, or an apposition follows it: not "Mohammed
                    // Ali Khan, a lawyer, said the ruling was unfair", nor "…, saying its
                    // independence had been silenced"
                    // (or a phrase of where the speaker is from: "said a spokesman for the agency")
                    const TokenSpan after = speakerAfter(text, cue.end, sentence.tokenEnd);
                    const auto opensSpeakersPhrase = [&](qsizetype t) {
                        const QString word = text.lower(t);
                        return word == u"for" || word == u"of" || word == u"at" || word == u"from" || word == u"in"
                               || word == u"with" || word == u"on";
                    };
                    const bool closes = !after.isEmpty()
                                        && (wordCount(text, after.end, sentence.tokenEnd) == 0
                                            || isPunctuation(text, after.end, u",") || opensSpeakersPhrase(after.end));
                    if (closes) {
                        attribution.speaker = after;
                        content = {sentence.tokenBegin, cue.begin - 1};
                    }
                }
                if (content.isEmpty())
                    attribution.speaker = speakerBefore(text, cue.begin, sentence.tokenBegin);
                // "…, Smith said on Tuesday.", not "According to the report, Smith said the plan failed."
                const bool closing = closesWithCue(text, cue.end, sentence.tokenEnd, isTelling(head));
                // "…, Tesco boss Ken Murphy said.": the description before the name is the speaker's
                if (content.isEmpty() && closing)
                    attribution.speaker = speakerAfterComma(text, attribution.speaker, sentence.tokenBegin);
                if (!content.isEmpty() || attribution.speaker.isEmpty()) {
                    // the inverted reading, or no speaker: nothing more to read
                } else if (attribution.speaker.begin > sentence.tokenBegin
                           && isPunctuation(text, attribution.speaker.begin - 1, u",")
                           && attribution.speaker.begin - 1 > sentence.tokenBegin + 1 && closing) {
                    content = {sentence.tokenBegin, attribution.speaker.begin - 1};   // "…, Smith said."
                } else {
                    qsizetype start = headEnd;
                    if (isTelling(head)) {
                        // "told reporters that …"
                        while (start < sentence.tokenEnd && start < headEnd + 4 && text.lower(start) != u"that")
                            ++start;
                        if (start >= sentence.tokenEnd || text.lower(start) != u"that")
                            start = headEnd;
                    }
                    // "said Thursday it would be …", "said on Monday that …"
                    while (start < sentence.tokenEnd && isTimeWord(text.lower(start)))
                        ++start;
                    // "that" stays in the content, as PolNeAR marks it; a comma or colon does not.
                    if (start < sentence.tokenEnd && isPunctuation(text, start, u",:"))
                        ++start;
                    if (start < sentence.tokenEnd && text.tokens[start].kind != TokenKind::Punctuation
                        && (start + 1 < sentence.tokenEnd || text.lower(start) != u"that")
                        && !QSet<QString>{QStringLiteral("on"), QStringLiteral("in"), QStringLiteral("at"),
                                          QStringLiteral("to"), QStringLiteral("for"), QStringLiteral("of"),
                                          QStringLiteral("about"), QStringLiteral("by"), QStringLiteral("with")}
                                .contains(text.lower(start)))
                        content = {start, sentence.tokenEnd};
                }
            }
            qsizetype contentWords = 0;   // "70 people died" has three
            for (qsizetype t = content.begin; t < content.end; ++t)
                contentWords += text.tokens[t].kind == TokenKind::Word || text.tokens[t].kind == TokenKind::Number;
            // "Prices fell, Macron said.", "It worked, according to the company.": two words do
            // when the attribution closes the sentence; "In London, Smith said the plan …" has
            // more after it, and "Earlier today, police said." tells when
            const qsizetype attributionEnd = std::max(cue.end, attribution.speaker.isEmpty() ? cue.end : attribution.speaker.end);
            const bool closesSentence = !content.isEmpty() && content.end < cue.begin
                                        && closesWithCue(text, attributionEnd, sentence.tokenEnd, isTelling(text.lower(headOf(text, cue))))
                                        && !opensWithWhereOrWhen(text.lower(content.begin));
            if (content.isEmpty() || contentWords < (closesSentence ? 2 : 3))
                continue;
            if (quoted[content.begin] && quoted[content.end - 1])
                continue;   // the quote itself, already found
            for (qsizetype t = cue.begin; t < cue.end; ++t)
                usedCue[t] = true;
            quotes.append(makeQuote(text, clauseRange(text, content.begin, content.end), QuoteKind::Indirect, attribution));
            // Partial quotes inside: "would be a ‘watershed moment’".
            for (const QuotedSpan &span : spans) {
                if (span.openToken > content.begin && span.closeToken >= 0 && span.closeToken < content.end
                    && (span.depth == 0 || span.singleMarks)) {
                    bool known = false;
                    for (Quote &quote : quotes) {
                        if (quote.content == span.content) {
                            known = true;
                            quote.kind = QuoteKind::Partial;
                            if (quote.cue.isEmpty()) {
                                quote.cue = text.range({cue.begin, cue.end});
                                quote.speaker = text.range(attribution.speaker);
                            }
                        }
                    }
                    if (!known)
                        quotes.append(makeQuote(text, span.content, QuoteKind::Partial, attribution));
                }
            }
        }
    }
    for (const Quote &partial : partials) {
        bool known = false;
        for (const Quote &quote : quotes)
            known = known || quote.content == partial.content;
        if (!known)
            quotes.append(partial);
    }
    for (const Quote &finding : findPollFindings(text)) {
        const bool known = std::any_of(quotes.cbegin(), quotes.cend(),
                                       [&](const Quote &quote) { return quote.content.intersects(finding.content); });
        if (!known)
            quotes.append(finding);
    }
    std::sort(quotes.begin(), quotes.end(), [](const Quote &a, const Quote &b) {
        return a.content.start != b.content.start ? a.content.start < b.content.start : a.content.end > b.content.end;
    });
    return quotes;
}

} // namespace galley
