#pragma once

#include "load/diagnostic.h"
#include "load/header_fields.h"

#include <QByteArray>

#include <memory>
#include <optional>

namespace galley {

struct WarcRecord
{
    qint64 streamOffset = -1;  // where the record starts in the uncompressed WARC stream, in bytes
    HeaderFields headers;      // WARC-Type, WARC-Target-URI, Content-Type, ...
    QByteArray block;          // the Content-Length bytes after the headers
    qint64 skippedBlockBytes = 0; // > 0: the block was larger than the reader's cap and was
                                  // skipped without being held; `block` is empty
};

// Reads the records of a .warc or .warc.gz one at a time. A .warc.gz is inflated as a stream,
// as far as the record being read needs, so only that record is held decompressed; a block
// over maxBlockBytes is inflated into a scratch buffer and dropped, never materialised.
class WarcReader
{
public:
    explicit WarcReader(QByteArray file, qint64 maxBlockBytes = qint64(4) * 1024 * 1024 * 1024);
    ~WarcReader();
    WarcReader(const WarcReader &) = delete;
    WarcReader &operator=(const WarcReader &) = delete;

    // The next record; nullopt at the end of the file or at damage (see problem()).
    std::optional<WarcRecord> next();

    // Why reading stopped early: a truncated record, a corrupt gzip member, a non-WARC header.
    const std::optional<Diagnostic> &problem() const { return m_problem; }

private:
    bool fill(qsizetype wantedBytes);   // ensure m_buffer holds wantedBytes past m_position
    bool skip(qint64 bytes);            // drop bytes past m_position, inflating without keeping
    qint64 inflateInto(char *out, qint64 capacity);   // -1 at the end of the input or damage
    void stop(QString code, QString message, qint64 byteOffset);

    struct Inflater;
    QByteArray m_file;
    qint64 m_maxBlockBytes;
    bool m_compressed = false;
    std::unique_ptr<Inflater> m_inflater;   // the gzip member being inflated, if any
    qint64 m_fileOffset = 0;            // next compressed byte to inflate
    QByteArray m_buffer;                // uncompressed bytes not yet consumed
    qsizetype m_position = 0;           // read position in m_buffer
    qint64 m_bufferStreamOffset = 0;    // stream offset of m_buffer[0]
    std::optional<Diagnostic> m_problem;
};

} // namespace galley
