#include "date_time_reader.h"

#include "detect/numbers/calendar_periods.h"
#include "detect/numbers/calendar_words.h"
#include "detect/numbers/decade_reader.h"
#include "detect/numbers/number_words.h"
#include "detect/numbers/quarter_reader.h"
#include "detect/numbers/sentence_tense.h"
#include "detect/numbers/time_reader.h"

#include <QHash>
#include <QSet>

namespace galley {

namespace {

QString isoDay(const QDate &date) { return date.toString(Qt::ISODate); }
QString isoMonth(int year, int month) { return QString::number(year) + u'-' + twoDigits(month); }

// Words before a bare month or year that make it a date: "in May", "since 2011".
bool isDatePreposition(QStringView word)
{
    static const QSet<QString> words = {
        QStringLiteral("in"),     QStringLiteral("since"),  QStringLiteral("until"), QStringLiteral("till"),
        QStringLiteral("by"),     QStringLiteral("from"),   QStringLiteral("during"), QStringLiteral("of"),
        QStringLiteral("before"), QStringLiteral("after"),  QStringLiteral("through"), QStringLiteral("early"),
        QStringLiteral("late"),   QStringLiteral("mid"),    QStringLiteral("last"),   QStringLiteral("next"),
        QStringLiteral("this"),   QStringLiteral("to"),     QStringLiteral("between"), QStringLiteral("and"),
        QStringLiteral("on"),     QStringLiteral("throughout"),
    };
    return words.contains(word.toString());
}

// A token that may be a day of the month: "8", "8th", "15".
std::optional<int> dayAt(const SentenceTokens &tokens, qsizetype i)
{
    if (!tokens.isKind(i, TokenKind::Number))
        return std::nullopt;
    const DigitToken digits = parseDigitToken(tokens.text(i));
    if (digits.shape != DigitToken::Shape::Plain || digits.decimal || digits.grouped || digits.integerDigits > 2
        || digits.value < 1 || digits.value > 31)
        return std::nullopt;
    if (!digits.suffix.isEmpty() && digits.suffix != u"st" && digits.suffix != u"nd" && digits.suffix != u"rd"
        && digits.suffix != u"th")
        return std::nullopt;
    return int(digits.value);
}

// "27-29" before or after a month: a range of days.
std::optional<std::pair<int, int>> dayRangeAt(const SentenceTokens &tokens, qsizetype i)
{
    if (!tokens.isKind(i, TokenKind::Number))
        return std::nullopt;
    const DigitToken digits = parseDigitToken(tokens.text(i));
    if (digits.shape != DigitToken::Shape::Range || !digits.suffix.isEmpty() || digits.decimal || digits.grouped
        || digits.value < 1 || digits.second > 31)
        return std::nullopt;
    return std::make_pair(int(digits.value), int(digits.second));
}

std::optional<int> yearAt(const SentenceTokens &tokens, qsizetype i)
{
    if (!tokens.isKind(i, TokenKind::Number))
        return std::nullopt;
    const DigitToken digits = parseDigitToken(tokens.text(i));
    if (digits.shape != DigitToken::Shape::Plain || !digits.suffix.isEmpty() || digits.decimal || digits.grouped
        || digits.integerDigits != 4 || digits.value < 1000 || digits.value >= 3000)
        return std::nullopt;
    return int(digits.value);
}

// A month name at i as the text writes it: capitalised, except in an all-caps headline.
std::optional<int> monthAt(const SentenceTokens &tokens, qsizetype i)
{
    if (!tokens.isKind(i, TokenKind::Word) || !tokens.isCapitalised(i))
        return std::nullopt;
    return monthOfWord(tokens.lower(i));
}

class Reader
{
public:
    Reader(const SentenceTokens &tokens, const QDate &published) : m_tokens(tokens), m_published(published) {}

    std::optional<DateTimeMatch> read(qsizetype i) const
    {
        const QString &word = m_tokens.lower(i);
        if (word == u"since" || word == u"until" || word == u"till") {
            auto bounded = readDate(i + 1);
            if (!bounded || bounded->mention.isoValue.isEmpty())
                return bounded;
            (word == u"since" ? bounded->mention.isoFrom : bounded->mention.isoTo) = bounded->mention.isoValue;
            bounded->mention.start = m_tokens.token(i).start;
            return bounded;
        }
        if (auto time = readTime(m_tokens, i, m_published))
            return time;
        if (auto quarter = readQuarter(m_tokens, i, m_published))
            return quarter;
        return readDate(i);
    }

private:
    DateTimeMatch match(NumberLabel label, qsizetype begin, qsizetype end, const QString &iso) const
    {
        return dateTimeMatch(m_tokens, label, begin, end, iso);
    }

    QString monthDay(int month, int day, std::optional<int> year, qsizetype at) const
    {
        if (year) {
            const QDate date(*year, month, day);
            return date.isValid() ? isoDay(date) : QString();
        }
        if (!m_published.isValid())
            return QStringLiteral("--") + twoDigits(month) + u'-' + twoDigits(day);
        const bool ahead = isDaySetFor(m_tokens, at) || isFutureTenseAround(m_tokens, at);
        const QDate date = monthDayDate(month, day, m_published, ahead);
        return date.isValid() ? isoDay(date) : QString();
    }

    QString monthOnly(int month, qsizetype at) const
    {
        if (!m_published.isValid())
            return QStringLiteral("--") + twoDigits(month);
        return isoMonth(yearOfMonth(month, m_published, isFutureTenseAround(m_tokens, at)), month);
    }

    std::optional<DateTimeMatch> readDate(qsizetype i) const
    {
        if (auto decade = readDecade(m_tokens, i, m_published))
            return decade;
        if (auto date = readMonthFirst(i))
            return date;
        if (auto date = readDayFirst(i))
            return date;
        if (auto date = readPartOf(i))
            return date;
        if (auto date = readNthWeekdayOfMonth(i))
            return date;
        if (auto date = readWeekday(i))
            return date;
        if (auto date = readRelative(i))
            return date;
        return readDigitDate(i);
    }

    // "December 8", "Dec. 8, 2016", "December 2016", "in May", "December".
    std::optional<DateTimeMatch> readMonthFirst(qsizetype i) const
    {
        const auto month = monthAt(m_tokens, i);
        if (!month)
            return std::nullopt;
        if (const auto day = dayAt(m_tokens, i + 1); day && !m_tokens.is(i + 2, u":")) {
            qsizetype end = i + 2;
            std::optional<int> year;
            const qsizetype yearAtIndex = m_tokens.is(end, u",") ? end + 1 : end;
            if ((year = yearAt(m_tokens, yearAtIndex)))
                end = yearAtIndex + 1;
            else if ((year = relativeYearAt(end)))
                end += 2;
            const QString iso = monthDay(*month, *day, year, i);
            if (!iso.isEmpty())
                return match(NumberLabel::Date, i, end, iso);
        }
        if (const auto days = dayRangeAt(m_tokens, i + 1)) {
            qsizetype end = i + 2;
            const qsizetype yearAtIndex = m_tokens.is(end, u",") ? end + 1 : end;
            const std::optional<int> year = yearAt(m_tokens, yearAtIndex);
            if (year)
                end = yearAtIndex + 1;
            if (auto range = dayRange(i, end, *month, *days, year))
                return range;
        }
        if (const auto year = yearAt(m_tokens, i + 1))
            return match(NumberLabel::Date, i, i + 2, isoMonth(*year, *month));
        if (const auto year = relativeYearAt(i + 1); year && isDatePreposition(m_tokens.lower(i - 1)))
            return match(NumberLabel::Date, i, i + 3, isoMonth(*year, *month));   // "in March next year"
        const QString &word = m_tokens.lower(i);
        const bool ambiguous = word == u"may" || word == u"march" || isAbbreviatedMonth(word)
                               || m_tokens.casing() == SentenceCasing::AllCaps;
        if (ambiguous && !isDatePreposition(m_tokens.lower(i - 1)))
            return std::nullopt;
        return match(NumberLabel::Date, i, i + 1, monthOnly(*month, i));
    }

    // "next year", "last year", "this year" after a day and month: the year counted from the day
    // of writing ("March 14 next year").
    std::optional<int> relativeYearAt(qsizetype i) const
    {
        if (!m_published.isValid() || !m_tokens.is(i + 1, u"year"))
            return std::nullopt;
        const auto shift = yearShiftOfWord(m_tokens.lower(i));
        return shift ? std::optional(m_published.year() + *shift) : std::nullopt;
    }

    // "December 27-29", "27-29 September 1996": from and to, isoValue empty.
    std::optional<DateTimeMatch> dayRange(qsizetype begin, qsizetype end, int month, std::pair<int, int> days,
                                          std::optional<int> year) const
    {
        const QString from = monthDay(month, days.first, year, begin);
        const QString to = monthDay(month, days.second, year, begin);
        if (from.isEmpty() || to.isEmpty() || to < from)
            return std::nullopt;
        DateTimeMatch found = match(NumberLabel::Date, begin, end, QString());
        found.mention.isoFrom = from;
        found.mention.isoTo = to;
        return found;
    }

    // "15 December 2016", "8th of December", "27-29 September".
    std::optional<DateTimeMatch> readDayFirst(qsizetype i) const
    {
        if (const auto days = dayRangeAt(m_tokens, i)) {
            if (const auto month = monthAt(m_tokens, i + 1)) {
                const std::optional<int> year = yearAt(m_tokens, i + 2);
                return dayRange(i, year ? i + 3 : i + 2, *month, *days, year);
            }
        }
        const auto day = dayAt(m_tokens, i);
        if (!day)
            return std::nullopt;
        const qsizetype monthIndex = m_tokens.is(i + 1, u"of") ? i + 2 : i + 1;
        const auto month = monthAt(m_tokens, monthIndex);
        if (!month)
            return std::nullopt;
        qsizetype end = monthIndex + 1;
        std::optional<int> year = yearAt(m_tokens, end);
        if (year)
            ++end;
        else if ((year = relativeYearAt(end)))
            end += 2;
        const QString iso = monthDay(*month, *day, year, i);
        if (iso.isEmpty())
            return std::nullopt;
        return match(NumberLabel::Date, i, end, iso);
    }

    // "mid-December", "early 2016", "late-2016", "the end of December".
    std::optional<DateTimeMatch> readPartOf(qsizetype i) const
    {
        const QString &word = m_tokens.lower(i);
        QStringView part;
        qsizetype what = i + 1;
        QStringView whatText;
        for (QStringView prefix : {u"early", u"mid", u"late"}) {
            if (word == prefix) {
                part = prefix;
                whatText = m_tokens.lower(i + 1);
            } else if (word.startsWith(prefix) && word.size() > prefix.size() + 1 && word[prefix.size()] == u'-') {
                part = prefix;
                what = i;
                whatText = QStringView(word).mid(prefix.size() + 1);
            }
        }
        if (part.isEmpty())
            return std::nullopt;
        int year = 0;
        int month = 0;
        const DigitToken digits = parseDigitToken(whatText);
        if (digits.shape == DigitToken::Shape::Plain && digits.suffix.isEmpty() && digits.integerDigits == 4)
            year = int(digits.value);
        else if (const auto m = monthOfWord(whatText); m && !isAbbreviatedMonth(whatText))
            month = *m;
        else
            return std::nullopt;
        if (what == i + 1 && month != 0 && !m_tokens.isCapitalised(i + 1))
            return std::nullopt;
        qsizetype end = what + 1;
        if (const auto y = yearAt(m_tokens, end); month != 0 && y) {   // "mid-December 2016"
            year = *y;
            ++end;
        }
        const int third = part == u"early" ? 0 : part == u"mid" ? 1 : 2;
        DateTimeMatch found;
        if (month == 0) {
            found = match(NumberLabel::Date, i, end, QString::number(year));
            const int firstMonth = 1 + 4 * third;
            found.mention.isoFrom = isoMonth(year, firstMonth);
            found.mention.isoTo = isoMonth(year, firstMonth + 3);
            return found;
        }
        if (year == 0 && m_published.isValid())
            year = yearOfMonth(month, m_published, isFutureTenseAround(m_tokens, i));
        if (year == 0)
            return match(NumberLabel::Date, i, end, monthOnly(month, i));
        found = match(NumberLabel::Date, i, end, isoMonth(year, month));
        const QDate first(year, month, 1);
        found.mention.isoFrom = isoDay(first.addDays(10 * third));
        found.mention.isoTo = isoDay(third == 2 ? QDate(year, month, first.daysInMonth()) : first.addDays(10 * third + 9));
        return found;
    }

    // "the first Monday in May", "the last Thursday of November 2025": when the year is not
    // written, the last such day in a past sentence, else the next one.
    std::optional<DateTimeMatch> readNthWeekdayOfMonth(qsizetype i) const
    {
        static const QHash<QString, int> places = {
            {QStringLiteral("first"), 1}, {QStringLiteral("second"), 2}, {QStringLiteral("third"), 3},
            {QStringLiteral("fourth"), 4}, {QStringLiteral("fifth"), 5}, {QStringLiteral("last"), -1},
        };
        const int n = places.value(m_tokens.lower(i), 0);
        if (n == 0 || !m_tokens.isCapitalised(i + 1) || !(m_tokens.is(i + 2, u"in") || m_tokens.is(i + 2, u"of")))
            return std::nullopt;
        const auto weekday = weekdayOfWord(m_tokens.lower(i + 1));
        const auto month = monthAt(m_tokens, i + 3);
        if (!weekday || !month)
            return std::nullopt;
        qsizetype end = i + 4;
        const std::optional<int> year = yearAt(m_tokens, end);
        if (year)
            ++end;
        if (!year && !m_published.isValid())
            return match(NumberLabel::Date, i, end, QString());
        QDate date = nthWeekday(year.value_or(m_published.year()), *month, *weekday, n);
        if (!year) {
            // the last such day in the past, else the next ("is a holiday" speaks of the coming one)
            const bool ahead = isFutureTenseAround(m_tokens, i) || !isPastTenseAround(m_tokens, i);
            if (ahead && date < m_published)
                date = nthWeekday(m_published.year() + 1, *month, *weekday, n);
            else if (!ahead && date > m_published)
                date = nthWeekday(m_published.year() - 1, *month, *weekday, n);
        }
        return match(NumberLabel::Date, i, end, date.month() == *month ? isoDay(date) : QString());
    }

    // "Thursday", "last Friday", "next Monday": resolved with the tense of the sentence.
    std::optional<DateTimeMatch> readWeekday(qsizetype i) const
    {
        qsizetype begin = i;
        qsizetype dayIndex = i;
        std::optional<WeekdayDirection> direction;
        const QString &word = m_tokens.lower(i);
        if (word == u"last" || word == u"next" || word == u"this" || word == u"coming") {
            dayIndex = i + 1;
            if (word == u"last")
                direction = WeekdayDirection::Before;
            else if (word == u"next")
                direction = WeekdayDirection::After;
            else if (word == u"coming")
                direction = WeekdayDirection::OnOrAfter;
        }
        if (!m_tokens.isCapitalised(dayIndex))
            return std::nullopt;
        const auto weekday = weekdayOfWord(m_tokens.lower(dayIndex));
        if (!weekday)
            return std::nullopt;
        if (!direction)
            direction = isDaySetFor(m_tokens, dayIndex) || isFutureTenseAround(m_tokens, dayIndex) ? WeekdayDirection::OnOrAfter
                                                                                                    : WeekdayDirection::OnOrBefore;
        const QDate date = weekdayDate(*weekday, m_published, *direction);
        return match(NumberLabel::Date, begin, dayIndex + 1, date.isValid() ? isoDay(date) : QString());
    }

    // "over the past year", "in the last month", "for the next week": a stretch of time up to or
    // from the day of writing, so a duration ("the last year of his term" is not one).
    std::optional<DateTimeMatch> readStretchAround(qsizetype i) const
    {
        const QString &word = m_tokens.lower(i);
        if ((word != u"past" && word != u"last" && word != u"next" && word != u"coming") || !m_tokens.is(i - 1, u"the"))
            return std::nullopt;
        static const QSet<QString> within = {
            QStringLiteral("over"), QStringLiteral("in"), QStringLiteral("during"), QStringLiteral("for"),
            QStringLiteral("within"), QStringLiteral("throughout"),
        };
        if (word != u"past" && !within.contains(m_tokens.lower(i - 2)))
            return std::nullopt;
        static const QHash<QString, QString> periods = {
            {QStringLiteral("day"), QStringLiteral("P1D")},     {QStringLiteral("week"), QStringLiteral("P1W")},
            {QStringLiteral("month"), QStringLiteral("P1M")},   {QStringLiteral("year"), QStringLiteral("P1Y")},
            {QStringLiteral("decade"), QStringLiteral("P10Y")}, {QStringLiteral("century"), QStringLiteral("P100Y")},
            {QStringLiteral("hour"), QStringLiteral("PT1H")},   {QStringLiteral("quarter"), QStringLiteral("P3M")},
        };
        const QString &unit = m_tokens.lower(i + 1);
        const auto period = periods.constFind(unit);
        // "in the last year of his presidency", "the next year's budget": one year among others
        const QString &after = m_tokens.lower(i + 2);
        if (period == periods.cend() || after == u"of" || after == u"'s" || after == u"’s")
            return std::nullopt;
        DateTimeMatch found = match(NumberLabel::Duration, i, i + 2, *period);
        found.mention.value = 1;
        found.mention.unit = unit;
        return found;
    }

    // "the last night", "his last night in Paris": one night among others; "her" too, unless it
    // is whom something happened to ("told her last night that")
    bool isOnesLastNight(qsizetype last) const
    {
        const QString &word = m_tokens.lower(last - 1);
        if (word == u"her") {
            const QString &after = m_tokens.lower(last + 2);
            return after == u"in" || after == u"at" || after == u"on" || after == u"with" || after == u"as";
        }
        return word == u"the" || word == u"his" || word == u"their" || word == u"its" || word == u"my" || word == u"our"
               || word == u"your" || word == u"'s" || word == u"’s";
    }

    static bool isPartOfDay(QStringView word)
    {
        return word == u"morning" || word == u"afternoon" || word == u"evening" || word == u"night";
    }

    // "tonight", "last night", "this morning", "the day after tomorrow": a day around the day of
    // writing.
    std::optional<DateTimeMatch> readDayAround(qsizetype i) const
    {
        const QString &word = m_tokens.lower(i);
        qsizetype end = i + 1;
        int shift = 0;
        if (word == u"tonight") {
            shift = 0;
        } else if (word == u"last" && m_tokens.is(i + 1, u"night") && !isOnesLastNight(i)
                   && (i == m_tokens.begin() || !m_tokens.isCapitalised(i))) {   // not the film "Last Night in Soho"
            shift = -1;
            end = i + 2;
        } else if (word == u"this" && isPartOfDay(m_tokens.lower(i + 1))) {
            end = i + 2;
        } else if (word == u"day" && m_tokens.is(i - 1, u"the") && (m_tokens.is(i + 1, u"after") || m_tokens.is(i + 1, u"before"))
                   && m_tokens.is(i + 2, m_tokens.is(i + 1, u"after") ? u"tomorrow" : u"yesterday")) {
            shift = m_tokens.is(i + 1, u"after") ? 2 : -2;
            end = i + 3;
            return match(NumberLabel::Date, i - 1, end, m_published.isValid() ? isoDay(m_published.addDays(shift)) : QString());
        } else {
            return std::nullopt;
        }
        return match(NumberLabel::Date, i, end, m_published.isValid() ? isoDay(m_published.addDays(shift)) : QString());
    }

    // "the week before last" (two weeks back), "the month after next", "the year before last".
    std::optional<DateTimeMatch> readPeriodBeforeLastOrAfterNext(qsizetype i) const
    {
        const QString &unit = m_tokens.lower(i);
        const bool before = m_tokens.is(i + 1, u"before") && m_tokens.is(i + 2, u"last");
        const bool after = m_tokens.is(i + 1, u"after") && m_tokens.is(i + 2, u"next");
        if ((unit != u"week" && unit != u"month" && unit != u"year") || !m_tokens.is(i - 1, u"the") || (!before && !after))
            return std::nullopt;
        // "the week before last month's election", "the year before last season": "last" goes with
        // what follows it
        static const QSet<QString> periods = {
            QStringLiteral("week"),   QStringLiteral("weekend"), QStringLiteral("month"), QStringLiteral("year"),
            QStringLiteral("season"), QStringLiteral("night"),   QStringLiteral("term"),  QStringLiteral("time"),
            QStringLiteral("quarter"),
        };
        const auto possessive = [this](qsizetype t) { return m_tokens.is(t, u"'s") || m_tokens.is(t, u"\u2019s"); };
        if (periods.contains(m_tokens.lower(i + 3)) || possessive(i + 3) || possessive(i + 4))
            return std::nullopt;
        if (!m_published.isValid())
            return match(NumberLabel::Date, i - 1, i + 3, QString());
        const int shift = before ? -2 : 2;
        QString iso;
        if (unit == u"week") {
            int weekYear = 0;
            const int week = m_published.addDays(7 * shift).weekNumber(&weekYear);
            iso = QString::number(weekYear) + QStringLiteral("-W") + twoDigits(week);
        } else if (unit == u"month") {
            const QDate day = m_published.addMonths(shift);
            iso = isoMonth(day.year(), day.month());
        } else {
            iso = QString::number(m_published.year() + shift);
        }
        return match(NumberLabel::Date, i - 1, i + 3, iso);
    }

    // "today", "yesterday", "tomorrow", "last week", "this month", "next year".
    std::optional<DateTimeMatch> readRelative(qsizetype i) const
    {
        const QString &word = m_tokens.lower(i);
        const bool valid = m_published.isValid();
        if (auto period = readCalendarPeriod(m_tokens, i, m_published))
            return period;
        if (auto day = readDayAround(i))
            return day;
        if (auto period = readPeriodBeforeLastOrAfterNext(i))
            return period;
        if (word == u"today" || word == u"yesterday" || word == u"tomorrow") {
            const int shift = word == u"today" ? 0 : word == u"yesterday" ? -1 : 1;
            // "yesterday morning", "tomorrow evening": the day
            const qsizetype end = isPartOfDay(m_tokens.lower(i + 1)) ? i + 2 : i + 1;
            return match(NumberLabel::Date, i, end, valid ? isoDay(m_published.addDays(shift)) : QString());
        }
        if (auto stretch = readStretchAround(i))
            return stretch;
        if (word != u"last" && word != u"this" && word != u"next")
            return std::nullopt;
        if (word == u"last" && m_tokens.is(i - 1, u"the"))
            return std::nullopt;   // "the last year of his term"
        const int shift = word == u"last" ? -1 : word == u"this" ? 0 : 1;
        const QString &unit = m_tokens.lower(i + 1);
        QString iso;
        if (unit == u"week") {
            if (valid) {
                int weekYear = 0;
                const QDate day = m_published.addDays(7 * shift);
                const int week = day.weekNumber(&weekYear);
                iso = QString::number(weekYear) + QStringLiteral("-W") + twoDigits(week);
            }
        } else if (unit == u"month") {
            if (valid) {
                const QDate day = m_published.addMonths(shift);
                iso = isoMonth(day.year(), day.month());
            }
        } else if (unit == u"year") {
            if (valid)
                iso = QString::number(m_published.year() + shift);
        } else if (const auto month = monthAt(m_tokens, i + 1); month && word != u"this") {
            if (!valid)
                return match(NumberLabel::Date, i, i + 2, monthOnly(*month, i));
            int year = m_published.year();
            if (word == u"last" && *month >= m_published.month())
                --year;
            if (word == u"next" && *month <= m_published.month())
                ++year;
            iso = isoMonth(year, *month);
        } else {
            return std::nullopt;
        }
        return match(NumberLabel::Date, i, i + 2, iso);
    }

    // "2016-12-15", "in 2011", "15.12.2016", "12/15/2016".
    std::optional<DateTimeMatch> readDigitDate(qsizetype i) const
    {
        if (!m_tokens.isKind(i, TokenKind::Number))
            return std::nullopt;
        const QStringView text = m_tokens.text(i);
        const DigitToken digits = parseDigitToken(text);
        if (digits.shape == DigitToken::Shape::IsoDate)
            return match(NumberLabel::Date, i, i + 1, text.toString());
        if (const auto year = yearAt(m_tokens, i); year && isDatePreposition(m_tokens.lower(i - 1))
            && !m_tokens.is(i - 1, u"to") && !m_tokens.is(i - 1, u"and") && !m_tokens.is(i - 1, u"of")
            && !m_tokens.is(i - 1, u"by"))
            return match(NumberLabel::Date, i, i + 1, QString::number(*year));
        return readNumericDate(i, text);
    }

    std::optional<DateTimeMatch> readNumericDate(qsizetype i, QStringView text) const
    {
        const QChar separator = text.contains(u'/') ? u'/' : u'.';
        const QList<QStringView> parts = text.split(separator);
        if (parts.size() != 3 || parts[2].size() != 4)
            return std::nullopt;
        bool ok1 = false, ok2 = false, ok3 = false;
        int first = parts[0].toInt(&ok1);
        int second = parts[1].toInt(&ok2);
        const int year = parts[2].toInt(&ok3);
        if (!ok1 || !ok2 || !ok3)
            return std::nullopt;
        // Dots are day.month.year (Europe); slashes month/day/year (US) unless the first part
        // cannot be a month.
        if (separator == u'/' && first <= 12)
            std::swap(first, second);
        const QDate date(year, second, first);
        if (!date.isValid())
            return std::nullopt;
        return match(NumberLabel::Date, i, i + 1, isoDay(date));
    }

    const SentenceTokens &m_tokens;
    QDate m_published;
};

} // namespace

std::optional<DateTimeMatch> readDateOrTime(const SentenceTokens &tokens, qsizetype i, const QDate &published)
{
    return Reader(tokens, published).read(i);
}

} // namespace galley
