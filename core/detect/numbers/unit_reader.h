#pragma once

#include "detect/numbers/amount_reader.h"
#include "detect/numbers/measurement_units.h"
#include "detect/numbers/number_mention.h"

#include <optional>

namespace galley {

// A unit of time a duration counts in: "days" → {"day", 'D', 1}, "decades" → {"decade", 'Y', 10}.
struct TimeUnit
{
    QString name;           // singular: "day", "hour"
    QChar designator;       // ISO 8601: Y M W D, or H M S after the T
    bool timePart = false;  // hours, minutes, seconds
    double factor = 1;      // decade = 10 years
};

std::optional<TimeUnit> timeUnitOfWord(QStringView lowerWord);

// ISO 8601 duration of `value` `unit`s: 3 days → "P3D", 1.5 hours → "PT1.5H", 2 decades → "P20Y".
QString isoDuration(double value, const TimeUnit &unit);

// What the amount measures, read from the tokens from `i` on (and the amount's own suffix:
// "10km", "30m", "-year"): a percent sign or word, a currency name, a unit of measurement or a
// unit of time.
struct UnitMatch
{
    NumberLabel label = NumberLabel::Cardinal;   // Percent, Money, Quantity or Duration
    QString unit;                                // "%", "USD", "km²", "day"
    std::optional<MeasurementUnit> measure;      // Quantity
    std::optional<TimeUnit> time;                // Duration
    bool subunit = false;                        // Money in cents or pence: a hundredth of `unit`
    double added = 0;                            // "6-foot-2": the inches, in feet, to add to the amount
    qsizetype endToken = 0;
};

// The period of a rate after an amount, ISO 8601, and the token after it: "a year" → "P1Y" in
// "$40,000 a year", "per day", "each week"; not "a month ago".
struct RatePeriod
{
    QString iso;
    qsizetype endToken = 0;
};
std::optional<RatePeriod> readRatePeriod(const SentenceTokens &tokens, qsizetype i);

std::optional<UnitMatch> readUnitAfter(const SentenceTokens &tokens, qsizetype i, const Amount &amount);

} // namespace galley
