// Article extraction speed over the WCXB pages, single-threaded: gumbo parse alone, then
// parse + extraction, with peak memory against the largest page.
#include "extract/html_extractor.h"
#include "extract/wcxb_evaluation.h"
#include "load/html_document.h"
#include "util/gzip.h"

#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

#include <ctime>
#include <sys/wait.h>
#include <unistd.h>
#include <memory>
#include <vector>

using namespace galley;

namespace {

double threadCpuSeconds()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) + double(now.tv_nsec) / 1e9;
}

qint64 peakRssKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

// Size recorded in a gzip file's trailer (uncompressed size modulo 2^32).
qint64 gzipUncompressedSize(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() < 4 || !file.seek(file.size() - 4))
        return -1;
    const QByteArray tail = file.read(4);
    return qint64(quint8(tail[0])) | qint64(quint8(tail[1])) << 8 | qint64(quint8(tail[2])) << 16
        | qint64(quint8(tail[3])) << 24;
}

struct MemoryFigures
{
    qint64 pageBytes = 0;
    qint64 beforeKiB = 0;   // VmHWM with the page read and decompressed
    qint64 afterKiB = 0;    // VmHWM after parse + extraction
};

// Parses and extracts one page in a fresh child process, so the high-water mark is that
// page's alone and not the benchmark's.
MemoryFigures measureMemory(const QString &path)
{
    int pipeFds[2];
    MemoryFigures figures;
    if (pipe(pipeFds) != 0)
        return figures;
    const pid_t child = fork();
    if (child == 0) {
        close(pipeFds[0]);
        QFile file(path);
        MemoryFigures measured;
        if (file.open(QIODevice::ReadOnly)) {
            const QByteArray html = gunzip(file.readAll()).data;
            measured.pageBytes = html.size();
            measured.beforeKiB = peakRssKiB();
            Page page;
            page.dom = std::make_shared<HtmlDocument>(html);
            const Article article = extractHtmlArticle(page);
            measured.afterKiB = peakRssKiB();
        }
        const ssize_t written = write(pipeFds[1], &measured, sizeof measured);
        _exit(written == ssize_t(sizeof measured) ? 0 : 1);
    }
    close(pipeFds[1]);
    if (child > 0) {
        if (read(pipeFds[0], &figures, sizeof figures) != ssize_t(sizeof figures))
            figures = MemoryFigures();
        waitpid(child, nullptr, 0);
    }
    close(pipeFds[0]);
    return figures;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QString dataDir = argc > 1 ? QString::fromLocal8Bit(argv[1])
                                     : QStringLiteral(GALLEY_SHARED_DIR "/data/extraction/wcxb");
    const QStringList ids = wcxbPageIds(dataDir);
    if (ids.isEmpty()) {
        QTextStream(stderr) << "extraction_bench: no pages in " << dataDir << '\n';
        return 1;
    }
    QString largestPath;
    qint64 largestSize = -1;
    for (const QString &id : ids) {
        const QString path = dataDir + QStringLiteral("/html/") + id + QStringLiteral(".html.gz");
        if (const qint64 size = gzipUncompressedSize(path); size > largestSize) {
            largestSize = size;
            largestPath = path;
        }
    }
    const MemoryFigures memory = measureMemory(largestPath);
    std::vector<QByteArray> pages;
    qint64 totalBytes = 0, largestBytes = 0;
    for (const QString &id : ids) {
        QFile file(dataDir + QStringLiteral("/html/") + id + QStringLiteral(".html.gz"));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        pages.push_back(gunzip(file.readAll()).data);
        totalBytes += pages.back().size();
        largestBytes = std::max<qint64>(largestBytes, pages.back().size());
    }
    const double megabytes = double(totalBytes) / (1024.0 * 1024.0);

    // Thread CPU time, best of three rounds: the machine is shared, wall time is noisy.
    double parseSeconds = 1e300;
    double extractSeconds = 1e300;
    int parsedBodies = 0;
    qsizetype characters = 0;
    for (int round = 0; round < 3; ++round) {
        double parse = 0;
        double extract = 0;
        parsedBodies = 0;
        characters = 0;
        for (const QByteArray &html : pages) {
            const double start = threadCpuSeconds();
            {
                HtmlDocument document(html);
                parsedBodies += document.body() != nullptr;
            }
            const double parsed = threadCpuSeconds();
            {
                // Page::content is the loader's work and extraction does not read it.
                Page page;
                page.dom = std::make_shared<HtmlDocument>(html);
                characters += extractHtmlArticle(page).text.size();
            }
            const double extracted = threadCpuSeconds();
            parse += parsed - start;
            extract += extracted - parsed;
        }
        parseSeconds = std::min(parseSeconds, parse);
        extractSeconds = std::min(extractSeconds, extract);
    }
    const qint64 peakKiB = peakRssKiB();

    const double count = double(pages.size());
    out << "pages                 " << pages.size() << " (" << QString::number(megabytes, 'f', 1)
        << " MB of HTML, largest " << QString::number(double(largestBytes) / 1024.0, 'f', 0) << " KB)\n"
        << "parse only            " << QString::number(count / parseSeconds, 'f', 1) << " pages/s, "
        << QString::number(megabytes / parseSeconds, 'f', 2) << " MB/s\n"
        << "parse + extraction    " << QString::number(count / extractSeconds, 'f', 1) << " pages/s, "
        << QString::number(megabytes / extractSeconds, 'f', 2) << " MB/s\n"
        << "extraction overhead   " << QString::number(100.0 * (extractSeconds - parseSeconds) / parseSeconds, 'f', 1)
        << " % over parsing\n"
        << "largest page alone    " << QString::number(double(memory.pageBytes) / 1024.0, 'f', 0) << " KB: peak RSS "
        << QString::number(double(memory.beforeKiB) / 1024.0, 'f', 1) << " MB with the page read, "
        << QString::number(double(memory.afterKiB) / 1024.0, 'f', 1) << " MB after parse + extraction = "
        << QString::number(double(memory.afterKiB - memory.beforeKiB) * 1024.0 / double(std::max<qint64>(1, memory.pageBytes)), 'f', 1)
        << "x the page size added (child process)\n"
        << "benchmark peak RSS    " << QString::number(double(peakKiB) / 1024.0, 'f', 1) << " MB (all "
        << QString::number(megabytes, 'f', 1) << " MB of pages held)\n"
        << "(thread CPU time, best of 3 rounds; " << parsedBodies << " bodies, " << characters << " body characters)\n";
    return 0;
}
