// The plain-text view of a long article with many highlights: how long showing it takes (text,
// highlights and the first paint), scrolling a page and repainting, and an edit redrawn while it
// is shown. Usage: text_view_bench [SPANS]  (default 10000)
#include "article_text_view.h"
#include "bench_measures.h"
#include "review_annotations.h"

#include <QApplication>
#include <QScrollBar>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace galley;
using namespace galley::bench;

namespace {

// Sentences of ten words, three of them spans (one nested in a longer one), a paragraph every
// four sentences.
AnnotationSet longArticle(int spanCount)
{
    static const QStringList labels = {QStringLiteral("PER"), QStringLiteral("ORG"), QStringLiteral("CARDINAL"),
                                       QStringLiteral("QUOTE"), QStringLiteral("DATE")};
    AnnotationSet set;
    QString text;
    int sentence = 0;
    while (set.spans.size() < spanCount) {
        const int start = int(text.size());
        text += QStringLiteral("Officials in Name%1 said 1,%2 people had left by Monday morning. ").arg(sentence % 97).arg(sentence % 1000, 3, 10, QChar(u'0'));
        const auto add = [&](int from, int to, const QString &label) {
            Span span;
            span.id = QStringLiteral("s%1").arg(set.spans.size() + 1);
            span.label = label;
            span.start = from;
            span.end = to;
            span.text = text.mid(from, to - from);
            span.status = set.spans.size() % 7 == 0 ? ReviewStatus::Rejected : ReviewStatus::Pending;
            set.spans.append(span);
        };
        const int name = int(text.indexOf(QStringLiteral("Name"), start));
        add(name, int(text.indexOf(u' ', name)), labels.at(sentence % 2));
        const int quote = int(text.indexOf(QStringLiteral("1,"), start));
        add(quote, int(text.indexOf(QStringLiteral(" by"), start)), labels.at(3));
        add(quote, quote + 5, labels.at(2));
        if (++sentence % 4 == 0)
            text += u'\n';
    }
    set.text = text;
    return set;
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int spans = std::max(3, argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 10000);
    ReviewAnnotations document;
    document.setAnnotationSet(longArticle(spans));
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
    return 0;
}
