#include "extract/text_publication_date.h"

#include "extract/date_text.h"

#include <algorithm>

namespace galley {

std::optional<QDate> choosePublicationDate(const QList<DateCandidate> &candidates, QStringView bodyText)
{
    const QList<int> weekdays = findWeekdayNames(bodyText);
    std::optional<QDate> best;
    int bestScore = -1;
    for (const DateCandidate &candidate : candidates) {
        const int day = candidate.date.dayOfWeek();
        const int dayBefore = day == 1 ? 7 : day - 1;
        const auto fitting = std::count_if(weekdays.cbegin(), weekdays.cend(),
                                           [&](int weekday) { return weekday == day || weekday == dayBefore; });
        const int score = 2 * int(candidate.evidence) + int(std::min<qsizetype>(fitting, 3));
        if (score > bestScore) {
            bestScore = score;
            best = candidate.date;
        }
    }
    return best;
}

} // namespace galley
