#pragma once

#include <QByteArray>
#include <QString>

namespace galley {

struct GunzipResult
{
    QByteArray data;          // everything decompressed, also when an error stopped it
    QString error;            // empty on success: "truncated gzip stream", "corrupt gzip data: ..."
    qint64 errorOffset = -1;  // compressed byte offset where decompression failed
    int members = 0;          // gzip members decoded completely
    qint64 consumedBytes = 0; // compressed bytes read, in bytes
};

bool looksGzipped(const QByteArray &bytes);

// Decompresses a gzip file of one or more members (as .warc.gz writes one per record).
// maxOutput caps the decompressed size (a decompression bomb is an error, not an OOM).
GunzipResult gunzip(const QByteArray &compressed, qint64 maxOutput = 2LL * 1024 * 1024 * 1024);

// Decompresses the one gzip member starting at byte `offset` (a .warc.gz record);
// consumedBytes tells where the next member starts.
GunzipResult gunzipMember(const QByteArray &compressed, qint64 offset,
                          qint64 maxOutput = 2LL * 1024 * 1024 * 1024);

// Compresses `data` as one gzip member (concatenate members to write a .warc.gz).
QByteArray gzipMember(const QByteArray &data);

// Decompresses a single raw deflate or zlib stream (HTTP Content-Encoding: deflate).
GunzipResult inflateHttpDeflate(const QByteArray &compressed, qint64 maxOutput = 2LL * 1024 * 1024 * 1024);

} // namespace galley
