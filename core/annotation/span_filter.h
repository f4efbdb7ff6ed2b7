#pragma once

#include "annotation/annotation_set.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace galley {

// Which spans a reviewer wants to see: some labels, some review statuses, text they contain.
// An empty part lets every span through; the parts combine with "and".
struct SpanFilter
{
    QStringList labels;
    QList<ReviewStatus> statuses;
    QString text;   // case-insensitive, in the span's text or the reviewer's comment on it

    bool isEmpty() const { return labels.isEmpty() && statuses.isEmpty() && text.trimmed().isEmpty(); }
    bool matches(const Span &span) const;
    friend bool operator==(const SpanFilter &, const SpanFilter &) = default;
};

} // namespace galley
