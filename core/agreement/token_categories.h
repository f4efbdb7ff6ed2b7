#pragma once

#include "annotation/annotation_set.h"
#include "text/token.h"

#include <QList>
#include <QString>

namespace galley {

// The category "no span" takes in token-level agreement.
inline const QString kOutsideCategory = QStringLiteral("O");

// Each token's category in one reviewer's layer: the label of the shortest span (not rejected)
// that overlaps the token, the first of equals; kOutsideCategory when none does. Nested spans
// (a PER inside a QUOTE) thus give the token the inner label.
QList<QString> tokenCategories(const QList<Token> &tokens, const QList<Span> &spans);

// Whether a span of `label` (not rejected) overlaps each token: per-label agreement is binary.
QList<bool> tokensWithLabel(const QList<Token> &tokens, const QList<Span> &spans, const QString &label);

} // namespace galley
