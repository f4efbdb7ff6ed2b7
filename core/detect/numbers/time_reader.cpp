#include "time_reader.h"

#include "detect/numbers/calendar_words.h"
#include "detect/numbers/currencies.h"
#include "detect/numbers/day_parts.h"
#include "detect/numbers/measurement_units.h"
#include "detect/numbers/number_words.h"
#include "detect/numbers/time_zones.h"

#include <QSet>

#include <cmath>

namespace galley {

namespace {

// "3:40 a.m. Kyiv time", "8pm Moscow time": a place's clock, named by a capitalised word.
bool isPlaceTime(const SentenceTokens &tokens, qsizetype i)
{
    if (!tokens.is(i + 1, u"time") || !tokens.isKind(i, TokenKind::Word) || !tokens.isCapitalised(i)
        || tokens.casing() != SentenceCasing::Normal)
        return false;
    const QString &word = tokens.lower(i);
    return !weekdayOfWord(word) && !monthOfWord(word) && word != u"the" && word != u"this" && word != u"next"
           && word != u"last" && word != u"prime" && word != u"extra" && word != u"half" && word != u"full";
}

// A zone after a time: "03:31 GMT" → "03:31Z", unit "GMT"; "8 p.m. ET" → "20:00-05:00" in winter;
// "14:00 local time".
DateTimeMatch zoned(const SentenceTokens &tokens, DateTimeMatch found, const QDate &day)
{
    const qsizetype next = found.endToken;
    if (const auto zone = readZone(tokens, next, day)) {
        found.mention.isoValue += zone->offset;
        found.mention.unit = zone->name;
        found.endToken = zone->endToken;
    } else if (tokens.is(next, u"local") && tokens.is(next + 1, u"time")) {
        found.mention.unit = QStringLiteral("local time");
        found.endToken = next + 2;
    } else if (isPlaceTime(tokens, next)) {
        found.mention.unit = tokens.text(next).toString() + QStringLiteral(" time");   // "Kyiv time", no offset
        found.endToken = next + 2;
    }
    found.mention.end = tokens.token(found.endToken - 1).end;
    return found;
}

// A zone with a fixed offset: only these make "1400 GMT" or "22.00 GMT" a time ("In 2016 PT
// Freeport", "1500 MT of sugar" are a year and tonnes).
bool isFixedZoneAt(const SentenceTokens &tokens, qsizetype i) { return !zoneOffset(tokens.text(i)).isEmpty(); }

// A verb before "at" that makes what follows a level, not a time: "stood at 4.15", "closed at
// 18.30", "the euro was at 1.15".
bool isLevelVerb(QStringView lower)
{
    static const QSet<QString> levelVerbs = {
            QStringLiteral("stood"), QStringLiteral("stands"), QStringLiteral("was"), QStringLiteral("were"),
            QStringLiteral("is"), QStringLiteral("are"), QStringLiteral("trading"), QStringLiteral("traded"),
            QStringLiteral("trades"), QStringLiteral("opened"), QStringLiteral("closed"), QStringLiteral("ended"),
            QStringLiteral("finished"), QStringLiteral("settled"), QStringLiteral("priced"), QStringLiteral("valued"),
            QStringLiteral("peaked"), QStringLiteral("fixed"), QStringLiteral("rose"), QStringLiteral("fell"),
            QStringLiteral("clocked"), QStringLiteral("quoted"), QStringLiteral("sold"), QStringLiteral("bought"),
        };
    return levelVerbs.contains(lower.toString());
}

// Words before a bare hour that make it a time when a part of the day follows: "at 8 tonight",
// "until 3 in the afternoon"; not "rose to 8 this morning".
bool isTimePreposition(QStringView lower)
{
    return lower == u"at" || lower == u"by" || lower == u"until" || lower == u"till" || lower == u"from"
           || lower == u"before" || lower == u"after" || lower == u"around" || lower == u"since";
}

bool isClockWord(QStringView lower) { return lower == u"o'clock" || lower == u"o’clock"; }

// An hour of a 12-hour clock as a word or plain digits: "seven", "7"; not "7.5" or "7th".
std::optional<int> clockHourAt(const SentenceTokens &tokens, qsizetype i)
{
    std::optional<double> hour = smallCardinalWord(tokens.lower(i));
    if (!hour && tokens.isKind(i, TokenKind::Number)) {
        const DigitToken digits = parseDigitToken(tokens.text(i));
        if (digits.shape == DigitToken::Shape::Plain && digits.suffix.isEmpty() && !digits.decimal && !digits.grouped)
            hour = digits.value;
    }
    if (!hour || *hour < 1 || *hour > 12 || *hour != std::floor(*hour))
        return std::nullopt;
    return int(*hour);
}

// "5 o'clock", "seven o'clock", "11 o'clock tonight", "at 8 tonight", "at seven in the evening",
// "from 9 in the morning": a whole hour, as a figure or a word, with a clock word or a part of the
// day after it. Without a part of the day, morning or evening is unknown and the hour is as written.
std::optional<DateTimeMatch> readWholeHour(const SentenceTokens &tokens, qsizetype i, const QDate &day)
{
    const std::optional<int> hour = clockHourAt(tokens, i);
    if (!hour)
        return std::nullopt;
    qsizetype end = i + 1;
    const bool clockWord = isClockWord(tokens.lower(end));
    if (clockWord)
        ++end;
    const auto dayPart = readDayPartAfter(tokens, end);
    const auto inDayPart = dayPart ? hourInDayPart(int(*hour), dayPart->part) : std::nullopt;
    if (!clockWord) {
        // "at 8 tonight", "until 3 in the afternoon"; a day named after it ("this morning",
        // "Monday evening") follows counts too: "stood at 12 this morning", "fell by 5 this
        // morning", "rose from 7 on Monday evening" are none
        const QString &before = tokens.lower(i - 1);
        const bool sure = dayPart && dayPart->surelyATime;
        const bool opensATime = sure ? isTimePreposition(before)
                                     : (before == u"at" || before == u"until" || before == u"till" || before == u"before"
                                        || before == u"after" || before == u"since")
                                           && !isLevelVerb(tokens.lower(i - 2));
        if (!inDayPart || !opensATime)
            return std::nullopt;
    }
    int clockHour = int(*hour);
    if (inDayPart) {
        clockHour = *inDayPart;
        end += dayPart->timeTokens;
    }
    return zoned(tokens, dateTimeMatch(tokens, NumberLabel::Time, i, end, twoDigits(clockHour) + QStringLiteral(":00")), day);
}

} // namespace

bool isMeridiemWord(QStringView lower)
{
    return lower == u"a.m." || lower == u"p.m." || lower == u"am" || lower == u"pm" || lower == u"a.m" || lower == u"p.m";
}

// "half past six", "quarter past three", "a quarter to nine", "ten past five": the hour as
// written, morning or evening unknown (as "5 o'clock").
static std::optional<DateTimeMatch> readClockPhrase(const SentenceTokens &tokens, qsizetype i, const QDate &day)
{
    qsizetype at = tokens.is(i, u"a") && tokens.is(i + 1, u"quarter") ? i + 1 : i;
    const QString &amount = tokens.lower(at);
    int minutes = amount == u"half" ? 30 : amount == u"quarter" ? 15 : 0;
    if (minutes == 0 && at == i) {
        const auto small = smallCardinalWord(amount);
        if (small && *small >= 1 && *small <= 29 && (int(*small) % 5 == 0 || tokens.is(at + 1, u"minutes")))
            minutes = int(*small);
        if (minutes > 0 && tokens.is(at + 1, u"minutes"))
            ++at;
    }
    const bool past = tokens.is(at + 1, u"past") || tokens.is(at + 1, u"after");
    const bool to = tokens.is(at + 1, u"to") || tokens.is(at + 1, u"before");
    if (minutes == 0 || (!past && !to) || (amount == u"half" && !past))
        return std::nullopt;
    const qsizetype hourAt = at + 2;
    const std::optional<int> hour = clockHourAt(tokens, hourAt);
    if (!hour)
        return std::nullopt;
    // "ten to five" is no time in "from ten to five"; a count of something after the hour is none
    if (to && (tokens.is(i - 1, u"from") || tokens.is(i - 1, u"between")))
        return std::nullopt;
    // a count of minutes "to" an hour tells the time only where one is told: "at ten to five",
    // "it is five to nine"; "ruled five to four", "odds of ten to one" are votes and odds
    static const QSet<QString> tellingTheTime = {
        QStringLiteral("at"), QStringLiteral("until"), QStringLiteral("till"), QStringLiteral("by"), QStringLiteral("is"),
        QStringLiteral("was"), QStringLiteral("it's"), QStringLiteral("before"), QStringLiteral("after"), QStringLiteral("around"),
        QStringLiteral("about"), QStringLiteral("shortly"),
    };
    const bool clockWordAfterHour = isClockWord(tokens.lower(hourAt + 1))
                                    || isMeridiemWord(tokens.lower(hourAt + 1));
    if (to && amount != u"half" && amount != u"quarter" && !tellingTheTime.contains(tokens.lower(i - 1)) && !clockWordAfterHour)
        return std::nullopt;
    const QString &after = tokens.lower(hourAt + 1);
    const bool clockWordAfter = isClockWord(after) || isMeridiemWord(after);
    if (tokens.isKind(hourAt + 1, TokenKind::Word) && !clockWordAfter && after.endsWith(u's'))
        return std::nullopt;
    // "five to ten people" counts people; "five to ten" alone, or before "in the morning", tells the time
    static const QSet<QString> afterATime = {
        QStringLiteral("in"), QStringLiteral("on"), QStringLiteral("at"), QStringLiteral("this"), QStringLiteral("that"),
        QStringLiteral("last"), QStringLiteral("tonight"), QStringLiteral("tomorrow"), QStringLiteral("yesterday"),
        QStringLiteral("today"), QStringLiteral("when"), QStringLiteral("and"), QStringLiteral("or"), QStringLiteral("sharp"),
        QStringLiteral("every"), QStringLiteral("each"), QStringLiteral("local"),
    };
    if (amount != u"half" && amount != u"quarter" && tokens.isKind(hourAt + 1, TokenKind::Word) && !clockWordAfter
        && !afterATime.contains(after) && !isFixedZoneAt(tokens, hourAt + 1))
        return std::nullopt;
    int h = int(*hour);
    int m = past ? minutes : 60 - minutes;
    if (to)
        h = h == 1 ? 12 : h - 1;
    qsizetype end = hourAt + 1;
    if (isClockWord(tokens.lower(end)))
        ++end;
    if (isMeridiemWord(tokens.lower(end))) {
        if (tokens.lower(end).startsWith(u'p') && h < 12)
            h += 12;
        else if (tokens.lower(end).startsWith(u'a') && h == 12)
            h = 0;
        ++end;
    } else if (const auto dayPart = readDayPartAfter(tokens, end)) {
        if (const auto inDayPart = hourInDayPart(h, dayPart->part)) {
            h = *inDayPart;
            end += dayPart->timeTokens;
        }
    }
    return zoned(tokens, dateTimeMatch(tokens, NumberLabel::Time, i, end, twoDigits(h) + u':' + twoDigits(m)), day);
}

// "03:31 GMT", "1400 GMT", "2 p.m.", "10.30am", "5 o'clock", "noon", "midnight".
std::optional<DateTimeMatch> readTime(const SentenceTokens &tokens, qsizetype i, const QDate &day)
{
    if (auto clock = readClockPhrase(tokens, i, day))
        return clock;
    const QString &word = tokens.lower(i);
    if (word == u"noon" || word == u"midday" || word == u"midnight")
        return zoned(tokens, dateTimeMatch(tokens, NumberLabel::Time, i, i + 1,
                                           word == u"midnight" ? QStringLiteral("00:00") : QStringLiteral("12:00")), day);
    if (auto hour = readWholeHour(tokens, i, day))
        return hour;
    if (!tokens.isKind(i, TokenKind::Number))
        return std::nullopt;
    const DigitToken digits = parseDigitToken(tokens.text(i));
    int hour = int(digits.value);
    int minute = 0;
    int second = -1;
    QString suffix = digits.suffix;
    if (digits.shape == DigitToken::Shape::Time) {
        minute = int(digits.second);
        if (tokens.text(i).count(u':') == 2)
            second = int(digits.third);
    } else if (digits.shape == DigitToken::Shape::Plain && !digits.grouped) {
        if (digits.decimal) {   // "10.30am"
            hour = int(digits.value);
            minute = int(std::lround((digits.value - hour) * 100));
        }
    } else {
        return std::nullopt;
    }
    qsizetype end = i + 1;
    QString meridiem;
    if (suffix == u"am" || suffix == u"pm" || suffix == u"a.m." || suffix == u"p.m.") {
        meridiem = suffix;
    } else if (!suffix.isEmpty()) {
        return std::nullopt;
    } else {
        const QString &next = tokens.lower(end);
        if (isMeridiemWord(next)) {
            meridiem = next;
            ++end;
        }
    }
    // "1400 GMT", "0200 local time": four digits read as hours and minutes only before a time zone
    // "at 0200 local time", not "in 2016 local time"
    static const QSet<QString> beforeLocalTime = {QStringLiteral("at"), QStringLiteral("until"), QStringLiteral("till"),
                                                  QStringLiteral("to"), QStringLiteral("from"), QStringLiteral("before"),
                                                  QStringLiteral("after"), QStringLiteral("around"), QStringLiteral("about"),
                                                  QStringLiteral("(")};
    const bool zoneFollows = isFixedZoneAt(tokens, end)
                             || (tokens.is(end, u"local") && tokens.is(end + 1, u"time") && beforeLocalTime.contains(tokens.lower(i - 1)));
    const bool militaryTime = digits.shape == DigitToken::Shape::Plain && !digits.decimal && !digits.grouped
                              && suffix.isEmpty() && meridiem.isEmpty() && tokens.length(i) == 4 && zoneFollows
                              && digits.value < 2400 && int(digits.value) % 100 < 60;
    if (militaryTime) {
        hour = int(digits.value) / 100;
        minute = int(digits.value) % 100;
    }
    // "18.30 GMT", "17.00 local time", "at 08.15": a 24-hour time written with a dot, as British
    // and European news do; "at 18.30" only on a quarter hour, so a price or a rate "at 18.37"
    // stays a number
    bool dottedTime = false;
    if (digits.shape == DigitToken::Shape::Plain && digits.decimal && meridiem.isEmpty() && suffix.isEmpty()) {
        const QStringView text = tokens.text(i);
        const qsizetype dot = text.indexOf(u'.');
        const bool clockShape = dot >= 1 && dot <= 2 && text.size() - dot - 1 == 2 && hour <= 23 && minute <= 59;
        const QString &next = tokens.lower(end);
        const bool timeFollows = isFixedZoneAt(tokens, end) || (next == u"local" && tokens.is(end + 1, u"time"))
                                 || next == u"hrs";
        static const QSet<QString> before = {QStringLiteral("at"), QStringLiteral("from"), QStringLiteral("until"),
                                             QStringLiteral("till"), QStringLiteral("before"), QStringLiteral("after")};
        // written with two digits for the hour ("08.15", "18.30"), after "departs at", "from",
        // "until" …, and before nothing an amount would take: not "stood at 4.15 million", "the
        // euro was at 1.15", "opened at 23.45 points", "closed at 18.30", "at 18.30 euros"
        static const QSet<QString> wordsAfterATime = {
            QStringLiteral("on"), QStringLiteral("in"), QStringLiteral("at"), QStringLiteral("and"), QStringLiteral("or"),
            QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("until"), QStringLiteral("tomorrow"),
            QStringLiteral("today"), QStringLiteral("tonight"), QStringLiteral("when"), QStringLiteral("each"),
            QStringLiteral("every"), QStringLiteral("sharp"), QStringLiteral("yesterday"), QStringLiteral("with"),
        };
        const bool nothingAfter = !tokens.isKind(end, TokenKind::Word) && !tokens.isKind(end, TokenKind::Number)
                                  && !tokens.isKind(end, TokenKind::Symbol);
        const bool quarterHour = minute % 15 == 0 && dot == 2 && before.contains(tokens.lower(i - 1))
                                 && !isLevelVerb(tokens.lower(i - 2)) && (nothingAfter || wordsAfterATime.contains(next));
        // "at 8.15 tonight", "until 7.30 in the evening"; "is at 7.30 on Monday evening" but not "was
        // at 1.25 this morning", a level
        const auto dayPart = readDayPartAfter(tokens, end);
        const QString &verb = tokens.lower(i - 2);
        const bool scheduled = dayPart && dayPart->surelyATime && (verb == u"is" || verb == u"are");
        const bool dayPartFollows = dayPart && hourInDayPart(hour, dayPart->part) && isTimePreposition(tokens.lower(i - 1))
                                    && (scheduled || !isLevelVerb(verb));
        dottedTime = clockShape && (timeFollows || quarterHour || dayPartFollows);
        if (dottedTime && next == u"hrs")
            ++end;
    }
    if (digits.shape != DigitToken::Shape::Time && meridiem.isEmpty() && !militaryTime && !dottedTime)
        return std::nullopt;
    if (!meridiem.isEmpty()) {
        if (hour < 1 || hour > 12 || minute > 59)
            return std::nullopt;
        hour = hour % 12 + (meridiem.startsWith(u'p') ? 12 : 0);
    } else if (const auto dayPart = readDayPartAfter(tokens, end)) {
        if (const auto inDayPart = hourInDayPart(hour, dayPart->part)) {
            hour = *inDayPart;
            end += dayPart->timeTokens;
        }
    }
    if (hour > 24 || minute > 59)
        return std::nullopt;
    QString iso = twoDigits(hour) + u':' + twoDigits(minute);
    if (second >= 0)
        iso += u':' + twoDigits(second);
    return zoned(tokens, dateTimeMatch(tokens, NumberLabel::Time, i, end, iso), day);
}

} // namespace galley
