#pragma once

#include "detect/entities/name_lexicon.h"
#include "detect/ner/entity_finder.h"

#include <QStringList>
#include <QStringView>

namespace galley {

// The name inside an entity mention, with what surrounds it set apart: "Syrian President Bashar
// Assad" → name "Bashar Assad", roles "president"; "Russia's" → "Russia".
struct MentionName
{
    qsizetype start = 0;     // the name proper, UTF-16 offsets into the text, end exclusive
    qsizetype end = 0;
    QStringList keys;        // lower-case words compared across mentions, name particles left out:
                             // "Bashar al-Assad" → bashar, assad
    QString initials;        // first letters of the content words: "OPCW" for "Organisation for the
                             // Prohibition of Chemical Weapons"
    QString fullInitials;    // first letters of every word: "CIOB" for "Chartered Institute of Building"
    QString acronym;         // the mention written as an acronym ("OPCW", "U.S." → "US"); else empty
    QStringList roles;       // title, role and nationality words stripped from the front, lower case

    bool isEmpty() const { return keys.isEmpty(); }
};

MentionName mentionName(QStringView text, const EntityMention &mention, const NameLexicon &lexicon);

// Lower case, without the particles that names drop or keep ("al-", "bin", "von", "van der"):
// empty for a word that is only a particle.
QString nameKey(QStringView word);

} // namespace galley
