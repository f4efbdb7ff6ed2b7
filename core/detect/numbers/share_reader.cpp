#include "share_reader.h"

#include "detect/numbers/counted_noun.h"

namespace galley {

std::optional<NumberMention> readShare(const SentenceTokens &tokens, qsizetype i, const Phrase &first, qsizetype &next)
{
    // a small share: not "the top 10 in 20 countries", "fell to 12 in 40 sectors"
    constexpr double kLargestShare = 10;
    if (first.hasUnit() || !first.amount.value || first.amount.ordinal || first.amount.rangeTo
        || *first.amount.value > kLargestShare || tokens.is(first.amount.begin - 1, u"top")
        || tokens.is(first.amount.begin - 1, u"to"))
        return std::nullopt;
    // "four in 10", "seven out of 10"
    const bool outOf = tokens.is(first.end, u"out") && tokens.is(first.end + 1, u"of");
    if (!tokens.is(first.end, u"in") && !outOf)
        return std::nullopt;
    const qsizetype of = outOf ? first.end + 1 : first.end;
    const qsizetype at = tokens.is(of + 1, u"every") ? of + 2 : of + 1;
    const auto whole = readPhrase(tokens, at);
    if (!whole || !whole->currency.isEmpty() || !whole->amount.value || whole->amount.ordinal || whole->amount.rangeTo
        || whole->amount.yearLike || *whole->value() <= *first.value())
        return std::nullopt;
    NumberMention mention;
    mention.value = *first.value() / *whole->value();
    mention.start = tokens.token(i).start;
    // "one in every five dollars", "one in five days": the unit word is what is shared
    const qsizetype nounAt = whole->amount.end;
    mention.end = tokens.token(nounAt - 1).end;
    mention.unit = countedNoun(tokens, nounAt, true);
    next = nounAt;
    return mention;
}

} // namespace galley
