#include "corpus/preparation_queue.h"

namespace galley {

PreparationQueue::PreparationQueue(QStringList files, QSet<QString> knownHashes, const Annotator *annotator,
                                   int threads, int window)
    : m_files(std::move(files))
    , m_knownHashes(std::move(knownHashes))
    , m_annotator(annotator)
    , m_window(std::max(1, window))
    , m_results(m_files.size())
{
    m_pool.setMaxThreadCount(std::max(1, threads));
    submitUpTo(m_window);
}

PreparationQueue::~PreparationQueue()
{
    m_pool.clear();
    m_pool.waitForDone();
}

void PreparationQueue::submitUpTo(qsizetype end)
{
    for (; m_submitted < std::min(end, m_files.size()); ++m_submitted) {
        const qsizetype index = m_submitted;
        m_pool.start([this, index] {
            PreparedFile prepared = prepareImportFile(m_files[index], m_knownHashes, m_annotator);
            QMutexLocker lock(&m_mutex);
            m_results[index] = std::move(prepared);
            m_ready.wakeAll();
        });
    }
}

PreparedFile PreparationQueue::take(qsizetype index)
{
    submitUpTo(index + 1 + m_window);
    QMutexLocker lock(&m_mutex);
    while (!m_results[index])
        m_ready.wait(&m_mutex);
    PreparedFile prepared = std::move(*m_results[index]);
    m_results[index].reset();
    return prepared;
}

} // namespace galley
