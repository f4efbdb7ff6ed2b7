// Processor time of the review window's structural actions on a large page: building the edit
// list in core and applying it (and its undo) to a set of SPANS mentions (default 10,000) in
// clusters of five, with a quote for every tenth mention.
#include "bench_measures.h"

#include "annotation/label_schema.h"
#include "annotation/span_review_edits.h"
#include "annotation/structural_edits.h"
#include "pipeline/marked_spans.h"
#include "annotation/text_quote.h"

#include <QCoreApplication>
#include <QTextStream>

#include <functional>

using namespace galley;

namespace {

AnnotationSet largeSet(int mentions)
{
    AnnotationSet set;
    QString text;
    for (int i = 0; i < mentions; ++i)
        text += QStringLiteral("Mayor Elena Varga%1 🚢 said “we stay open” today. ").arg(i);
    set.text = text;
    int at = 0;
    for (int i = 0; i < mentions; ++i) {
        const int start = int(text.indexOf(QStringLiteral("Elena"), at));
        const int end = int(text.indexOf(QLatin1Char(' '), start + 6));
        Span mention;
        mention.id = QStringLiteral("s%1").arg(set.spans.size() + 1);
        mention.label = QStringLiteral("PER");
        mention.start = start;
        mention.end = end;
        mention.text = text.mid(start, end - start);
        mention.quote = textQuoteAt(text, start, end);
        set.spans.append(mention);
        if (i % 5 == 0)
            set.clusters.append({QStringLiteral("c%1").arg(i / 5 + 1), QStringLiteral("PER"), mention.text});
        set.relations.append({QStringLiteral("r%1").arg(set.relations.size() + 1), QStringLiteral("cluster"), mention.id,
                              QStringLiteral("c%1").arg(i / 5 + 1), ReviewStatus::Pending, {}, {}, {}});
        at = end;
    }
    return set;
}

// Best of five: build the list, apply it, apply the inverses; milliseconds of processor time.
double measure(const AnnotationSet &original, const std::function<EditListResult(const AnnotationSet &)> &action)
{
    double best = 1e9;
    for (int round = 0; round < 5; ++round) {
        AnnotationSet set = original;
        const qint64 started = bench::threadCpuNanoseconds();
        const EditListResult edits = action(set);
        if (!edits)
            qFatal("refused: %s", qPrintable(edits.error().message));
        const EditListResult inverses = applyEdits(set, *edits);
        if (!inverses || !applyEdits(set, *inverses))
            qFatal("does not apply");
        best = std::min(best, double(bench::threadCpuNanoseconds() - started) / 1e6);
        if (!(set == original))
            qFatal("undo did not restore the set");
    }
    return best;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int mentions = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 10000;
    const AnnotationSet set = largeSet(mentions);
    const Span &middle = set.spans.at(mentions / 2);
    EditContext context;
    QTextStream out(stdout);
    out << mentions << " spans, " << set.relations.size() << " relations, " << set.clusters.size()
        << " clusters; build + apply + undo, best of 5, ms of processor time\n";
    const auto line = [&](const char *name, const AnnotationSet &on,
                          const std::function<EditListResult(const AnnotationSet &)> &action) {
        out << QString::fromLatin1(name).leftJustified(20) << QString::number(measure(on, action), 'f', 2) << '\n';
        out.flush();
    };
    line("split", set, [&](const AnnotationSet &s) {
        return splitSpan(s, middle.id, *splitPointOf(s.text, middle), context);
    });
    AnnotationSet split = set;
    if (!applyEdits(split, *splitSpan(set, middle.id, *splitPointOf(set.text, middle), context)))
        qFatal("split does not apply");
    line("merge", split, [&](const AnnotationSet &s) {
        return mergeSpans(s, middle.id, nextSpanWithLabel(s, middle.id), context);
    });
    line("merge-clusters", set, [&](const AnnotationSet &s) { return mergeClusters(s, QStringLiteral("c1"), QStringLiteral("c2"), context); });
    line("split-cluster", set, [&](const AnnotationSet &s) { return splitFromCluster(s, {middle.id}, context); });
    line("cue from text", set, [&](const AnnotationSet &s) {
        const int said = int(s.text.indexOf(QStringLiteral("said"), middle.end));
        return setCueText(s, LabelSchema{}, middle.id, said, said + 4, context);
    });

    // A number added by hand is read in its paragraph (here one paragraph of every sentence, so
    // the reading takes its widest window, 2,000 characters either side).
    const auto schema = loadLabelSchema(defaultLabelSchemaPath());
    if (!schema)
        qFatal("schema: %s", qPrintable(schema.error().toString()));
    AnnotationSet numbers;
    for (int i = 0; i < mentions; ++i)
        numbers.text += QStringLiteral("Officials said over %1 civilians fled on Thursday. ").arg(100000 + i);
    const int over = int(numbers.text.indexOf(QStringLiteral("over"), numbers.text.size() / 2));
    const int civilians = int(numbers.text.indexOf(QStringLiteral("civilians"), over)) + 9;
    EditContext reading = context;
    reading.readAttributes = markedNumberReader(numbers);
    line("add number, read", numbers, [&](const AnnotationSet &s) {
        return addNewSpan(s, *schema, QStringLiteral("CARDINAL"), over, civilians, reading);
    });
    line("add number, unread", numbers, [&](const AnnotationSet &s) {
        return addNewSpan(s, *schema, QStringLiteral("CARDINAL"), over, civilians, context);
    });
    return 0;
}
