#include "load/warc_reader.h"

#include "util/gzip.h"

namespace galley {

namespace {

constexpr qsizetype compactThresholdBytes = 1024 * 1024;
constexpr qint64 maxRecordBytes = qint64(4) * 1024 * 1024 * 1024;

} // namespace

WarcReader::WarcReader(QByteArray file)
    : m_file(std::move(file))
    , m_compressed(looksGzipped(m_file))
{
    if (!m_compressed) {
        m_buffer = m_file;   // shares the data
        m_fileOffset = m_file.size();
    }
}

void WarcReader::stop(QString code, QString message, qint64 byteOffset)
{
    m_problem = Diagnostic{Diagnostic::Severity::Warning, std::move(code), std::move(message), byteOffset, {}};
    m_fileOffset = m_file.size();
    m_position = m_buffer.size();
}

bool WarcReader::fill(qsizetype wantedBytes)
{
    while (m_buffer.size() - m_position < wantedBytes && m_fileOffset < m_file.size()) {
        if (m_position > compactThresholdBytes) {
            m_buffer.remove(0, m_position);
            m_bufferStreamOffset += m_position;
            m_position = 0;
        }
        const GunzipResult member = gunzipMember(m_file, m_fileOffset);
        if (!member.error.isEmpty()) {
            const qint64 at = m_fileOffset;
            m_fileOffset = m_file.size();
            m_problem = Diagnostic{Diagnostic::Severity::Warning, QStringLiteral("truncated-gzip"),
                                   QStringLiteral("the gzip member starting at file byte %1 is damaged (%2); "
                                                  "the records before it were read").arg(at).arg(member.error),
                                   at, {}};
            return false;
        }
        m_buffer.append(member.data);
        m_fileOffset += member.consumedBytes;
        while (m_fileOffset < m_file.size() && m_file[m_fileOffset] == 0)
            ++m_fileOffset;   // zero padding between members
    }
    return m_buffer.size() - m_position >= wantedBytes;
}

std::optional<WarcRecord> WarcReader::next()
{
    if (m_problem)
        return std::nullopt;
    // Records are separated by CRLF CRLF; tolerate any number of blank lines.
    for (;;) {
        if (!fill(1))
            return std::nullopt;
        const char c = m_buffer[m_position];
        if (c != '\r' && c != '\n')
            break;
        ++m_position;
    }
    const qint64 recordOffset = m_bufferStreamOffset + m_position;
    // Headers end at the first blank line; inflate more members until it is in the buffer.
    qsizetype headerEnd = -1;
    qsizetype searchFrom = m_position;
    for (;;) {
        headerEnd = m_buffer.indexOf("\r\n\r\n", searchFrom);
        if (headerEnd >= 0)
            break;
        searchFrom = qMax(m_position, m_buffer.size() - 3);
        const qsizetype positionBefore = m_position;
        if (!fill(m_buffer.size() - m_position + 1)) {
            if (!m_problem)
                stop(QStringLiteral("truncated-record"),
                     QStringLiteral("the WARC record at byte %1 is truncated inside its headers").arg(recordOffset),
                     recordOffset);
            return std::nullopt;
        }
        searchFrom -= positionBefore - m_position;   // the buffer may have been compacted
    }
    if (!QByteArrayView(m_buffer).sliced(m_position).startsWith("WARC/")) {
        stop(QStringLiteral("not-warc"),
             QStringLiteral("no WARC record starts at byte %1").arg(recordOffset), recordOffset);
        return std::nullopt;
    }
    WarcRecord record;
    record.streamOffset = recordOffset;
    const HeaderBlock header = parseHeaderBlock(QByteArrayView(m_buffer).first(headerEnd + 4), m_position);
    record.headers = header.fields;
    bool lengthOk = false;
    const qint64 contentLength = record.headers.value("Content-Length").trimmed().toLongLong(&lengthOk);
    // Beyond 4 GiB a record cannot be loaded anyway, and the sum below must not overflow.
    if (!lengthOk || contentLength < 0 || contentLength > maxRecordBytes) {
        stop(QStringLiteral("bad-record"),
             QStringLiteral("the WARC record at byte %1 has no valid Content-Length").arg(recordOffset),
             recordOffset);
        return std::nullopt;
    }
    const qsizetype headerBytes = headerEnd + 4 - m_position;   // fill() may move m_position
    if (!fill(headerBytes + contentLength)) {
        const qsizetype present = qMax<qsizetype>(0, m_buffer.size() - m_position - headerBytes);
        if (!m_problem || m_problem->code == QLatin1String("truncated-gzip")) {
            const QString gzipNote = m_problem ? QStringLiteral(" (%1)").arg(m_problem->message) : QString();
            stop(QStringLiteral("truncated-record"),
                 QStringLiteral("the WARC record at byte %1 is truncated: %2 of its %3 content bytes are present%4")
                     .arg(recordOffset).arg(present).arg(contentLength).arg(gzipNote),
                 recordOffset);
        }
        return std::nullopt;
    }
    record.block = m_buffer.mid(m_position + headerBytes, contentLength);
    m_position += headerBytes + contentLength;
    return record;
}

} // namespace galley
