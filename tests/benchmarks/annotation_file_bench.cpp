// Save, load and journal-append figures for an annotation file with 10,000 spans.
#include "annotation/annotation_document.h"
#include "annotation/annotation_file.h"
#include "annotation/text_quote.h"
#include "util/durable_file.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace galley;

namespace {

constexpr int kSpans = 10'000;
constexpr int kRuns = 7;

AnnotationSet bigSet()
{
    AnnotationSet set;
    QStringList words;
    for (int i = 0; i < kSpans * 6; ++i)
        words.append(i % 50 == 7 ? QStringLiteral("Zürich🚢") : QStringLiteral("word%1").arg(i % 997));
    set.text = words.join(u' ');
    set.sourcePath = QStringLiteral("/pages/big.html");
    set.contentHash = QStringLiteral("sha256:big");
    set.reviewer = QStringLiteral("bench");
    const QDateTime now = QDateTime::currentDateTimeUtc();
    qsizetype position = 0;
    for (int i = 0; i < words.size(); ++i) {
        if (i % 6 == 0) {
            Span span;
            span.id = QStringLiteral("s%1").arg(i / 6);
            span.label = i % 12 == 0 ? QStringLiteral("PER") : QStringLiteral("CARDINAL");
            span.start = int(position);
            span.end = int(position + words[i].size());
            span.text = words[i];
            span.quote = textQuoteAt(set.text, span.start, span.end);
            span.attributes = {{QStringLiteral("value"), i}, {QStringLiteral("unit"), QStringLiteral("km")}};
            span.provenance = {QStringLiteral("ner"), QStringLiteral("conll-1"), {}};
            span.created = span.modified = now;
            span.dom = DomRange{{QStringLiteral("/html[1]/body[1]/p[%1]/text()[1]").arg(i / 60 + 1), 3},
                                {QStringLiteral("/html[1]/body[1]/p[%1]/text()[1]").arg(i / 60 + 1), 9}};
            set.spans.append(span);
        }
        position += words[i].size() + 1;
    }
    for (int i = 0; i < kSpans / 10; ++i) {
        set.clusters.append({QStringLiteral("c%1").arg(i), QStringLiteral("PER"), QStringLiteral("Person %1").arg(i)});
        set.relations.append({QStringLiteral("r%1").arg(i), QStringLiteral("cluster"), set.spans[i * 10].id,
                              set.clusters.last().id, ReviewStatus::Pending, {}, now, now});
    }
    return set;
}

// Wall and processor time of one run; the machine may be busy with other builds, so both count.
struct Timing
{
    double wallMs = 0;
    double cpuMs = 0;
};

template<typename Work>
Timing medianMs(Work work)
{
    QList<double> wall, cpu;
    for (int run = 0; run < kRuns; ++run) {
        QElapsedTimer timer;
        timer.start();
        const std::clock_t cpuStart = std::clock();
        work();
        cpu.append(double(std::clock() - cpuStart) * 1000.0 / CLOCKS_PER_SEC);
        wall.append(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(wall.begin(), wall.end());
    std::sort(cpu.begin(), cpu.end());
    return {wall[wall.size() / 2], cpu[cpu.size() / 2]};
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("big.html.galley.json"));
    const AnnotationSet set = bigSet();

    QByteArray json;
    const Timing serialise = medianMs([&] { json = annotationFileJson(set, {1, QDateTime::currentDateTimeUtc()}); });
    const Timing save = medianMs([&] {
        if (!writeFileAtomically(path, annotationFileJson(set, {1, QDateTime::currentDateTimeUtc()})))
            qFatal("save failed");
    });
    const Timing parse = medianMs([&] {
        if (!readAnnotationFile(json, path))
            qFatal("parse failed");
    });
    const Timing jsonOnly = medianMs([&] {
        if (QJsonDocument::fromJson(json).isNull())
            qFatal("JSON parse failed");
    });
    const Timing load = medianMs([&] {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly) || !readAnnotationFile(file.readAll(), path))
            qFatal("load failed");
    });

    AnnotationDocument document;
    if (!document.open(path))
        qFatal("open failed");
    constexpr int kAppends = 200;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < kAppends; ++i) {
        Span span = document.set().spans.at(i);
        span.status = ReviewStatus::Accepted;
        if (!document.apply(*updateSpan(document.set(), span)))
            qFatal("apply failed");
    }
    const double append = double(timer.nsecsElapsed()) / 1e6 / kAppends;
    const Timing reopen = medianMs([&] {
        AnnotationDocument again;
        if (!again.open(path))
            qFatal("reopen failed");
    });

    std::printf("annotation file, %d spans, %d relations, %d clusters, text %lld UTF-16 units: %.1f MB\n",
                int(set.spans.size()), int(set.relations.size()), int(set.clusters.size()),
                qlonglong(set.text.size()), double(json.size()) / 1e6);
    const auto print = [](const char *what, Timing timing, const char *note) {
        std::printf("  %-42s %7.1f ms wall %7.1f ms CPU%s\n", what, timing.wallMs, timing.cpuMs, note);
    };
    print("serialise", serialise, "");
    print("save (serialise, atomic write, fsync)", save, "   (target < 50)");
    print("parse + validate", parse, "");
    print("  of which QJsonDocument::fromJson", jsonOnly, "");
    print("load (read, parse, validate)", load, "   (target < 50)");
    print("open with the journalled edits replayed", reopen, "");
    std::printf("  %-42s %7.2f ms wall per edit (%d edits)\n", "journal append (apply, write, fdatasync)", append,
                kAppends);
    return 0;
}
