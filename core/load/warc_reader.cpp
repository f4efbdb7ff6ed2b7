#include "load/warc_reader.h"

#include "util/gzip.h"

#include <zlib.h>

namespace galley {

namespace {

constexpr qsizetype compactThresholdBytes = 1024 * 1024;
constexpr qint64 maxRecordBytes = qint64(4) * 1024 * 1024 * 1024;

} // namespace

struct WarcReader::Inflater
{
    z_stream stream{};
    bool initialised = false;
    bool inMember = false;
    qint64 memberStart = -1;   // file offset of the member being inflated
    ~Inflater()
    {
        if (initialised)
            inflateEnd(&stream);
    }
};

WarcReader::WarcReader(QByteArray file, qint64 maxBlockBytes)
    : m_file(std::move(file))
    , m_maxBlockBytes(maxBlockBytes)
    , m_compressed(looksGzipped(m_file))
    , m_inflater(std::make_unique<Inflater>())
{
    if (!m_compressed) {
        m_buffer = m_file;   // shares the data
        m_fileOffset = m_file.size();
    }
}

WarcReader::~WarcReader() = default;

qint64 WarcReader::inflateInto(char *out, qint64 capacity)
{
    Inflater &z = *m_inflater;
    if (!z.inMember) {
        while (m_fileOffset < m_file.size() && m_file[m_fileOffset] == 0)
            ++m_fileOffset;   // zero padding between members
        if (m_fileOffset >= m_file.size())
            return -1;
        const int status = z.initialised ? inflateReset2(&z.stream, 16 + MAX_WBITS)
                                         : inflateInit2(&z.stream, 16 + MAX_WBITS);
        if (status != Z_OK) {
            stop(QStringLiteral("truncated-gzip"), QStringLiteral("zlib could not be initialised"), m_fileOffset);
            return -1;
        }
        z.initialised = true;
        z.inMember = true;
        z.memberStart = m_fileOffset;
    }
    const qint64 remaining = m_file.size() - m_fileOffset;
    z.stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(m_file.constData() + m_fileOffset));
    z.stream.avail_in = uInt(qMin<qint64>(remaining, 1 << 30));
    z.stream.next_out = reinterpret_cast<Bytef *>(out);
    z.stream.avail_out = uInt(qMin<qint64>(capacity, 1 << 30));
    const uInt availInBefore = z.stream.avail_in;
    const uInt availOutBefore = z.stream.avail_out;
    const int status = inflate(&z.stream, Z_NO_FLUSH);
    m_fileOffset += availInBefore - z.stream.avail_in;
    const qint64 produced = availOutBefore - z.stream.avail_out;
    if (status == Z_STREAM_END) {
        z.inMember = false;
        return produced;
    }
    const bool inputEnded = m_fileOffset >= m_file.size() && z.stream.avail_in == 0;
    if (status == Z_OK && !(inputEnded && produced == 0))
        return produced;
    if (status == Z_BUF_ERROR && !inputEnded)
        return produced;
    const QString error = (status == Z_DATA_ERROR || status == Z_NEED_DICT)
        ? QStringLiteral("corrupt compressed data: %1").arg(QString::fromLatin1(z.stream.msg ? z.stream.msg : "bad data"))
        : QStringLiteral("truncated compressed stream");
    const qint64 at = z.memberStart;
    z.inMember = false;
    m_fileOffset = m_file.size();
    m_problem = Diagnostic{Diagnostic::Severity::Warning, QStringLiteral("truncated-gzip"),
                           QStringLiteral("the gzip member starting at file byte %1 is damaged (%2); "
                                          "the records before it were read").arg(at).arg(error),
                           at, {}};
    // What was inflated before the damage is still handed out.
    return produced > 0 ? produced : -1;
}

bool WarcReader::skip(qint64 bytes)
{
    const qint64 buffered = qMin<qint64>(bytes, m_buffer.size() - m_position);
    m_position += buffered;
    bytes -= buffered;
    if (bytes == 0)
        return true;
    if (!m_compressed)
        return false;
    m_bufferStreamOffset += m_buffer.size();
    m_buffer.clear();
    m_position = 0;
    QByteArray scratch(256 * 1024, Qt::Uninitialized);
    while (bytes > 0) {
        const qint64 produced = inflateInto(scratch.data(), qMin<qint64>(bytes, scratch.size()));
        if (produced < 0)
            return false;
        bytes -= produced;
        m_bufferStreamOffset += produced;
    }
    return true;
}

void WarcReader::stop(QString code, QString message, qint64 byteOffset)
{
    m_problem = Diagnostic{Diagnostic::Severity::Warning, std::move(code), std::move(message), byteOffset, {}};
    m_fileOffset = m_file.size();
    m_position = m_buffer.size();
}

bool WarcReader::fill(qsizetype wantedBytes)
{
    while (m_buffer.size() - m_position < wantedBytes
           && (m_fileOffset < m_file.size() || (m_compressed && m_inflater->inMember))) {
        if (m_position > compactThresholdBytes) {
            m_buffer.remove(0, m_position);
            m_bufferStreamOffset += m_position;
            m_position = 0;
        }
        const qsizetype before = m_buffer.size();
        const qsizetype chunk = qMax<qsizetype>(256 * 1024, qMin<qsizetype>(wantedBytes - (before - m_position),
                                                                           64 * 1024 * 1024));
        m_buffer.resize(before + chunk);
        const qint64 produced = inflateInto(m_buffer.data() + before, chunk);
        m_buffer.resize(before + qMax<qint64>(0, produced));
        if (produced < 0 || m_problem)
            break;
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
    if (!fill(5) && m_problem)
        return std::nullopt;
    if (!QByteArrayView(m_buffer).sliced(m_position).startsWith("WARC/")) {
        if (m_compressed && m_inflater->inMember)
            fill(m_buffer.size() - m_position + 64 * 1024);   // a damaged member is the better report
        if (m_problem)
            return std::nullopt;   // damaged compressed data: that is the problem to report
        stop(QStringLiteral("not-warc"),
             recordOffset == 0 ? QStringLiteral("is not a WARC file: it does not start with a WARC/1.x record header")
                               : QStringLiteral("no WARC record starts at byte %1").arg(recordOffset),
             recordOffset);
        return std::nullopt;
    }
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
    if (contentLength > m_maxBlockBytes) {
        m_position += headerBytes;
        if (!skip(contentLength)) {
            if (!m_problem || m_problem->code == QLatin1String("truncated-gzip"))
                stop(QStringLiteral("truncated-record"),
                     QStringLiteral("the WARC record at byte %1 is truncated: fewer than its %2 content bytes are present")
                         .arg(recordOffset).arg(contentLength),
                     recordOffset);
            return std::nullopt;
        }
        record.skippedBlockBytes = contentLength;
        return record;
    }
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
