// Prints the throughput of the whole annotate pipeline (tokens, entities, clusters, quotes,
// numbers) and of each stage, with model load time and memory.
//   build/bin/annotate_bench [TEXT_FILE...]   (default: ../shared/samples/*.txt and the harbour-vote text)
#include "pipeline/annotator.h"
#include "util/resource_path.h"
#include "bench_measures.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

using namespace galley;
using namespace galley::bench;

namespace {

// Running texts to annotate: the files named, or the news samples shipped beside the repository.
QStringList texts(const QStringList &paths)
{
    QStringList files = paths;
    if (files.isEmpty()) {
        const QDir samples(QStringLiteral(GALLEY_SHARED_DIR "/samples"));
        for (const QString &name : samples.entryList({QStringLiteral("*.txt")}, QDir::Files))
            files.append(samples.filePath(name));
        files.append(resourcePath(QStringLiteral("samples/harbour-vote/harbour-vote.txt")));
    }
    QStringList result;
    for (const QString &path : files) {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            result.append(QString::fromUtf8(file.readAll()));
    }
    return result;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QStringList arguments = app.arguments();
    arguments.removeFirst();

    const qint64 before = residentKilobytes();
    QElapsedTimer timer;
    timer.start();
    const qint64 loadStart = threadCpuNanoseconds();
    const auto annotator = Annotator::load();
    const qint64 loadCpuNs = threadCpuNanoseconds() - loadStart;
    const qint64 loadNs = timer.nsecsElapsed();
    if (!annotator) {
        out << "annotate_bench: " << annotator.error().toString() << '\n';
        return 1;
    }
    out << "models loaded in " << loadCpuNs / 1000000 << " ms of processor time (" << loadNs / 1000000
        << " ms wall), RSS +" << residentKilobytes() - before << " KiB (entity model ~"
        << annotator->entityModel().memoryBytes() / 1024 << " KiB, quote model ~" << annotator->quoteModel().memoryBytes() / 1024
        << " KiB)\n";

    const QStringList documents = texts(arguments);
    if (documents.isEmpty()) {
        out << "annotate_bench: no texts to annotate\n";
        return 1;
    }
    // Enough rounds for about a million characters, so that timer resolution does not matter.
    qsizetype characters = 0;
    for (const QString &text : documents)
        characters += text.size();
    const int rounds = int(std::max<qsizetype>(1, 1000000 / std::max<qsizetype>(characters, 1)));

    StageTimes times;
    qint64 tokens = 0;
    qint64 spans = 0;
    const qint64 start = threadCpuNanoseconds();
    for (int round = 0; round < rounds; ++round) {
        for (const QString &text : documents) {
            const TextAnalysis analysis = annotator->analyse(text, {}, &times);
            tokens += analysis.tokens.size();
            spans += analysis.mentions.size() + analysis.quotes.size() + analysis.numbers.size();
        }
    }
    const qint64 pipelineNs = threadCpuNanoseconds() - start;
    out << documents.size() << " texts, " << characters << " characters, " << rounds << " rounds, "
        << tokens / rounds << " tokens and " << spans / rounds << " detections per round\n";
    out << "whole pipeline: " << qint64(perSecond(tokens, pipelineNs)) << " tokens/s (processor time, one thread)\n";
    const std::pair<const char *, qint64> stages[] = {{"tokenize+sentences", times.tokenize},
                                                      {"entities (model)", times.entities},
                                                      {"clusters", times.clusters},
                                                      {"quotes+speakers", times.quotes},
                                                      {"numbers", times.numbers}};
    for (const auto &[name, ns] : stages)
        out << "  " << QString::fromLatin1(name).leftJustified(20) << qint64(perSecond(tokens, ns)) << " tokens/s, "
            << QString::number(100.0 * double(ns) / double(std::max<qint64>(times.total(), 1)), 'f', 1) << " %\n";
    return 0;
}
