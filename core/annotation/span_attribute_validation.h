#pragma once

#include "annotation/annotation_set.h"
#include "annotation/label_schema.h"

#include <QList>
#include <QString>

namespace galley {

struct AttributeProblem
{
    QString attribute;   // empty when the span's label itself is unknown
    QString reason;
    friend bool operator==(const AttributeProblem &, const AttributeProblem &) = default;
};

// Checks a span against the schema: its label exists, and each attribute is defined for that
// label with a value of the attribute's type (a number; a string; one of an enum's values; an
// ISO 8601 date, time or date-time; true/false). No problems means the span is valid.
QList<AttributeProblem> validateSpanAttributes(const LabelSchema &schema, const Span &span);

// "2016-12-08", "2016-12", "2011", "199" (the 1990s), "2016-W49", "--12-08", "03:31Z",
// "2016-12-08T03:31:00+02:00" or an interval of two ("22:00/05:00"): what a date attribute holds.
bool isIsoDateOrTime(QStringView text);

} // namespace galley
