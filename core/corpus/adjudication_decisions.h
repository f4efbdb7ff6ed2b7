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

// Puts a decision back as it was (curator and time included), e.g. when a later one is undone.
std::optional<QString> restoreDecision(Corpus &corpus, qint64 documentId, const QString &conflict,
                                       const AdjudicationDecision &decision);

// Forgets a decision: the conflict is open again.
std::optional<QString> removeDecision(Corpus &corpus, qint64 documentId, const QString &conflict);

} // namespace galley
