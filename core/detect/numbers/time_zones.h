#pragma once

#include "detect/numbers/sentence_tokens.h"

#include <QDate>
#include <QString>

#include <optional>

namespace galley {

// A time zone written after a time, and the token after it.
struct WrittenZone
{
    QString name;        // as written: "GMT", "ET", "Eastern Time"
    QString offset;      // ISO 8601: "Z", "+03:00"; empty for a US zone on an unknown day
    qsizetype endToken = 0;
};

// The zone at token i: an abbreviation with a fixed offset ("GMT", "MSK", "EST", "PDT"), a US zone
// spelled with its season ("Eastern Standard Time"), or one that follows daylight saving time
// ("ET", "PT", "Eastern", "Pacific Time") with its offset around `day`. Callers pass the
// publication date: a time written without a date is mostly on it or near it; within a week of a
// change of offset the offset is left empty, as it is with no date.
std::optional<WrittenZone> readZone(const SentenceTokens &tokens, qsizetype i, const QDate &day);

// Whether US daylight saving time is in force on `day`: from the second Sunday in March to the
// first Sunday in November since 2007, from the first Sunday in April to the last Sunday in
// October from 1987, from the last Sunday in April before; unknown before 1976 (it held through
// the winter of 1974, and before 1967 each state chose).
std::optional<bool> isUsDaylightSaving(const QDate &day);

} // namespace galley
