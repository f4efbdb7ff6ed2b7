// Prints how long the page view takes to highlight 3,000 spans on a 2 MB page (offscreen): by
// DOM range, and with every span found by its text quote instead.
#include "highlight_request.h"
#include "long_page.h"
#include "load/html_document.h"
#include "offscreen_web.h"
#include "page_view.h"
#include "process_cpu.h"
#include "served_page.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <unistd.h>

using namespace galley;
using namespace galley::bench;

namespace {

constexpr int kParagraphs = 2500;
constexpr int kSpans = 3000;

bool waitFor(PageView *sender, auto signal, int timeoutMs)
{
    QEventLoop loop;
    bool fired = false;
    QObject::connect(sender, signal, &loop, [&] { fired = true; loop.quit(); });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    return fired;
}

struct Timing
{
    double wallMs = 0;
    double cpuMs = 0;   // this process and QtWebEngine's processes together
    HighlightOutcome outcome;
};

Timing highlightOnce(PageView &view, const QJsonObject &request)
{
    Timing timing;
    QElapsedTimer timer;
    auto connection = QObject::connect(&view, &PageView::highlighted, &view,
                                       [&](const HighlightOutcome &outcome) { timing.outcome = outcome; });
    const QHash<pid_t, double> cpuBefore = processCpu();
    timer.start();
    view.setHighlights(request);
    if (!waitFor(&view, &PageView::highlighted, 60000))
        qFatal("no answer from the page");
    timing.wallMs = double(timer.nsecsElapsed()) / 1e6;
    timing.cpuMs = cpuBetween(cpuBefore, processCpu());
    QObject::disconnect(connection);
    return timing;
}

// Loads the page afresh three times and highlights it once after each load, as the window does.
void report(const char *what, PageView &view, const std::shared_ptr<const Page> &page, const QJsonObject &request)
{
    QList<double> wall;
    QList<double> script;
    QList<double> load;
    QList<double> cpu;
    HighlightOutcome last;
    for (int run = 0; run < 3; ++run) {
        bool loaded = false;
        auto connection = QObject::connect(&view, &PageView::pageLoaded, &view, [&loaded](bool ok) { loaded = ok; });
        QElapsedTimer loadTimer;
        loadTimer.start();
        view.showPage(makeServedPage(page));
        if (!waitFor(&view, &PageView::pageLoaded, 60000) || !loaded)
            qFatal("the page did not load");
        QObject::disconnect(connection);
        load.append(double(loadTimer.nsecsElapsed()) / 1e6);
        const Timing timing = highlightOnce(view, request);
        wall.append(timing.wallMs);
        cpu.append(timing.cpuMs);
        script.append(timing.outcome.milliseconds);
        last = timing.outcome;
    }
    std::sort(wall.begin(), wall.end());
    std::sort(script.begin(), script.end());
    std::sort(load.begin(), load.end());
    std::sort(cpu.begin(), cpu.end());
    std::printf("%-31s placed %d, unplaced %lld, marks %d; median of 3 fresh loads: page load %.0f ms, "
                "highlighting %.0f ms from call to answer (page script %.0f ms, layout included; CPU time of all "
                "processes %.0f ms)\n",
                what, last.placed, qlonglong(last.unplaced.size()), last.marks, load.at(1), wall.at(1), script.at(1),
                cpu.at(1));
    QStringList phases;
    for (auto it = last.phases.cbegin(); it != last.phases.cend(); ++it)
        phases.append(QStringLiteral("%1 %2 ms").arg(it.key()).arg(it.value().toDouble(), 0, 'f', 0));
    std::printf("    last run: %s\n", qPrintable(phases.join(QStringLiteral(", "))));
}

} // namespace

int main(int argc, char *argv[])
{
    setvbuf(stdout, nullptr, _IONBF, 0);
    prepareOffscreenWebEngine();
    QApplication app(argc, argv);

    const LongPage generated = generateLongPage(kParagraphs, 1, 5, kSpans);
    QTemporaryDir dir;
    auto page = std::make_shared<Page>();
    page->format = PageFormat::Html;
    page->sourcePath = dir.filePath(QStringLiteral("long.html"));
    page->resourceRoot = dir.path();
    page->content = generated.html;
    page->charset = QStringLiteral("UTF-8");
    page->dom = std::make_shared<HtmlDocument>(generated.html.toUtf8());
    std::printf("page %.1f MB, %lld spans (%d paragraphs, every fifth with a nested span), load average %s\n",
                double(generated.html.toUtf8().size()) / 1e6, qlonglong(generated.set.spans.size()), kParagraphs,
                qPrintable(loadAverage()));

    PageView view;
    view.resize(1200, 900);
    view.show();
    report("by DOM range:", view, page, highlightRequest(generated.set, {}));
    AnnotationSet quotesOnly = generated.set;
    for (Span &span : quotesOnly.spans)
        span.dom.reset();
    report("by text quote only (fallback):", view, page, highlightRequest(quotesOnly, {}));
    return 0;
}
