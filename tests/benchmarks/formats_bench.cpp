// Export and import time of a page with 10,000 spans in every exchange format (target: under
// 50 ms each), with relations, clusters, attributes and text outside the BMP.
//   build/bin/formats_bench [SPANS]
#include "annotation/text_quote.h"
#include "formats/annotation_format.h"
#include "formats/format_io.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <ctime>
#include <QTextStream>

#include <algorithm>

using namespace galley;

namespace {

// Paragraphs of news text, five spans each: a speaker, a cue, a quote, a number and a place.
AnnotationSet pageWithSpans(int spanCount)
{
    AnnotationSet set;
    set.sourcePath = QStringLiteral("/pages/bench.html");
    set.reviewer = QStringLiteral("bench");
    const QDateTime now = QDateTime::currentDateTimeUtc();
    set.clusters.append({QStringLiteral("c1"), QStringLiteral("PER"), QStringLiteral("Lina Haddad")});
    int nextSpan = 0, nextRelation = 0;
    const auto addSpan = [&](const QString &label, int start, int length) -> QString {
        Span span;
        span.id = QStringLiteral("s%1").arg(++nextSpan);
        span.label = label;
        span.start = start;
        span.end = start + length;
        span.status = ReviewStatus(nextSpan % 5);
        span.provenance = {QStringLiteral("ner"), QStringLiteral("1"), {}};
        span.created = now;
        span.modified = now;
        set.spans.append(span);
        return span.id;
    };
    const auto addRelation = [&](const QString &type, const QString &from, const QString &to) {
        Relation relation;
        relation.id = QStringLiteral("r%1").arg(++nextRelation);
        relation.type = type;
        relation.from = from;
        relation.to = to;
        set.relations.append(relation);
    };
    const QString paragraph = QString::fromUtf8("Lina Haddad \xF0\x9F\x93\xB0 said: \xE2\x80\x9C" "Aleppo lost 3,000 homes.\xE2\x80\x9D"
                                                " Officials in Aleppo \xF0\x9F\x87\xB8\xF0\x9F\x87\xBE agreed.\n\n");
    while (nextSpan < spanCount) {
        const int at = int(set.text.size());
        set.text += paragraph;
        const QString speaker = addSpan(QStringLiteral("PER"), at, 11);
        const QString cue = addSpan(QStringLiteral("CUE"), at + 15, 4);
        const QString quote = addSpan(QStringLiteral("QUOTE"), at + 22, 24);
        const QString number = addSpan(QStringLiteral("CARDINAL"), at + 34, 5);
        addSpan(QStringLiteral("LOC"), at + 61, 11);
        set.spans[set.spans.size() - 2].attributes = {{QStringLiteral("value"), 3000.0}, {QStringLiteral("unit"), QStringLiteral("homes")}};
        set.spans[set.spans.size() - 3].attributes = {{QStringLiteral("kind"), QStringLiteral("direct")}};
        addRelation(QStringLiteral("speaker"), quote, speaker);
        addRelation(QStringLiteral("cue"), quote, cue);
        addRelation(QStringLiteral("cluster"), speaker, QStringLiteral("c1"));
        Q_UNUSED(number);
    }
    for (Span &span : set.spans) {
        span.text = set.text.mid(span.start, span.end - span.start);
        span.quote = textQuoteAt(set.text, span.start, span.end);
    }
    return set;
}

double processorMs()
{
    timespec now{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

// The best of a few runs, in milliseconds of processor time: the machine is shared, so wall
// time would count other people's builds.
template<typename Run>
double bestMs(Run run)
{
    double best = 1e9;
    for (int round = 0; round < 5; ++round) {
        const double start = processorMs();
        run();
        best = std::min(best, processorMs() - start);
    }
    return best;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const int spanCount = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 10000;
    const AnnotationSet set = pageWithSpans(spanCount);
    out << "page: " << set.spans.size() << " spans, " << set.relations.size() << " relations, " << set.text.size() / 1024
        << " KiB of text; best of 5 runs, processor time\n";
    out << QStringLiteral("%1 %2 %3 %4 %5\n").arg(QStringLiteral("format"), -14).arg(QStringLiteral("export ms"), 10)
               .arg(QStringLiteral("import ms"), 10).arg(QStringLiteral("JSON parse ms"), 14).arg(QStringLiteral("KiB"), 8);
    for (const AnnotationFormat &format : annotationFormats()) {
        ExportResult exported;
        const double exportMs = bestMs([&] { exported = format.write({set}, QStringLiteral("bench")); });
        qsizetype bytes = 0;
        for (const FormatFile &file : exported.files)
            bytes += file.content.size();
        QString importMs = QStringLiteral("-");
        if (format.read) {
            bool ok = true;
            const double ms = bestMs([&] { ok = importFormatFiles(format, exported.files).ok() && ok; });
            importMs = ok ? QString::number(ms, 'f', 1) : QStringLiteral("failed");
        }
        // For JSON files, what Qt's parser alone takes: the floor an import on top of it cannot beat.
        QString parseMs = QStringLiteral("-");
        if (exported.files.size() == 1 && exported.files.first().name.contains(QLatin1StringView(".json"))) {
            const QByteArray &content = exported.files.first().content;
            parseMs = QString::number(bestMs([&] {
                for (const QByteArray &line : content.split(format.name == QLatin1StringView("jsonl") ? '\n' : '\0'))
                    QJsonDocument::fromJson(line);
            }), 'f', 1);
        }
        out << QStringLiteral("%1 %2 %3 %4 %5\n").arg(QString(format.name), -14).arg(QString::number(exportMs, 'f', 1), 10)
                   .arg(importMs, 10).arg(parseMs, 14).arg(bytes / 1024, 8);
        out.flush();
    }
    return 0;
}
