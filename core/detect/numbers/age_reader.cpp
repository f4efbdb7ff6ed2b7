#include "age_reader.h"

#include <QSet>

namespace galley {

std::optional<NumberMention> readAgeDecade(const SentenceTokens &tokens, qsizetype i, qsizetype &next)
{
    static const QSet<QString> possessives = {QStringLiteral("his"), QStringLiteral("her"), QStringLiteral("their"),
                                              QStringLiteral("my"), QStringLiteral("your"), QStringLiteral("our")};
    // "in their 20s and 30s": the second decade of the same people
    const auto isDecadeToken = [&tokens](qsizetype t) {
        const QStringView text = tokens.text(t);
        return tokens.isKind(t, TokenKind::Number) && text.size() == 3 && text.endsWith(u"0s");
    };
    const bool joined = (tokens.is(i - 1, u"and") || tokens.is(i - 1, u"or") || tokens.is(i - 1, u"to"))
                        && isDecadeToken(i - 2) && possessives.contains(tokens.lower(i - 3));
    if (!possessives.contains(tokens.lower(i - 1)) && !joined)
        return std::nullopt;
    // "early 30s", "mid-40s" (one token), "40s"
    QStringView part = tokens.lower(i);
    QStringView decade = tokens.text(i);
    qsizetype number = i;
    if (const qsizetype dash = part.indexOf(u'-'); dash > 0 && tokens.isKind(i, TokenKind::Word)) {
        decade = decade.mid(dash + 1);
        part = part.left(dash);
    } else if (part == u"early" || part == u"mid" || part == u"late") {
        number = i + 1;
        decade = tokens.text(number);
        if (!tokens.isKind(number, TokenKind::Number))
            return std::nullopt;
    } else if (tokens.isKind(i, TokenKind::Number)) {
        part = {};
    } else {
        return std::nullopt;
    }
    if (!part.isEmpty() && part != u"early" && part != u"mid" && part != u"late")
        return std::nullopt;
    if (decade.size() != 3 || !decade.endsWith(u's') || decade[1] != u'0' || !decade[0].isDigit() || decade[0] == u'0')
        return std::nullopt;
    const int base = decade[0].digitValue() * 10;
    const int from = part == u"mid" ? base + 4 : part == u"late" ? base + 7 : base;
    const int to = part == u"early" ? base + 3 : part == u"mid" ? base + 6 : base + 9;
    NumberMention mention;
    mention.label = NumberLabel::Duration;
    mention.unit = QStringLiteral("year");
    mention.from = from;
    mention.to = to;
    mention.isoFrom = QStringLiteral("P%1Y").arg(from);
    mention.isoTo = QStringLiteral("P%1Y").arg(to);
    mention.start = tokens.token(i).start;
    mention.end = tokens.token(number).end;
    next = number + 1;
    return mention;
}

void toAgeInYears(NumberMention &mention)
{
    const auto years = [](double value) { return QStringLiteral("P%1Y").arg(value); };
    mention.label = NumberLabel::Duration;
    mention.unit = QStringLiteral("year");
    if (mention.value)
        mention.isoValue = years(*mention.value);
    if (mention.from)
        mention.isoFrom = years(*mention.from);
    if (mention.to)
        mention.isoTo = years(*mention.to);
}

} // namespace galley
