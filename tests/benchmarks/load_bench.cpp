// Prints load throughput for generated pages and the peak resident memory after each.
#include "load/page_loader.h"
#include "util/gzip.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>

using namespace galley;

namespace {

QString peakResidentMemory()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return QStringLiteral("?");
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return QString::fromLatin1(line.mid(6).trimmed());
    }
    return QStringLiteral("?");
}

QString write(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

QByteArray articleParagraphs(qsizetype bytes)
{
    const QByteArray paragraph = QStringLiteral(
        "<div class=\"para\"><p>Syria has been in a state of civil war since 2011 — Алеппо, "
        "<a href=\"/news/aleppo\">government forces</a> &amp; opposition groups.</p></div>\n").toUtf8();
    QByteArray out;
    out.reserve(bytes + paragraph.size());
    while (out.size() < bytes)
        out += paragraph;
    return out;
}

void report(const char *what, qint64 bytes, qint64 elapsedMs, const QString &detail)
{
    const double megabytes = double(bytes) / (1024.0 * 1024.0);
    std::printf("%-34s %8.1f MB %8lld ms %8.1f MB/s   peak RSS %s   %s\n", what, megabytes,
                static_cast<long long>(elapsedMs), megabytes * 1000.0 / double(qMax<qint64>(1, elapsedMs)),
                qPrintable(peakResidentMemory()), qPrintable(detail));
    std::fflush(stdout);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    if (!dir.isValid())
        qFatal("no temporary directory");
    std::printf("peak RSS before loading: %s\n", qPrintable(peakResidentMemory()));

    {
        const QByteArray html = "<!DOCTYPE html><html><head><meta charset=utf-8><title>Big</title></head><body>"
            + articleParagraphs(50 * 1024 * 1024) + "</body></html>";
        const QString path = write(dir, QStringLiteral("big.html"), html);
        QElapsedTimer timer;
        timer.start();
        const auto page = loadPage(path);
        report("HTML page (UTF-8)", html.size(), timer.elapsed(),
               page.ok() ? QStringLiteral("%1 UTF-16 units").arg(page->content.size()) : page.error().toString());
    }
    {
        const QByteArray html = "<!DOCTYPE html><html><head><meta charset=windows-1251><title>Big</title></head><body>"
            + QStringLiteral("<p>Министр иностранных дел заявил, что переговоры продолжатся.</p>\n").repeated(400000).toLocal8Bit()
            + "</body></html>";
        // windows-1251 puts А-я at 0xC0-0xFF; everything else in this page is ASCII.
        QByteArray cp1251;
        for (const QChar c : QString::fromUtf8(html)) {
            const char16_t u = c.unicode();
            cp1251 += (u >= 0x0410 && u <= 0x044F) ? char(u - 0x0410 + 0xC0) : char(u);
        }
        const QString path = write(dir, QStringLiteral("big1251.html"), cp1251);
        QElapsedTimer timer;
        timer.start();
        const auto page = loadPage(path);
        report("HTML page (windows-1251)", cp1251.size(), timer.elapsed(),
               page.ok() ? page->charset : page.error().toString());
    }
    {
        QByteArray warc;
        qint64 uncompressed = 0;
        const int records = 1000;
        const QByteArray body = articleParagraphs(48 * 1024);
        const QByteArray css(16 * 1024, 'c');
        for (int i = 0; i < records; ++i) {
            const QByteArray uri = "http://news.example/article/" + QByteArray::number(i);
            const QByteArray http = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<title>Article "
                + QByteArray::number(i) + "</title>" + body;
            const QByteArray record = "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: " + uri
                + "\r\nWARC-Date: 2016-12-15T10:00:00Z\r\nContent-Type: application/http; msgtype=response\r\n"
                  "Content-Length: " + QByteArray::number(http.size()) + "\r\n\r\n" + http + "\r\n\r\n";
            const QByteArray cssHttp = "HTTP/1.1 200 OK\r\nContent-Type: text/css\r\n\r\n" + css;
            const QByteArray cssRecord = "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: " + uri + ".css"
                + "\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: "
                + QByteArray::number(cssHttp.size()) + "\r\n\r\n" + cssHttp + "\r\n\r\n";
            uncompressed += record.size() + cssRecord.size();
            warc += gzipMember(record) + gzipMember(cssRecord);
        }
        const QString path = write(dir, QStringLiteral("crawl.warc.gz"), warc);
        QElapsedTimer timer;
        timer.start();
        const auto list = listWarcRecords(path);
        report("WARC .gz: listWarcRecords", uncompressed, timer.elapsed(),
               list.ok() ? QStringLiteral("%1 HTML records, %2 kB compressed").arg(list->size()).arg(warc.size() / 1024)
                         : list.error().toString());
        timer.restart();
        LoadOptions one;
        one.warcRecord = records - 1;
        const auto last = loadPages(path, one);
        report("WARC .gz: load the last record", uncompressed, timer.elapsed(),
               last.ok() ? last->front().dom->title() : last.error().toString());
        timer.restart();
        const auto all = loadPages(path);
        report("WARC .gz: load every record", uncompressed, timer.elapsed(),
               all.ok() ? QStringLiteral("%1 pages").arg(all->size()) : all.error().toString());
    }
    {
        const QByteArray text = QStringLiteral("MOSCOW (Sputnik)\u00A0— Syria has been in a state of civil war since 2011, "
                                               "Алеппо 😀\r\n").repeated(500000).toUtf8();
        const QString path = write(dir, QStringLiteral("copy.txt"), text);
        QElapsedTimer timer;
        timer.start();
        const auto page = loadPage(path);
        report("text copy (UTF-8)", text.size(), timer.elapsed(),
               page.ok() ? QStringLiteral("%1 checkpoints").arg(page->byteCheckpoints.size()) : page.error().toString());
        if (page.ok()) {
            timer.restart();
            qint64 sum = 0;
            for (qsizetype offset = 0; offset < page->content.size(); offset += 997)
                sum += page->sourceByteOffset(offset);
            std::printf("%-34s %lld lookups in %lld ms\n", "  sourceByteOffset",
                        static_cast<long long>(page->content.size() / 997), static_cast<long long>(timer.elapsed()));
            Q_UNUSED(sum);
        }
    }
    return 0;
}
