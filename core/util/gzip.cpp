#include "util/gzip.h"

#include <zlib.h>

namespace galley {

namespace {

// windowBits: 16+15 gzip, 15 zlib, -15 raw deflate.
GunzipResult inflateStreams(const QByteArray &input, int windowBits, bool multiMember, qint64 maxOutput)
{
    GunzipResult result;
    auto *next = reinterpret_cast<const Bytef *>(input.constData());
    qint64 remaining = input.size();
    QByteArray chunk(256 * 1024, Qt::Uninitialized);

    while (remaining > 0) {
        z_stream stream{};
        if (inflateInit2(&stream, windowBits) != Z_OK) {
            result.error = QStringLiteral("zlib could not be initialised");
            return result;
        }
        stream.next_in = const_cast<Bytef *>(next);
        stream.avail_in = uInt(qMin<qint64>(remaining, 1 << 30));
        int status = Z_OK;
        while (status == Z_OK) {
            stream.next_out = reinterpret_cast<Bytef *>(chunk.data());
            stream.avail_out = uInt(chunk.size());
            status = inflate(&stream, Z_NO_FLUSH);
            const qint64 produced = chunk.size() - qint64(stream.avail_out);
            if (result.data.size() + produced > maxOutput) {
                result.error = QStringLiteral("decompressed data exceeds %1 bytes").arg(maxOutput);
                result.errorOffset = input.size() - remaining + qint64(stream.total_in);
                inflateEnd(&stream);
                return result;
            }
            result.data.append(chunk.constData(), produced);
            if (status == Z_BUF_ERROR && stream.avail_in == 0)
                break;   // input ended before the stream did
            if (status == Z_BUF_ERROR && stream.avail_out > 0)
                break;
            if (status == Z_BUF_ERROR)
                status = Z_OK;
        }
        const qint64 consumed = qint64(stream.total_in);
        const char *message = stream.msg;
        inflateEnd(&stream);
        if (status != Z_STREAM_END) {
            result.errorOffset = input.size() - remaining + consumed;
            result.error = (status == Z_DATA_ERROR || status == Z_NEED_DICT)
                ? QStringLiteral("corrupt compressed data: %1").arg(QString::fromLatin1(message ? message : "bad data"))
                : QStringLiteral("truncated compressed stream");
            return result;
        }
        ++result.members;
        next += consumed;
        remaining -= consumed;
        if (!multiMember)
            break;
        // Trailing zero padding after the last member is tolerated.
        while (remaining > 0 && *next == 0) {
            ++next;
            --remaining;
        }
    }
    return result;
}

} // namespace

bool looksGzipped(const QByteArray &bytes)
{
    return bytes.size() >= 2 && uchar(bytes[0]) == 0x1f && uchar(bytes[1]) == 0x8b;
}

GunzipResult gunzip(const QByteArray &compressed, qint64 maxOutput)
{
    return inflateStreams(compressed, 16 + MAX_WBITS, true, maxOutput);
}

GunzipResult inflateHttpDeflate(const QByteArray &compressed, qint64 maxOutput)
{
    // Servers send either a zlib stream (as the RFC says) or raw deflate (as some do).
    const bool zlibHeader = compressed.size() >= 2 && (uchar(compressed[0]) & 0x0f) == 8
        && ((uchar(compressed[0]) << 8) | uchar(compressed[1])) % 31 == 0;
    return inflateStreams(compressed, zlibHeader ? MAX_WBITS : -MAX_WBITS, false, maxOutput);
}

} // namespace galley
