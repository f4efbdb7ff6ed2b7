#pragma once

#include "load/diagnostic.h"
#include "load/header_fields.h"

#include <QByteArray>

#include <optional>

namespace galley {

struct WarcRecord
{
    qint64 streamOffset = -1;  // where the record starts in the uncompressed WARC stream, in bytes
    HeaderFields headers;      // WARC-Type, WARC-Target-URI, Content-Type, ...
    QByteArray block;          // the Content-Length bytes after the headers
};

// Reads the records of a .warc or .warc.gz one at a time. A .warc.gz is inflated member by
// member, so only the record being read is held decompressed (a 100 MB archive stays cheap).
class WarcReader
{
public:
    explicit WarcReader(QByteArray file);

    // The next record; nullopt at the end of the file or at damage (see problem()).
    std::optional<WarcRecord> next();

    // Why reading stopped early: a truncated record, a corrupt gzip member, a non-WARC header.
    const std::optional<Diagnostic> &problem() const { return m_problem; }

private:
    bool fill(qsizetype wantedBytes);   // ensure m_buffer holds wantedBytes past m_position
    void stop(QString code, QString message, qint64 byteOffset);

    QByteArray m_file;
    bool m_compressed = false;
    qint64 m_fileOffset = 0;            // next compressed byte to inflate
    QByteArray m_buffer;                // uncompressed bytes not yet consumed
    qsizetype m_position = 0;           // read position in m_buffer
    qint64 m_bufferStreamOffset = 0;    // stream offset of m_buffer[0]
    std::optional<Diagnostic> m_problem;
};

} // namespace galley
