#include "number_finder.h"

#include "detect/numbers/age_reader.h"
#include "detect/numbers/ages_of_people.h"
#include "detect/numbers/amount_context.h"
#include "detect/numbers/calendar_words.h"
#include "detect/numbers/counted_noun.h"
#include "detect/numbers/date_time_reader.h"
#include "detect/numbers/day_of_month_reader.h"
#include "detect/numbers/hour_range_reader.h"
#include "detect/numbers/hyphenated_ordinal.h"
#include "detect/numbers/mention_starts.h"
#include "detect/numbers/modifier_words.h"
#include "detect/numbers/number_exclusions.h"
#include "detect/numbers/phrase_reader.h"
#include "detect/numbers/sentence_tense.h"
#include "detect/numbers/share_reader.h"
#include "detect/numbers/tally_reader.h"
#include "detect/numbers/unit_reader.h"
#include "detect/numbers/vague_duration_reader.h"
#include "text/sentence_splitter.h"
#include "text/tokenizer.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace galley {

namespace {

bool isRangeDash(QStringView text) { return text == u"-" || text == u"\u2013" || text == u"\u2012"; }

NumberModifier earlierForLonger(NumberModifier modifier)
{
    switch (modifier) {
    case NumberModifier::Greater: return NumberModifier::Less;
    case NumberModifier::GreaterOrEqual: return NumberModifier::LessOrEqual;
    case NumberModifier::Less: return NumberModifier::Greater;
    case NumberModifier::LessOrEqual: return NumberModifier::GreaterOrEqual;
    default: return modifier;
    }
}

class SentenceScanner
{
public:
    SentenceScanner(const SentenceTokens &tokens, const QDate &published) : m_tokens(tokens), m_published(published) {}

    void run(QList<NumberMention> &found) const
    {
        qsizetype i = m_tokens.begin();
        while (i < m_tokens.end()) {
            qsizetype next = i + 1;
            if (!mayStartMention(m_tokens, i)) {
                ++i;
                continue;
            }
            if (const QList<NumberMention> tally = readTally(m_tokens, i); !tally.isEmpty()) {
                found.append(tally);
                ++i;
                continue;
            }
            if (auto mention = readMention(i, next))
                found.append(*mention);
            i = std::max(next, i + 1);
        }
    }

private:
    // The mention that starts at token i; `next` is set to the token after what was read.
    std::optional<NumberMention> readMention(qsizetype i, qsizetype &next) const
    {
        if (isListMarker(m_tokens, i)) {
            next = i + 2;
            return std::nullopt;
        }
        if (const qsizetype idiom = idiomEnd(m_tokens, i); idiom > i) {
            next = idiom;
            return std::nullopt;
        }
        const qsizetype phoneEnd = phoneNumberEnd(m_tokens, i);
        if (phoneEnd > i) {
            next = phoneEnd;
            return std::nullopt;
        }
        if (auto margin = readMargin(i, next))
            return margin;
        if (auto age = readAgeDecade(m_tokens, i, next))
            return age;
        auto modifier = readModifierBefore(m_tokens, i);
        if (modifier && isOverAcrossAStretch(m_tokens, i, *modifier)) {
            modifier.reset();   // "rose 20% over two years": across them, not more than them
            ++i;
        }
        const qsizetype j = modifier ? modifier->endToken : i;
        if (auto range = readDaysBeforeMonth(i, j, next))
            return range;
        if (auto range = readDateRange(i, j, next))
            return range;
        if (auto hours = readHourRangeFrom(i, j, next))
            return withModifier(*hours, modifier);
        if (auto range = readBoundedRange(i, j, next)) {
            if (range->label == NumberLabel::Cardinal && range->unit.isEmpty() && m_tokens.is(i - 1, u"aged"))
                toAgeInYears(*range);   // "aged between 5 and 7"
            return withModifier(*range, modifier);
        }
        if (auto date = readDateOrTime(m_tokens, j, m_published)) {
            // "9:30 to 11:30 a.m.": times join without "from"; dates do not ("May 5 to vote"), but
            // for "through" ("Monday through Friday")
            // and a dash between two dates: "November 24 – December 1"
            const bool through = m_tokens.is(date->endToken, u"through") || m_tokens.is(date->endToken, u"thru")
                                 || isRangeDash(m_tokens.text(date->endToken));
            if ((date->mention.label == NumberLabel::Time || through) && !modifier) {
                if (auto range = joinDateRange(i, j, *date, false, next))
                    return range;
            }
            next = date->endToken;
            // "about 03:00" bounds a time; "as many as last month" does not bound a date
            if (!modifier || date->mention.label != NumberLabel::Time)
                return date->mention;
            date->mention.start = m_tokens.token(i).start;
            return withModifier(date->mention, modifier);
        }
        if (auto vague = readVagueDuration(m_tokens, j)) {
            next = vague->endToken;
            return withModifier(vague->mention, modifier);
        }
        if (auto ordinal = readHyphenatedOrdinal(m_tokens, j); ordinal && !modifier) {
            next = j + 1;
            return ordinal;
        }
        auto first = readPhrase(m_tokens, j);
        if (!first)
            return std::nullopt;
        if (!modifier && first->currency.isEmpty() && isExcluded(first->amount)) {
            next = first->amount.end;
            return std::nullopt;
        }
        if (auto share = readShare(m_tokens, i, *first, next))
            return withModifier(*share, modifier);
        std::optional<Phrase> second;
        const qsizetype connector = first->end;
        if (!first->amount.rangeTo && first->amount.value && !first->amount.ordinal
            && (isRangeDash(m_tokens.text(connector)) || (m_tokens.is(connector, u"to") && !(first->hasUnit() && isChangeBefore(m_tokens, j)))
                || m_tokens.is(connector, u"or")))
            second = readRangeEnd(*first, connector + 1);
        // "rose by 431,000 to 69.3 million", "by 14 to 52": a change, then where it led, not a
        // range; one with a unit is a range ("cut by 40 to 50 percent", "by $2bn to $3bn").
        if (second && m_tokens.is(connector, u"to") && m_tokens.is(j - 1, u"by") && !first->hasUnit() && !second->hasUnit())
            second.reset();
        // "three or four cups" is a range; "option 1 or 2" and "300 or 2,000 m²" are choices.
        if (second && m_tokens.is(connector, u"or")
            && ((!second->hasUnit() && !m_tokens.is(second->end, u"times") && countedNoun(m_tokens, second->end, true).isEmpty())
                || *second->value() > 3 * rangeStart(*first, *second)))
            second.reset();
        NumberMention mention = second ? rangeMention(*first, *second) : singleMention(*first);
        qsizetype end = second ? second->end : first->end;
        if (!second)
            end = extendCompoundDuration(mention, *first, extendCompoundQuantity(mention, *first, end));
        if (const auto after = readModifierAfter(m_tokens, end); after && !modifier) {
            mention.modifier = after->modifier;
            end = after->endToken;
        } else if (first->amount.orMore && !modifier && !second) {
            mention.modifier = NumberModifier::GreaterOrEqual;
        } else if (first->modifier && !modifier && !second) {
            mention.modifier = *first->modifier;   // "50-odd"
        }
        if (!first->per.isEmpty() && !second)
            mention.per = first->per;   // "£5m-a-year"
        const qsizetype beforePeriod = end;   // what a count counts comes before "a day", not after
        if (mention.label == NumberLabel::Cardinal || mention.label == NumberLabel::Money
            || mention.label == NumberLabel::Quantity || mention.label == NumberLabel::Percent
            || mention.label == NumberLabel::Duration) {
            if (const auto period = readRatePeriod(m_tokens, end); period && period->iso != mention.isoValue) {
                mention.per = period->iso;
                end = period->endToken;
                if (const auto after = readModifierAfter(m_tokens, end); after && !modifier
                    && mention.modifier == NumberModifier::None) {
                    mention.modifier = after->modifier;   // "$180 a year or more"
                    end = after->endToken;
                }
            }
        }
        if (mention.label == NumberLabel::Duration && m_tokens.is(end, u"ago")) {
            toDateAgo(mention, *first);
            ++end;
            // "more than 40 years ago" is before 1986, "less than a decade ago" after 2016
            if (modifier)
                modifier->modifier = earlierForLonger(modifier->modifier);
        }
        mention.start = m_tokens.token(i).start;
        mention.end = m_tokens.token(end - 1).end;
        next = end;
        if (mention.label == NumberLabel::Cardinal || mention.label == NumberLabel::Ordinal)
            attachCountedNoun(mention, *first, mention.per.isEmpty() ? end : beforePeriod);
        if (mention.label == NumberLabel::Cardinal && mention.per.isEmpty())
            attachRateAfterNoun(mention, end, next);
        // "aged 5-7": an age (whatever noun follows: "aged 5-7 get meals"), before a bare range
        // is taken for a score below
        if (mention.label == NumberLabel::Cardinal && m_tokens.is(i - 1, u"aged"))
            toAgeInYears(mention);
        // "4-38" with neither unit nor noun is a score or bowling figures more often than a range;
        // "30-40k" and "1,000-2,000" are none
        if (mention.label == NumberLabel::Cardinal && first->amount.rangeTo && !second && !modifier
            && mention.unit.isEmpty() && first->amount.scale == 1 && *first->amount.rangeTo < 1000)
            return std::nullopt;
        // "2011" on its own is a year; "2011 civilians" a count
        if (mention.label == NumberLabel::Cardinal && first->amount.yearLike && !second && !modifier
            && !first->amount.rangeTo
            && (mention.unit.isEmpty() || (isPlausibleYear(*mention.value) && namesAYear(first->end, mention.unit)))) {
            mention.label = NumberLabel::Date;
            mention.isoValue = QString::number(int(*mention.value));
            mention.value.reset();
            mention.unit.clear();
        }
        if (mention.label == NumberLabel::Ordinal && mention.unit.isEmpty() && !modifier && !second)
            resolveDayOfMonth(m_tokens, m_published, mention, first->amount);
        return withModifier(mention, modifier);
    }

    // "plus or minus 3.2 percentage points", "±3%": a margin, from -3.2 to 3.2
    std::optional<NumberMention> readMargin(qsizetype i, qsizetype &next) const
    {
        const bool spelled = m_tokens.is(i, u"minus") && m_tokens.is(i - 1, u"or") && m_tokens.is(i - 2, u"plus");
        if (!spelled && m_tokens.text(i) != u"\u00b1")
            return std::nullopt;
        const auto phrase = readPhrase(m_tokens, i + 1);
        if (!phrase || !phrase->value() || phrase->amount.rangeTo)
            return std::nullopt;
        NumberMention mention = singleMention(*phrase);
        if (mention.label != NumberLabel::Cardinal && mention.label != NumberLabel::Percent
            && mention.label != NumberLabel::Money && mention.label != NumberLabel::Quantity)
            return std::nullopt;
        mention.from = -*mention.value;
        mention.to = mention.value;
        mention.value.reset();
        mention.siValue.reset();
        mention.start = m_tokens.token(spelled ? i - 2 : i).start;
        mention.end = m_tokens.token(phrase->end - 1).end;
        next = phrase->end;
        return mention;
    }

    static NumberMention withModifier(NumberMention mention, const std::optional<ModifierMatch> &modifier)
    {
        if (modifier)
            mention.modifier = modifier->modifier;
        return mention;
    }

    bool isExcluded(const Amount &amount) const
    {
        if (amount.spelled)
            return isNumberWordUsedOtherwise(m_tokens, amount);
        return isPartOfName(m_tokens, amount.begin);
    }

    // "from 21 November to 18 December", "between Monday and Wednesday", "from 9 a.m. to 5 p.m.":
    // isoFrom, isoTo and the ISO 8601 interval "from/to" as the value.
    std::optional<NumberMention> readDateRange(qsizetype i, qsizetype j, qsizetype &next) const
    {
        const bool between = m_tokens.is(j, u"between");
        if (!between && !m_tokens.is(j, u"from"))
            return std::nullopt;
        const auto first = readDateOrTime(m_tokens, j + 1, m_published);
        if (!first)
            return std::nullopt;
        return joinDateRange(i, j + 1, *first, between, next);
    }

    // "12 to 14 June", "from 12 to 14 June 2027", "between 3 and 5 March": a bare day before a
    // range word takes the month and year of the date after it.
    std::optional<NumberMention> readDaysBeforeMonth(qsizetype i, qsizetype j, qsizetype &next) const
    {
        const bool between = m_tokens.is(j, u"between");
        const qsizetype day = between || m_tokens.is(j, u"from") ? j + 1 : j;
        const qsizetype connector = day + 1;
        const bool joined = between ? m_tokens.is(connector, u"and")
                                    : m_tokens.is(connector, u"to") || m_tokens.is(connector, u"through")
                                          || m_tokens.is(connector, u"thru") || isRangeDash(m_tokens.text(connector));
        if (!joined || !m_tokens.isKind(day, TokenKind::Number) || !m_tokens.isKind(connector + 1, TokenKind::Number))
            return std::nullopt;
        const DigitToken digits = parseDigitToken(m_tokens.text(day));
        const auto second = readDateOrTime(m_tokens, connector + 1, m_published);
        if (!second || second->mention.label != NumberLabel::Date || second->mention.isoValue.size() != 10
            || digits.shape != DigitToken::Shape::Plain || digits.decimal || digits.grouped || digits.integerDigits > 2
            || !digits.suffix.isEmpty())
            return std::nullopt;
        const QDate last = QDate::fromString(second->mention.isoValue, Qt::ISODate);
        if (!last.isValid() || digits.value < 1 || digits.value >= last.day())
            return std::nullopt;
        NumberMention mention = second->mention;
        mention.start = m_tokens.token(i).start;
        mention.isoFrom = QDate(last.year(), last.month(), int(digits.value)).toString(Qt::ISODate);
        mention.isoTo = second->mention.isoValue;
        mention.isoValue = mention.isoFrom + u'/' + mention.isoTo;
        next = second->endToken;
        return mention;
    }

    // The range that `first` (tokens from firstBegin on) opens: "… to 18 December", "… and
    // Wednesday"; the mention starts at token i.
    std::optional<NumberMention> joinDateRange(qsizetype i, qsizetype firstBegin, const DateTimeMatch &first, bool between,
                                               qsizetype &next) const
    {
        const qsizetype connector = first.endToken;
        const bool joined = between ? m_tokens.is(connector, u"and")
                                    : m_tokens.is(connector, u"to") || m_tokens.is(connector, u"until")
                                          || m_tokens.is(connector, u"till") || m_tokens.is(connector, u"through")
                                          || m_tokens.is(connector, u"thru") || isRangeDash(m_tokens.text(connector));
        if (!joined)
            return std::nullopt;
        auto second = readDateOrTime(m_tokens, connector + 1, m_published);
        if (!second)
            second = sameMonthDay(first, connector + 1);   // "from June 10 to 12"
        if (!second || second->mention.label != first.mention.label)
            return std::nullopt;
        QString from = first.mention.isoFrom.isEmpty() ? first.mention.isoValue : first.mention.isoFrom;
        QString to = second->mention.isoTo.isEmpty() ? second->mention.isoValue : second->mention.isoTo;
        if (first.mention.label == NumberLabel::Time && first.endToken == firstBegin + 1
            && isBareHour(m_tokens.text(firstBegin)))
            from = inAfternoonOf(from, to);
        if (to < from && isMonthDayWithoutYear(firstBegin, first.endToken)
            && isMonthDayWithoutYear(connector + 1, second->endToken)) {
            // each end was resolved on its own: "from 21 November to 18 December" in a future
            // sentence ends a year later, in a past one starts a year earlier
            // "from September to May": months alone are written "2023-09"
            const bool months = from.size() == 7 && to.size() == 7;
            const QString format = months ? QStringLiteral("yyyy-MM") : QStringLiteral("yyyy-MM-dd");
            const QDate start = QDate::fromString(from, format);
            const QDate finish = QDate::fromString(to, format);
            // a range under way on the day of writing is that one ("the season runs from September
            // to May" in December; not after "will"), else the next in a future sentence, the
            // last in a past one
            const QDate earlierStart = start.addYears(-1);
            const QDate lastDay = months ? finish.addMonths(1).addDays(-1) : finish;
            const bool underWay = m_published.isValid() && earlierStart <= m_published && m_published <= lastDay
                                  && !saysWill(m_tokens);
            if (isFutureTenseAround(m_tokens, i) && !underWay)
                to = finish.addYears(1).toString(format);
            else
                from = earlierStart.toString(format);
        }
        // "November 26 – December 3, 2025": the year written once dates both ends
        if (isMonthDayWithoutYear(firstBegin, first.endToken) && writesYear(connector + 1, second->endToken)
            && from.size() == 10 && to.size() == 10) {
            const QDate start = QDate::fromString(from, Qt::ISODate);
            const QDate finish = QDate::fromString(to, Qt::ISODate);
            QDate sameYear(finish.year(), start.month(), start.day());
            if (sameYear > finish)
                sameYear = sameYear.addYears(-1);
            if (sameYear.isValid())
                from = sameYear.toString(Qt::ISODate);
        }
        // "from Tuesday until Thursday", each end resolved on its own: a week at most between them
        if (isWeekday(firstBegin, first.endToken) && isWeekday(connector + 1, second->endToken) && from.size() == 10
            && to.size() == 10) {
            QDate start = QDate::fromString(from, Qt::ISODate);
            QDate finish = QDate::fromString(to, Qt::ISODate);
            if (finish < start)
                finish = finish.addDays(7);
            while (start.daysTo(finish) >= 7)
                start = start.addDays(7);
            from = start.toString(Qt::ISODate);
            to = finish.toString(Qt::ISODate);
        }
        // "from 10 p.m. to 5 a.m." runs past midnight; dates run forward
        if (from.isEmpty() || to.isEmpty() || from.size() != to.size()
            || (to < from && first.mention.label != NumberLabel::Time))
            return std::nullopt;
        NumberMention mention = first.mention;
        mention.start = m_tokens.token(i).start;
        mention.end = second->mention.end;
        mention.unit = second->mention.unit;
        mention.isoFrom = from;
        mention.isoTo = to;
        mention.isoValue = from + u'/' + to;
        next = second->endToken;
        return mention;
    }

    // Within a century before publication or a decade after (1900 to 2100 undated).
    bool isPlausibleYear(double value) const
    {
        const bool dated = m_published.isValid();
        return value >= (dated ? m_published.year() - 100 : 1900) && value <= (dated ? m_published.year() + 10 : 2100);
    }

    // A year before what happened in it: "the 2024 elections", "the 2026 Winter Olympics", "as
    // 2025 draws to a close"; not the counts of "2011 civilians", "the 2000 residents", "1500
    // Marines"; `counted` is what the number would count.
    bool namesAYear(qsizetype noun, const QString &counted) const
    {
        static const QSet<QString> events = {
            QStringLiteral("elections"), QStringLiteral("midterms"), QStringLiteral("primaries"),
            QStringLiteral("protests"), QStringLiteral("games"), QStringLiteral("olympics"),
            QStringLiteral("championships"), QStringLiteral("playoffs"), QStringLiteral("finals"),
            QStringLiteral("results"), QStringLiteral("riots"), QStringLiteral("floods"), QStringLiteral("wildfires"),
            QStringLiteral("attacks"), QStringLiteral("talks"), QStringLiteral("polls"), QStringLiteral("budgets"),
            QStringLiteral("figures"), QStringLiteral("revenues"), QStringLiteral("earnings"), QStringLiteral("sales"),
            QStringLiteral("profits"), QStringLiteral("rankings"), QStringLiteral("awards"), QStringLiteral("census"),
        };
        if (events.contains(m_tokens.lower(noun)) || events.contains(counted.toLower()))   // "the 2024 Paris Olympics"
            return true;
        // "the 2008 financial crisis", "the 1984 miners' strike": an event named in the singular,
        // a word or two on
        static const QSet<QString> singularEvents = {
            QStringLiteral("crisis"), QStringLiteral("crash"), QStringLiteral("strike"), QStringLiteral("election"),
            QStringLiteral("recession"), QStringLiteral("war"), QStringLiteral("attack"), QStringLiteral("earthquake"),
            QStringLiteral("flood"), QStringLiteral("season"), QStringLiteral("budget"), QStringLiteral("summit"),
            QStringLiteral("campaign"), QStringLiteral("referendum"), QStringLiteral("uprising"), QStringLiteral("revolution"),
            QStringLiteral("pandemic"), QStringLiteral("outbreak"), QStringLiteral("census"), QStringLiteral("olympics"),
            QStringLiteral("cup"), QStringLiteral("tournament"), QStringLiteral("invasion"), QStringLiteral("coup"),
            QStringLiteral("merger"), QStringLiteral("report"), QStringLiteral("survey"), QStringLiteral("law"),
        };
        for (qsizetype t = noun; t < noun + 3 && m_tokens.isKind(t, TokenKind::Word); ++t) {
            if (singularEvents.contains(m_tokens.lower(t)))
                return true;
        }
        // "the 2026 Winter Olympics": a name; not "2000 Israeli soldiers", "1500 Marines"
        if (m_tokens.casing() == SentenceCasing::Normal && m_tokens.isCapitalised(noun)
            && !m_tokens.lower(noun).endsWith(u's') && !counted.isEmpty() && counted.front().isUpper())
            return true;
        return m_tokens.is(noun + 1, u"to") && (m_tokens.is(noun + 2, u"a") || m_tokens.is(noun + 2, u"an"))
               && (m_tokens.is(noun + 3, u"close") || m_tokens.is(noun + 3, u"end"));
    }

    // "2 to 4 p.m.", "from 6 to 8 p.m.", "between 6 and 8 p.m.", "6-8 p.m.".
    std::optional<NumberMention> readHourRangeFrom(qsizetype i, qsizetype j, qsizetype &next) const
    {
        const bool between = m_tokens.is(j, u"between");
        const qsizetype at = between || m_tokens.is(j, u"from") ? j + 1 : j;
        auto hours = readHourRange(m_tokens, at, between, m_published);
        if (!hours)
            return std::nullopt;
        hours->mention.start = m_tokens.token(i).start;
        next = hours->endToken;
        return hours->mention;
    }

    // A year written in tokens [begin, end): "December 3, 2025".
    bool writesYear(qsizetype begin, qsizetype end) const
    {
        for (qsizetype t = begin; t < end; ++t) {
            if (m_tokens.isKind(t, TokenKind::Number) && m_tokens.length(t) == 4)
                return true;
        }
        return false;
    }

    // A day and month with no year and no weekday in tokens [begin, end): "21 November", "Dec. 8".
    bool isMonthDayWithoutYear(qsizetype begin, qsizetype end) const
    {
        bool month = false;
        for (qsizetype t = begin; t < end; ++t) {
            if (weekdayOfWord(m_tokens.lower(t)) || (m_tokens.isKind(t, TokenKind::Number) && m_tokens.length(t) == 4))
                return false;
            month = month || monthOfWord(m_tokens.lower(t)).has_value();
        }
        return month;
    }

    // "between 10 and 20", "from 2011 to 2016".
    std::optional<NumberMention> readBoundedRange(qsizetype i, qsizetype j, qsizetype &next) const
    {
        const bool between = m_tokens.is(j, u"between");
        if (!between && !m_tokens.is(j, u"from"))
            return std::nullopt;
        const auto first = readPhrase(m_tokens, j + 1);
        if (!first || !first->amount.value || first->amount.rangeTo || first->amount.ordinal)
            return std::nullopt;
        if (!m_tokens.is(first->end, between ? u"and" : u"to") && !(!between && isRangeDash(m_tokens.text(first->end))))
            return std::nullopt;
        const auto second = readRangeEnd(*first, first->end + 1);
        if (!second)
            return std::nullopt;
        NumberMention mention = rangeMention(*first, *second);
        qsizetype end = second->end;
        // "from $200 to $450 a month"
        if (const auto period = readRatePeriod(m_tokens, end); period && mention.label != NumberLabel::Duration) {
            mention.per = period->iso;
            end = period->endToken;
        }
        mention.start = m_tokens.token(i).start;
        mention.end = m_tokens.token(end - 1).end;
        next = end;
        if (mention.label == NumberLabel::Cardinal) {
            attachCountedNoun(mention, *first, mention.per.isEmpty() ? second->end : end);
            if (mention.per.isEmpty())
                attachRateAfterNoun(mention, end, next);   // "between 10 and 20 people a day"
        }
        return mention;
    }

    std::optional<Phrase> readRangeEnd(const Phrase &first, qsizetype at) const
    {
        auto second = readPhrase(m_tokens, at);
        if (!second || !second->amount.value || second->amount.ordinal || second->amount.rangeTo
            || *second->value() <= *first.value())
            return std::nullopt;
        if (first.hasUnit() && !second->hasUnit() && second->amount.suffix.isEmpty()) {
            // "$2 to 3 billion", "$5 to 10 a share": the currency written once, before the first end
            if (!first.currency.isEmpty())
                second->currency = first.currency;
            // "a day or two", "an hour or two": the unit written once, after the first end
            else if (first.unit && first.unit->time && isIndefiniteArticle(first.amount.begin)
                     && m_tokens.is(at - 1, u"or") && second->amount.spelled)
                second->unit = first.unit;
        }
        // "3 km to 5 km", "$3 to $5"; not "2.3 percent to $51.20"
        const auto unitOf = [](const Phrase &phrase) { return phrase.unit ? phrase.unit->unit : phrase.currency; };
        if (first.hasUnit() && (unitOf(first) != unitOf(*second) || first.currency.isEmpty() != second->currency.isEmpty()))
            return std::nullopt;
        return second;
    }

    // A bare day after a range's first end that is a day of a month: "12" in "from June 10 to 12".
    std::optional<DateTimeMatch> sameMonthDay(const DateTimeMatch &first, qsizetype at) const
    {
        const QDate firstDay = QDate::fromString(first.mention.isoValue, Qt::ISODate);
        const DigitToken digits = parseDigitToken(m_tokens.text(at));
        if (first.mention.label != NumberLabel::Date || first.mention.isoValue.size() != 10 || !firstDay.isValid()
            || !m_tokens.isKind(at, TokenKind::Number) || digits.shape != DigitToken::Shape::Plain || digits.decimal
            || digits.grouped || digits.integerDigits > 2 || digits.value <= firstDay.day() || digits.value > firstDay.daysInMonth()
            || scaleWord(m_tokens.lower(at + 1)) || !countedNoun(m_tokens, at + 1, true).isEmpty())
            return std::nullopt;
        return dateTimeMatch(m_tokens, NumberLabel::Date, at, at + 1,
                             QDate(firstDay.year(), firstDay.month(), int(digits.value)).toString(Qt::ISODate));
    }

    bool isWeekday(qsizetype begin, qsizetype end) const
    {
        return end == begin + 1 && weekdayOfWord(m_tokens.lower(begin)).has_value();
    }

    bool isIndefiniteArticle(qsizetype i) const { return m_tokens.is(i, u"a") || m_tokens.is(i, u"an"); }

    NumberMention singleMention(const Phrase &phrase) const
    {
        NumberMention mention;
        const Amount &amount = phrase.amount;
        mention.value = phrase.value();
        if (amount.approximate) {
            mention.approximate = true;
            mention.magnitude = amount.magnitude;
        }
        if (amount.rangeTo) {
            mention.from = mention.value;
            mention.to = phrase.sign * *amount.rangeTo;
            mention.value.reset();
        }
        if (!phrase.currency.isEmpty()) {
            mention.label = NumberLabel::Money;
            mention.unit = phrase.currency;
            return mention;
        }
        if (phrase.unit) {
            applyUnit(mention, *phrase.unit);
            if (phrase.unit->subunit)
                inHundredths(mention);
            return mention;
        }
        if (amount.ordinal) {
            mention.label = NumberLabel::Ordinal;
            return mention;
        }
        if (amount.rangeTo && amount.yearLike && *amount.rangeTo < 3000)
            return yearRange(mention, int(*mention.from), int(*mention.to));
        return mention;
    }

    static NumberMention yearRange(NumberMention mention, int from, int to)
    {
        mention.label = NumberLabel::Date;
        mention.isoFrom = QString::number(from);
        mention.isoTo = QString::number(to);
        mention.isoValue = mention.isoFrom + u'/' + mention.isoTo;
        mention.from.reset();
        mention.to.reset();
        return mention;
    }

    NumberMention rangeMention(const Phrase &first, const Phrase &second) const
    {
        // The unit written once applies to both ends: "3 to 5 km", "$3-5 million".
        NumberMention mention = singleMention(second);
        mention.value.reset();
        const double from = rangeStart(first, second);
        mention.from = from;
        mention.to = second.value();
        if (second.unit && second.unit->subunit)
            inHundredths(mention);
        if (first.amount.yearLike && second.amount.yearLike && !second.hasUnit())
            return yearRange(mention, int(from), int(*mention.to));
        if (mention.label == NumberLabel::Date || mention.label == NumberLabel::Ordinal)
            mention.label = NumberLabel::Cardinal;
        if (second.unit && second.unit->time) {
            mention.isoFrom = isoDuration(from, *second.unit->time);
            mention.isoTo = isoDuration(*mention.to, *second.unit->time);
            mention.isoValue.clear();
        }
        mention.siValue.reset();   // a range has no single SI value
        return mention;
    }

    // "3 to 5 million": the scale of the second end applies to the first.
    static double rangeStart(const Phrase &first, const Phrase &second)
    {
        const double from = *first.value();
        if (first.amount.scale == 1 && second.amount.scale > 1 && from * second.amount.scale <= *second.amount.value)
            return from * second.amount.scale;
        return from;
    }

    // "87 cents" → 0.87 USD, "5-10 cents" → 0.05 to 0.1
    static void inHundredths(NumberMention &mention)
    {
        for (std::optional<double> *amount : {&mention.value, &mention.from, &mention.to}) {
            if (*amount)
                **amount /= 100;
        }
    }

    static void applyUnit(NumberMention &mention, const UnitMatch &unit)
    {
        mention.label = unit.label;
        mention.unit = unit.unit;
        if (unit.added != 0 && mention.value)
            mention.value = *mention.value + unit.added;
        if (unit.measure) {
            mention.siUnit = unit.measure->siUnit;
            if (mention.value)
                mention.siValue = *mention.value * unit.measure->factor + unit.measure->offset;
        }
        if (unit.time && mention.value)
            mention.isoValue = isoDuration(*mention.value, *unit.time);
        else if (unit.time && mention.approximate)
            mention.isoValue = vagueIsoDuration(*unit.time);
        if (unit.time && mention.from && mention.to) {
            mention.isoFrom = isoDuration(*mention.from, *unit.time);
            mention.isoTo = isoDuration(*mention.to, *unit.time);
        }
    }

    // "5 feet 2 inches": a smaller unit of the same dimension right after a quantity.
    qsizetype extendCompoundQuantity(NumberMention &mention, const Phrase &phrase, qsizetype end) const
    {
        if (mention.label != NumberLabel::Quantity || !mention.value || !phrase.unit || !phrase.unit->measure
            || phrase.unit->measure->offset != 0)
            return end;
        const double unitFactor = phrase.unit->measure->factor;
        const auto next = readPhrase(m_tokens, end);
        if (!next || !next->unit || !next->unit->measure || !next->value() || !next->amount.suffix.isEmpty()
            || next->unit->measure->siUnit != mention.siUnit || next->unit->measure->offset != 0
            || next->unit->measure->factor >= unitFactor)
            return end;
        const double addedSi = *next->value() * next->unit->measure->factor;
        mention.siValue = *mention.siValue + addedSi;
        mention.value = *mention.value + addedSi / unitFactor;
        return next->end;
    }

    // "2 hours 35 minutes", "two hours and 15 minutes", "3 years and 2 months": one duration,
    // its value in the larger unit, its ISO 8601 value in both ("PT2H35M").
    qsizetype extendCompoundDuration(NumberMention &mention, const Phrase &phrase, qsizetype end) const
    {
        if (mention.label != NumberLabel::Duration || !mention.value || !phrase.unit || !phrase.unit->time
            || phrase.unit->time->factor != 1)
            return end;
        const qsizetype at = m_tokens.is(end, u"and") ? end + 1 : end;
        if (const auto minutes = minutesAfterHours(mention, phrase, at)) {   // "2h 35m"
            mention.isoValue = QStringLiteral("PT") + QString::number(*mention.value, 'g', 12) + u'H'
                               + QString::number(*minutes, 'g', 12) + u'M';
            mention.value = *mention.value + *minutes / 60;
            return at + 1;
        }
        const auto next = readPhrase(m_tokens, at);
        if (!next || !next->unit || !next->unit->time || !next->value() || next->amount.rangeTo || next->unit->time->factor != 1)
            return end;
        const TimeUnit &larger = *phrase.unit->time;
        const TimeUnit &smaller = *next->unit->time;
        // how many of the smaller unit make one of the larger
        static const QHash<QString, double> perLarger = {
            {QStringLiteral("year/month"), 12}, {QStringLiteral("week/day"), 7}, {QStringLiteral("day/hour"), 24},
            {QStringLiteral("hour/minute"), 60}, {QStringLiteral("minute/second"), 60},
        };
        const double count = perLarger.value(larger.name + u'/' + smaller.name, 0);
        if (count == 0 || *next->value() >= count)
            return end;
        QString iso = QStringLiteral("P");
        if (larger.timePart)
            iso += u'T';
        iso += QString::number(*mention.value, 'g', 12);
        iso += larger.designator;
        if (smaller.timePart && !larger.timePart)
            iso += u'T';
        iso += QString::number(*next->value(), 'g', 12);
        iso += smaller.designator;
        mention.isoValue = iso;
        mention.value = *mention.value + *next->value() / count;
        return next->end;
    }

    // "35m" after "2h": minutes, where alone it would be metres or millions.
    std::optional<double> minutesAfterHours(const NumberMention &mention, const Phrase &hours, qsizetype at) const
    {
        // ISO 8601 allows a fraction only in the last part: not "1.5h 20m"
        if (hours.amount.suffix != u"h" || !m_tokens.isKind(at, TokenKind::Number) || !mention.value
            || *mention.value != std::floor(*mention.value))
            return std::nullopt;
        const DigitToken digits = parseDigitToken(m_tokens.text(at));
        if (digits.shape != DigitToken::Shape::Plain || digits.suffix != u"m" || digits.capitalSuffix || digits.decimal
            || digits.grouped || digits.value >= 60)
            return std::nullopt;
        return digits.value;
    }

    // ISO 8601 writes years with four digits at least: "0525".
    static QString isoYear(int year)
    {
        return year < 0 ? u'-' + QString::number(-year).rightJustified(4, u'0') : QString::number(year).rightJustified(4, u'0');
    }

    // "three days ago" → the date three days before publication.
    void toDateAgo(NumberMention &mention, const Phrase &phrase) const
    {
        mention.label = NumberLabel::Date;
        const QString unit = mention.unit;
        mention.unit.clear();
        mention.isoValue.clear();
        mention.value.reset();
        mention.magnitude.reset();   // "several hundred years ago": a vague date, no count
        // "half a billion years ago" is before calendars: no ISO date
        constexpr double kMostYearsBack = 10000;
        if (!m_published.isValid() || !phrase.amount.value || *phrase.amount.value != std::floor(*phrase.amount.value)
            || *phrase.amount.value > kMostYearsBack)
            return;
        const int n = int(*phrase.amount.value);
        if (unit == u"day") {
            mention.isoValue = m_published.addDays(-n).toString(Qt::ISODate);
        } else if (unit == u"week" || unit == u"fortnight") {
            mention.isoValue = m_published.addDays((unit == u"week" ? -7 : -14) * n).toString(Qt::ISODate);
        } else if (unit == u"month") {
            const QDate date = m_published.addMonths(-n);
            mention.isoValue = date.toString(QStringLiteral("yyyy-MM"));
        } else if (unit == u"year") {
            mention.isoValue = isoYear(m_published.year() - n);
        } else if (unit == u"decade" || unit == u"century") {
            mention.isoValue = isoYear(m_published.year() - (unit == u"decade" ? 10 : 100) * n);
        }
        mention.value.reset();
    }

    void attachCountedNoun(NumberMention &mention, const Phrase &phrase, qsizetype end) const
    {
        // fractions count a part of one thing: "a third of the city"
        if (phrase.unit && phrase.unit->label == NumberLabel::Cardinal && !phrase.unit->unit.isEmpty())
            return;   // "a 10-point lead" counts points
        if (m_tokens.is(phrase.amount.begin - 1, u"magnitude") || m_tokens.is(end, u"magnitude")) {
            mention.unit = QStringLiteral("magnitude");   // "a magnitude 6.2 earthquake", "a 6.2 magnitude quake"
            return;
        }
        // "a 12,000-strong crowd" counts the crowd's members
        const bool plural = mention.label != NumberLabel::Ordinal && phrase.amount.suffix != u"-strong"
                            && (phrase.amount.approximate || !mention.value || std::abs(*mention.value) > 1);
        mention.unit = countedNoun(m_tokens, end, plural);
    }

    // "3,000 people a day", "three times a week": the rate's period after what a count counts;
    // the period is no duration of its own.
    void attachRateAfterNoun(NumberMention &mention, qsizetype end, qsizetype &next) const
    {
        constexpr qsizetype kMostWordsToNoun = 4;
        for (qsizetype k = end; k < end + kMostWordsToNoun && m_tokens.isKind(k, TokenKind::Word); ++k) {
            const bool times = m_tokens.is(k, u"times") && mention.unit.isEmpty();
            if (!times && (mention.unit.isEmpty() || m_tokens.lower(k) != mention.unit.toLower()))
                continue;
            // "cups of water a day": what the noun holds may come between
            std::optional<RatePeriod> period = readRatePeriod(m_tokens, k + 1);
            for (qsizetype words = 1; !period && !times && words <= 2 && m_tokens.is(k + 1, u"of")
                                      && m_tokens.isKind(k + 1 + words, TokenKind::Word); ++words)
                period = readRatePeriod(m_tokens, k + 2 + words);
            if (period) {
                mention.per = period->iso;
                if (times)
                    mention.unit = QStringLiteral("times");
                next = period->endToken;
            }
            return;
        }
    }

    const SentenceTokens &m_tokens;
    QDate m_published;
};

// Inside an entity that is longer than the mention: "737" in "Boeing 737".
bool isInsideLongerName(const NumberMention &mention, const QList<EntityMention> &entities)
{
    const auto after = std::lower_bound(entities.cbegin(), entities.cend(), mention.start,
                                        [](const EntityMention &entity, qsizetype start) { return entity.end <= start; });
    for (auto entity = after; entity != entities.cend() && entity->start < mention.end; ++entity) {
        if (entity->start <= mention.start && entity->end >= mention.end && entity->end - entity->start > mention.end - mention.start)
            return true;
    }
    return false;
}

// "$68.1 billion" is 68100000000, not the 68099999999.99999 that 68.1 × 10⁹ makes in binary: a
// value that fifteen significant digits round to a short decimal takes that decimal. A third
// stays the double nearest to it (0.3333333333333333).
void roundToWrittenPrecision(NumberMention &mention)
{
    constexpr int kMostWrittenDigits = 12;
    for (std::optional<double> *number : {&mention.value, &mention.siValue, &mention.from, &mention.to}) {
        if (!*number)
            continue;
        const QString rounded = QString::number(**number, 'g', 15);
        const qsizetype digits = std::count_if(rounded.begin(), rounded.end(), [](QChar c) { return c.isDigit(); });
        if (!rounded.contains(u'e') && digits <= kMostWrittenDigits + 1)
            **number = rounded.toDouble();
    }
}

} // namespace

QList<NumberMention> findNumbers(QStringView text, const QList<Token> &tokens, const QList<Sentence> &sentences,
                                 const QDate &published, const QList<EntityMention> &entities)
{
    QList<NumberMention> found;
    for (const Sentence &sentence : sentences) {
        const SentenceTokens sentenceTokens(text, tokens, sentence);
        SentenceScanner(sentenceTokens, published).run(found);
    }
    if (!entities.isEmpty())
        found.removeIf([&entities](const NumberMention &mention) { return isInsideLongerName(mention, entities); });
    readAgesOfPeople(text, found, entities);
    for (NumberMention &mention : found)
        roundToWrittenPrecision(mention);
    return found;
}

QList<NumberMention> findNumbers(QStringView text, const QDate &published)
{
    const QList<Token> tokens = tokenize(text);
    return findNumbers(text, tokens, splitSentences(text, tokens), published);
}

} // namespace galley
