// The plain-text view of a long article with many highlights (long_page.h): how long showing it
// takes (text, highlights and the first paint), scrolling a page and repainting, and an edit
// redrawn while it is shown. Usage: text_view_bench [SPANS]  (default 10000)
#include "article_text_view.h"
#include "bench_measures.h"
#include "long_page.h"
#include "review_annotations.h"
#include "word_steps.h"

#include <QApplication>
#include <QScrollBar>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace galley;
using namespace galley::bench;

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int spans = std::max(3, argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 10000);
    ReviewAnnotations document;
    // Spans of 120 characters, six to a paragraph of 800, a short one nested in every other.
    document.setAnnotationSet(generateLongPage(spans / 6 + 1, 6, 2, spans).set);
    std::printf("%lld spans over %lld characters\n", qlonglong(document.annotationSet().spans.size()),
                qlonglong(document.annotationSet().text.size()));

    ArticleTextView view(&document);
    view.resize(900, 700);
    const double show = wallMilliseconds([&] {
        view.show();
        (void)view.viewport()->grab();
    });
    std::printf("  show (text, highlights, first paint)  %8.1f ms\n", show);

    std::vector<double> scrolls;
    QScrollBar *bar = view.verticalScrollBar();
    for (int i = 1; i <= 21; ++i) {
        scrolls.push_back(wallMilliseconds([&] {
            bar->setValue(bar->maximum() * i / 22);
            (void)view.viewport()->grab();
        }));
    }
    std::printf("  scroll and repaint                    %8.1f ms median, %.1f ms max\n", median(scrolls),
                *std::max_element(scrolls.begin(), scrolls.end()));

    std::vector<double> edits;
    for (int i = 0; i < 11; ++i) {
        Span span = document.annotationSet().spans.at(i * (document.annotationSet().spans.size() - 1) / 10);
        span.status = ReviewStatus::Accepted;
        edits.push_back(wallMilliseconds([&] {
            document.updateSpan(span);
            (void)view.viewport()->grab();
        }));
    }
    std::printf("  accept a span and repaint             %8.1f ms median, %.1f ms max\n", median(edits),
                *std::max_element(edits.begin(), edits.end()));

    // Shift+Right / Shift+Left read the whole text's words for each step (word_steps.h).
    const QString &text = document.annotationSet().text;
    std::vector<double> steps;
    for (int i = 0; i < 11; ++i) {
        const int at = int(qlonglong(text.size()) * i / 11);
        steps.push_back(wallMilliseconds([&] { (void)wordEndAfter(text, at); }));
    }
    std::printf("  one word step (Shift+Right)           %8.1f ms median, %.1f ms max\n", median(steps),
                *std::max_element(steps.begin(), steps.end()));
    return 0;
}
