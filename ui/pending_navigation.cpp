#include "pending_navigation.h"

#include <algorithm>

namespace galley {

namespace {

QList<const Span *> inReadingOrder(const AnnotationSet &set)
{
    QList<const Span *> spans;
    for (const Span &span : set.spans)
        spans.append(&span);
    std::stable_sort(spans.begin(), spans.end(), [](const Span *a, const Span *b) {
        return a->start != b->start ? a->start < b->start : a->end < b->end;
    });
    return spans;
}

QList<const Span *> inListedOrder(const AnnotationSet &set, const QStringList &listed)
{
    QHash<QString, const Span *> byId;
    for (const Span &span : set.spans)
        byId.insert(span.id, &span);
    QList<const Span *> spans;
    for (const QString &id : listed) {
        if (const Span *span = byId.value(id))
            spans.append(span);
    }
    return spans;
}

QString stepToPending(const AnnotationSet &set, const QList<const Span *> &spans, const QString &currentSpanId,
                      int direction, const SpanFilter &filter)
{
    const int count = int(spans.size());
    const QHash<QString, QStringList> shownWith = filter.text.trimmed().isEmpty() ? QHash<QString, QStringList>() : wordsShownWithSpans(set);
    int current = -1;
    for (int i = 0; i < count; ++i) {
        if (spans.at(i)->id == currentSpanId)
            current = i;
    }
    if (current < 0)
        current = direction > 0 ? -1 : count;
    for (int step = 1; step <= count; ++step) {
        const int at = ((current + direction * step) % count + count) % count;
        if (spans.at(at)->status == ReviewStatus::Pending && spans.at(at)->id != currentSpanId
            && filter.matches(*spans.at(at), shownWith.value(spans.at(at)->id)))
            return spans.at(at)->id;
    }
    return {};
}

} // namespace

QString nextPendingSpan(const AnnotationSet &set, const QString &currentSpanId, const SpanFilter &filter)
{
    return stepToPending(set, inReadingOrder(set), currentSpanId, 1, filter);
}

QString previousPendingSpan(const AnnotationSet &set, const QString &currentSpanId, const SpanFilter &filter)
{
    return stepToPending(set, inReadingOrder(set), currentSpanId, -1, filter);
}

QString nextPendingListed(const AnnotationSet &set, const QStringList &listed, const QString &currentSpanId)
{
    return stepToPending(set, inListedOrder(set, listed), currentSpanId, 1, {});
}

QString previousPendingListed(const AnnotationSet &set, const QStringList &listed, const QString &currentSpanId)
{
    return stepToPending(set, inListedOrder(set, listed), currentSpanId, -1, {});
}

} // namespace galley
