#include "hyphenated_ordinal.h"

#include "detect/numbers/number_words.h"

#include <QSet>

namespace galley {

namespace {

bool ranksWith(QStringView word)
{
    static const QSet<QString> ranked = {
        QStringLiteral("quarter"), QStringLiteral("half"),    QStringLiteral("place"),      QStringLiteral("placed"),
        QStringLiteral("round"),   QStringLiteral("term"),    QStringLiteral("degree"),     QStringLiteral("generation"),
        QStringLiteral("year"),    QStringLiteral("grade"),   QStringLiteral("seed"),       QStringLiteral("seeded"),
        QStringLiteral("ranked"),  QStringLiteral("tier"),    QStringLiteral("inning"),     QStringLiteral("period"),
        QStringLiteral("set"),     QStringLiteral("leg"),     QStringLiteral("stage"),      QStringLiteral("floor"),
        QStringLiteral("day"),     QStringLiteral("week"),    QStringLiteral("month"),      QStringLiteral("ever"),
        QStringLiteral("most"),    QStringLiteral("least"),   QStringLiteral("worst"),      QStringLiteral("best"),
    };
    // words ending as superlatives do that are none
    static const QSet<QString> notSuperlatives = {
        QStringLiteral("interest"), QStringLiteral("request"),  QStringLiteral("contest"),  QStringLiteral("protest"),
        QStringLiteral("arrest"),   QStringLiteral("conquest"), QStringLiteral("harvest"),  QStringLiteral("honest"),
        QStringLiteral("modest"),   QStringLiteral("forest"),   QStringLiteral("suggest"),  QStringLiteral("invest"),
        QStringLiteral("digest"),   QStringLiteral("manifest"), QStringLiteral("behest"),   QStringLiteral("unrest"),
        QStringLiteral("attest"),   QStringLiteral("detest"),   QStringLiteral("midwest"),  QStringLiteral("northwest"),
        QStringLiteral("southwest"),
    };
    // superlatives: "largest", "biggest", "highest", "deadliest"
    const QString lower = word.toString();
    return ranked.contains(lower) || (lower.size() >= 6 && lower.endsWith(u"est") && !notSuperlatives.contains(lower));
}

std::optional<int> ordinalOf(QStringView lower)
{
    if (const auto word = ordinalWord(lower))
        return word;
    const DigitToken digits = parseDigitToken(lower);
    const bool ordinalSuffix = digits.suffix == u"st" || digits.suffix == u"nd" || digits.suffix == u"rd" || digits.suffix == u"th";
    if (digits.shape != DigitToken::Shape::Plain || !ordinalSuffix || digits.decimal || digits.grouped || digits.value < 1)
        return std::nullopt;
    return int(digits.value);
}

} // namespace

std::optional<NumberMention> readHyphenatedOrdinal(const SentenceTokens &tokens, qsizetype i)
{
    if (!tokens.isKind(i, TokenKind::Word) && !tokens.isKind(i, TokenKind::Number))
        return std::nullopt;
    const QString &lower = tokens.lower(i);
    // the ordinal before the first hyphen and the rank word after it ("third-most-populous"), or
    // an ordinal of two words before the last ("twenty-first-largest")
    qsizetype dash = lower.indexOf(u'-');
    if (dash <= 0)
        return std::nullopt;
    auto rank = ordinalOf(QStringView(lower).left(dash));
    if (!rank) {
        dash = lower.lastIndexOf(u'-');
        rank = ordinalOf(QStringView(lower).left(dash));
    }
    const qsizetype wordEnd = lower.indexOf(u'-', dash + 1);
    const QString rankWord = lower.mid(dash + 1, wordEnd < 0 ? -1 : wordEnd - dash - 1);
    if (!rank || !ranksWith(rankWord))
        return std::nullopt;
    NumberMention mention;
    mention.label = NumberLabel::Ordinal;
    mention.value = *rank;
    if (rankWord == u"quarter" || rankWord == u"half")
        mention.unit = rankWord;
    mention.start = tokens.token(i).start;
    mention.end = mention.start + dash;
    return mention;
}

} // namespace galley
