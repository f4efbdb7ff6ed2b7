// The review window's speed, offscreen, as a reviewer meets it:
//  1. a 2 MB page with 3,000 spans: from the page loaded to every highlight shown;
//  2. edits (accept, relabel, resize, add, undo): from the action until the panel has repainted,
//     and until the page shows the change;
//  3. a panel of 10,000 spans: time to fill it, per scroll step, and a relabel (the panel regroups).
//   review_bench [EDITS_PER_KIND]   (default 30)
#include "annotation_panel.h"
#include "bench_measures.h"
#include "document_loading.h"
#include "long_page.h"
#include "main_window.h"
#include "offscreen_web.h"
#include "page_view.h"
#include "process_cpu.h"
#include "review_annotations.h"
#include "review_editor.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QScrollBar>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>
#include <QWebEnginePage>
#include <QWebEngineScript>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace galley;
using namespace galley::bench;

namespace {

double milliseconds(const QElapsedTimer &timer) { return double(timer.nsecsElapsed()) / 1e6; }

struct Figures
{
    QList<double> values;
    void add(double value) { values.append(value); }
    QString summary() const
    {
        QList<double> sorted = values;
        std::sort(sorted.begin(), sorted.end());
        if (sorted.isEmpty())
            return QStringLiteral("-");
        const auto at = [&](double q) { return sorted.at(std::min(qsizetype(q * double(sorted.size())), sorted.size() - 1)); };
        return QStringLiteral("median %1 ms, p95 %2 ms, max %3 ms")
            .arg(at(0.5), 0, 'f', 1).arg(at(0.95), 0, 'f', 1).arg(sorted.last(), 0, 'f', 1);
    }
};

// Runs until `done` holds, or fails after `timeoutMs`.
bool spinUntil(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    return true;
}

QVariant evaluate(PageView &view, const QString &script)
{
    QVariant result;
    bool answered = false;
    view.page()->runJavaScript(script, QWebEngineScript::ApplicationWorld, [&](const QVariant &value) {
        result = value;
        answered = true;
    });
    if (!spinUntil([&] { return answered; }, 20000))
        qFatal("the page did not answer");
    return result;
}

// The generated page saved in `folder`, loaded as the window loads it, with the generated spans
// carried over to the extracted article text (paragraph by paragraph).
LoadedDocument savedLongPage(const QString &folder, const QString &name, const LongPage &generated)
{
    const QString path = folder + QLatin1Char('/') + name;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(generated.html.toUtf8()) < 0)
        qFatal("cannot write %s", qPrintable(path));
    file.close();
    auto loaded = loadDocument(path);
    if (!loaded)
        qFatal("cannot load %s: %s", qPrintable(path), qPrintable(loaded.error().message));
    LoadedDocument document = std::move(loaded).value();
    const QString &text = document.article.text;
    QList<int> generatedBase;
    QList<int> articleBase;
    int generatedAt = 0;
    int articleAt = 0;
    for (const QString &paragraph : generated.paragraphs) {
        articleAt = int(text.indexOf(paragraph, articleAt));
        if (articleAt < 0)
            qFatal("a paragraph is missing from the extracted article");
        generatedBase.append(generatedAt);
        articleBase.append(articleAt);
        generatedAt += int(paragraph.size()) + 2;
        articleAt += int(paragraph.size());
    }
    AnnotationSet set = generated.set;
    set.text = text;
    for (Span &span : set.spans) {
        const auto paragraph = std::upper_bound(generatedBase.cbegin(), generatedBase.cend(), span.start) - generatedBase.cbegin() - 1;
        const int shift = articleBase.at(paragraph) - generatedBase.at(paragraph);
        span.start += shift;
        span.end += shift;
        span.quote = textQuoteAt(text, span.start, span.end);
    }
    document.annotations = std::move(set);
    return document;
}

struct Shown
{
    double loadedMs = 0;        // showDocument → page loaded
    double highlightedMs = 0;   // page loaded → every highlight shown
    double cpuMs = 0;           // all processes, from showDocument to highlights shown
};

Shown show(MainWindow &window, LoadedDocument document)
{
    Shown shown;
    QElapsedTimer timer;
    bool loaded = false;
    bool highlighted = false;
    double loadedAt = 0;
    auto onLoaded = QObject::connect(window.pageView(), &PageView::pageLoaded, &window, [&] {
        if (!loaded)
            loadedAt = milliseconds(timer);
        loaded = true;
    });
    auto onHighlighted = QObject::connect(&window, &MainWindow::highlightsShown, &window, [&] { highlighted = true; });
    const auto cpuBefore = processCpu();
    timer.start();
    window.showDocument(std::move(document));
    if (!spinUntil([&] { return highlighted; }, 120000))
        qFatal("the highlights were not shown");
    shown.cpuMs = cpuBetween(cpuBefore, processCpu());
    shown.loadedMs = loadedAt;
    shown.highlightedMs = milliseconds(timer) - loadedAt;
    QObject::disconnect(onLoaded);
    QObject::disconnect(onHighlighted);
    return shown;
}

QString markQuery(const QString &spanId, const QString &expression)
{
    return QStringLiteral("(function () { const marks = Array.from(document.querySelectorAll('galley-mark[data-span=\"%1\"]'));"
                          " return %2; })()").arg(spanId, expression);
}

struct EditTiming
{
    Figures panel;       // the action until the panel has repainted
    Figures page;        // the action until the page shows it
    Figures panelCpu;    // processor time of Galley's main thread for the first
    Figures pageCpu;     // processor time of all processes for the second
};

// Times `act` on each span: the panel's figure includes the events the action posts (repaint),
// the page's ends when `pageShows` (a JavaScript expression over `marks`) holds in the page.
void timeEdit(MainWindow &window, const QStringList &ids, EditTiming &timing,
              const std::function<QString(const QString &id)> &act, const std::function<QString(const QString &id)> &pageShows)
{
    PageView &view = *window.pageView();
    for (const QString &id : ids) {
        const auto cpuBefore = processCpu();
        const qint64 threadBefore = threadCpuNanoseconds();
        QElapsedTimer timer;
        timer.start();
        const QString error = act(id);
        if (!error.isEmpty())
            qFatal("edit refused: %s", qPrintable(error));
        QCoreApplication::sendPostedEvents();
        window.annotationPanel()->repaint();
        timing.panel.add(milliseconds(timer));
        timing.panelCpu.add(double(threadCpuNanoseconds() - threadBefore) / 1e6);
        const QString query = markQuery(id, pageShows(id));
        if (!spinUntil([&] { return evaluate(view, query).toBool(); }, 30000))
            qFatal("the page never showed the edit of %s", qPrintable(id));
        timing.page.add(milliseconds(timer));
        timing.pageCpu.add(cpuBetween(cpuBefore, processCpu()));
    }
}

QStringList spreadIds(const AnnotationSet &set, int count, int offset)
{
    QStringList ids;
    for (int i = 0; i < count; ++i)
        ids.append(set.spans.at((qsizetype(i) * set.spans.size() / count + offset) % set.spans.size()).id);
    return ids;
}

void benchEdits(MainWindow &window, int edits)
{
    ReviewEditor &editor = *window.editor();
    const AnnotationSet &set = window.annotations()->annotationSet();
    const QString &text = set.text;
    std::printf("edits (%d of each, spread over the page), action → panel repainted / → page shows it:\n", edits);
    const auto print = [](const char *what, const EditTiming &timing) {
        std::printf("  %-8s panel %s (main thread CPU %s)\n  %-8s page  %s (CPU of all processes %s)\n", what,
                    qPrintable(timing.panel.summary()), qPrintable(timing.panelCpu.summary()), "",
                    qPrintable(timing.page.summary()), qPrintable(timing.pageCpu.summary()));
    };

    EditTiming accept;
    timeEdit(window, spreadIds(set, edits, 0), accept,
             [&](const QString &id) { return editor.setStatus(id, ReviewStatus::Accepted); },
             [](const QString &) { return QStringLiteral("marks.length > 0 && marks[0].getAttribute('data-s') === 'accepted'"); });
    print("accept", accept);

    EditTiming relabel;
    timeEdit(window, spreadIds(set, edits, 1), relabel,
             [&](const QString &id) { return editor.relabel(id, QStringLiteral("MISC")); },
             [](const QString &) { return QStringLiteral("marks.length > 0 && marks[0].getAttribute('data-l') === 'MISC'"); });
    print("relabel", relabel);

    EditTiming resize;
    QHash<QString, QString> resizedText;
    timeEdit(window, spreadIds(set, edits, 2), resize,
             [&](const QString &id) {
                 const Span *span = window.annotations()->span(id);
                 int end = span->end + 1;
                 while (end < text.size() && !text.at(end).isSpace())
                     ++end;
                 resizedText.insert(id, text.mid(span->start, end - span->start));
                 return editor.resize(id, span->start, end);
             },
             [&](const QString &id) {
                 return QStringLiteral("marks.map(function (m) { return m.textContent; }).join('') === '%1'")
                    .arg(resizedText.value(id));
             });
    print("resize", resize);

    // New spans on the words right after each of the first spans of some paragraphs.
    EditTiming add;
    QStringList added;
    timeEdit(window, spreadIds(set, edits, 3), add,
             [&](const QString &id) {
                 const Span *span = window.annotations()->span(id);
                 int start = span->end + 150;
                 while (start < text.size() && !text.at(start).isSpace())
                     ++start;
                 int end = start + 12;
                 while (end < text.size() && !text.at(end).isSpace())
                     ++end;
                 const QString error = editor.addSpan(QStringLiteral("ORG"), start, end);
                 added.append(window.annotations()->annotationSet().spans.last().id);
                 return error;
             },
             [&](const QString &) {
                 return QStringLiteral("document.querySelector('galley-mark[data-span=\"%1\"]') !== null").arg(added.last());
             });
    print("add", add);

    EditTiming undo;
    std::reverse(added.begin(), added.end());
    timeEdit(window, added, undo,
             [&](const QString &) {
                 editor.undoStack()->undo();
                 return QString();
             },
             [&](const QString &) { return QStringLiteral("marks.length === 0"); });
    print("undo add", undo);
}

void benchPanel(MainWindow &window)
{
    AnnotationPanel &panel = *window.annotationPanel();
    const QList<std::pair<int, QAbstractItemView *>> views = {
        {int(AnnotationPanel::EntitiesTab), panel.entityView()},
        {int(AnnotationPanel::QuotesTab), panel.quoteView()},
        {int(AnnotationPanel::NumbersTab), panel.numberView()},
    };
    for (const auto &[tab, view] : views) {
        panel.tabs()->setCurrentIndex(tab);
        QCoreApplication::processEvents();
        QScrollBar *bar = view->verticalScrollBar();
        Figures steps;
        bar->setValue(bar->minimum());
        for (int step = 0; step < 300 && bar->value() < bar->maximum(); ++step) {
            QElapsedTimer timer;
            timer.start();
            bar->setValue(bar->value() + std::max(1, bar->pageStep() / 3));
            view->viewport()->repaint();
            steps.add(milliseconds(timer));
        }
        std::printf("  %-10s %d rows, scroll by a third of a page and repaint: %s (%lld steps)\n",
                    qPrintable(panel.tabs()->tabText(tab).remove(QLatin1Char('&'))), view->model()->rowCount(),
                    qPrintable(steps.summary()), qlonglong(steps.values.size()));
    }
}

} // namespace

int main(int argc, char *argv[])
{
    setvbuf(stdout, nullptr, _IONBF, 0);
    prepareOffscreenWebEngine();
    QApplication app(argc, argv);
    const int edits = argc > 1 ? std::max(1, QString::fromLocal8Bit(argv[1]).toInt()) : 30;

    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    MainWindow window(&settings);
    window.resize(1500, 950);
    window.show();

    const LongPage page = generateLongPage(2500, 1, 5, 3000);
    LoadedDocument document = savedLongPage(dir.path(), QStringLiteral("long.html"), page);
    std::printf("page %.1f MB, %lld spans, load average %s\n", double(page.html.toUtf8().size()) / 1e6,
                qlonglong(document.annotations.spans.size()), qPrintable(loadAverage()));
    const Shown shown = show(window, std::move(document));
    std::printf("open: page loaded %.0f ms after showDocument; every highlight shown %.0f ms after the page loaded "
                "(CPU of all processes, from showDocument: %.0f ms)\n", shown.loadedMs, shown.highlightedMs, shown.cpuMs);
    benchEdits(window, edits);

    const LongPage dense = generateLongPage(2500, 4, 0, 10000);
    LoadedDocument denseDocument = savedLongPage(dir.path(), QStringLiteral("dense.html"), dense);
    const Shown denseShown = show(window, std::move(denseDocument));
    std::printf("panel of %lld spans: page loaded %.0f ms after showDocument, highlights %.0f ms after that\n",
                qlonglong(window.annotations()->annotationSet().spans.size()), denseShown.loadedMs, denseShown.highlightedMs);
    benchPanel(window);
    EditTiming relabel;
    timeEdit(window, spreadIds(window.annotations()->annotationSet(), 10, 1), relabel,
             [&](const QString &id) { return window.editor()->relabel(id, QStringLiteral("MISC")); },
             [](const QString &) { return QStringLiteral("marks.length > 0 && marks[0].getAttribute('data-l') === 'MISC'"); });
    std::printf("  relabel with 10,000 spans: panel %s (main thread CPU %s); page %s (CPU of all processes %s)\n",
                qPrintable(relabel.panel.summary()), qPrintable(relabel.panelCpu.summary()),
                qPrintable(relabel.page.summary()), qPrintable(relabel.pageCpu.summary()));
    return 0;
}
