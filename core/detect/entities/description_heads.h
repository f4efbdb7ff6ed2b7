#pragma once

#include "detect/entities/name_lexicon.h"

#include <QString>

namespace galley {

// What a description's head word ("the company", "the Spaniard", "the 28-year-old") refers back
// to when no entity of the text holds that role: a body, a person, or nothing to guess (agents
// and bystanders: "the lawyer", "the victim", "the officer" are someone not named).
enum class DescribedKind { Unknown, Person, Body };

DescribedKind describedKind(const QString &lowerHead, const NameLexicon &lexicon);

} // namespace galley
