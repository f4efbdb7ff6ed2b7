#pragma once

#include "corpus/corpus_import.h"

#include <QFutureWatcher>
#include <QObject>

#include <atomic>

namespace galley {

// Imports files, folders and WARCs into a corpus off the UI thread (the core import runs its
// own pool on every core), with progress and cancel. The worker opens its own connection to
// the corpus; the files go in chunks, and cancelling stops between two chunks, so the corpus
// keeps only whole documents.
class CorpusImportJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CorpusImportJob)

public:
    explicit CorpusImportJob(QObject *parent = nullptr);
    ~CorpusImportJob() override;

    void start(const QString &corpusFolder, const QStringList &inputs, bool preAnnotate = true);
    void cancel() { m_cancelled = true; }
    bool isRunning() const { return m_running; }   // until finished() is emitted
    bool wasCancelled() const { return m_cancelled; }
    ImportSummary summary() const { return m_watcher.result(); }

signals:
    void progressed(const galley::ImportProgress &progress);
    void finished();

private:
    ImportSummary run(const QString &corpusFolder, const QStringList &inputs, bool preAnnotate);

    QFutureWatcher<ImportSummary> m_watcher;
    bool m_running = false;
    std::atomic<bool> m_cancelled = false;
};

} // namespace galley
