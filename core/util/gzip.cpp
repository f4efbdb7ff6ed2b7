#include "util/gzip.h"

#include <zlib.h>

namespace galley {

namespace {

// Inflates the one stream starting at `offset` and appends it to result.data.
// windowBits: 16+15 gzip, 15 zlib, -15 raw deflate. Returns the compressed bytes consumed.
qint64 inflateOneStream(const QByteArray &input, qint64 offset, int windowBits, qint64 maxOutput,
                        GunzipResult &result)
{
    z_stream stream{};
    if (inflateInit2(&stream, windowBits) != Z_OK) {
        result.error = QStringLiteral("zlib could not be initialised");
        result.errorOffset = offset;
        return 0;
    }
    auto *next = reinterpret_cast<const Bytef *>(input.constData() + offset);
    qint64 remaining = input.size() - offset;
    QByteArray chunk(256 * 1024, Qt::Uninitialized);
    int status = Z_OK;
    while (status == Z_OK) {
        if (stream.avail_in == 0 && remaining > 0) {
            // zlib counts input in uInt: feed inputs above 4 GiB in slices.
            const uInt slice = uInt(qMin<qint64>(remaining, 1 << 30));
            stream.next_in = const_cast<Bytef *>(next);
            stream.avail_in = slice;
            next += slice;
            remaining -= slice;
        }
        stream.next_out = reinterpret_cast<Bytef *>(chunk.data());
        stream.avail_out = uInt(chunk.size());
        status = inflate(&stream, Z_NO_FLUSH);
        const qint64 produced = chunk.size() - qint64(stream.avail_out);
        if (result.data.size() + produced > maxOutput) {
            result.error = QStringLiteral("decompressed data exceeds %1 bytes").arg(maxOutput);
            result.errorOffset = offset + qint64(stream.total_in);
            inflateEnd(&stream);
            return qint64(stream.total_in);
        }
        result.data.append(chunk.constData(), produced);
        if (status == Z_BUF_ERROR && stream.avail_in == 0 && remaining == 0)
            break;   // input ended before the stream did
        if (status == Z_BUF_ERROR)
            status = Z_OK;   // output buffer was full: go on
    }
    const qint64 consumed = qint64(stream.total_in);
    const char *message = stream.msg;
    if (status != Z_STREAM_END) {
        result.errorOffset = offset + consumed;
        result.error = (status == Z_DATA_ERROR || status == Z_NEED_DICT)
            ? QStringLiteral("corrupt compressed data: %1").arg(QString::fromLatin1(message ? message : "bad data"))
            : QStringLiteral("truncated compressed stream");
    }
    inflateEnd(&stream);
    return consumed;
}

} // namespace

bool looksGzipped(const QByteArray &bytes)
{
    return bytes.size() >= 2 && uchar(bytes[0]) == 0x1f && uchar(bytes[1]) == 0x8b;
}

GunzipResult gunzipMember(const QByteArray &compressed, qint64 offset, qint64 maxOutput)
{
    GunzipResult result;
    result.consumedBytes = inflateOneStream(compressed, offset, 16 + MAX_WBITS, maxOutput, result);
    if (result.error.isEmpty())
        result.members = 1;
    return result;
}

GunzipResult gunzip(const QByteArray &compressed, qint64 maxOutput)
{
    GunzipResult result;
    qint64 offset = 0;
    while (offset < compressed.size()) {
        const qint64 consumed = inflateOneStream(compressed, offset, 16 + MAX_WBITS,
                                                 maxOutput, result);
        offset += consumed;
        if (!result.error.isEmpty())
            break;
        ++result.members;
        // Trailing zero padding after the last member is tolerated.
        while (offset < compressed.size() && compressed[offset] == 0)
            ++offset;
    }
    result.consumedBytes = offset;
    return result;
}

QByteArray gzipMember(const QByteArray &data)
{
    z_stream stream{};
    if (deflateInit2(&stream, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return {};
    QByteArray compressed(qsizetype(deflateBound(&stream, uLong(data.size()))) + 32, Qt::Uninitialized);
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    stream.avail_in = uInt(data.size());
    stream.next_out = reinterpret_cast<Bytef *>(compressed.data());
    stream.avail_out = uInt(compressed.size());
    const int status = deflate(&stream, Z_FINISH);
    compressed.resize(status == Z_STREAM_END ? qsizetype(stream.total_out) : 0);
    deflateEnd(&stream);
    return compressed;
}

GunzipResult inflateHttpDeflate(const QByteArray &compressed, qint64 maxOutput)
{
    // Servers send either a zlib stream (as the RFC says) or raw deflate (as some do).
    const bool zlibHeader = compressed.size() >= 2 && (uchar(compressed[0]) & 0x0f) == 8
        && ((uchar(compressed[0]) << 8) | uchar(compressed[1])) % 31 == 0;
    GunzipResult result;
    result.consumedBytes = inflateOneStream(compressed, 0, zlibHeader ? MAX_WBITS : -MAX_WBITS,
                                            maxOutput, result);
    if (result.error.isEmpty())
        result.members = 1;
    return result;
}

} // namespace galley
