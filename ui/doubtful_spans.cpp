#include "doubtful_spans.h"

#include "span_description.h"

#include "annotation/annotation_set.h"

#include <QtGlobal>

namespace galley {

namespace {
double g_threshold = 0.7;
} // namespace

double doubtfulSpanThreshold()
{
    return g_threshold;
}

void setDoubtfulSpanThreshold(double threshold)
{
    g_threshold = qBound(0.0, threshold, 1.0);
}

bool isDoubtful(const Span &span)
{
    return span.status == ReviewStatus::Pending && spanConfidence(span).value_or(1.0) < g_threshold;
}

} // namespace galley
