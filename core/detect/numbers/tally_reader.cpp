#include "tally_reader.h"

#include "detect/numbers/counted_noun.h"
#include "detect/numbers/currencies.h"
#include "detect/numbers/measurement_units.h"
#include "detect/numbers/number_exclusions.h"

#include <QRegularExpression>
#include <QSet>

namespace galley {

namespace {

bool followsScoreVerb(const SentenceTokens &tokens, qsizetype i)
{
    static const QSet<QString> verbs = {
        QStringLiteral("won"),      QStringLiteral("win"),     QStringLiteral("wins"),    QStringLiteral("beat"),
        QStringLiteral("beats"),    QStringLiteral("defeated"), QStringLiteral("lost"),   QStringLiteral("lose"),
        QStringLiteral("loses"),    QStringLiteral("voted"),   QStringLiteral("vote"),    QStringLiteral("ruled"),
        QStringLiteral("leads"),    QStringLiteral("led"),     QStringLiteral("lead"),    QStringLiteral("trails"),
        QStringLiteral("trailed"),  QStringLiteral("edged"),   QStringLiteral("drew"),    QStringLiteral("tied"),
        QStringLiteral("routed"),   QStringLiteral("thrashed"), QStringLiteral("crushed"), QStringLiteral("downed"),
        QStringLiteral("passed"),   QStringLiteral("approved"), QStringLiteral("rejected"), QStringLiteral("confirmed"),
        QStringLiteral("blocked"),  QStringLiteral("winning"), QStringLiteral("losing"),  QStringLiteral("beating"),
    };
    // "beat the Buffalo Bills 24-10": the verb, its object, then the score
    constexpr qsizetype kReach = 5;
    for (qsizetype j = i - 1; j >= i - kReach && tokens.contains(j); --j) {
        if (tokens.isKind(j, TokenKind::Punctuation) || tokens.isKind(j, TokenKind::Quote))
            return false;
        if (verbs.contains(tokens.lower(j)))
            return true;
    }
    return false;
}

bool precedesScoreNoun(const SentenceTokens &tokens, qsizetype i)
{
    static const QSet<QString> nouns = {
        QStringLiteral("win"),      QStringLiteral("victory"), QStringLiteral("loss"),     QStringLiteral("defeat"),
        QStringLiteral("draw"),     QStringLiteral("tie"),     QStringLiteral("vote"),
        QStringLiteral("decision"), QStringLiteral("ruling"),  QStringLiteral("majority"), QStringLiteral("margin"),
        QStringLiteral("lead"),     QStringLiteral("record"),  QStringLiteral("score"),    QStringLiteral("scoreline"),
        QStringLiteral("result"),   QStringLiteral("split"),   QStringLiteral("verdict"),  QStringLiteral("rout"),
        QStringLiteral("triumph"),  QStringLiteral("upset"),   QStringLiteral("thrashing"), QStringLiteral("comeback"),
        QStringLiteral("tally"),    QStringLiteral("count"),   QStringLiteral("aggregate"),
    };
    return nouns.contains(tokens.lower(i + 1))
           || (tokens.isKind(i + 1, TokenKind::Word) && nouns.contains(tokens.lower(i + 2))
               && (tokens.lower(i + 1) == u"home" || tokens.lower(i + 1) == u"away" || tokens.lower(i + 1) == u"party-line"));
}

NumberMention count(qsizetype start, QStringView digits)
{
    NumberMention mention;
    mention.start = start;
    mention.end = start + digits.size();
    mention.value = digits.toInt();
    return mention;
}

} // namespace

QList<NumberMention> readTally(const SentenceTokens &tokens, qsizetype i)
{
    static const QRegularExpression sides(QStringLiteral("^(\\d{1,3})[-\u2013](\\d{1,3})$"));
    if (!tokens.isKind(i, TokenKind::Number))
        return {};
    const QStringView text = tokens.text(i);
    const QRegularExpressionMatch match = sides.match(text.toString());
    if (!match.hasMatch() || text == u"24-7" || text == u"24\u20137")
        return {};
    // "$5-10", "5-10%": a range of money or percent
    const QStringView before = tokens.text(i - 1);
    if ((tokens.contains(i - 1) && tokens.token(i - 1).end == tokens.token(i).start && !currencyOfSign(before).isEmpty())
        || tokens.text(i + 1) == u"%" || tokens.is(i + 1, u"percent"))
        return {};
    const QStringView first = match.capturedView(1);
    const QStringView second = match.capturedView(2);
    if (first == u"9" && second == u"5")
        return {};   // "a 9-5 job", "open 9-5": office hours
    // "lost 5-10 kg", "won 10-15 seats", "3-5 times": a range of what follows
    const bool scoreNoun = precedesScoreNoun(tokens, i);
    const bool unit = tokens.isKind(i + 1, TokenKind::Word) && unitOfWord(tokens.lower(i + 1)).has_value();
    if (!scoreNoun && (unit || tokens.is(i + 1, u"times") || !countedNoun(tokens, i + 1, true).isEmpty()))
        return {};
    const bool highToLow = first.toInt() >= second.toInt();
    // "Bills 24-10" after "beat" is a score; "Apollo 11-3" alone is a name
    if (!scoreNoun && !followsScoreVerb(tokens, i) && (!highToLow || isPartOfName(tokens, i)))
        return {};
    const qsizetype start = tokens.token(i).start;
    return {count(start, first), count(start + match.capturedStart(2), second)};
}

} // namespace galley
