#pragma once

#include "detect/numbers/number_mention.h"

#include <QString>
#include <QStringView>

#include <optional>

namespace galley {

// What a counted word glued to a number by a hyphen makes of it, the suffix given with its
// hyphen as the rest here: "10-point lead" counts "points", "a 50-seat council" "seats", "a 6.2-magnitude
// quake" a "magnitude"; "a 12,000-strong crowd" counts the noun after it (an empty unit).
// Nullopt for any other word.
std::optional<QString> countedWordOfSuffix(QStringView suffix);

// A rate glued on after the amount and its scale: "£5m-a-year" → {"m", "P1Y"}, "$15-an-hour" →
// {"", "PT1H"}, "$30-a-month". Nullopt when the suffix ends in no rate.
struct GluedRate
{
    QString rest;   // the suffix before the rate: a scale ("m", "bn") or empty
    QString per;    // ISO 8601 period
};
std::optional<GluedRate> splitGluedRate(QStringView suffix);

// A modifier glued on: "50-odd" is about 50, "50-plus" 50 or more.
std::optional<NumberModifier> modifierOfSuffix(QStringView suffix);

} // namespace galley
