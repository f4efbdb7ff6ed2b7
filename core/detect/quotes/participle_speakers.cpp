#include "detect/quotes/participle_speakers.h"

#include <algorithm>

namespace galley {

namespace {

qsizetype tokenAt(const AnalysedText &text, qsizetype offset)
{
    return std::lower_bound(text.tokens.begin(), text.tokens.end(), offset,
                            [](const Token &token, qsizetype start) { return token.end <= start; })
        - text.tokens.begin();
}

// The cue's first word ends in "ing" and a comma stands right before it.
bool isParticipleAfterComma(const AnalysedText &text, qsizetype cueToken)
{
    if (cueToken <= 0 || cueToken >= text.tokens.size() || text.tokenText(cueToken - 1) != u",")
        return false;
    const QString word = text.lower(cueToken);
    return word.size() > 4 && word.endsWith(QLatin1StringView("ing"));
}

// The person or body that opens the sentence, the subject of what it tells ("Trump attacked
// Clinton, saying …"); not an owner ("Ben & Jerry's co-founder …").
TokenSpan sentenceSubject(const AnalysedText &text, qsizetype begin, qsizetype end)
{
    const TokenSpan entity = text.entityOfToken[begin];
    if (entity.isEmpty() || entity.begin != begin || entity.end >= end)
        return {};
    const EntityType type = text.entityTypeOfToken[begin];
    const QStringView after = text.tokenText(entity.end);
    if ((type != EntityType::Person && type != EntityType::Organization) || after == u"'s" || after == u"\u2019s")
        return {};
    return entity;
}

// "Microsoft was fined by the European Commission, saying …": in a passive clause the one who
// says is the agent after "by", not the subject.
bool isPassiveBetween(const AnalysedText &text, qsizetype begin, qsizetype end)
{
    for (qsizetype t = begin; t < end; ++t) {
        if (text.lower(t) == u"by")
            return true;
    }
    return false;
}

} // namespace

void giveParticiplesTheirSubject(const AnalysedText &text, QList<Quote> &quotes)
{
    for (Quote &quote : quotes) {
        if (quote.cue.isEmpty() || !quote.speaker.isEmpty() || quote.content.start < quote.cue.end)
            continue;
        const qsizetype cue = tokenAt(text, quote.cue.start);
        if (!isParticipleAfterComma(text, cue))
            continue;
        const Sentence &sentence = text.sentences[text.sentenceOfToken[cue]];
        const TokenSpan subject = sentenceSubject(text, sentence.tokenBegin, cue);
        if (!subject.isEmpty() && !isPassiveBetween(text, subject.end, cue))
            quote.speaker = text.range(subject);
    }
}

} // namespace galley
