#include "annotation/reanchoring.h"

#include "annotation/span_locator.h"
#include "annotation/text_quote.h"

#include <algorithm>

namespace galley {

namespace {

// The selector a span was made with; spans saved without one fall back to their text.
TextQuote storedQuote(const Span &span, QStringView oldText)
{
    if (!span.quote.exact.isEmpty())
        return span.quote;
    if (span.start >= 0 && span.end <= oldText.size() && span.start <= span.end && oldText.mid(span.start, span.end - span.start) == span.text)
        return textQuoteAt(oldText, span.start, span.end);
    return {span.text, {}, {}};
}

bool splitsSurrogatePair(QStringView text, int offset)
{
    return offset > 0 && offset < text.size() && text[offset].isLowSurrogate() && text[offset - 1].isHighSurrogate();
}

} // namespace

Reanchoring reanchor(const AnnotationSet &set, const QString &newText)
{
    Reanchoring result{set, {}};
    result.set.text = newText;
    const SpanLocator locator(set.text, newText);
    for (Span &span : result.set.spans) {
        const TextQuote quote = storedQuote(span, set.text);
        SpanPlacement placement = locator.locate(span, quote);
        // Never cut an emoji in half: a boundary inside a surrogate pair orphans the span.
        if (placement.state != AnchorState::Orphaned
            && (splitsSurrogatePair(newText, placement.start) || splitsSurrogatePair(newText, placement.end)))
            placement = {};
        SpanReanchoring entry{span.id, placement.state, span.start, span.end, span.start, span.end, placement.similarity};
        if (placement.state == AnchorState::Orphaned) {
            span.anchor = AnchorState::Orphaned;
            span.quote = quote;
            result.report.orphaned.append(entry);
            continue;
        }
        entry.newStart = placement.start;
        entry.newEnd = placement.end;
        span.start = placement.start;
        span.end = placement.end;
        span.text = newText.mid(placement.start, placement.end - placement.start);
        span.quote = textQuoteAt(newText, placement.start, placement.end);
        span.anchor = placement.state;
        switch (placement.state) {
        case AnchorState::Anchored:
            ++result.report.anchored;
            break;
        case AnchorState::Moved:
            result.report.moved.append(entry);
            break;
        case AnchorState::Fuzzy:
            result.report.fuzzy.append(entry);
            break;
        case AnchorState::Orphaned:
            break;
        }
    }
    return result;
}

Expected<AnnotationSet, QString> reattach(const AnnotationSet &set, QStringView spanId, int start, int end)
{
    AnnotationSet result = set;
    const auto span = std::find_if(result.spans.begin(), result.spans.end(), [spanId](const Span &s) { return s.id == spanId; });
    if (span == result.spans.end())
        return QStringLiteral("no span %1 in the set").arg(spanId);
    if (start < 0 || end < start || end > result.text.size())
        return QStringLiteral("span %1: range %2–%3 is not inside the text (length %4)")
            .arg(spanId).arg(start).arg(end).arg(result.text.size());
    if (splitsSurrogatePair(result.text, start) || splitsSurrogatePair(result.text, end))
        return QStringLiteral("span %1: range %2–%3 splits a character").arg(spanId).arg(start).arg(end);
    span->start = start;
    span->end = end;
    span->text = result.text.mid(start, end - start);
    span->quote = textQuoteAt(result.text, start, end);
    span->anchor = AnchorState::Anchored;
    return result;
}

} // namespace galley
