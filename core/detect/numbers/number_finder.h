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
// `published` (the article's publication date) resolves partial dates by the tense of the
// sentence (the nearest tense marker to the date decides; past when there is none, as news
// reports what happened): "December 8", "Thursday", "in May" are the latest such day or month on
// or before publication in a past-tense sentence ("said Thursday"), the first on or after it in a
// future-tense one ("could be held on Friday", "will meet in January"); "last Friday" /
// "next Friday" are strictly before / after; "yesterday", "last week" (ISO week), "two years ago"
// count from it. Without it, month/day dates are partial ISO ("--12-08", "--12") and weekdays and
// relative dates keep an empty isoValue.
//
// Spans cover the modifier and the unit ("over 98 percent", "3 square kilometers") but not the
// noun a count counts ("108,076" in "108,076 civilians", unit "civilians"). Ranges set from/to
// and leave value empty; vague amounts ("dozens") set approximate and magnitude, no value.
//
// `entities` (optional, from findEntities): a mention inside a longer name is dropped
// ("Boeing 737", "the Sunday Times"); digits after a capitalised word are dropped without them.
QList<NumberMention> findNumbers(QStringView text, const QList<Token> &tokens, const QList<Sentence> &sentences,
                                 const QDate &published = {}, const QList<EntityMention> &entities = {});

// Tokenizes and splits sentences first.
QList<NumberMention> findNumbers(QStringView text, const QDate &published = {});

} // namespace galley
