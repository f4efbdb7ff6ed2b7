#include "modifier_words.h"

#include <QSet>
#include <QStringList>

namespace galley {

namespace {

struct Phrase
{
    QStringList words;
    NumberModifier modifier;
};

std::optional<ModifierMatch> longestPhrase(const SentenceTokens &tokens, qsizetype i, const QList<Phrase> &phrases)
{
    std::optional<ModifierMatch> best;
    for (const Phrase &phrase : phrases) {
        if (tokens.lower(i) != phrase.words.first())
            continue;
        qsizetype j = 1;
        while (j < phrase.words.size() && tokens.is(i + j, phrase.words[j]))
            ++j;
        if (j == phrase.words.size() && (!best || best->endToken < i + j))
            best = ModifierMatch{phrase.modifier, i + j};
    }
    return best;
}

QList<Phrase> phrasesFrom(std::initializer_list<std::pair<const char16_t *, NumberModifier>> rows)
{
    QList<Phrase> phrases;
    for (const auto &[text, modifier] : rows)
        phrases.append({QString::fromUtf16(text).split(u' '), modifier});
    return phrases;
}

const QList<Phrase> &phrasesBefore()
{
    using M = NumberModifier;
    static const QList<Phrase> phrases = phrasesFrom({
        {u"over", M::Greater},           {u"more than", M::Greater},         {u"above", M::Greater},
        {u"upwards of", M::Greater},     {u"in excess of", M::Greater},      {u"greater than", M::Greater},
        {u"just over", M::Greater},      {u"well over", M::Greater},         {u"exceeding", M::Greater},
        {u"at least", M::GreaterOrEqual}, {u"no less than", M::GreaterOrEqual}, {u"no fewer than", M::GreaterOrEqual},
        {u"not less than", M::GreaterOrEqual}, {u"a minimum of", M::GreaterOrEqual},
        {u"less than", M::Less},         {u"fewer than", M::Less},           {u"under", M::Less},
        {u"below", M::Less},             {u"nearly", M::Less},               {u"almost", M::Less},
        {u"just under", M::Less},        {u"just below", M::Less},
        {u"up to", M::LessOrEqual},      {u"at most", M::LessOrEqual},       {u"no more than", M::LessOrEqual},
        {u"not more than", M::LessOrEqual}, {u"a maximum of", M::LessOrEqual}, {u"as many as", M::LessOrEqual},
        {u"as much as", M::LessOrEqual},
        {u"about", M::Approximately},    {u"around", M::Approximately},      {u"some", M::Approximately},
        {u"approximately", M::Approximately}, {u"roughly", M::Approximately}, {u"an estimated", M::Approximately},
        {u"estimated", M::Approximately}, {u"close to", M::Approximately},   {u"circa", M::Approximately},
        {u"approx.", M::Approximately},  {u"c.", M::Approximately},
    });
    return phrases;
}

} // namespace

bool isModifierStart(QStringView lowerWord)
{
    static const QSet<QString> firstWords = [] {
        QSet<QString> words;
        for (const Phrase &phrase : phrasesBefore())
            words.insert(phrase.words.first());
        return words;
    }();
    return firstWords.contains(QString::fromRawData(lowerWord.data(), lowerWord.size()));
}

std::optional<ModifierMatch> readModifierBefore(const SentenceTokens &tokens, qsizetype i)
{
    if (!isModifierStart(tokens.lower(i)))
        return std::nullopt;
    return longestPhrase(tokens, i, phrasesBefore());
}

std::optional<ModifierMatch> readModifierAfter(const SentenceTokens &tokens, qsizetype i)
{
    using M = NumberModifier;
    static const QList<Phrase> phrases = phrasesFrom({
        {u"or more", M::GreaterOrEqual}, {u"or over", M::GreaterOrEqual}, {u"or less", M::LessOrEqual},
        {u"or fewer", M::LessOrEqual},   {u"or so", M::Approximately},
        // "those 65 and older", "children 12 and under"
        {u"and older", M::GreaterOrEqual}, {u"and over", M::GreaterOrEqual}, {u"and above", M::GreaterOrEqual},
        {u"and up", M::GreaterOrEqual},    {u"or older", M::GreaterOrEqual}, {u"and younger", M::LessOrEqual},
        {u"and under", M::LessOrEqual},    {u"and below", M::LessOrEqual},  {u"or younger", M::LessOrEqual},
    });
    // "15+ partners", "aged 65+.", "aged 65 plus"; not "2+2 talks" nor "$50,000 plus a bonus"
    if (tokens.is(i, u"+") && tokens.touchesNext(i - 1) && !(tokens.touchesNext(i) && tokens.isKind(i + 1, TokenKind::Number)))
        return ModifierMatch{M::GreaterOrEqual, i + 1};
    if (tokens.is(i, u"plus") && !tokens.isKind(i + 1, TokenKind::Word) && !tokens.isKind(i + 1, TokenKind::Number)
        && !tokens.isKind(i + 1, TokenKind::Symbol))
        return ModifierMatch{M::GreaterOrEqual, i + 1};
    const auto match = longestPhrase(tokens, i, phrases);
    // "sold 5 and over the next year …": "and over" opening a phrase of its own bounds nothing
    static const QSet<QString> phraseOpeners = {
        QStringLiteral("the"), QStringLiteral("a"),   QStringLiteral("an"),   QStringLiteral("this"), QStringLiteral("that"),
        QStringLiteral("his"), QStringLiteral("her"), QStringLiteral("their"), QStringLiteral("its"), QStringLiteral("our"),
        QStringLiteral("again"), QStringLiteral("and"), QStringLiteral("to"),   // "£5m and up to $2bn"
    };
    if (match && tokens.is(i, u"and")
        && (phraseOpeners.contains(tokens.lower(match->endToken)) || tokens.isKind(match->endToken, TokenKind::Number)))
        return std::nullopt;
    return match;
}

} // namespace galley
