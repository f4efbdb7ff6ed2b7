#pragma once

#include "detect/numbers/number_words.h"
#include "detect/numbers/sentence_tokens.h"

#include <optional>

namespace galley {

// A number written in digits or words, before any unit: "108,076", "1.1 million", "4.5bn",
// "twenty-five", "two thirds", "a dozen", "third", "tens of thousands", "3-5".
struct Amount
{
    qsizetype begin = 0;            // tokens [begin, end)
    qsizetype end = 0;
    std::optional<double> value;    // empty for vague amounts
    std::optional<double> rangeTo;  // a range written as one token: "3-5" (value is its start)
    bool ordinal = false;           // "third", "8th"
    bool approximate = false;       // "dozens", "several hundred"
    std::optional<int> magnitude;
    bool spelled = false;           // written in words
    double scale = 1;               // the scale word or suffix applied: 1e6 for "million", 1e9 for "bn"
    bool yearLike = false;          // four plain digits 1000–2999 with nothing attached: "2011"
    QString suffix;                 // letters glued to the digits, lower case: "km", "m", "pm", "-year"
    bool capitalSuffix = false;     // written with a capital: "5G", "3D" (ids, not grams)
    bool orMore = false;            // a plus sign glued on: "15+ million"
};

// Reads the amount that starts at token i, or nullopt.
std::optional<Amount> readAmount(const SentenceTokens &tokens, qsizetype i);

// The token after "80 000" or "1 250 000" read from token i: thousands set apart by spaces, as
// French, SI and many wires write them; i + 1 when token i starts no such number. A no-break or
// thin space always groups; a plain one only between numbers standing alone and not after a
// label ("in 2019 250 people", a table's "72 53 576" and "In round 3 120 players" do not join),
// and seven digits or more only before what they count (else a phone number: "612 345 678").
qsizetype spaceGroupedThousandsEnd(const SentenceTokens &tokens, qsizetype i);

// Multiplies the amount, both ends of a range, by the scale its suffix says ("5-7m" of money:
// 5 to 7 million) and drops the suffix.
void scaleAmount(Amount &amount, double scale);

} // namespace galley
