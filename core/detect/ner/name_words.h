#pragma once

#include "detect/ner/gazetteer.h"
#include "detect/ner/ner_tags.h"

#include <QList>
#include <QString>

namespace galley {

// A word written as a name: capitalised, two letters or more, neither an acronym nor a word in
// capitals ("Trump", not "UN" or "NEWS").
bool isNameWord(const QString &word);

// A given name that is no everyday word ("Francois", not "Will", "May" or "Grace").
bool isPlainGivenName(const QString &word, const Gazetteer &gazetteer);

// Pronouns, determiners, conjunctions and other closed-class words, lower case: written in
// capitals where they open a sentence ("She said", "That said", "Nobody told"), and on the
// lists of given names now and then ("The").
bool isClosedClassWord(const QString &lower);

// "officials", "analysts", "communications" (lower case): the plural of an everyday word.
bool isPluralOfEverydayWord(const QString &lower, const Gazetteer &gazetteer);

// Tags the words [begin, end) one entity of `type`; one person.
void tagSpan(QList<TagId> &tags, qsizetype begin, qsizetype end, EntityType type);
void tagPerson(QList<TagId> &tags, qsizetype begin, qsizetype end);

// The end of the span that starts at token i (i + 1 for a token outside every span).
qsizetype spanEnd(const QList<TagId> &tags, qsizetype i);

} // namespace galley
