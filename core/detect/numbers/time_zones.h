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

// The zone at token i: an abbreviation with a fixed offset ("GMT", "MSK", "EST", "PDT"), or a US
// zone that follows daylight saving time ("ET", "PT", "Eastern", "Pacific Time"), with its offset
// on `day`. Callers pass the publication date: a time written without a date is mostly on it or
// near it, and daylight saving changes only twice a year.
std::optional<WrittenZone> readZone(const SentenceTokens &tokens, qsizetype i, const QDate &day);

// Whether US daylight saving time is in force on `day`: from the second Sunday in March to the
// first Sunday in November since 2007, from the first Sunday in April to the last Sunday in
// October before.
bool isUsDaylightSaving(const QDate &day);

} // namespace galley
