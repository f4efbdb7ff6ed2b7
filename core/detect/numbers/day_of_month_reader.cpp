#include "day_of_month_reader.h"

#include "detect/numbers/calendar_words.h"
#include "detect/numbers/sentence_tense.h"

#include <QSet>

namespace galley {

void resolveDayOfMonth(const SentenceTokens &tokens, const QDate &published, NumberMention &mention, const Amount &amount)
{
    const qsizetype at = amount.begin;
    static const QSet<QString> prepositions = {QStringLiteral("on"), QStringLiteral("by"), QStringLiteral("until"),
                                               QStringLiteral("since"), QStringLiteral("from"), QStringLiteral("before"),
                                               QStringLiteral("after")};
    if (!published.isValid() || amount.spelled || !tokens.is(at - 1, u"the")
        || !prepositions.contains(tokens.lower(at - 2)) || !mention.value || *mention.value < 1 || *mention.value > 31)
        return;
    // "the 1st of each month" recurs; "the 21st and 22nd of June" belongs to June
    for (qsizetype t = amount.end; t < amount.end + 4 && tokens.contains(t); ++t) {
        if (tokens.is(t, u"of") || monthOfWord(tokens.lower(t)))
            return;
        if (!tokens.is(t, u"and") && !tokens.is(t, u"or") && !tokens.is(t, u"to") && tokens.text(t) != u"-" && tokens.text(t) != u"\u2013"
            && !tokens.isKind(t, TokenKind::Number))
            break;
    }
    const int day = int(*mention.value);
    const bool future = isDaySetFor(tokens, at) || isFutureTenseAround(tokens, at);
    QDate month(published.year(), published.month(), 1);
    if (future && day < published.day())
        month = month.addMonths(1);
    else if (!future && day > published.day())
        month = month.addMonths(-1);
    if (day > month.daysInMonth())
        return;
    mention.label = NumberLabel::Date;
    mention.isoValue = QDate(month.year(), month.month(), day).toString(Qt::ISODate);
    mention.value.reset();
}

} // namespace galley
