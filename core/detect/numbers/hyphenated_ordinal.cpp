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
    // superlatives: "largest", "biggest", "highest", "deadliest"
    return ranked.contains(word.toString()) || (word.size() >= 6 && word.endsWith(u"est"));
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
    // the rank word follows the last hyphen: "twenty-first-largest"
    const qsizetype dash = lower.lastIndexOf(u'-');
    if (dash <= 0 || !ranksWith(QStringView(lower).mid(dash + 1)))
        return std::nullopt;
    const auto rank = ordinalOf(QStringView(lower).left(dash));
    if (!rank)
        return std::nullopt;
    const QString rankWord = lower.mid(dash + 1);
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
