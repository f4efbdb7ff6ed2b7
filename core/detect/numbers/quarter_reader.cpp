#include "quarter_reader.h"

#include "detect/numbers/calendar_words.h"

#include <QHash>

namespace galley {

namespace {

int quarterOfWord(const QString &lowerWord)
{
    static const QHash<QString, int> quarters = {
        {QStringLiteral("first"), 1}, {QStringLiteral("1st"), 1}, {QStringLiteral("second"), 2}, {QStringLiteral("2nd"), 2},
        {QStringLiteral("third"), 3}, {QStringLiteral("3rd"), 3}, {QStringLiteral("fourth"), 4}, {QStringLiteral("4th"), 4},
        {QStringLiteral("q1"), 1},    {QStringLiteral("q2"), 2},  {QStringLiteral("q3"), 3},     {QStringLiteral("q4"), 4},
    };
    return quarters.value(lowerWord, 0);
}

int yearAt(const SentenceTokens &tokens, qsizetype i)
{
    return tokens.isKind(i, TokenKind::Number) && isFourDigitYear(tokens.text(i)) ? tokens.text(i).toInt() : 0;
}

} // namespace

// "H1 2024", "first half of 2025": six months.
static std::optional<DateTimeMatch> readHalfYear(const SentenceTokens &tokens, qsizetype i)
{
    const QString &word = tokens.lower(i);
    int half = word == u"h1" ? 1 : word == u"h2" ? 2 : 0;
    qsizetype at = i + 1;
    if (half == 0 && (word == u"first" || word == u"second") && tokens.is(i + 1, u"half")) {
        half = word == u"first" ? 1 : 2;
        at = i + 2;
        if (!tokens.is(at, u"of") && !tokens.is(at, u"in"))
            return std::nullopt;   // "the first half" of a match
    }
    if (half == 0)
        return std::nullopt;
    if (tokens.is(at, u"of") || tokens.is(at, u"in"))
        ++at;
    const int year = yearAt(tokens, at);
    if (year == 0)
        return std::nullopt;
    const QString from = QString::number(year) + (half == 1 ? QStringLiteral("-01") : QStringLiteral("-07"));
    const QString to = QString::number(year) + (half == 1 ? QStringLiteral("-06") : QStringLiteral("-12"));
    DateTimeMatch match = dateTimeMatch(tokens, NumberLabel::Date, i, at + 1, from + u'/' + to);
    match.mention.isoFrom = from;
    match.mention.isoTo = to;
    return match;
}

std::optional<DateTimeMatch> readQuarter(const SentenceTokens &tokens, qsizetype i)
{
    const QString &word = tokens.lower(i);
    const int quarter = quarterOfWord(word);
    if (quarter == 0)
        return readHalfYear(tokens, i);
    qsizetype at = i + 1;
    if (!word.startsWith(u'q')) {
        if (!tokens.is(at, u"quarter"))
            return readHalfYear(tokens, i);   // "the first half of 2023"
        ++at;
    }
    if (tokens.is(at, u"of") || tokens.is(at, u"in"))
        ++at;
    const int year = yearAt(tokens, at);
    if (year == 0)
        return std::nullopt;
    const int firstMonth = 3 * (quarter - 1) + 1;
    const QString from = QString::number(year) + u'-' + twoDigits(firstMonth);
    const QString to = QString::number(year) + u'-' + twoDigits(firstMonth + 2);
    DateTimeMatch match = dateTimeMatch(tokens, NumberLabel::Date, i, at + 1, from + u'/' + to);
    match.mention.isoFrom = from;
    match.mention.isoTo = to;
    return match;
}

} // namespace galley
