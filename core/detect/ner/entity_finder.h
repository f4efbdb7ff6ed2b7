#pragma once

#include "detect/ner/ner_model.h"
#include "text/token.h"

#include <QList>
#include <QStringView>

namespace galley {

// An entity found in a text: [start, end) in UTF-16 code units of that text.
struct EntityMention
{
    qsizetype start = 0;
    qsizetype end = 0;
    EntityType type = EntityType::Person;
    float confidence = -1.0f;   // how sure the tagger is, 0–1 (entity_confidence.h); -1: a rule's
};

// The word the model sees for a token: curly and angle quotes as the ASCII marks CoNLL-2003
// uses ("’s" → "'s", “ → "), everything else as written.
QString modelWord(QStringView tokenText);

// Tokenizes, splits sentences and tags the whole text as one document.
QList<EntityMention> findEntities(const NerModel &model, QStringView text);

// The same over tokens and sentences already made from text.
QList<EntityMention> findEntities(const NerModel &model, QStringView text, const QList<Token> &tokens,
                                  const QList<Sentence> &sentences);

} // namespace galley
