#pragma once

#include "detect/numbers/sentence_tokens.h"

#include <QDate>

#include <functional>
#include <optional>

namespace galley {

// A holiday named at a token: how many tokens its name takes and its date in a given year.
struct Holiday
{
    qsizetype words = 1;
    std::function<QDate(int)> dateIn;   // invalid in a year it is not held
    bool awaited = false;               // with no tense told, the next one ("as Election Day nears")
};

// The holiday whose name starts at token i, matched in lower case ("christmas eve", "black
// friday", "st. patrick's day", "fourth of july"); the caller checks its capitals. Days that
// differ between countries are left out ("Independence Day", "Labour Day", "Mother's Day"), and
// so are lunar ones (Ramadan, Diwali).
std::optional<Holiday> holidayAt(const SentenceTokens &tokens, qsizetype i);

// Whether a holiday's name may start with this lower-case word.
bool mayStartHoliday(QStringView lowerWord);

// Easter Sunday of a Gregorian year.
QDate easterSunday(int year);

} // namespace galley
