// The annotation panel's filter on a large set: how long applying a label, status or text filter
// (and clearing it) takes over the entity tree and the number table, and N with a filter.
#include "bench_measures.h"
#include "entity_tree_model.h"
#include "number_table_model.h"
#include "pending_navigation.h"
#include "review_annotations.h"
#include "span_filter_proxy.h"

#include <QCoreApplication>

#include <cstdio>

using namespace galley;
using namespace galley::bench;

namespace {

AnnotationSet largeSet(int spans)
{
    static const QStringList labels = {QStringLiteral("PER"), QStringLiteral("ORG"), QStringLiteral("LOC"),
                                       QStringLiteral("CARDINAL"), QStringLiteral("MONEY")};
    AnnotationSet set;
    QString text;
    for (int i = 0; i < spans; ++i) {
        const QString word = QStringLiteral("Name%1").arg(i % 997);
        Span span;
        span.id = QStringLiteral("s%1").arg(i + 1);
        span.label = labels.at(i % labels.size());
        span.start = int(text.size());
        text += word;
        span.end = int(text.size());
        span.text = word;
        span.status = i % 3 == 0 ? ReviewStatus::Accepted : ReviewStatus::Pending;
        text += QStringLiteral(" said. ");
        set.spans.append(span);
    }
    set.text = text;
    return set;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int spans = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 10000;
    ReviewAnnotations document;
    EntityTreeModel entities(&document);
    NumberTableModel numbers(&document);
    SpanFilterProxy entityFilter(&document);
    entityFilter.setSourceModel(&entities);
    SpanFilterProxy numberFilter(&document);
    numberFilter.setSourceModel(&numbers);
    document.setAnnotationSet(largeSet(spans));
    std::printf("%d spans: %d entity groups, %d number rows\n", spans, entities.rowCount(), numbers.rowCount());

    const auto apply = [&](const char *what, const SpanFilter &filter) {
        // rowCount() builds the proxies' mappings, which setFilter() leaves to the first reader.
        const double ms = wallMilliseconds([&] {
            entityFilter.setFilter(filter);
            numberFilter.setFilter(filter);
            (void)entityFilter.rowCount();
            (void)numberFilter.rowCount();
        });
        std::printf("  %-28s %7.1f ms  (%d groups, %d numbers listed)\n", what, ms, entityFilter.rowCount(),
                    numberFilter.rowCount());
    };
    apply("label PER", {{QStringLiteral("PER")}, {}, {}});
    apply("status pending", {{}, {ReviewStatus::Pending}, {}});
    apply("text \"name12\"", {{}, {}, QStringLiteral("name12")});
    apply("PER + pending + \"name1\"", {{QStringLiteral("PER")}, {ReviewStatus::Pending}, QStringLiteral("name1")});
    apply("cleared", {});

    const AnnotationSet &set = document.annotationSet();
    const SpanFilter people{{QStringLiteral("PER")}, {ReviewStatus::Pending}, {}};
    QString current;
    const int steps = 200;
    const double walk = wallMilliseconds([&] {
        for (int i = 0; i < steps; ++i)
            current = nextPendingSpan(set, current, people);
    });
    std::printf("  N with a filter: %.2f ms a step (%d steps)\n", walk / steps, steps);
    return 0;
}
