#pragma once

#include "adjudication/adjudication.h"
#include "corpus/adjudication_decisions.h"
#include "corpus/corpus_layers.h"

#include <optional>

namespace galley {

// Conflicts of one document whose spans overlap (e.g. two reviewers' boundaries for the same
// mention): decided together, one version or the other, both, or neither.
struct AdjudicationItem
{
    qint64 documentId = 0;
    QString contentHash;
    int start = 0;   // UTF-16 extent of the conflicts' spans
    int end = 0;
    QList<AdjudicationConflict> conflicts;   // in text order
};

// The open and decided conflicts across a corpus, decided through the same core calls as
// `galley-cli corpus adjudicate`: every decision is recorded at once with its curator, and a
// document with no open conflict left gets its gold layer (agreed spans accepted automatically).
// Decisions made through the queue can be undone, last first, decisions and gold layer alike.
class AdjudicationQueue
{
public:
    // The reviewers' layers (only those marked done with `doneOnly`) of each document that two or
    // more reviewers annotated, after recording layers changed on disk; and the decisions so far.
    static Expected<AdjudicationQueue, QString> load(Corpus &corpus, bool doneOnly = true);

    QStringList reviewers() const { return m_reviewers; }   // sorted
    // Documents left out because a layer of theirs cannot be read, one message each.
    QStringList leftOut() const { return m_leftOut; }
    const QList<AdjudicationItem> &items() const { return m_items; }
    QString text(qint64 documentId) const;
    QStringList reviewersOf(qint64 documentId) const;
    std::optional<AdjudicationDecision> decision(qint64 documentId, const QString &conflictKey) const;
    bool isDecided(int item) const;   // every conflict of the item is
    int openItems() const;
    int openConflicts() const;
    int nextOpenItem(int after) const;   // the first open item after `after`, wrapping; -1: none

    // Choices for an item, conflict key → accept.
    QMap<QString, bool> reviewerVersion(int item, const QString &reviewer) const;   // the spans they made
    QMap<QString, bool> acceptAll(int item) const;
    QMap<QString, bool> rejectAll(int item) const;

    std::optional<QString> decide(Corpus &corpus, int item, const QMap<QString, bool> &choices, const QString &curator);
    bool canUndo() const { return !m_undo.isEmpty(); }
    // Undoes the last decide; returns the item it concerned.
    Expected<int, QString> undo(Corpus &corpus);

    // Writes the gold layer of every document with no open conflict that has none yet (one
    // already there may have been corrected by hand since); returns how many.
    Expected<int, QString> writeMissingGoldLayers(Corpus &corpus, const QString &curator);

private:
    struct Document
    {
        LayerRow row;
        QList<AnnotationSet> layers;
        AdjudicationPlan plan;
        QMap<QString, AdjudicationDecision> decisions;
    };
    struct UndoStep
    {
        int item = 0;
        QMap<QString, std::optional<AdjudicationDecision>> before;
        bool goldWritten = false;
        std::optional<AnnotationSet> goldBefore;   // the gold layer the decision replaced, if any
    };

    bool isSettled(const Document &document) const;
    std::optional<QString> writeGold(Corpus &corpus, const Document &document, const QString &curator);

    QStringList m_reviewers;
    QStringList m_leftOut;
    QMap<qint64, Document> m_documents;
    QList<AdjudicationItem> m_items;
    QList<UndoStep> m_undo;
};

} // namespace galley
