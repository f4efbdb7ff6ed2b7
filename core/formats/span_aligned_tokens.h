#pragma once

#include "annotation/annotation_set.h"
#include "text/token.h"

#include <QList>

namespace galley {

// The tokenizer's tokens, each cut where a span starts or ends inside it: with LOC on "Kyiv",
// "Kyiv-based" becomes "Kyiv" and "-based". Every span is then whole tokens, as spaCy's entities
// and span groups need (spaCy refuses an entity that is part of a token).
QList<Token> spanAlignedTokens(const QList<Token> &tokens, const QList<const Span *> &spans);

} // namespace galley
