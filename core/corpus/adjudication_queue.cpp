#include "corpus/adjudication_queue.h"

#include "corpus/layer_removal.h"
#include "corpus/reviewer_layers_by_document.h"

#include <QFileInfo>
#include <QSet>

namespace galley {

namespace {

// Conflicts come in text order; each item takes the following conflicts that overlap it.
QList<AdjudicationItem> overlappingGroups(const LayerRow &row, const QList<AdjudicationConflict> &conflicts)
{
    QList<AdjudicationItem> items;
    for (const AdjudicationConflict &conflict : conflicts) {
        if (items.isEmpty() || conflict.span.start >= items.last().end) {
            items.append({row.documentId, row.contentHash, conflict.span.start, conflict.span.end, {}});
        }
        AdjudicationItem &item = items.last();
        item.end = std::max(item.end, conflict.span.end);
        item.conflicts.append(conflict);
    }
    return items;
}

std::optional<AnnotationSet> existingGold(const Corpus &corpus, const LayerRow &row)
{
    const LayerRow gold{row.documentId, row.contentHash, Corpus::goldLayer(), {},
                        Corpus::layerFile(row.contentHash, Corpus::goldLayer())};
    if (!QFileInfo::exists(corpus.absolutePath(gold.file)))
        return std::nullopt;
    auto set = readLayer(corpus, gold);
    return set ? std::optional<AnnotationSet>(std::move(*set)) : std::nullopt;
}

} // namespace

Expected<AdjudicationQueue, QString> AdjudicationQueue::load(Corpus &corpus, bool doneOnly)
{
    if (const auto synced = syncLayers(corpus); !synced)
        return synced.error();
    const auto documents = reviewerLayersByDocument(corpus, doneOnly);
    if (!documents)
        return documents.error();
    AdjudicationQueue queue;
    queue.m_leftOut = documents->leftOut;
    QSet<QString> reviewers;
    for (const auto &[row, reviewed] : documents->documents) {
        auto decisions = loadDecisions(corpus, row.documentId);
        if (!decisions)
            return decisions.error();
        Document document{row, reviewed.layers, planAdjudication(reviewed.layers), std::move(*decisions)};
        for (const AnnotationSet &layer : reviewed.layers)
            reviewers.insert(layer.reviewer);
        queue.m_items.append(overlappingGroups(row, document.plan.conflicts));
        queue.m_documents.insert(row.documentId, std::move(document));
    }
    queue.m_reviewers = QStringList(reviewers.cbegin(), reviewers.cend());
    queue.m_reviewers.sort();
    return queue;
}

QString AdjudicationQueue::text(qint64 documentId) const
{
    const auto it = m_documents.constFind(documentId);
    return it == m_documents.cend() || it->layers.isEmpty() ? QString() : it->layers.first().text;
}

QStringList AdjudicationQueue::reviewersOf(qint64 documentId) const
{
    QStringList reviewers;
    for (const AnnotationSet &layer : m_documents.value(documentId).layers)
        reviewers.append(layer.reviewer);
    return reviewers;
}

std::optional<AdjudicationDecision> AdjudicationQueue::decision(qint64 documentId, const QString &conflictKey) const
{
    const auto it = m_documents.constFind(documentId);
    if (it == m_documents.cend() || !it->decisions.contains(conflictKey))
        return std::nullopt;
    return it->decisions.value(conflictKey);
}

bool AdjudicationQueue::isDecided(int item) const
{
    const AdjudicationItem &entry = m_items.at(item);
    const Document &document = m_documents[entry.documentId];
    return std::all_of(entry.conflicts.cbegin(), entry.conflicts.cend(),
                       [&](const AdjudicationConflict &conflict) { return document.decisions.contains(conflict.key); });
}

int AdjudicationQueue::openItems() const
{
    int open = 0;
    for (int i = 0; i < m_items.size(); ++i)
        open += isDecided(i) ? 0 : 1;
    return open;
}

int AdjudicationQueue::openConflicts() const
{
    int open = 0;
    for (const Document &document : m_documents) {
        for (const AdjudicationConflict &conflict : document.plan.conflicts)
            open += document.decisions.contains(conflict.key) ? 0 : 1;
    }
    return open;
}

int AdjudicationQueue::nextOpenItem(int after) const
{
    const int count = int(m_items.size());
    for (int step = 1; step <= count; ++step) {
        const int candidate = ((after + step) % count + count) % count;
        if (!isDecided(candidate))
            return candidate;
    }
    return -1;
}

QMap<QString, bool> AdjudicationQueue::reviewerVersion(int item, const QString &reviewer) const
{
    QMap<QString, bool> choices;
    for (const AdjudicationConflict &conflict : m_items.at(item).conflicts)
        choices.insert(conflict.key, conflict.proposedBy.contains(reviewer));
    return choices;
}

QMap<QString, bool> AdjudicationQueue::acceptAll(int item) const
{
    QMap<QString, bool> choices;
    for (const AdjudicationConflict &conflict : m_items.at(item).conflicts)
        choices.insert(conflict.key, true);
    return choices;
}

QMap<QString, bool> AdjudicationQueue::rejectAll(int item) const
{
    QMap<QString, bool> choices;
    for (const AdjudicationConflict &conflict : m_items.at(item).conflicts)
        choices.insert(conflict.key, false);
    return choices;
}

bool AdjudicationQueue::isSettled(const Document &document) const
{
    return std::all_of(document.plan.conflicts.cbegin(), document.plan.conflicts.cend(),
                       [&](const AdjudicationConflict &conflict) { return document.decisions.contains(conflict.key); });
}

std::optional<QString> AdjudicationQueue::writeGold(Corpus &corpus, const Document &document, const QString &curator)
{
    QMap<QString, bool> accepted;
    for (auto it = document.decisions.cbegin(); it != document.decisions.cend(); ++it)
        accepted.insert(it.key(), it->accept);
    const AnnotationSet gold = adjudicatedLayer(document.layers, document.plan, accepted, curator);
    return saveLayer(corpus, document.row.documentId, document.row.contentHash, gold);
}

std::optional<QString> AdjudicationQueue::decide(Corpus &corpus, int item, const QMap<QString, bool> &choices,
                                                 const QString &curator)
{
    if (curator.trimmed().isEmpty())
        return QStringLiteral("a decision needs the curator's name");
    const AdjudicationItem &entry = m_items.at(item);
    Document &document = m_documents[entry.documentId];
    UndoStep step{item, {}, false, std::nullopt};
    for (auto it = choices.cbegin(); it != choices.cend(); ++it) {
        step.before.insert(it.key(), document.decisions.contains(it.key())
                                         ? std::optional<AdjudicationDecision>(document.decisions.value(it.key()))
                                         : std::nullopt);
    }
    for (auto it = choices.cbegin(); it != choices.cend(); ++it) {
        if (const auto problem = recordDecision(corpus, entry.documentId, it.key(), it.value(), curator)) {
            m_undo.append(step);   // what was recorded before the failure can still be undone
            return problem;
        }
        document.decisions.insert(it.key(), {it.value(), curator, QDateTime::currentDateTimeUtc()});
    }
    if (isSettled(document)) {
        step.goldBefore = existingGold(corpus, document.row);
        step.goldWritten = true;
        if (const auto problem = writeGold(corpus, document, curator))
            return problem;
    }
    m_undo.append(step);
    return std::nullopt;
}

Expected<int, QString> AdjudicationQueue::undo(Corpus &corpus)
{
    if (m_undo.isEmpty())
        return QStringLiteral("nothing to undo");
    const UndoStep step = m_undo.takeLast();
    const AdjudicationItem &entry = m_items.at(step.item);
    Document &document = m_documents[entry.documentId];
    for (auto it = step.before.cbegin(); it != step.before.cend(); ++it) {
        const auto problem = it.value() ? restoreDecision(corpus, entry.documentId, it.key(), *it.value())
                                        : removeDecision(corpus, entry.documentId, it.key());
        if (problem)
            return *problem;
        if (it.value())
            document.decisions.insert(it.key(), *it.value());
        else
            document.decisions.remove(it.key());
    }
    if (step.goldWritten) {
        const auto problem = step.goldBefore
                                 ? saveLayer(corpus, entry.documentId, entry.contentHash, *step.goldBefore)
                                 : removeLayer(corpus, entry.documentId, entry.contentHash, Corpus::goldLayer());
        if (problem)
            return *problem;
    }
    return step.item;
}

Expected<int, QString> AdjudicationQueue::writeMissingGoldLayers(Corpus &corpus, const QString &curator)
{
    int written = 0;
    for (const Document &document : std::as_const(m_documents)) {
        const QString gold = corpus.absolutePath(Corpus::layerFile(document.row.contentHash, Corpus::goldLayer()));
        if (!isSettled(document) || QFileInfo::exists(gold))
            continue;
        if (const auto problem = writeGold(corpus, document, curator))
            return *problem;
        ++written;
    }
    return written;
}

} // namespace galley
