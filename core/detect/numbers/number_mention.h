#pragma once

#include <QString>
#include <QtGlobal>

#include <optional>

namespace galley {

enum class NumberLabel { Cardinal, Ordinal, Percent, Money, Quantity, Date, Time, Duration };

// How a modifier bounds the value: "more than 10" → Greater, "about 10" → Approximately.
enum class NumberModifier { None, Greater, GreaterOrEqual, Less, LessOrEqual, Approximately };

// A number, amount, date or time in a text with its normalised value. Offsets are UTF-16
// code units into the analysed text, end exclusive, covering the modifier and unit words.
struct NumberMention
{
    qsizetype start = 0;
    qsizetype end = 0;
    NumberLabel label = NumberLabel::Cardinal;

    std::optional<double> value;    // counts, ordinals, percents (98 for 98 %), money, quantities,
                                    // durations (in `unit`)
    QString isoValue;               // dates "2016-12-08" / "2016-12" / "2011", times "03:31Z",
                                    // durations "P3D": ISO 8601
    QString unit;                   // "USD" (ISO 4217), "km²", "%", "civilians", "day"
    std::optional<double> siValue;  // quantities in SI: 3 km² → 3000000
    QString siUnit;                 // "m²"
    NumberModifier modifier = NumberModifier::None;
    std::optional<double> from;     // ranges: "3-5 km", "between 10 and 20"
    std::optional<double> to;
    QString isoFrom;                // date ranges and "since 2011" (from = 2011)
    QString isoTo;
    bool approximate = false;       // vague amounts: "dozens", "tens of thousands"
    std::optional<int> magnitude;   // power of ten of a vague amount: "tens of thousands" → 4
    QString per;                    // a rate's period, ISO 8601: "$40,000 a year" → "P1Y"
};

} // namespace galley
