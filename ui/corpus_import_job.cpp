#include "corpus_import_job.h"

#include "corpus/import_inputs.h"
#include "pipeline/annotator.h"

#include <QMetaObject>
#include <QtConcurrent/QtConcurrentRun>

namespace galley {

namespace {
// Files per chunk: how far a cancel may have to wait (one batch of the core import).
constexpr int kChunk = 32;
} // namespace

CorpusImportJob::CorpusImportJob(QObject *parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<ImportSummary>::finished, this, [this] {
        m_running = false;
        emit finished();
    });
}

CorpusImportJob::~CorpusImportJob()
{
    m_cancelled = true;
    m_watcher.waitForFinished();
}

void CorpusImportJob::start(const QString &corpusFolder, const QStringList &inputs, bool preAnnotate)
{
    m_cancelled = false;
    m_running = true;
    m_watcher.setFuture(QtConcurrent::run([this, corpusFolder, inputs, preAnnotate] {
        return run(corpusFolder, inputs, preAnnotate);
    }));
}

ImportSummary CorpusImportJob::run(const QString &corpusFolder, const QStringList &inputs, bool preAnnotate)
{
    ImportSummary total;
    auto corpus = Corpus::open(corpusFolder);
    if (!corpus) {
        total.problems.append(corpus.error());
        return total;
    }
    const QStringList files = collectPageFiles(inputs);
    total.counts.filesTotal = int(files.size());
    // The detectors' models load once per process; annotating is thread-safe.
    static const auto annotator = Annotator::load();
    const Annotator *detectors = preAnnotate && annotator ? &*annotator : nullptr;
    const auto report = [this](const ImportProgress &progress) {
        QMetaObject::invokeMethod(this, [this, progress] { emit progressed(progress); }, Qt::QueuedConnection);
    };
    report(total.counts);
    for (qsizetype first = 0; first < files.size() && !m_cancelled; first += kChunk) {
        const ImportProgress before = total.counts;
        const ImportSummary chunk = importIntoCorpus(**corpus, files.mid(first, kChunk), detectors,
            [&](const ImportProgress &progress) {
                ImportProgress now = before;
                now.filesDone += progress.filesDone;
                now.imported += progress.imported;
                now.duplicates += progress.duplicates;
                now.failed += progress.failed;
                report(now);
            }, kChunk);
        total.counts.filesDone += chunk.counts.filesDone;
        total.counts.imported += chunk.counts.imported;
        total.counts.duplicates += chunk.counts.duplicates;
        total.counts.failed += chunk.counts.failed;
        total.problems += chunk.problems;
        report(total.counts);
    }
    return total;
}

} // namespace galley
