#pragma once

#include "annotation/annotation_set.h"

#include <QList>
#include <QStringList>

#include <functional>

namespace galley {

// Warns of the reviewers' comments (a span's "note") an export cannot carry: "3 comments left out
// (s4, s9, s12): <why>". Spans rejected are left out whole and not counted; `leftOut` picks the
// spans whose comments the format drops (every span when empty).
void warnOfCommentsLeftOut(const QList<AnnotationSet> &sets, const QString &why, QStringList &warnings,
                           const std::function<bool(const Span &)> &leftOut = {});

} // namespace galley
