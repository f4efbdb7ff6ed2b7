#pragma once

#include <QDate>
#include <QList>
#include <QStringView>

#include <optional>

namespace galley {

// A date found around an article, with how strongly its place ties it to the publication.
enum class DateEvidence {
    HeaderDate = 1,       // a date line elsewhere in the page header
    Caption = 2,          // the lead image caption: the day the pictured event happened
    NextToHeadline = 4,   // a date line beside the title or byline, or in the byline or dateline
    Labelled = 5,         // "Published …", "Posted …"
};

struct DateCandidate
{
    QDate date;
    DateEvidence evidence = DateEvidence::HeaderDate;
};

// Picks the publication date. Each candidate scores twice its evidence, plus one for every
// weekday the body names that is the candidate's weekday or the day before (news reports say
// "said Thursday" about the day of publication or the day before), at most three. The best
// score wins; on a tie, the earlier candidate in page order.
// Page clocks (a time-of-day line away from the headline: the time the page was saved) are
// never candidates: the caller leaves them out.
std::optional<QDate> choosePublicationDate(const QList<DateCandidate> &candidates, QStringView bodyText);

} // namespace galley
