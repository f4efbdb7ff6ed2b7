#pragma once

// Small web archives for import tests: HTML response records, optionally gzipped one member per
// record (as .warc.gz files are) and cut short inside the last record.
#include "util/gzip.h"

#include <QByteArray>
#include <QFile>
#include <QList>
#include <QString>

namespace galley::test {

inline QByteArray warcResponse(const QByteArray &uri, const QByteArray &html)
{
    const QByteArray block = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + html;
    return "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: " + uri
         + "\r\nWARC-Date: 2026-11-02T08:00:00Z\r\nWARC-Record-ID: <urn:uuid:" + uri.toHex().right(16)
         + ">\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: "
         + QByteArray::number(block.size()) + "\r\n\r\n" + block + "\r\n\r\n";
}

inline QByteArray newsPage(int n)
{
    const QByteArray number = QByteArray::number(n);
    return "<html><head><title>Harbour report " + number + "</title></head><body><article><h1>Harbour report " + number
         + "</h1><p>The harbour authority said on Tuesday that berth " + number
         + " would reopen after repairs costing 2 million euros.</p><p>Fishers welcomed the news, the mayor said.</p>"
           "</article></body></html>";
}

// `pages` records; with `keptPercentOfLast` < 100 the last record's gzip member is cut short.
inline bool writeWarc(const QString &path, int pages, bool gzipped, int keptPercentOfLast = 100)
{
    QByteArray bytes;
    for (int i = 0; i < pages; ++i) {
        const QByteArray record = warcResponse("https://harbour.example/news/" + QByteArray::number(i), newsPage(i));
        QByteArray stored = gzipped ? gzipMember(record) : record;
        if (i + 1 == pages)
            stored.truncate(stored.size() * keptPercentOfLast / 100);
        bytes += stored;
    }
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace galley::test
