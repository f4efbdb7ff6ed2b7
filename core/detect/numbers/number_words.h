#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace galley {

// English number words, lower case. Hyphenated compounds ("twenty-five", "twenty-first") are
// read whole.

// "zero" … "ninety-nine": the value of a spelled cardinal below one hundred.
std::optional<double> smallCardinalWord(QStringView lowerWord);

// "hundred", "thousand", "million", "billion", "trillion" and the written abbreviations that
// follow digits ("bn", "mln", "tn", "k").
std::optional<double> scaleWord(QStringView lowerWord);

// "first" … "ninety-ninth", "hundredth", "thousandth", "millionth".
std::optional<int> ordinalWord(QStringView lowerWord);

// The denominator of a fraction word: "half"/"halves" → 2, "third(s)" → 3, "quarter(s)" → 4,
// "fifth(s)" … "tenth(s)". Only the plural forms and "half"/"quarter" are fractions on their own.
std::optional<int> fractionDenominator(QStringView lowerWord);

// Vague amounts: "dozens" → 1, "hundreds" → 2, "thousands" → 3, "millions" → 6 (power of ten).
std::optional<int> vagueMagnitude(QStringView lowerWord);

// The suffix of a digit token that scales it: "bn" → 1e9 (in "4.5bn"), "m"/"mn"/"mln" → 1e6,
// "k" → 1e3, "tn"/"trn" → 1e12.
std::optional<double> digitSuffixScale(QStringView lowerSuffix);

// Any word an amount can start with: the words above and "a", "an", "half", "tens", "several",
// "many", "some". Lets the detector skip other words at once.
bool isNumberWord(QStringView lowerWord);

// A token that starts with digits, split into its parts.
struct DigitToken
{
    enum class Shape {
        Plain,       // "108,076", "1.1", "4.5bn", "10km", "8th", "1990s"
        Fraction,    // "1/2"
        Range,       // "3-5", "2015-2016", "10–20"
        Time,        // "03:31", "14:05:10"
        IsoDate,     // "2016-12-15"
        Other,       // phone numbers, ids, dates in other orders
    };
    Shape shape = Shape::Other;
    double value = 0;          // Plain: the number without suffix; Fraction: numerator/denominator; Range: from
    double second = 0;         // Range: to; Time: minutes
    double third = 0;          // Time: seconds; IsoDate: day
    QString suffix;            // lower case letters after the digits: "bn", "km", "th", "s", "pm", "-year"
    bool capitalSuffix = false; // the suffix as written has a capital: "5G", "3D"
    int integerDigits = 0;     // digits before the decimal point, separators not counted
    bool grouped = false;      // "108,076"
    bool decimal = false;      // "1.1"
};

DigitToken parseDigitToken(QStringView token);

} // namespace galley
