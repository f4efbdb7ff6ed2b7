#pragma once

#include "dom_range.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <functional>
#include <optional>

namespace galley {

struct AnnotationSet;
struct Span;

// Finds a span's place in the page when it carries no DOM range of its own (text copies).
using SpanDomLocator = std::function<std::optional<DomRange>(const Span &)>;

// Everything galley-highlights.js needs to draw a page's annotations in one call: every span with
// its DOM range (its own, else the locator's) and text quote, the label colours (the reviewer's
// choice included), the tint opacity and legend, and the boilerplate blocks to dim.
QJsonObject highlightRequest(const AnnotationSet &set, const QList<DomRange> &boilerplate,
                             const SpanDomLocator &locate = {});

// What galley-highlights.js's update() needs after an edit: the changed spans still in the set
// (as highlightRequest gives them), the ids of those no longer in it, and the colours and legend
// of the whole set.
QJsonObject highlightUpdate(const AnnotationSet &set, const QStringList &changedSpanIds,
                            const SpanDomLocator &locate = {});

// Brings a full request up to date with an update: what highlightRequest(set after the edit)
// would give, but for the order of added spans (appended).
void mergeHighlightUpdate(QJsonObject &request, const QJsonObject &update);

} // namespace galley
