// Texts shaped to find work that grows faster than the text: no sentence end at all, thousands of
// quote marks never closed, one name mentioned thousands of times. Each shape is annotated at
// N and 4N units; linear work takes about four times as long. Usage: long_text_bench [N]
#include "bench_measures.h"
#include "pipeline/annotator.h"

#include <QCoreApplication>

#include <cstdio>
#include <functional>

using namespace galley;
using namespace galley::bench;

namespace {

struct Shape
{
    const char *name;
    std::function<QString(int)> text;   // n units
};

QString repeated(const QString &unit, int times)
{
    QString text;
    text.reserve(unit.size() * times);
    for (int i = 0; i < times; ++i)
        text += unit;
    return text;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int n = std::max(1, argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 5000);
    const auto annotator = Annotator::load();
    if (!annotator) {
        std::fprintf(stderr, "%s\n", qPrintable(annotator.error().toString()));
        return 1;
    }
    const QList<Shape> shapes = {
        {"one sentence of names and marks", [](int units) {
             return repeated(QStringLiteral("the council said \u201c Kestrel Varga on \u00ab "), units);
         }},
        {"unclosed quotes, one paragraph", [](int units) {
             return repeated(QStringLiteral("\u201cOfficials said the vote would pass, Mayor Varga told reporters. "), units);
         }},
        {"unclosed quotes, a paragraph each", [](int units) {
             return repeated(QStringLiteral("\u201cOfficials said the vote would pass, Mayor Varga told reporters.\n"), units);
         }},
    };
    std::printf("%-36s %12s %12s %8s\n", "shape", "N units", "4N units", "ratio");
    for (const Shape &shape : shapes) {
        const QString small = shape.text(n);
        const QString large = shape.text(4 * n);
        const double smallMs = wallMilliseconds([&] { (void)annotator->annotateText(small); });
        const double largeMs = wallMilliseconds([&] { (void)annotator->annotateText(large); });
        std::printf("%-36s %9.0f ms %9.0f ms %8.1f\n", shape.name, smallMs, largeMs, largeMs / std::max(smallMs, 1.0));
    }
    return 0;
}
