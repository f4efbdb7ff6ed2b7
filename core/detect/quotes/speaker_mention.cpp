#include "speaker_mention.h"

#include "detect/quotes/reporting_cues.h"

#include <QSet>

namespace galley {

namespace {

bool isDeterminer(QStringView lower)
{
    static const QSet<QString> words = {
        QStringLiteral("the"), QStringLiteral("a"), QStringLiteral("an"), QStringLiteral("his"),
        QStringLiteral("her"), QStringLiteral("their"), QStringLiteral("its"), QStringLiteral("our"),
        QStringLiteral("my"), QStringLiteral("your"), QStringLiteral("another"), QStringLiteral("one"),
        QStringLiteral("this"), QStringLiteral("that"), QStringLiteral("these"), QStringLiteral("those"),
        QStringLiteral("some"), QStringLiteral("many"), QStringLiteral("several"), QStringLiteral("two"),
        QStringLiteral("three"), QStringLiteral("most"), QStringLiteral("both"), QStringLiteral("other"),
    };
    return words.contains(lower.toString());
}

// Words that end a noun phrase when walking back from a cue.
bool stopsPhrase(QStringView lower)
{
    static const QSet<QString> words = {
        QStringLiteral("and"), QStringLiteral("but"), QStringLiteral("or"), QStringLiteral("that"),
        QStringLiteral("which"), QStringLiteral("who"), QStringLiteral("when"), QStringLiteral("as"),
        QStringLiteral("while"), QStringLiteral("because"), QStringLiteral("if"), QStringLiteral("in"),
        QStringLiteral("on"), QStringLiteral("at"), QStringLiteral("for"), QStringLiteral("with"),
        QStringLiteral("to"), QStringLiteral("from"), QStringLiteral("by"), QStringLiteral("is"),
        QStringLiteral("was"), QStringLiteral("said"), QStringLiteral("says"), QStringLiteral("not"),
        QStringLiteral("also"), QStringLiteral("then"), QStringLiteral("so"), QStringLiteral("after"),
        QStringLiteral("before"), QStringLiteral("where"), QStringLiteral("than"), QStringLiteral("have"),
        QStringLiteral("has"), QStringLiteral("had"), QStringLiteral("be"), QStringLiteral("been"),
        QStringLiteral("are"), QStringLiteral("were"), QStringLiteral("will"), QStringLiteral("would"),
    };
    return words.contains(lower.toString());
}

bool isPhraseWord(const AnalysedText &text, qsizetype t)
{
    const TokenKind kind = text.tokens[t].kind;
    return kind == TokenKind::Word || kind == TokenKind::Number;
}

bool isComma(const AnalysedText &text, qsizetype t)
{
    return text.tokens[t].kind == TokenKind::Punctuation && text.tokenText(t) == u",";
}

// "Rachel Reeves, the chancellor": the first token of the person entity that ends right before
// the comma opening the apposition at `appositionBegin`, or -1.
qsizetype personBeforeApposition(const AnalysedText &text, qsizetype appositionBegin, qsizetype limit)
{
    const qsizetype comma = appositionBegin - 1;
    if (comma - 1 < limit || !isComma(text, comma))
        return -1;
    const TokenSpan person = text.entityOfToken[comma - 1];
    const bool named = !person.isEmpty() && person.end == comma && person.begin >= limit
                       && text.entityTypeOfToken[person.begin] == EntityType::Person;
    return named ? person.begin : -1;
}

} // namespace

TokenSpan speakerBefore(const AnalysedText &text, qsizetype cueBegin, qsizetype limit)
{
    const qsizetype last = cueBegin - 1;
    if (last < limit || last < 0)
        return {};
    if (!isPhraseWord(text, last) && text.tokenText(last) != u",")
        return {};
    // "Smith, a spokesman, said" and "…,” the deputy chief, Gen. Viktor Poznikhir, said": the
    // name before the comma.
    if (isComma(text, last) && last - 1 >= limit) {
        // "Lord Cameron, the former prime minister, warned": the person with the apposition
        const TokenSpan apposition = speakerBefore(text, last, limit);
        if (apposition.isEmpty() || !text.entityOfToken[apposition.begin].isEmpty())
            return apposition;
        const qsizetype person = personBeforeApposition(text, apposition.begin, limit);
        return person >= 0 ? TokenSpan{person, apposition.end} : apposition;
    }
    const TokenSpan entity = text.entityOfToken[last];
    if (!entity.isEmpty() && entity.end == cueBegin && entity.begin >= limit) {
        // Titles and names in capitals before it join it: "Russian General Staff", "Lt. Gen. Viktor Poznikhir".
        qsizetype begin = entity.begin;
        while (begin - 1 >= limit && begin > entity.begin - 4 && text.tokens[begin - 1].kind == TokenKind::Word
               && text.tokenText(begin - 1).front().isUpper() && !stopsPhrase(text.lower(begin - 1))
               && !isDeterminer(text.lower(begin - 1)) 
               && (text.sentences[text.sentenceOfToken[begin - 1]].tokenBegin != begin - 1 || !text.entityOfToken[begin - 1].isEmpty()))
            --begin;
        if (begin - 1 >= limit && (text.lower(begin - 1) == u"the"))
            --begin;   // "the Russian Foreign Ministry", as written
        // "one trader in Frankfurt", "a spokesman for Tesco": the one the place or body qualifies
        static const QSet<QString> qualifying = {
            QStringLiteral("in"), QStringLiteral("from"), QStringLiteral("at"), QStringLiteral("for"), QStringLiteral("of"),
        };
        if (begin - 2 >= limit && qualifying.contains(text.lower(begin - 1)) && text.tokens[begin - 2].kind == TokenKind::Word
            && text.tokenText(begin - 2).front().isLower() && text.entityOfToken[begin - 2].isEmpty()) {
            const TokenSpan qualified = speakerBefore(text, begin - 1, limit);
            if (!qualified.isEmpty() && !isPersonalPronoun(text.lower(qualified.begin)))
                return {qualified.begin, cueBegin};
        }
        return {begin, cueBegin};
    }
    const QString lastWord = text.lower(last);
    if (isPersonalPronoun(lastWord))
        return {last, cueBegin};
    if (stopsPhrase(lastWord) || isReportingWord(lastWord))
        return {};
    qsizetype begin = last;
    while (begin - 1 >= limit && begin > last - 6 && isPhraseWord(text, begin - 1)) {
        const QString word = text.lower(begin - 1);
        if (isDeterminer(word)) {
            --begin;
            break;
        }
        if (stopsPhrase(word) || isPersonalPronoun(word) || isReportingWord(word))
            break;
        // "Clinton aides": an entity inside the phrase joins it whole.
        const TokenSpan inner = text.entityOfToken[begin - 1];
        begin = inner.isEmpty() ? begin - 1 : std::max(limit, inner.begin);
    }
    // A lone lower-case word that is not a noun phrase head ("it", "also") is no speaker.
    if (begin == last && !text.tokenText(last).front().isUpper() && lastWord.size() < 3)
        return {};
    // Numbers alone are no one: "by 2030, said Darren Tipton".
    bool hasWord = false;
    for (qsizetype t = begin; t < cueBegin; ++t)
        hasWord = hasWord || text.tokens[t].kind == TokenKind::Word;
    if (!hasWord)
        return {};
    return {begin, cueBegin};
}

TokenSpan speakerAfter(const AnalysedText &text, qsizetype cueEnd, qsizetype limit)
{
    if (cueEnd >= limit || !isPhraseWord(text, cueEnd))
        return {};
    const TokenSpan entity = text.entityOfToken[cueEnd];
    if (!entity.isEmpty() && entity.begin == cueEnd) {
        // "said Egyptian Foreign Minister Badr Abdelatty", "noted U.S. officials": a people or a
        // place before a title or the noun it describes
        const EntityType type = text.entityTypeOfToken[cueEnd];
        const bool beforeTitle = (type == EntityType::Miscellaneous || type == EntityType::Location) && entity.end < limit
                                 && isPhraseWord(text, entity.end) && !stopsPhrase(text.lower(entity.end))
                                 && !isReportingWord(text.lower(entity.end));
        // "said Tesco's chief executive": the owner before the one who spoke
        const bool ownerBefore = entity.end + 1 < limit && (text.lower(entity.end) == u"'s" || text.lower(entity.end) == u"\u2019s")
                                 && isPhraseWord(text, entity.end + 1) && !stopsPhrase(text.lower(entity.end + 1));
        if (!beforeTitle && !ownerBefore)
            return {cueEnd, std::min(limit, entity.end)};
    }
    const QString first = text.lower(cueEnd);
    if (isPersonalPronoun(first))
        return {cueEnd, cueEnd + 1};
    if (stopsPhrase(first))
        return {};
    qsizetype end = cueEnd + 1;
    while (end < limit && end < cueEnd + 7 && isPhraseWord(text, end)) {
        const QString word = text.lower(end);
        // After a determiner a reporting word is a noun: "according to the report".
        const bool nounAfterDeterminer = end == cueEnd + 1 && isDeterminer(first);
        if (stopsPhrase(word) || (isReportingWord(word) && !nounAfterDeterminer))
            break;
        const TokenSpan inner = text.entityOfToken[end];
        end = inner.isEmpty() ? end + 1 : std::min(limit, inner.end);
    }
    // "said Sunday", "said on": a day or a preposition is no speaker.
    if (end == cueEnd + 1 && !text.tokenText(cueEnd).front().isUpper())
        return {};
    return {cueEnd, end};
}

TokenSpan speakerAfterComma(const AnalysedText &text, TokenSpan speaker, qsizetype limit)
{
    if (speaker.isEmpty())
        return speaker;
    // "Rachel Reeves, the chancellor,": a name set off by commas before its apposition
    if (speaker.begin - 1 > limit && isComma(text, speaker.begin - 1)) {
        const qsizetype person = personBeforeApposition(text, speaker.begin, limit);
        const bool setOff = person - 1 > limit && isComma(text, person - 1);
        return setOff ? TokenSpan{person, speaker.end} : speaker;
    }
    constexpr qsizetype kLongestDescription = 6;
    for (qsizetype t = speaker.begin - 1; t > limit && t >= speaker.begin - kLongestDescription; --t) {
        if (isComma(text, t))
            return t > limit + 1 && t + 1 < speaker.begin ? TokenSpan{t + 1, speaker.end} : speaker;
        const QString word = text.lower(t);
        const bool joinsDescription = word == u"of" || word == u"for" || word == u"at" || word == u"from" || word == u"in"
                                      || word == u"'s" || word == u"\u2019s";
        if (!isPhraseWord(text, t) && !joinsDescription)
            return speaker;
        if ((stopsPhrase(word) && !joinsDescription) || isReportingWord(word) || isPersonalPronoun(word))
            return speaker;
    }
    return speaker;
}

} // namespace galley
