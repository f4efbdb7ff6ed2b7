#pragma once

#include "corpus/corpus.h"

namespace galley {

// Forgets the decision on one conflict of a document; its gold layer, which that decision helped
// make, is removed until the conflict is decided again.
std::optional<QString> reopenConflict(Corpus &corpus, qint64 documentId, const QString &contentHash,
                                      const QString &conflictKey);

} // namespace galley
