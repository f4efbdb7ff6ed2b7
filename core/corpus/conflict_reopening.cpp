#include "corpus/conflict_reopening.h"

#include "corpus/adjudication_decisions.h"
#include "corpus/layer_removal.h"

namespace galley {

std::optional<QString> reopenConflict(Corpus &corpus, qint64 documentId, const QString &contentHash,
                                      const QString &conflictKey)
{
    if (const auto problem = removeDecision(corpus, documentId, conflictKey))
        return problem;
    return removeLayer(corpus, documentId, contentHash, Corpus::goldLayer());
}

} // namespace galley
