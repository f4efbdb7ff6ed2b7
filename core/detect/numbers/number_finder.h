#pragma once

#include "detect/ner/entity_finder.h"
#include "detect/numbers/number_mention.h"
#include "text/token.h"

#include <QDate>
#include <QList>
#include <QStringView>

namespace galley {

// Numbers, amounts, dates and times in a text, with normalised values (see NumberMention), in
// text order. `tokens` and `sentences` come from tokenize(text) and splitSentences(text, tokens);
// offsets are UTF-16 code units into `text`.
//
// `published` (the article's publication date) resolves partial dates: "December 8" takes the
// year that puts it nearest to publication; a weekday is the nearest one on or before
// publication in a past-tense sentence ("said Thursday") and on or after it when the nearest
// tense marker is future ("could be held on Friday", "will"); "last Friday" / "next Friday" are
// strictly before / after; "yesterday", "last week" (ISO week), "two years ago" count from it.
// Without it, month/day dates are partial ISO ("--12-08", "--12") and weekdays and relative dates
// keep an empty isoValue.
//
// `entities` (optional, from findEntities) keeps digits inside names out ("Boeing 737").
QList<NumberMention> findNumbers(QStringView text, const QList<Token> &tokens, const QList<Sentence> &sentences,
                                 const QDate &published = {}, const QList<EntityMention> &entities = {});

// Tokenizes and splits sentences first.
QList<NumberMention> findNumbers(QStringView text, const QDate &published = {});

} // namespace galley
