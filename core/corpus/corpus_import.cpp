#include "corpus/corpus_import.h"

#include "corpus/import_inputs.h"
#include "corpus/import_preparation.h"
#include "corpus/import_writer.h"
#include "corpus/preparation_queue.h"
#include "util/thread_cpu_time.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QSet>
#include <QSqlQuery>
#include <QThread>

#include <deque>

namespace galley {

namespace {

QSet<QString> knownContentHashes(Corpus &corpus)
{
    QSet<QString> hashes;
    QSqlQuery query(corpus.database());
    query.setForwardOnly(true);
    query.exec(QStringLiteral("SELECT content_hash FROM documents"));
    while (query.next())
        hashes.insert(query.value(0).toString());
    return hashes;
}

// Adds the processor time a piece of the writer's work takes to a slot (and its wall time to
// `wall`, when given).
template<typename Work>
auto timedInto(qint64 &slot, Work &&work, qint64 *wall = nullptr)
{
    QElapsedTimer timer;
    timer.start();
    const qint64 start = threadCpuNanoseconds();
    auto result = work();
    slot += threadCpuNanoseconds() - start;
    if (wall)
        *wall += timer.nsecsElapsed();
    return result;
}

// Documents written to disk whose rows are not committed yet, with the files they came from
// (a deque: rows point into it, and appending must not move what they point to).
struct PendingBatch
{
    std::deque<PreparedFile> files;
    QList<ImportRow> rows;
    QElapsedTimer age;
};

} // namespace

ImportStageTimes &ImportStageTimes::operator+=(const ImportStageTimes &other)
{
    load += other.load;
    extract += other.extract;
    annotate += other.annotate;
    serialize += other.serialize;
    write += other.write;
    sync += other.sync;
    sql += other.sql;
    syncWall += other.syncWall;
    return *this;
}

ImportSummary importIntoCorpus(Corpus &corpus, const QStringList &inputs, const Annotator *annotator,
                               const std::function<void(const ImportProgress &)> &progress, int batchSize)
{
    ImportSummary summary;
    const QStringList files = collectPageFiles(inputs);
    summary.counts.filesTotal = int(files.size());
    QSet<QString> known = knownContentHashes(corpus);
    if (progress)
        progress(summary.counts);
    const int threads = QThread::idealThreadCount();
    PreparationQueue queue(files, known, annotator, threads, threads * 4);
    PendingBatch batch;
    batch.age.start();
    const auto commit = [&]() -> bool {
        if (!batch.rows.isEmpty()) {
            auto problem = timedInto(summary.times.sync, [&] { return syncCorpusFiles(corpus); }, &summary.times.syncWall);
            if (!problem)
                problem = timedInto(summary.times.sql, [&] { return commitImportRows(corpus, batch.rows); });
            if (problem) {
                summary.problems.append(corpus.folder() + QStringLiteral(": ") + *problem);
                return false;
            }
            summary.counts.imported += int(batch.rows.size());
        }
        batch.rows.clear();
        batch.files.clear();
        batch.age.restart();
        return true;
    };
    for (qsizetype index = 0; index < files.size(); ++index) {
        PreparedFile &file = batch.files.emplace_back(queue.take(index));
        summary.times += file.times;
        ++summary.counts.filesDone;
        summary.counts.duplicates += file.duplicates;
        if (!file.problem.isEmpty()) {
            ++summary.counts.failed;
            summary.problems.append(file.problem);
        }
        if (!file.warnings.isEmpty()) {
            ++summary.counts.damaged;
            summary.problems += file.warnings;
        }
        bool pageWritten = false;
        for (const PreparedDocument &document : std::as_const(file.documents)) {
            if (known.contains(document.contentHash)) {   // the same content twice in this import
                ++summary.counts.duplicates;
                continue;
            }
            auto problem = timedInto(summary.times.write, [&]() -> std::optional<QString> {
                if (!pageWritten && !QFileInfo::exists(corpus.absolutePath(storedPageName(file)))) {
                    if (auto failed = writeFileByRename(corpus.absolutePath(storedPageName(file)), file.bytes))
                        return failed;
                }
                pageWritten = true;
                return writeFileByRename(
                    corpus.absolutePath(Corpus::layerFile(document.contentHash, Corpus::detectorLayer())),
                    document.annotationJson);
            });
            if (problem) {
                ++summary.counts.failed;
                summary.problems.append(*problem);
                break;
            }
            known.insert(document.contentHash);
            batch.rows.append({&file, &document});
        }
        file.bytes.clear();   // the page is on disk; only the rows' fields are still needed
        const bool last = index + 1 == files.size();
        if ((last || batch.rows.size() >= batchSize || batch.age.elapsed() >= 1000) && !commit())
            return summary;
        if (progress)
            progress(summary.counts);
    }
    return summary;
}

} // namespace galley
