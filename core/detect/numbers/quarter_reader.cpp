#include "quarter_reader.h"

#include "detect/numbers/calendar_words.h"
#include "detect/numbers/sentence_tense.h"

#include <QHash>
#include <QSet>

#include <algorithm>

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

// The one four-digit year the sentence names, or 0: "In 2014, sales rose 5% in the first half of
// the year".
int yearNamedInSentence(const SentenceTokens &tokens)
{
    int named = 0;
    for (qsizetype t = tokens.begin(); t < tokens.end(); ++t) {
        if (!tokens.isKind(t, TokenKind::Number) || !isFourDigitYear(tokens.text(t)))
            continue;
        if (named != 0 && named != tokens.text(t).toInt())
            return 0;
        named = tokens.text(t).toInt();
    }
    return named;
}

// The year a quarter or half is of, from token i on: "2016", "this year", "last year", "next
// year", "the year" (the year the sentence names, else the year of writing). `year` stays 0 when
// it is relative and the publication date unknown; the token after it goes to `end`. Not a year
// before a possessive ("the first half of last year's final") or "the year before".
bool readYearOf(const SentenceTokens &tokens, qsizetype i, const QDate &published, int &year, qsizetype &end)
{
    if (tokens.isKind(i, TokenKind::Number) && isFourDigitYear(tokens.text(i))) {
        year = tokens.text(i).toInt();
        end = i + 1;
        return true;
    }
    if (!tokens.is(i + 1, u"year"))
        return false;
    const QString &after = tokens.lower(i + 2);
    if (after == u"'s" || after == u"\u2019s" || after == u"before" || after == u"after" || after == u"earlier")
        return false;
    const QString &word = tokens.lower(i);
    const std::optional<int> shift = word == u"the" ? 0 : yearShiftOfWord(word);
    if (!shift)
        return false;
    const int named = word == u"the" ? yearNamedInSentence(tokens) : 0;
    year = named != 0 ? named : published.isValid() ? published.year() + *shift : 0;
    end = i + 2;
    return true;
}

DateTimeMatch periodMatch(const SentenceTokens &tokens, qsizetype begin, qsizetype end, int year, int firstMonth, int lastMonth)
{
    if (year == 0)
        return dateTimeMatch(tokens, NumberLabel::Date, begin, end, QString());
    const QString from = QString::number(year) + u'-' + twoDigits(firstMonth);
    const QString to = QString::number(year) + u'-' + twoDigits(lastMonth);
    DateTimeMatch match = dateTimeMatch(tokens, NumberLabel::Date, begin, end, from + u'/' + to);
    match.mention.isoFrom = from;
    match.mention.isoTo = to;
    return match;
}

} // namespace

// "H1 2024", "first half of 2025", "the second half of the year": six months.
static std::optional<DateTimeMatch> readHalfYear(const SentenceTokens &tokens, qsizetype i, const QDate &published)
{
    const QString &word = tokens.lower(i);
    int half = word == u"h1" ? 1 : word == u"h2" ? 2 : 0;
    qsizetype at = i + 1;
    const bool spelled = half == 0 && (word == u"first" || word == u"second") && tokens.is(i + 1, u"half");
    if (spelled) {
        half = word == u"first" ? 1 : 2;
        at = i + 2;
        if (!tokens.is(at, u"of") && !tokens.is(at, u"in"))
            return std::nullopt;   // "the first half" of a match
    }
    if (half == 0)
        return std::nullopt;
    const bool of = tokens.is(at, u"of") || tokens.is(at, u"in");
    if (of)
        ++at;
    int year = 0;
    qsizetype end = at;
    // "H2 last year", "the second half of last year"; "H2" alone is a chip or a hydrogen molecule
    if (!readYearOf(tokens, at, published, year, end) || (!spelled && !of && tokens.is(at, u"the")))
        return std::nullopt;
    return periodMatch(tokens, i, end, year, half == 1 ? 1 : 7, half == 1 ? 6 : 12);
}

// Whether one of the tokens [from, to) is one of `words` (lower case).
bool namesAnyOf(const SentenceTokens &tokens, qsizetype from, qsizetype to, const QSet<QString> &words)
{
    for (qsizetype t = from; t < to; ++t) {
        if (words.contains(tokens.lower(t)))
            return true;
    }
    return false;
}

// Whether a business's or an economy's figures are named within eight tokens of the quarter at
// token i, where "the third quarter" is of a year and not of a game ("scored in the third
// quarter").
bool speaksOfAccounts(const SentenceTokens &tokens, qsizetype i)
{
    static const QSet<QString> words = {
        QStringLiteral("profit"),   QStringLiteral("profits"),  QStringLiteral("earnings"), QStringLiteral("revenue"),
        QStringLiteral("revenues"), QStringLiteral("sales"),    QStringLiteral("results"),  QStringLiteral("gdp"),
        QStringLiteral("economy"),  QStringLiteral("economic"), QStringLiteral("quarterly"), QStringLiteral("income"),
        QStringLiteral("losses"),   QStringLiteral("shipments"), QStringLiteral("deliveries"), QStringLiteral("inflation"),
        QStringLiteral("fiscal"),   QStringLiteral("dividend"), QStringLiteral("turnover"), QStringLiteral("growth"),
        QStringLiteral("shareholders"), QStringLiteral("output"), QStringLiteral("margins"), QStringLiteral("subscribers"),
    };
    constexpr qsizetype kReach = 8;
    return namesAnyOf(tokens, std::max(tokens.begin(), i - kReach), std::min(tokens.end(), i + kReach + 1), words);
}

// "knocked out in Q2", "Q3 qualifying": a session of a motor race, not a quarter.
bool speaksOfRacing(const SentenceTokens &tokens)
{
    static const QSet<QString> words = {
        QStringLiteral("knocked"), QStringLiteral("qualifying"), QStringLiteral("session"), QStringLiteral("pole"),
        QStringLiteral("lap"),     QStringLiteral("grid"),       QStringLiteral("eliminated"), QStringLiteral("practice"),
    };
    return namesAnyOf(tokens, tokens.begin(), tokens.end(), words);
}

// A quarter without its year is the last one begun by the day of writing, or in a sentence of the
// future the next one not yet over: "profits rose in Q4" written in January is last year's.
DateTimeMatch quarterOfTense(const SentenceTokens &tokens, qsizetype i, qsizetype end, int quarter, const QDate &published)
{
    const int firstMonth = 3 * (quarter - 1) + 1;
    const bool future = isFutureTenseAround(tokens, i);
    const int year = !published.isValid() ? 0
                     : future             ? yearOfMonth(firstMonth + 2, published, true)
                                          : yearOfMonth(firstMonth, published, false);
    return periodMatch(tokens, i, end, year, firstMonth, firstMonth + 2);
}

std::optional<DateTimeMatch> readQuarter(const SentenceTokens &tokens, qsizetype i, const QDate &published)
{
    const QString &word = tokens.lower(i);
    const int quarter = quarterOfWord(word);
    if (quarter == 0)
        return readHalfYear(tokens, i, published);
    qsizetype at = i + 1;
    const bool written = word.startsWith(u'q');
    if (!written) {
        if (!tokens.is(at, u"quarter"))
            return readHalfYear(tokens, i, published);   // "the first half of 2023"
        ++at;
    }
    const bool of = tokens.is(at, u"of") || tokens.is(at, u"in");
    if (of)
        ++at;
    int year = 0;
    qsizetype end = at;
    // "the third quarter of the year", "Q3 last year"; not "Q3 the" nor "the third quarter" of a game
    if (!readYearOf(tokens, at, published, year, end) || (!of && tokens.is(at, u"the"))) {
        // "Q3" written so is a quarter unless a name goes on ("the Q4 e-tron", "Q2 Stadium"; "Q3
        // GDP" does) or a race is told; spelled out only near a business's figures
        const QStringView next = tokens.text(i + 1);
        const bool nameGoesOn = tokens.isKind(i + 1, TokenKind::Word) && (next.contains(u'-')
                                || (tokens.isCapitalised(i + 1) && next.toString().toUpper() != next));
        const bool alone = !of
                           && (written ? tokens.text(i).front() == u'Q' && !nameGoesOn && !speaksOfRacing(tokens)
                                       : speaksOfAccounts(tokens, i));
        if (alone && !tokens.isKind(i + 1, TokenKind::Number))
            return quarterOfTense(tokens, i, written ? i + 1 : i + 2, quarter, published);
        return std::nullopt;
    }
    const int firstMonth = 3 * (quarter - 1) + 1;
    return periodMatch(tokens, i, end, year, firstMonth, firstMonth + 2);
}

} // namespace galley
