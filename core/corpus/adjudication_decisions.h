#pragma once

#include "corpus/corpus.h"

#include <QDateTime>
#include <QMap>

namespace galley {

struct AdjudicationDecision
{
    bool accept = false;
    QString curator;
    QDateTime decidedAt;   // UTC
};

// A document's decisions by conflict key (see AdjudicationConflict::key).
Expected<QMap<QString, AdjudicationDecision>, QString> loadDecisions(Corpus &corpus, qint64 documentId);

// Records (or replaces) one decision at once, so a session stopped half-way keeps what was decided.
std::optional<QString> recordDecision(Corpus &corpus, qint64 documentId, const QString &conflict, bool accept,
                                      const QString &curator);

} // namespace galley
