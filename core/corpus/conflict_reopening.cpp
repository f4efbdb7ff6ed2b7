#include "corpus/conflict_reopening.h"

#include "corpus/adjudication_decisions.h"
#include "corpus/layer_removal.h"
#include "util/durable_file.h"

#include <QFileInfo>

namespace galley {

Expected<ReopenedConflict, QString> reopenConflict(Corpus &corpus, qint64 documentId, const QString &contentHash,
                                          const QString &conflictKey)
{
    const QString gold = corpus.absolutePath(Corpus::layerFile(contentHash, Corpus::goldLayer()));
    QString copy;
    if (QFileInfo::exists(gold)) {
        const auto kept = backUpFile(gold, QStringLiteral("before-reopen"));
        if (!kept)
            return kept.error().message;
        copy = *kept;
    }
    if (const auto problem = removeDecision(corpus, documentId, conflictKey))
        return *problem;
    if (const auto problem = removeLayer(corpus, documentId, contentHash, Corpus::goldLayer()))
        return *problem;
    return ReopenedConflict{copy};
}

} // namespace galley
