#include "day_of_month_reader.h"

#include "detect/numbers/calendar_words.h"
#include "detect/numbers/sentence_tense.h"

#include <QSet>

#include <cstdlib>
#include <limits>

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
    // ahead as the tense says, behind for the past; a plain present ("falls on the 21st") names
    // the nearest such day
    const QDate thisMonth(published.year(), published.month(), 1);
    QDate month = thisMonth;
    if (isDaySetFor(tokens, at) || isFutureTenseAround(tokens, at)) {
        if (day < published.day())
            month = thisMonth.addMonths(1);
    } else if (isPastTenseAround(tokens, at)) {
        if (day > published.day())
            month = thisMonth.addMonths(-1);
    } else {
        const QDate before = thisMonth.addMonths(-1), after = thisMonth.addMonths(1);
        const auto distance = [&](const QDate &first) {
            return day > first.daysInMonth() ? std::numeric_limits<qint64>::max()
                                             : std::abs(published.daysTo(QDate(first.year(), first.month(), day)));
        };
        for (const QDate &candidate : {before, after}) {
            if (distance(candidate) < distance(month))
                month = candidate;
        }
    }
    if (day > month.daysInMonth())
        return;
    mention.label = NumberLabel::Date;
    mention.isoValue = QDate(month.year(), month.month(), day).toString(Qt::ISODate);
    mention.value.reset();
}

} // namespace galley
