#pragma once

#include <QString>

namespace galley {

// A date written the way pages write them ("2025-09-04T10:00:00Z", "September 4, 2025",
// "4 Sept. 2025", "2025/09/04", "04.09.2025") as ISO 8601: "YYYY-MM-DD", or the date-time
// when the input is ISO with a time. Empty when no valid date is found. The first date in
// the text wins, so this also reads datelines ("Published 3 March 2024, 10:02").
QString parseDateToIso(const QString &text);

} // namespace galley
