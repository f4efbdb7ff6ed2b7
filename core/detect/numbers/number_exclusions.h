#pragma once

#include "detect/numbers/amount_reader.h"

#include <QList>

namespace galley {

// Digits that belong to a name, not a count: "Boeing 737", "Windows 10", "Resolution 2254" —
// a capitalised word just before them in a normally cased sentence, unless it is a word that
// opens sentences ("In 2011", "Some 50"); numbered items ("No. 5", "p. 12", "#1", "type 2
// diabetes", "flight 370") are ids.
bool isPartOfName(const SentenceTokens &tokens, qsizetype numberToken);

// "1. Monitor your use", "2) Turn off alerts": the number of an item in a list, opening its
// sentence.
bool isListMarker(const SentenceTokens &tokens, qsizetype i);

// Token i starts a phone number: "+7 495 123-45-67", "(212) 555-1234". Returns the token after
// it, or i when it is not one.
qsizetype phoneNumberEnd(const SentenceTokens &tokens, qsizetype i);

// "one" as a pronoun ("one of the", "no one", "the one who"), "second" as in "per second", "half"
// as in "the first half", and
// number words capitalised inside running text, which are names ("the Second Division").
bool isNumberWordUsedOtherwise(const SentenceTokens &tokens, const Amount &amount);

// The token after an idiom with a number word in it that starts at token i ("under one
// roof"); i when none does.
qsizetype idiomEnd(const SentenceTokens &tokens, qsizetype i);

} // namespace galley
