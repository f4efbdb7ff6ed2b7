#include "load/http_message.h"

#include "util/gzip.h"

namespace galley {

bool parseHttpResponse(const QByteArray &message, HttpResponse &response)
{
    if (!message.startsWith("HTTP/"))
        return false;
    const qsizetype lineEnd = message.indexOf('\n');
    const QByteArray statusLine = message.left(lineEnd < 0 ? message.size() : lineEnd).trimmed();
    const QList<QByteArray> parts = statusLine.split(' ');
    bool ok = false;
    response.status = parts.size() >= 2 ? parts[1].toInt(&ok) : 0;
    if (!ok)
        response.status = 0;
    if (lineEnd < 0)
        return true;
    const HeaderBlock block = parseHeaderBlock(message, lineEnd + 1);
    response.headers = block.fields;
    if (block.bodyOffset >= 0)
        response.rawBody = message.sliced(block.bodyOffset);
    return true;
}

QByteArray dechunk(const QByteArray &chunked, QStringList &problems)
{
    QByteArray body;
    qsizetype position = 0;
    while (position < chunked.size()) {
        const qsizetype lineEnd = chunked.indexOf('\n', position);
        if (lineEnd < 0) {
            problems.append(QStringLiteral("the chunked body ends inside a chunk size line"));
            return body;
        }
        QByteArray sizeField = chunked.sliced(position, lineEnd - position);
        if (const qsizetype extension = sizeField.indexOf(';'); extension >= 0)
            sizeField.truncate(extension);
        bool ok = false;
        const qint64 size = sizeField.trimmed().toLongLong(&ok, 16);
        if (!ok || size < 0) {
            problems.append(QStringLiteral("malformed chunk size \"%1\" at body byte %2")
                                .arg(QString::fromLatin1(sizeField.trimmed().left(20)))
                                .arg(position));
            return body;
        }
        position = lineEnd + 1;
        if (size == 0)
            return body;   // trailers, if any, carry nothing a page needs
        if (size > chunked.size() - position) {
            body.append(chunked.sliced(position));
            problems.append(QStringLiteral("the chunked body is truncated: a chunk of %1 bytes has only %2")
                                .arg(size).arg(chunked.size() - position));
            return body;
        }
        body.append(chunked.sliced(position, size));
        position += size;
        if (chunked.sliced(position).startsWith("\r\n"))
            position += 2;
        else if (chunked.sliced(position).startsWith("\n"))
            position += 1;
    }
    problems.append(QStringLiteral("the chunked body has no final zero-size chunk"));
    return body;
}

HttpBody decodeHttpBody(const HttpResponse &response)
{
    HttpBody body;
    body.bytes = response.rawBody;
    const QByteArray transfer = response.headers.value("Transfer-Encoding").toLower();
    if (transfer.contains("chunked"))
        body.bytes = dechunk(body.bytes, body.problems);

    const QByteArray encoding = response.headers.value("Content-Encoding").trimmed().toLower();
    if (encoding.isEmpty() || encoding == "identity")
        return body;
    if (encoding == "gzip" || encoding == "x-gzip" || encoding == "deflate") {
        // Some archivers store the decoded body but keep the header: look before inflating.
        const bool gzip = encoding != "deflate";
        if (gzip && !looksGzipped(body.bytes))
            return body;
        GunzipResult inflated = gzip ? gunzip(body.bytes) : inflateHttpDeflate(body.bytes);
        if (!inflated.error.isEmpty()) {
            body.problems.append(QStringLiteral("the %1 body could not be fully decompressed: %2")
                                     .arg(QString::fromLatin1(encoding), inflated.error));
            body.usable = !inflated.data.isEmpty();
        }
        body.bytes = std::move(inflated.data);
        return body;
    }
    if (encoding == "br") {
        body.problems.append(QStringLiteral("the body is Brotli-compressed (Content-Encoding: br), "
                                            "which Galley cannot decompress"));
    } else {
        body.problems.append(QStringLiteral("the body uses the unknown Content-Encoding \"%1\"")
                                 .arg(QString::fromLatin1(encoding)));
    }
    body.usable = false;
    return body;
}

} // namespace galley
