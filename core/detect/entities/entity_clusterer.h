#pragma once

#include "detect/entities/entity_cluster.h"
#include "detect/entities/mention_name.h"
#include "detect/entities/name_lexicon.h"
#include "detect/ner/entity_finder.h"

#include <QList>
#include <QStringView>

namespace galley {

// The entity mentions of one document grouped by the entity they name. Mentions join when their
// names agree after titles, possessives and particles are set aside ("Syrian President Bashar
// Assad", "Bashar al-Assad"), when one is the surname of a person's full name ("Assad"), when one
// is the acronym of the other ("OPCW"), or when an organisation is named without its nationality
// ("General Staff" after "Russian General Staff") or a firm by the first word of its name when
// the rest says only what kind of firm it is ("HCA" for "HCA Healthcare"; "Lilly" for "Eli
// Lilly", a name opening with a given name). A cluster's type is its mentions' majority
// type, or a person when one of them is a person's written-out name ("Donald Trump"); its
// canonical name the fullest name among them. Clusters come in order of first mention.
QList<EntityCluster> clusterEntities(QStringView text, const QList<EntityMention> &mentions,
                                     const NameLexicon &lexicon);

// The same, reusing names already computed (one per mention).
QList<EntityCluster> clusterEntities(QStringView text, const QList<EntityMention> &mentions,
                                     const QList<MentionName> &names, const NameLexicon &lexicon);

} // namespace galley
