#include "mention_starts.h"

#include "detect/numbers/calendar_periods.h"
#include "detect/numbers/calendar_words.h"
#include "detect/numbers/currencies.h"
#include "detect/numbers/modifier_words.h"
#include "detect/numbers/number_words.h"
#include "detect/numbers/vague_duration_reader.h"

#include <QSet>

namespace galley {

namespace {

bool isStartWord(QStringView lowerWord)
{
    static const QSet<QString> words = {
        QStringLiteral("since"), QStringLiteral("until"),    QStringLiteral("till"),     QStringLiteral("today"),
        QStringLiteral("yesterday"), QStringLiteral("tomorrow"), QStringLiteral("last"), QStringLiteral("this"),
        QStringLiteral("next"),  QStringLiteral("coming"),   QStringLiteral("early"),    QStringLiteral("mid"),
        QStringLiteral("late"),  QStringLiteral("noon"),     QStringLiteral("midday"),   QStringLiteral("midnight"),
        QStringLiteral("between"), QStringLiteral("from"),   QStringLiteral("minus"),    QStringLiteral("past"),
        QStringLiteral("tonight"), QStringLiteral("day"),    QStringLiteral("week"),     QStringLiteral("month"),
        QStringLiteral("year"),
    };
    const QString key = QString::fromRawData(lowerWord.data(), lowerWord.size());
    return words.contains(key) || isNumberWord(lowerWord) || isModifierStart(lowerWord) || monthOfWord(lowerWord)
           || mayStartCalendarPeriod(lowerWord)
           || weekdayOfWord(lowerWord) || mayStartVagueDuration(lowerWord);
}

} // namespace

bool mayStartMention(const SentenceTokens &tokens, qsizetype i)
{
    switch (tokens.token(i).kind) {
    case TokenKind::Number:
    case TokenKind::Symbol:
    case TokenKind::Dash:
        return true;
    case TokenKind::Word:
        break;
    default:
        return tokens.text(i) == u"-" || tokens.text(i) == u"\u2212";   // a minus sign
    }
    const QString &word = tokens.lower(i);
    const bool quarter = word.size() == 2 && word[0] == u'q' && word[1] >= u'1' && word[1] <= u'4';   // "Q3 2024"
    const bool halfYear = word == u"h1" || word == u"h2";   // "H1 2024"
    if (quarter || halfYear || isStartWord(word) || !currencyOfWordBefore(tokens.text(i)).isEmpty() || tokens.text(i + 1) == u"$")
        return true;
    const qsizetype hyphen = word.indexOf(u'-');   // "two-year", "mid-December"
    return hyphen > 0 && isStartWord(QStringView(word).left(hyphen));
}

} // namespace galley
