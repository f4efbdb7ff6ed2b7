#pragma once

#include "corpus/corpus.h"
#include "util/expected.h"

namespace galley {

// Forgets the decision on one conflict of a document; its gold layer, which that decision helped
// make, is removed until the conflict is decided again, after a copy of it is kept beside it
// ("gold.galley.json.before-reopen-…", for a curator's own edits of it).
struct ReopenedConflict
{
    QString goldCopy;   // the copy's path; "" when the document had no gold layer
};
Expected<ReopenedConflict, QString> reopenConflict(Corpus &corpus, qint64 documentId, const QString &contentHash,
                                          const QString &conflictKey);

} // namespace galley
