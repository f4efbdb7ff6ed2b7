#pragma once

#include "detect/ner/ner_tags.h"

#include <QList>
#include <QString>

namespace galley {

// Mentions of one real-world entity in a document ("Syrian President Bashar Assad", "Assad",
// "Bashar al-Assad"), with the name a reviewer would file it under.
struct EntityCluster
{
    EntityType type = EntityType::Person;
    QString canonical;          // the fullest proper name among the mentions: "Bashar al-Assad"
    QList<int> mentions;        // indexes into the mention list that was clustered, ascending
};

} // namespace galley
