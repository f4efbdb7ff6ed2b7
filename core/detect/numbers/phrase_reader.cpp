#include "phrase_reader.h"

#include "detect/numbers/counted_noun.h"
#include "detect/numbers/currencies.h"
#include "detect/numbers/glued_suffixes.h"

#include <QSet>

namespace galley {

namespace {

// "a week", "an hour": one of a unit of time, but not "once a year" or "a second convoy".
std::optional<Amount> readIndefiniteTime(const SentenceTokens &tokens, qsizetype j)
{
    const QString &word = tokens.lower(j);
    const QString &unit = tokens.lower(j + 1);
    const QString &before = tokens.lower(j - 1);
    if ((word != u"a" && word != u"an") || unit == u"second" || !timeUnitOfWord(unit) || before == u"once"
        || before == u"twice" || before == u"times" || before == u"per")
        return std::nullopt;
    Amount amount;
    amount.begin = j;
    amount.end = j + 1;
    amount.value = 1;
    amount.spelled = true;
    return amount;
}

// What may follow a height in feet and bare inches: "5ft 10 and 12 stone", "6 foot 2 tall", "5ft 3."
bool isHeightToldUpTo(const SentenceTokens &tokens, qsizetype after)
{
    static const QSet<QString> afterAHeight = {
        QStringLiteral("and"),  QStringLiteral("or"), QStringLiteral("but"), QStringLiteral("tall"),
        QStringLiteral("with"), QStringLiteral("in"), QStringLiteral("who"), QStringLiteral("when"),
    };
    const bool nothingAfter = !tokens.isKind(after, TokenKind::Word) && !tokens.isKind(after, TokenKind::Number)
                              && !tokens.isKind(after, TokenKind::Symbol);
    return nothingAfter || afterAHeight.contains(tokens.lower(after));
}

// "unemployment rose to 1.3m.", "the population is 67m,": an "m" that ends the clause after
// something counted in people or things counts millions; "the tower is 300m.", "rise by 1.2m."
// and "a depth of 20m." keep their metres.
bool isMillionsAtClauseEnd(const SentenceTokens &tokens, const Amount &amount)
{
    static const QSet<QString> countedSubjects = {
        QStringLiteral("unemployment"), QStringLiteral("population"), QStringLiteral("voters"),
        QStringLiteral("people"),       QStringLiteral("viewers"),    QStringLiteral("users"),
        QStringLiteral("customers"),    QStringLiteral("subscribers"), QStringLiteral("members"),
        QStringLiteral("households"),   QStringLiteral("passengers"), QStringLiteral("visitors"),
        QStringLiteral("tourists"),     QStringLiteral("refugees"),   QStringLiteral("jobs"),
        QStringLiteral("jobless"),      QStringLiteral("unemployed"), QStringLiteral("sales"),
        QStringLiteral("downloads"),    QStringLiteral("signatures"), QStringLiteral("votes"),
    };
    if (!amount.value || amount.rangeTo)
        return false;
    const QStringView after = tokens.text(amount.end);
    const bool clauseEnds = !tokens.contains(amount.end) || after == u"." || after == u"," || after == u";" || after == u")";
    if (!clauseEnds)
        return false;
    constexpr qsizetype kReach = 5;   // "Britain's population is now 67m", "unemployment rose to 1.3m"
    for (qsizetype j = amount.begin - 1; j >= amount.begin - kReach && tokens.contains(j); --j) {
        if (countedSubjects.contains(tokens.lower(j)))
            return true;
    }
    return false;
}

} // namespace

std::optional<Phrase> readPhrase(const SentenceTokens &tokens, qsizetype j)
{
    Phrase phrase;
    const QStringView first = tokens.text(j);
    // "-5", "-$3.4 million"
    const bool numberFollows = tokens.isKind(j + 1, TokenKind::Number)
                               || (tokens.isKind(j + 1, TokenKind::Symbol) && !currencyOfSign(tokens.text(j + 1)).isEmpty()
                                   && tokens.touchesNext(j + 1) && tokens.isKind(j + 2, TokenKind::Number));
    if ((first == u"-" || first == u"\u2212") && tokens.touchesNext(j)
        && (j == tokens.begin() || tokens.token(j - 1).end < tokens.token(j).start) && numberFollows) {
        phrase.sign = -1;
        ++j;
    } else if (tokens.is(j, u"minus")) {
        phrase.sign = -1;
        ++j;
    }
    if (tokens.isKind(j, TokenKind::Word) && tokens.text(j + 1) == u"$" && tokens.touchesNext(j)
        && !currencyOfSign(u"$", tokens.text(j)).isEmpty()) {
        phrase.currency = currencyOfSign(u"$", tokens.text(j));
        j += 2;
    } else if (tokens.isKind(j, TokenKind::Symbol) && !currencyOfSign(tokens.text(j)).isEmpty()) {
        phrase.currency = currencyOfSign(tokens.text(j));
        ++j;
    } else if (!currencyOfWordBefore(tokens.text(j)).isEmpty() && tokens.isKind(j + 1, TokenKind::Number)) {
        phrase.currency = currencyOfWordBefore(tokens.text(j));
        ++j;
    }
    auto amount = readAmount(tokens, j);
    if (!amount)
        amount = readIndefiniteTime(tokens, j);
    if (!amount)
        return std::nullopt;
    if (auto rate = splitGluedRate(amount->suffix)) {
        phrase.per = rate->per;
        amount->suffix = rate->rest;
        // "$2bn-a-year"; "m" and "b" may be metres and bytes: money scales them below
        if (const auto scale = digitSuffixScale(rate->rest); scale && rate->rest != u"m" && rate->rest != u"b")
            scaleAmount(*amount, *scale);
    } else if (const auto modifier = modifierOfSuffix(amount->suffix)) {
        phrase.modifier = modifier;
        amount->suffix.clear();
    }
    if (!phrase.currency.isEmpty()) {
        if (!amount->value || amount->ordinal)
            return std::nullopt;
        if (amount->suffix == u"m" || amount->suffix == u"b")
            scaleAmount(*amount, *digitSuffixScale(amount->suffix));   // "£5-7m": both ends
        if (!amount->suffix.isEmpty())
            return std::nullopt;
    } else if (amount->approximate) {
        // "thousands of dollars", "several million Canadian dollars": money, however vague; not
        // "hundreds of $100 bills" or "thousands of Euro 2024 tickets".
        const qsizetype unitAt = tokens.is(amount->end, u"of") ? amount->end + 1 : amount->end;
        if (auto unit = readUnitAfter(tokens, unitAt, *amount)) {
            const bool money = unit->label == NumberLabel::Money && tokens.isKind(unit->endToken - 1, TokenKind::Word)
                               && !tokens.isCapitalised(unit->endToken - 1);
            if (money || unit->time)   // "thousands of years": a duration, as vague
                phrase.unit = unit;
        }
    } else if (!amount->ordinal && !amount->approximate) {
        // "1.5m people" counts millions; "a 100m sprint" measures metres
        if (amount->suffix == u"m" && (!countedNoun(tokens, amount->end, true).isEmpty() || isMillionsAtClauseEnd(tokens, *amount)))
            scaleAmount(*amount, 1e6);
        phrase.unit = readUnitAfter(tokens, amount->end, *amount);
        if (!amount->suffix.isEmpty() && !phrase.unit)
            return std::nullopt;   // "5G", "3D": an id, not an amount
    }
    // "-5 hours": a dash before a duration, which has no sign; the duration is read from its digits
    if (phrase.sign < 0 && phrase.unit && phrase.unit->time)
        return std::nullopt;
    phrase.amount = *amount;
    phrase.end = phrase.unit ? phrase.unit->endToken : amount->end;
    // "6ft 2in": inches written "in" glued on, which no unit reads alone, or not written where a
    // height is told: "5ft 10 and", "5 foot 11." (the finder joins "5 feet 10 inches" as it joins
    // any smaller unit)
    if (phrase.unit && phrase.unit->measure && phrase.unit->measure->symbol == u"ft" && phrase.amount.value
        && !phrase.amount.rangeTo && tokens.isKind(phrase.end, TokenKind::Number)) {
        const DigitToken inches = parseDigitToken(tokens.text(phrase.end));
        constexpr double kTallest = 8;   // bare inches after a person's height in feet, not "a 40ft 6 boat"
        const bool bareInches = inches.suffix.isEmpty() && *phrase.amount.value <= kTallest
                                && isHeightToldUpTo(tokens, phrase.end + 1);
        if (inches.shape == DigitToken::Shape::Plain && !inches.decimal && inches.value < 12
            && (inches.suffix == u"in" || bareInches)) {
            phrase.amount.value = *phrase.amount.value + inches.value / 12;
            phrase.end += 1;
            phrase.unit->endToken = phrase.end;
        }
    }
    // "three hours and a half", "a mile and a half"
    if (phrase.unit && phrase.amount.value && !phrase.amount.rangeTo && tokens.is(phrase.end, u"and")
        && tokens.is(phrase.end + 1, u"a") && tokens.is(phrase.end + 2, u"half")) {
        phrase.amount.value = *phrase.amount.value + 0.5;
        phrase.end += 3;
        phrase.unit->endToken = phrase.end;
    }
    return phrase;
}

} // namespace galley
