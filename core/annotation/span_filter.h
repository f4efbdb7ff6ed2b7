#pragma once

#include "annotation/annotation_set.h"

#include <QHash>
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
    QString text;   // case-insensitive, in the span's text, its unit, the reviewer's comment on it,
                    // or the words shown with it (a quote's speaker)

    bool isEmpty() const { return labels.isEmpty() && statuses.isEmpty() && text.trimmed().isEmpty(); }
    bool matches(const Span &span, const QStringList &shownWithIt = {}) const;
    friend bool operator==(const SpanFilter &, const SpanFilter &) = default;
};

// The words a span's row shows beside its own, by span id: a quote's speaker as written and the
// name the speaker's cluster is filed under ("he", "Viktor Poznikhir").
QHash<QString, QStringList> wordsShownWithSpans(const AnnotationSet &set);

} // namespace galley
