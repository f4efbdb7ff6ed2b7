#include "annotation/span_filter.h"

namespace galley {

bool SpanFilter::matches(const Span &span) const
{
    if (!labels.isEmpty() && !labels.contains(span.label))
        return false;
    if (!statuses.isEmpty() && !statuses.contains(span.status))
        return false;
    const QString wanted = text.trimmed();
    return wanted.isEmpty() || span.text.contains(wanted, Qt::CaseInsensitive)
           || span.attributes.value(QStringLiteral("note")).toString().contains(wanted, Qt::CaseInsensitive);
}

} // namespace galley
