// Prints how long the page view takes to highlight 3,000 spans on a 2 MB page (offscreen): by
// DOM range, and with every span found by its text quote instead.
#include "annotation/text_quote.h"
#include "highlight_request.h"
#include "load/html_document.h"
#include "page_url_scheme.h"
#include "page_view.h"
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

namespace {

constexpr int kParagraphs = 2500;
constexpr int kSpans = 3000;

const QStringList kWords = {
    QStringLiteral("harbour"), QStringLiteral("council"), QStringLiteral("ferry"), QStringLiteral("breakwater"),
    QStringLiteral("oyster"), QStringLiteral("survey"), QStringLiteral("residents"), QStringLiteral("vote"),
    QStringLiteral("fishers"), QStringLiteral("terminal"), QStringLiteral("quay"), QStringLiteral("permit"),
};
const QStringList kLabels = {QStringLiteral("PER"), QStringLiteral("ORG"), QStringLiteral("LOC"),
                             QStringLiteral("QUOTE"), QStringLiteral("MONEY"), QStringLiteral("DATE")};

// CPU time (user + system) of this process, or of every process it started (QtWebEngine's
// renderer), in milliseconds: unlike wall time it does not grow when other work shares the cores.
double cpuMilliseconds(pid_t pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray line = stat.readAll();
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    return (fields.value(11).toDouble() + fields.value(12).toDouble()) * 1000.0 / double(sysconf(_SC_CLK_TCK));
}

// CPU milliseconds of a process and all its descendants, by process id.
void collectCpu(pid_t pid, QHash<pid_t, double> &times)
{
    times.insert(pid, cpuMilliseconds(pid));
    const QDir tasks(QStringLiteral("/proc/%1/task").arg(pid));
    for (const QString &task : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile children(tasks.filePath(task + QStringLiteral("/children")));
        if (!children.open(QIODevice::ReadOnly))
            continue;
        for (const QByteArray &child : children.readAll().split(' ')) {
            if (const pid_t id = pid_t(child.trimmed().toInt()); id > 0)
                collectCpu(id, times);
        }
    }
}

QHash<pid_t, double> processCpu()
{
    QHash<pid_t, double> times;
    collectCpu(getpid(), times);
    return times;
}

// CPU used between two snapshots by the processes alive at the second (a renderer of an
// earlier page may exit in between; its time is not part of this page's work).
double cpuBetween(const QHash<pid_t, double> &before, const QHash<pid_t, double> &after)
{
    double total = 0;
    for (auto it = after.cbegin(); it != after.cend(); ++it)
        total += it.value() - before.value(it.key(), 0);
    return total;
}

QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    return file.open(QIODevice::ReadOnly) ? QString::fromLatin1(file.readAll().split(' ').value(0)) : QStringLiteral("?");
}

struct Generated
{
    QString html;
    AnnotationSet set;
};

// Paragraphs of ~800 characters; each holds one span, every fifth a second span nested in it.
Generated generate()
{
    Generated out;
    out.html = QStringLiteral("<!DOCTYPE html><html><head><title>Long</title></head><body><div>");
    QString articleText;
    quint32 state = 1;   // a fixed pseudo-random word sequence: no stretch of text repeats
    for (int p = 1; p <= kParagraphs; ++p) {
        QString text;
        for (int w = 0; text.size() < 800; ++w) {
            state = state * 1103515245u + 12345u;
            text += kWords.at(int((state >> 16) % quint32(kWords.size())))
                    + (w % 9 == 8 ? QStringLiteral(". ") : QStringLiteral(" "));
        }
        text = text.trimmed();
        out.html += QStringLiteral("<p>") + text + QStringLiteral("</p>");
        const QString path = QStringLiteral("/html[1]/body[1]/div[1]/p[%1]/text()[1]").arg(p);
        const int base = int(articleText.size());
        articleText += text + QStringLiteral("\n\n");
        const auto add = [&](int start, int end) {
            Span span;
            span.id = QStringLiteral("s%1").arg(out.set.spans.size() + 1);
            span.label = kLabels.at(out.set.spans.size() % kLabels.size());
            span.start = base + start;
            span.end = base + end;
            span.text = text.mid(start, end - start);
            span.dom = DomRange{{path, start}, {path, end}};
            out.set.spans.append(span);
        };
        const int start = (p * 37) % 500;
        add(start, start + 120);
        if (p % 5 == 0 && out.set.spans.size() < kSpans)
            add(start + 20, start + 45);
    }
    out.html += QStringLiteral("</div></body></html>");
    out.set.text = articleText;
    for (Span &span : out.set.spans)
        span.quote = textQuoteAt(articleText, span.start, span.end);
    return out;
}

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
    if (::geteuid() == 0)
        qputenv("QTWEBENGINE_DISABLE_SANDBOX", "1");
    if (qEnvironmentVariableIsEmpty("QTWEBENGINE_CHROMIUM_FLAGS"))
        qputenv("QTWEBENGINE_CHROMIUM_FLAGS", "--disable-gpu");
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    registerPageUrlScheme();
    QApplication app(argc, argv);

    const Generated generated = generate();
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
