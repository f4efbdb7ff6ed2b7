#include "calendar_periods.h"

#include "detect/numbers/holidays.h"
#include "detect/numbers/sentence_tense.h"

#include <QHash>
#include <QSet>

#include <cstdlib>

namespace galley {

namespace {

using namespace Qt::StringLiterals;

enum class Direction { Last, This, Next, ByTense };

Direction directionOf(const SentenceTokens &tokens, qsizetype word, qsizetype &begin)
{
    begin = word;
    const QString &before = tokens.lower(word - 1);
    if (before == u"last" || before == u"past" || before == u"previous") {
        begin = word - 1;
        return Direction::Last;
    }
    if (before == u"this") {
        begin = word - 1;
        return Direction::This;
    }
    if (before == u"next" || before == u"coming") {
        begin = word - 1;
        return Direction::Next;
    }
    return Direction::ByTense;
}

bool future(const SentenceTokens &tokens, qsizetype i) { return isDaySetFor(tokens, i) || isFutureTenseAround(tokens, i); }

std::optional<int> yearAfter(const SentenceTokens &tokens, qsizetype i)
{
    const qsizetype at = tokens.is(i, u"of") ? i + 1 : i;
    if (!tokens.isKind(at, TokenKind::Number) || tokens.length(at) != 4)
        return std::nullopt;
    bool ok = false;
    const int year = tokens.text(at).toInt(&ok);
    return ok && year >= 1000 && year < 3000 ? std::optional(year) : std::nullopt;
}

// The ISO week of a weekend, its Saturday at `saturday`.
QString weekendOf(const QDate &saturday)
{
    int weekYear = 0;
    const int week = saturday.weekNumber(&weekYear);
    return QString::number(weekYear) + QStringLiteral("-W") + twoDigits(week) + QStringLiteral("-WE");
}

std::optional<DateTimeMatch> readWeekend(const SentenceTokens &tokens, qsizetype i, const QDate &published)
{
    if (!tokens.is(i, u"weekend"))
        return std::nullopt;
    qsizetype begin = i;
    const Direction direction = directionOf(tokens, i, begin);
    // "the weekend", "at the weekend", "over the weekend": the one the tense points to
    if (direction == Direction::ByTense && !tokens.is(i - 1, u"the"))
        return std::nullopt;   // "weekend trips", "a long weekend"
    // "the weekend edition", "the weekend shift": a noun after it is what it describes
    if (tokens.isKind(i + 1, TokenKind::Word) && !tokens.isCapitalised(i + 1)
        && !QStringList{u"and"_s, u"or"_s, u"when"_s, u"before"_s, u"after"_s, u"as"_s, u"in"_s, u"at"_s, u"of"_s,
                        u"with"_s, u"while"_s, u"to"_s, u"for"_s, u"but"_s}.contains(tokens.lower(i + 1)))
        return std::nullopt;
    if (!published.isValid())
        return dateTimeMatch(tokens, NumberLabel::Date, begin, i + 1, QString());
    const int weekday = published.dayOfWeek();                      // Monday 1 … Sunday 7
    const QDate thisSaturday = published.addDays(6 - weekday);      // on a Sunday, the day before
    QDate saturday = thisSaturday;
    if (direction == Direction::Last)
        saturday = thisSaturday.addDays(-7);
    else if (direction == Direction::Next)
        saturday = thisSaturday.addDays(7);
    else if (direction == Direction::ByTense && future(tokens, i))
        saturday = weekday == 7 ? thisSaturday.addDays(7) : thisSaturday;
    else if (direction == Direction::ByTense && isPastTenseAround(tokens, i))
        saturday = weekday >= 6 ? thisSaturday : thisSaturday.addDays(-7);
    else if (direction == Direction::ByTense)
        return std::nullopt;   // "most fires happen at the weekend": every weekend
    return dateTimeMatch(tokens, NumberLabel::Date, begin, i + 1, weekendOf(saturday));
}

std::optional<DateTimeMatch> readSeason(const SentenceTokens &tokens, qsizetype i, const QDate &published)
{
    // in the order of a year's seasons, winter last: the winter a December opens
    static const QHash<QString, int> seasons = {
        {QStringLiteral("spring"), 0}, {QStringLiteral("summer"), 1}, {QStringLiteral("autumn"), 2},
        {QStringLiteral("fall"), 2},   {QStringLiteral("winter"), 3},
    };
    static const QStringList codes = {QStringLiteral("SP"), QStringLiteral("SU"), QStringLiteral("FA"), QStringLiteral("WI")};
    const auto named = seasons.constFind(tokens.lower(i));
    if (named == seasons.cend())
        return std::nullopt;
    qsizetype begin = i;
    const Direction direction = directionOf(tokens, i, begin);
    const auto code = [](int linear) -> QString {
        const int year = linear >= 0 ? linear / 4 : (linear - 3) / 4;
        return QString::number(year) + u'-' + codes[linear - 4 * year];
    };
    if (const auto year = yearAfter(tokens, i + 1)) {   // "winter 2023", "the summer of 2016"
        const qsizetype end = tokens.is(i + 1, u"of") ? i + 3 : i + 2;
        return dateTimeMatch(tokens, NumberLabel::Date, begin, end, code(*year * 4 + *named));
    }
    // "fall" is mostly the verb, "spring" the noun: a season comes with "last", "this", "next",
    // or "in the", "during the", "over the", "by the"
    const bool withThe = tokens.is(i - 1, u"the") && (tokens.is(i - 2, u"in") || tokens.is(i - 2, u"during")
                                                       || tokens.is(i - 2, u"over") || tokens.is(i - 2, u"by"));
    if (direction == Direction::ByTense && !withThe)
        return std::nullopt;
    if (!published.isValid())
        return dateTimeMatch(tokens, NumberLabel::Date, begin, i + 1, QString());
    // the season of the day of writing, northern: spring from March, summer from June, autumn
    // from September, winter from December (counted in that December's year)
    const int month = published.month();
    const int currentIndex = month >= 3 && month <= 5 ? 0 : month >= 6 && month <= 8 ? 1 : month >= 9 && month <= 11 ? 2 : 3;
    const int currentYear = month <= 2 ? published.year() - 1 : published.year();
    const int now = currentYear * 4 + currentIndex;
    int target = currentYear * 4 + *named;
    const bool ahead = direction == Direction::ByTense && future(tokens, i);
    if (direction == Direction::ByTense && !ahead && !isPastTenseAround(tokens, i))
        return std::nullopt;   // "prices rise in the summer": every summer
    if (direction == Direction::Next && target <= now)
        target += 4;
    else if (direction == Direction::Last && target >= now)
        target -= 4;
    else if (direction == Direction::ByTense && ahead && target < now)
        target += 4;
    else if (direction == Direction::ByTense && !ahead && target > now)
        target -= 4;
    return dateTimeMatch(tokens, NumberLabel::Date, begin, i + 1, code(target));
}

// The Saturday of the weekend a holiday belongs to: Easter's, the one before Labor Day, the one
// after Thanksgiving; the Fourth of July on a Tuesday, the one before.
QDate weekendSaturdayOf(const QDate &holiday)
{
    // by dayOfWeek, Monday 1: a Tuesday's weekend is the one before it, a Wednesday's the one after
    static const int toSaturday[] = {0, -2, -3, 3, 2, 1, 0, -1};
    return holiday.addDays(toSaturday[holiday.dayOfWeek()]);
}

// Which occurrence of a holiday a sentence means when no word before it says: the tense's (a past
// verb close to it: the last one on or before the day of writing; future: the next one on or
// after it), else the nearest ("Christmas is a time for family" written on 24 December), or the
// next for one news awaits ("as Election Day nears").
enum class HolidayTense { Past, Future, Unknown };

// Which of the holiday's dates around the day of writing a mention means.
enum class Occurrence { LastBefore, LastOnOrBefore, NextAfter, NextOnOrAfter, ThisYear, Nearest };

Occurrence occurrenceOf(Direction direction, HolidayTense tense, bool awaited)
{
    switch (direction) {
    case Direction::Last:
        return Occurrence::LastBefore;
    case Direction::Next:
        return Occurrence::NextAfter;
    case Direction::This:
        return Occurrence::ThisYear;
    case Direction::ByTense:
        break;
    }
    if (tense == HolidayTense::Past)
        return Occurrence::LastOnOrBefore;
    if (tense == HolidayTense::Future || awaited)
        return Occurrence::NextOnOrAfter;
    return Occurrence::Nearest;
}

// The holiday's date that `occurrence` picks, within four years either side of the day of
// writing (a presidential inauguration comes every fourth year); invalid when none fits.
QDate holidayDateAround(const Holiday &holiday, const QDate &published, Occurrence occurrence)
{
    QDate chosen;
    for (int year = published.year() - 4; year <= published.year() + 4; ++year) {
        const QDate date = holiday.dateIn(year);
        if (!date.isValid())
            continue;
        const qint64 days = published.daysTo(date);
        bool fits = true;
        bool better = !chosen.isValid();
        switch (occurrence) {
        case Occurrence::LastBefore:
        case Occurrence::LastOnOrBefore:
            fits = occurrence == Occurrence::LastBefore ? days < 0 : days <= 0;
            better = better || date > chosen;
            break;
        case Occurrence::NextAfter:
        case Occurrence::NextOnOrAfter:
            fits = occurrence == Occurrence::NextAfter ? days > 0 : days >= 0;
            better = better || date < chosen;
            break;
        case Occurrence::ThisYear:
            fits = date.year() == published.year();
            break;
        case Occurrence::Nearest:
            better = better || std::abs(days) < std::abs(published.daysTo(chosen));
            break;
        }
        if (fits && better)
            chosen = date;
    }
    return chosen;
}

std::optional<DateTimeMatch> readHoliday(const SentenceTokens &tokens, qsizetype i, const QDate &published)
{
    // a holiday's name as written: capitalised ("Christmas"), not "the easter egg hunt"
    if (tokens.casing() == SentenceCasing::Normal && !tokens.isCapitalised(i))
        return std::nullopt;
    const auto holiday = holidayAt(tokens, i);
    if (!holiday || tokens.is(i - 1, u"every") || tokens.is(i - 1, u"each"))   // "every Christmas" recurs
        return std::nullopt;
    qsizetype begin = i;
    const Direction direction = directionOf(tokens, i, begin);
    qsizetype end = i + holiday->words;
    const bool weekend = tokens.is(end, u"weekend");   // "Easter weekend", "over the Labor Day weekend"
    // "Christmas shopping", "the Easter Rising": a holiday naming something else
    if (holiday->words == 1 && !weekend && tokens.isKind(end, TokenKind::Word) && !tokens.is(end, u"and")
        && !tokens.is(end, u"or") && !yearAfter(tokens, end) && tokens.lower(end).size() > 3 && !isFutureTenseAround(tokens, i)
        && !tokens.lower(end).endsWith(QStringLiteral("ed")))
        return std::nullopt;
    if (weekend)
        ++end;
    const auto valueOf = [&](const QDate &date) -> QString {
        if (!weekend)
            return date.toString(Qt::ISODate);
        return weekendOf(weekendSaturdayOf(date));
    };
    if (const auto year = yearAfter(tokens, end)) {
        const QDate date = holiday->dateIn(*year);
        if (!date.isValid())
            return std::nullopt;
        return dateTimeMatch(tokens, NumberLabel::Date, begin, tokens.is(end, u"of") ? end + 2 : end + 1, valueOf(date));
    }
    if (!published.isValid())
        return dateTimeMatch(tokens, NumberLabel::Date, begin, end, QString());
    // the whole sentence's past is too wide here: news says "said" in most sentences, of the
    // coming Election Day as of the last one
    // "ahead of Christmas", "until Election Day": the next one, unless a past verb close by tells
    // of the last ("shops hired staff ahead of Christmas")
    const bool awaitedByWords = (tokens.is(begin - 1, u"of") && tokens.is(begin - 2, u"ahead")) || tokens.is(begin - 1, u"until")
                                || tokens.is(begin - 1, u"till");
    const HolidayTense tense = isPastVerbClose(tokens, begin, end)    ? HolidayTense::Past
                               : future(tokens, i) || awaitedByWords ? HolidayTense::Future
                                                                     : HolidayTense::Unknown;
    const QDate date = holidayDateAround(*holiday, published, occurrenceOf(direction, tense, holiday->awaited));
    if (!date.isValid())
        return std::nullopt;
    return dateTimeMatch(tokens, NumberLabel::Date, begin, end, valueOf(date));
}

} // namespace

std::optional<DateTimeMatch> readCalendarPeriod(const SentenceTokens &tokens, qsizetype i, const QDate &published)
{
    // "last weekend" starts at "last": read from the word it names
    const qsizetype word = (tokens.is(i, u"last") || tokens.is(i, u"this") || tokens.is(i, u"next") || tokens.is(i, u"past")
                            || tokens.is(i, u"coming") || tokens.is(i, u"previous"))
                               ? i + 1
                               : i;
    for (const auto reader : {readWeekend, readSeason, readHoliday}) {
        if (auto found = reader(tokens, word, published)) {
            if (found->mention.start >= tokens.token(i).start)
                return found;
        }
    }
    return std::nullopt;
}

bool mayStartCalendarPeriod(QStringView lowerWord)
{
    static const QSet<QString> words = {
        QStringLiteral("weekend"), QStringLiteral("spring"), QStringLiteral("summer"), QStringLiteral("autumn"),
        QStringLiteral("fall"),    QStringLiteral("winter"), QStringLiteral("previous"),
    };
    return words.contains(QString::fromRawData(lowerWord.data(), lowerWord.size())) || mayStartHoliday(lowerWord);
}

} // namespace galley
