// Prints the throughput of the whole annotate pipeline (tokens, entities, clusters, quotes,
// numbers) and of each stage, with model load time and memory.
//   build/bin/annotate_bench [TEXT_FILE...]   (default: ../shared/samples/*.txt and the harbour-vote text)
#include "pipeline/annotator.h"
#include "util/resource_path.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

using namespace galley;

namespace {

double perSecond(qint64 count, qint64 nanoseconds) { return double(count) * 1e9 / double(std::max<qint64>(nanoseconds, 1)); }

qint64 residentKilobytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

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
    const auto annotator = Annotator::load();
    const qint64 loadNs = timer.nsecsElapsed();
    if (!annotator) {
        out << "annotate_bench: " << annotator.error().toString() << '\n';
        return 1;
    }
    out << "models loaded in " << loadNs / 1000000 << " ms, RSS +" << residentKilobytes() - before << " KiB (entity model ~"
        << annotator->entityModel().memoryBytes() / 1024 << " KiB)\n";

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
    timer.restart();
    for (int round = 0; round < rounds; ++round) {
        for (const QString &text : documents) {
            const TextAnalysis analysis = annotator->analyse(text, {}, &times);
            tokens += analysis.tokens.size();
            spans += analysis.mentions.size() + analysis.quotes.size() + analysis.numbers.size();
        }
    }
    const qint64 wallNs = timer.nsecsElapsed();
    out << documents.size() << " texts, " << characters << " characters, " << rounds << " rounds, "
        << tokens / rounds << " tokens and " << spans / rounds << " detections per round\n";
    out << "whole pipeline: " << qint64(perSecond(tokens, wallNs)) << " tokens/s\n";
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
