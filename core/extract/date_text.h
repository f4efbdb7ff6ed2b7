#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringView>

namespace galley {

// Calendar dates as people write them in prose, captions and datelines (not machine formats
// from meta tags): "December 15, 2016", "Dec. 15th, 2016", "15 December 2016", "15. März 2016",
// "15 de marzo de 2016", "10.12.2016" (day first), "2016-12-15". Month names in en, de, fr, es,
// it, pt, nl. Slash dates are skipped: "03/04/2016" is a different day on each side of the
// Atlantic.
struct ProseDate
{
    QDate date;
    qsizetype start = 0;    // UTF-16 offset of the match in the searched text
    qsizetype length = 0;   // UTF-16 units
};

QList<ProseDate> findProseDates(QStringView text);

// Weekday names ("Thursday", "Thu.") written in the text, Monday = 1 … Sunday = 7, in order.
// English only: it serves to check candidate dates against "said Thursday" style references.
QList<int> findWeekdayNames(QStringView text);

// "2016-12-15"
QString isoDate(const QDate &date);

// "The council votes on the measure on June 3, 2024.": a prose date in a line that ends as a
// sentence ends, with more than three words in lower case beside the date; not a date line
// ("Published Tuesday 14 March 2023, 11:45 GMT", "Last modified on Wed 15 May 2024 11.45 BST").
bool isSentenceWithDate(QStringView text);

} // namespace galley
