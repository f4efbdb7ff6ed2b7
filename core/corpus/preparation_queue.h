#pragma once

#include "corpus/import_preparation.h"

#include <QList>
#include <QMutex>
#include <QSet>
#include <QStringList>
#include <QThreadPool>
#include <QWaitCondition>

#include <optional>

namespace galley {

class Annotator;

// Prepares files (prepareImportFile) on a thread pool, at most `window` files ahead of the one
// the caller takes next, and hands them out in order. The workers never wait for the writer.
class PreparationQueue
{
public:
    PreparationQueue(QStringList files, QSet<QString> knownHashes, const Annotator *annotator, int threads,
                     int window);
    ~PreparationQueue();   // drops what was not taken and waits for running workers
    PreparationQueue(const PreparationQueue &) = delete;
    PreparationQueue &operator=(const PreparationQueue &) = delete;

    // Blocks until the file at `index` (taken in increasing order) is prepared.
    PreparedFile take(qsizetype index);

private:
    void submitUpTo(qsizetype end);

    const QStringList m_files;
    const QSet<QString> m_knownHashes;   // read by every worker, never changed
    const Annotator *m_annotator;
    const int m_window;
    QThreadPool m_pool;
    QMutex m_mutex;
    QWaitCondition m_ready;
    QList<std::optional<PreparedFile>> m_results;
    qsizetype m_submitted = 0;
};

} // namespace galley
