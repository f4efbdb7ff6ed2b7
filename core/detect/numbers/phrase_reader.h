#pragma once

#include "detect/numbers/amount_reader.h"
#include "detect/numbers/unit_reader.h"

#include <optional>

namespace galley {

// An amount with what is written around it: a sign, a currency before it, a unit after it.
struct Phrase
{
    Amount amount;
    qsizetype end = 0;               // the token after the phrase
    double sign = 1;
    QString currency;                // from a sign or code before the amount
    std::optional<UnitMatch> unit;   // after the amount
    QString per;                     // a rate glued on: "£5m-a-year" → "P1Y"
    std::optional<NumberModifier> modifier;   // glued on: "50-odd", "50-plus"

    std::optional<double> value() const
    {
        return amount.value ? std::optional<double>(sign * *amount.value) : std::nullopt;
    }
    bool hasUnit() const { return !currency.isEmpty() || unit.has_value(); }
};

// Reads [minus] [currency sign or code] amount [unit] from token j: "-5 degrees Celsius",
// "US$20 million", "3 square kilometers", "two-year", "a week". Nullopt when no amount starts
// there, or when letters glued to digits are no unit ("5G").
std::optional<Phrase> readPhrase(const SentenceTokens &tokens, qsizetype j);

} // namespace galley
