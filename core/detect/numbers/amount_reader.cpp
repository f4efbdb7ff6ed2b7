#include "amount_reader.h"

#include "detect/numbers/counted_noun.h"

#include <QSet>

#include <algorithm>
#include <cmath>

namespace galley {

namespace {

bool isOrdinalSuffix(QStringView suffix)
{
    return suffix == u"st" || suffix == u"nd" || suffix == u"rd" || suffix == u"th";
}

} // namespace

void scaleAmount(Amount &amount, double scale)
{
    amount.value = *amount.value * scale;
    if (amount.rangeTo)
        amount.rangeTo = *amount.rangeTo * scale;
    amount.scale = scale;
    amount.suffix.clear();
}

namespace {

// Scale words after a number: "million", "bn", "dozen"; multiplies and advances.
void applyScaleWords(const SentenceTokens &tokens, Amount &amount)
{
    double lastScale = 0;
    for (;;) {
        const QString &word = tokens.lower(amount.end);
        std::optional<double> scale = scaleWord(word);
        if (!scale && word == u"dozen")
            scale = 12;
        if (!scale || (lastScale != 0 && *scale <= lastScale) || !tokens.isKind(amount.end, TokenKind::Word))
            return;
        // "hundreds of" after a number is not a scale: "2 hundreds" does not occur
        amount.value = *amount.value * *scale;
        if (amount.rangeTo)
            amount.rangeTo = *amount.rangeTo * *scale;
        amount.scale *= *scale;
        lastScale = *scale;
        ++amount.end;
    }
}

// "80 000" as 80000 (spaceGroupedThousandsEnd).
void joinSpaceGroupedThousands(const SentenceTokens &tokens, Amount &amount)
{
    const qsizetype end = spaceGroupedThousandsEnd(tokens, amount.begin);
    if (end == amount.begin + 1)
        return;
    double value = 0;
    for (qsizetype t = amount.begin; t < end; ++t)
        value = value * 1000 + tokens.text(t).toInt();
    amount.value = value;
    amount.end = end;
}

// "one hundred and five", "twenty-five thousand", "two million": words from token i.
// With `article`, token i is "a" or "an" standing for one: "a hundred and twenty".
std::optional<Amount> readSpelledCardinal(const SentenceTokens &tokens, qsizetype i, bool article = false)
{
    double total = 0;
    double current = article ? 1 : 0;
    double largestScale = 1;
    bool any = article;
    qsizetype j = article ? i + 1 : i;
    qsizetype end = j;
    while (tokens.contains(j)) {
        const QString &word = tokens.lower(j);
        if (const auto small = smallCardinalWord(word)) {
            // "two three" is not one number; "twenty five" and "hundred five" are
            const int lastTens = int(std::fmod(current, 100));
            if (any && lastTens != 0 && !(lastTens >= 20 && lastTens % 10 == 0 && *small < 10))
                break;
            current += *small;
        } else if (word == u"hundred" && any) {
            current = (current == 0 ? 1 : current) * 100;
            largestScale = std::max(largestScale, 100.0);
        } else if (word == u"dozen" && any) {
            current = (current == 0 ? 1 : current) * 12;
        } else if (const auto scale = scaleWord(word); scale && *scale >= 1000 && any && word.size() > 2) {
            total += (current == 0 ? 1 : current) * *scale;
            current = 0;
            largestScale = std::max(largestScale, *scale);
        } else if (word == u"and" && any && smallCardinalWord(tokens.lower(j + 1))) {
            ++j;
            continue;
        } else {
            break;
        }
        any = true;
        ++j;
        end = j;
    }
    if (!any)
        return std::nullopt;
    Amount amount;
    amount.begin = i;
    amount.end = end;
    amount.value = total + current;
    amount.spelled = true;
    amount.scale = largestScale;
    // "one and a half", "two and a half million"
    if (tokens.is(end, u"and") && tokens.is(end + 1, u"a") && tokens.is(end + 2, u"half")) {
        amount.value = *amount.value + 0.5;
        amount.end = end + 3;
        applyScaleWords(tokens, amount);
    }
    return amount;
}

std::optional<Amount> readDigits(const SentenceTokens &tokens, qsizetype i)
{
    const DigitToken digits = parseDigitToken(tokens.text(i));
    Amount amount;
    amount.begin = i;
    amount.end = i + 1;
    switch (digits.shape) {
    case DigitToken::Shape::Fraction:
        amount.value = digits.value;
        return amount;
    case DigitToken::Shape::Range:
        amount.value = digits.value;
        amount.rangeTo = digits.second;
        amount.suffix = digits.suffix;
        amount.capitalSuffix = digits.capitalSuffix;
        amount.yearLike = digits.suffix.isEmpty() && !digits.grouped && !digits.decimal && digits.integerDigits == 4
                          && digits.value >= 1000 && digits.second < 3000;
        if (digits.suffix.isEmpty())
            applyScaleWords(tokens, amount);   // "$3-5 million"
        else if (const auto scale = digitSuffixScale(digits.suffix); scale && digits.suffix != u"m" && digits.suffix != u"b")
            scaleAmount(amount, *scale);       // "$2-3bn", "10-15k" ("5-7m" may be metres: the phrase decides)
        return amount;
    case DigitToken::Shape::Plain:
        break;
    default:
        return std::nullopt;
    }
    amount.value = digits.value;
    amount.suffix = digits.suffix;
    amount.capitalSuffix = digits.capitalSuffix;
    if (isOrdinalSuffix(digits.suffix)) {
        if (digits.decimal || digits.grouped)
            return std::nullopt;
        amount.ordinal = true;
        amount.suffix.clear();
        return amount;
    }
    if (digits.suffix == u"s")   // decades are dates: "1990s"; "70s" alone is an age or a decade
        return std::nullopt;
    if (const auto scale = digitSuffixScale(digits.suffix); scale && digits.suffix != u"m" && digits.suffix != u"b") {
        scaleAmount(amount, *scale);
        return amount;
    }
    amount.yearLike = digits.suffix.isEmpty() && !digits.grouped && !digits.decimal && digits.integerDigits == 4
                      && digits.value >= 1000 && digits.value < 3000;
    if (digits.suffix.isEmpty()) {
        joinSpaceGroupedThousands(tokens, amount);
        // "3 1/2"
        if (tokens.isKind(i + 1, TokenKind::Number)) {
            const DigitToken next = parseDigitToken(tokens.text(i + 1));
            if (next.shape == DigitToken::Shape::Fraction && next.value < 1) {
                amount.value = digits.value + next.value;
                amount.end = i + 2;
                return amount;
            }
        }
        if (tokens.text(i + 1) == u"+" && tokens.token(i).end == tokens.token(i + 1).start
            && scaleWord(tokens.lower(i + 2))) {
            amount.orMore = true;
            amount.end = i + 2;
        }
        applyScaleWords(tokens, amount);
        if (amount.scale > 1)
            amount.yearLike = false;
    }
    return amount;
}

// "half", "a third", "two thirds", "three-quarters", "one-third".
std::optional<Amount> readFractionWords(const SentenceTokens &tokens, qsizetype i)
{
    Amount amount;
    amount.begin = i;
    amount.spelled = true;
    const QString &word = tokens.lower(i);
    if (word == u"half") {
        amount.value = 0.5;
        amount.end = i + 1;
        if (tokens.is(i + 1, u"a") && scaleWord(tokens.lower(i + 2))) {   // "half a million"
            amount.value = 0.5 * *scaleWord(tokens.lower(i + 2));
            amount.end = i + 3;
        } else if (tokens.is(i + 1, u"a") && tokens.is(i + 2, u"dozen")) {   // "half a dozen"
            amount.value = 6;
            amount.end = i + 3;
        }
        return amount;
    }
    const auto denominatorOf = [](QStringView w) -> std::optional<int> {
        if (const auto d = fractionDenominator(w))
            return d;
        const auto ordinal = ordinalWord(w);
        return ordinal && *ordinal >= 3 && *ordinal <= 10 ? ordinal : std::nullopt;
    };
    if (word == u"a" || word == u"an" || word == u"one") {
        // "a third of the city" is a fraction, "a third convoy" an ordinal
        const QString &next = tokens.lower(i + 1);
        const bool fractionWord = next == u"half" || next == u"quarter";
        // "rose by a third since 2020": what grows by a part is a fraction, with a preposition or
        // a time after it; "by a third party" is an ordinal
        static const QSet<QString> afterAChange = {
            QStringLiteral("since"), QStringLiteral("in"), QStringLiteral("from"), QStringLiteral("over"),
            QStringLiteral("last"), QStringLiteral("this"), QStringLiteral("and"), QStringLiteral("or"),
            QStringLiteral("at"), QStringLiteral("on"), QStringLiteral("during"), QStringLiteral("after"),
            QStringLiteral("before"), QStringLiteral("compared"), QStringLiteral("to"), QStringLiteral("between"),
            QStringLiteral("within"), QStringLiteral("year-on-year"), QStringLiteral("overall"),
        };
        const bool partOfAChange = (tokens.is(i - 1, u"by") || tokens.is(i - 1, u"than"))
                                   && afterAChange.contains(tokens.lower(i + 2));
        if (!fractionWord && !partOfAChange && tokens.isKind(i + 2, TokenKind::Word) && !tokens.is(i + 2, u"of"))
            return std::nullopt;
        if (const auto d = denominatorOf(next); d && !next.endsWith(u's')) {
            amount.value = 1.0 / *d;
            amount.end = i + 2;
            return amount;
        }
        return std::nullopt;
    }
    const qsizetype hyphen = word.indexOf(u'-');
    if (hyphen > 0) {
        const auto numerator = smallCardinalWord(QStringView(word).left(hyphen));
        const auto d = denominatorOf(QStringView(word).mid(hyphen + 1));
        if (numerator && d && *numerator >= 1 && *numerator < 10) {
            amount.value = *numerator / *d;
            amount.end = i + 1;
            return amount;
        }
        return std::nullopt;
    }
    const auto numerator = smallCardinalWord(word);
    const auto d = fractionDenominator(tokens.lower(i + 1));
    if (numerator && d && *numerator >= 2 && *numerator < 10 && tokens.lower(i + 1).endsWith(u's')) {
        amount.value = *numerator / *d;
        amount.end = i + 2;
        return amount;
    }
    return std::nullopt;
}

// A fraction, and of a scale when one follows: "a quarter of a million" is 250,000.
std::optional<Amount> readFraction(const SentenceTokens &tokens, qsizetype i)
{
    auto amount = readFractionWords(tokens, i);
    if (!amount || !tokens.is(amount->end, u"of") || !tokens.is(amount->end + 1, u"a"))
        return amount;
    const QString &scaleText = tokens.lower(amount->end + 2);
    if (const auto scale = scaleWord(scaleText); scale && *scale >= 1000 && scaleText.size() > 3) {
        amount->value = *amount->value * *scale;
        amount->scale = *scale;
        amount->end += 3;
    }
    return amount;
}

// "dozens", "tens of thousands", "several hundred", "a few thousand".
std::optional<Amount> readVague(const SentenceTokens &tokens, qsizetype i)
{
    Amount amount;
    amount.begin = i;
    amount.approximate = true;
    amount.spelled = true;
    const QString &word = tokens.lower(i);
    // "the scores were level", "test scores of tutored students"; "scores of people" is vague
    static const QSet<QString> ownersOfScores = {
        QStringLiteral("the"),  QStringLiteral("their"), QStringLiteral("his"),     QStringLiteral("her"),
        QStringLiteral("its"),  QStringLiteral("our"),   QStringLiteral("test"),    QStringLiteral("exam"),
        QStringLiteral("credit"), QStringLiteral("average"), QStringLiteral("high"), QStringLiteral("math"),
        QStringLiteral("reading"), QStringLiteral("these"), QStringLiteral("those"),
    };
    if (word == u"scores" && (!tokens.is(i + 1, u"of") || ownersOfScores.contains(tokens.lower(i - 1))))
        return std::nullopt;
    if (word == u"tens" || vagueMagnitude(word)) {
        const int base = word == u"tens" ? 1 : *vagueMagnitude(word);
        if (tokens.is(i + 1, u"of")) {
            if (const auto larger = vagueMagnitude(tokens.lower(i + 2)); larger && *larger > base && *larger >= 3) {
                amount.magnitude = base + *larger;
                amount.end = i + 3;
                return amount;
            }
        }
        if (word == u"tens")
            return std::nullopt;
        amount.magnitude = base;
        amount.end = i + 1;
        return amount;
    }
    qsizetype scaleAt = -1;
    if (word == u"several" || word == u"many" || word == u"some")
        scaleAt = i + 1;
    else if (word == u"a" && (tokens.is(i + 1, u"few") || tokens.is(i + 1, u"couple")))
        scaleAt = tokens.is(i + 2, u"of") ? i + 3 : i + 2;
    if (scaleAt < 0)
        return std::nullopt;
    const QString &scaleText = tokens.lower(scaleAt);
    std::optional<double> scale = scaleText == u"dozen" ? std::optional<double>(12) : scaleWord(scaleText);
    if ((!scale || scaleText.size() <= 3) && word == u"a" && tokens.is(i + 1, u"couple") && tokens.is(i + 2, u"of")
        && tokens.isKind(i + 3, TokenKind::Word)) {
        // "a couple of officers": two, as "a couple of days" is P2D
        amount.approximate = false;
        amount.value = 2;
        amount.end = i + 2;
        return amount;
    }
    if (!scale || scaleText.size() <= 3)   // not "bn" after "several"
        return std::nullopt;
    amount.magnitude = int(std::lround(std::log10(*scale)));
    amount.end = scaleAt + 1;
    return amount;
}

} // namespace

std::optional<Amount> readAmount(const SentenceTokens &tokens, qsizetype i)
{
    if (!tokens.contains(i))
        return std::nullopt;
    if (tokens.isKind(i, TokenKind::Number))
        return readDigits(tokens, i);
    if (!tokens.isKind(i, TokenKind::Word))
        return std::nullopt;
    const QString &word = tokens.lower(i);
    if (auto vague = readVague(tokens, i))
        return vague;
    if (auto fraction = readFraction(tokens, i))
        return fraction;
    if ((word == u"a" || word == u"an") && tokens.contains(i + 1)) {
        const QString &next = tokens.lower(i + 1);
        std::optional<double> scale = next == u"dozen" ? std::optional<double>(12) : scaleWord(next);
        if (!scale || next.size() <= 3)
            return std::nullopt;
        if (auto spelled = readSpelledCardinal(tokens, i, true); spelled && spelled->end > i + 2)
            return spelled;   // "a hundred and twenty", "a thousand and one"
        Amount amount;
        amount.begin = i;
        amount.end = i + 1;
        amount.value = 1;
        amount.spelled = true;
        applyScaleWords(tokens, amount);
        return amount;
    }
    if (const auto ordinal = ordinalWord(word)) {
        Amount amount;
        amount.begin = i;
        amount.end = i + 1;
        amount.value = *ordinal;
        amount.ordinal = true;
        amount.spelled = true;
        return amount;
    }
    if (auto cardinal = readSpelledCardinal(tokens, i))
        return cardinal;
    // "two-year", "three-mile": the rest of the word is the unit, kept as the suffix
    const qsizetype hyphen = word.indexOf(u'-');
    if (hyphen <= 0)
        return std::nullopt;
    const auto small = smallCardinalWord(QStringView(word).left(hyphen));
    if (!small)
        return std::nullopt;
    Amount amount;
    amount.begin = i;
    amount.end = i + 1;
    amount.value = *small;
    amount.spelled = true;
    amount.suffix = word.mid(hyphen);
    return amount;
}

qsizetype spaceGroupedThousandsEnd(const SentenceTokens &tokens, qsizetype i)
{
    const auto isDigits = [&tokens](qsizetype t, qsizetype most) {
        const QStringView text = tokens.text(t);
        return tokens.isKind(t, TokenKind::Number) && !text.isEmpty() && text.size() <= most
               && std::all_of(text.begin(), text.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
    };
    const auto gapKind = [&tokens](qsizetype t) {
        const QStringView gap = tokens.gapAfter(t);
        if (gap.size() != 1)
            return 0;
        if (gap[0] == u'\u00a0' || gap[0] == u'\u202f' || gap[0] == u'\u2009')
            return 2;
        return gap[0] == u' ' ? 1 : 0;
    };
    if (!isDigits(i, 3) || tokens.text(i).front() == u'0')
        return i + 1;
    qsizetype last = i;
    bool plainSpace = false;
    while (isDigits(last + 1, 3) && tokens.length(last + 1) == 3 && gapKind(last) > 0) {
        plainSpace = plainSpace || gapKind(last) == 1;
        ++last;
    }
    if (last == i)
        return i + 1;
    // "In round 3 120 players remain", "page 12 345"; "call 612 345 678"
    static const QSet<QString> labels = {
        QStringLiteral("round"),   QStringLiteral("page"),    QStringLiteral("route"),  QStringLiteral("flight"),
        QStringLiteral("bus"),     QStringLiteral("no."),     QStringLiteral("number"), QStringLiteral("room"),
        QStringLiteral("chapter"), QStringLiteral("section"), QStringLiteral("article"), QStringLiteral("call"),
        QStringLiteral("dial"),    QStringLiteral("hotline"), QStringLiteral("line"),   QStringLiteral("platform"),
    };
    if (plainSpace) {
        if (tokens.isKind(i - 1, TokenKind::Number) || tokens.isKind(last + 1, TokenKind::Number)
            || labels.contains(tokens.lower(i - 1)))
            return i + 1;
        // seven digits and more are a phone number ("612 345 678") unless what they count follows
        if (last - i >= 2 && countedNoun(tokens, last + 1, true).isEmpty())
            return i + 1;
    }
    return last + 1;
}

} // namespace galley
