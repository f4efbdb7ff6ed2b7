#pragma once

#include "detect/numbers/date_time_match.h"

#include <QDate>

#include <optional>

namespace galley {

// A range of hours whose first end is a bare hour, the a.m. or p.m. of the second applying to
// both: "2 to 4 p.m." → 14:00/16:00, "6-8 p.m.", "6:30-8 p.m."; `between` joins with "and". The
// match's isoFrom and isoTo are the ends, its isoValue "from/to".
std::optional<DateTimeMatch> readHourRange(const SentenceTokens &tokens, qsizetype at, bool between, const QDate &day);

// "6" or "6:30": an hour of a twelve-hour clock written with neither a.m. nor p.m. ("06:30" is
// a 24-hour time, "9am" has its half of the day).
bool isBareHour(QStringView token);

// "9:30 to 11:30 p.m.": a start with no a.m. or p.m. is in the afternoon its end is in, when it
// fits there.
QString inAfternoonOf(const QString &from, const QString &to);

} // namespace galley
