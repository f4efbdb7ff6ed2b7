#include "load/mhtml_loader.h"

#include "load/decoding_report.h"
#include "load/header_fields.h"
#include "load/html_loader.h"
#include "load/transfer_encoding.h"

#include <QByteArrayMatcher>
#include <QUrl>

namespace galley {

namespace {

struct MimePart
{
    HeaderFields headers;
    QByteArray body;            // transfer encoding undone
    qint64 fileOffset = -1;     // where the part's headers start, in bytes
};

struct Multipart
{
    QList<MimePart> parts;
    bool closed = false;        // the closing "--boundary--" was found
};

LoadError mimeError(const QString &path, const QString &message, qint64 byteOffset = -1)
{
    return {path, QStringLiteral("bad-mime"), message, byteOffset, {}};
}

MimePart readPart(const QByteArray &bytes, qsizetype from, qsizetype to)
{
    MimePart part;
    part.fileOffset = from;
    const QByteArrayView view = QByteArrayView(bytes).first(to);
    const HeaderBlock block = parseHeaderBlock(view, from);
    part.headers = block.fields;
    if (block.bodyOffset >= 0) {
        part.body = decodeTransferEncoding(view.sliced(block.bodyOffset),
                                           part.headers.value("Content-Transfer-Encoding"));
    }
    return part;
}

// Splits the body at lines starting with "--boundary" (linear: one matcher pass).
Multipart splitMultipart(const QByteArray &bytes, qsizetype bodyOffset, const QByteArray &boundary)
{
    Multipart multipart;
    const QByteArray delimiter = "--" + boundary;
    const QByteArrayMatcher matcher(delimiter);
    qsizetype partStart = -1;
    for (qsizetype at = matcher.indexIn(bytes, bodyOffset); at >= 0;
         at = matcher.indexIn(bytes, at + delimiter.size())) {
        if (at != bodyOffset && bytes[at - 1] != '\n')
            continue;   // the boundary text inside a line is content
        if (partStart >= 0) {
            qsizetype partEnd = at - 1;   // the line break before a delimiter belongs to it
            if (partEnd > partStart && bytes[partEnd - 1] == '\r')
                --partEnd;
            multipart.parts.append(readPart(bytes, partStart, qMax(partStart, partEnd)));
        }
        const qsizetype afterDelimiter = at + delimiter.size();
        if (QByteArrayView(bytes).sliced(afterDelimiter).startsWith("--")) {
            multipart.closed = true;
            return multipart;
        }
        const qsizetype lineEnd = bytes.indexOf('\n', afterDelimiter);
        partStart = lineEnd < 0 ? bytes.size() : lineEnd + 1;
    }
    if (partStart >= 0 && partStart < bytes.size())
        multipart.parts.append(readPart(bytes, partStart, bytes.size()));
    return multipart;
}

QString resourceKey(const QByteArray &location, const QUrl &base)
{
    const QString text = QString::fromUtf8(location);
    const QUrl url(text);
    if (url.isRelative() && base.isValid())
        return base.resolved(url).toString();
    return text;
}

bool isHtml(const MimePart &part)
{
    const QByteArray type = mediaType(part.headers.value("Content-Type"));
    return type == "text/html" || type == "application/xhtml+xml";
}

} // namespace

Expected<Page, LoadError> loadMhtmlFile(const QByteArray &bytes, const QString &path)
{
    const HeaderBlock top = parseHeaderBlock(bytes);
    if (top.bodyOffset < 0 || !top.fields.contains("Content-Type"))
        return mimeError(path, QStringLiteral("is not an MHTML archive: the MIME headers or their Content-Type are missing"));
    const QByteArray contentType = top.fields.value("Content-Type");

    Multipart multipart;
    if (mediaType(contentType).startsWith("multipart/")) {
        const QByteArray boundary = headerParameter(contentType, "boundary");
        if (boundary.isEmpty())
            return mimeError(path, QStringLiteral("broken MIME structure: the multipart Content-Type has no boundary"));
        multipart = splitMultipart(bytes, top.bodyOffset, boundary);
        if (multipart.parts.isEmpty()) {
            return mimeError(path, QStringLiteral("broken MIME boundary: the boundary \"%1\" never starts a line")
                                       .arg(QString::fromLatin1(boundary)));
        }
    } else {
        // A single-part archive: the top-level headers describe the document itself.
        multipart.parts.append(readPart(bytes, 0, bytes.size()));
        multipart.closed = true;
    }

    const QByteArray snapshotLocation = top.fields.value("Snapshot-Content-Location");
    qsizetype mainIndex = -1;
    for (qsizetype i = 0; i < multipart.parts.size(); ++i) {
        if (!isHtml(multipart.parts[i]))
            continue;
        if (mainIndex < 0)
            mainIndex = i;
        if (!snapshotLocation.isEmpty()
            && multipart.parts[i].headers.value("Content-Location") == snapshotLocation) {
            mainIndex = i;
            break;
        }
    }
    if (mainIndex < 0)
        return LoadError{path, QStringLiteral("no-html"),
                         QStringLiteral("the MHTML archive has no text/html part (%1 parts read)")
                             .arg(multipart.parts.size()),
                         -1, {}};

    const MimePart &main = multipart.parts[mainIndex];
    Expected<Page, LoadError> decoded =
        decodeHtmlPage(main.body, path, headerParameter(main.headers.value("Content-Type"), "charset"));
    if (!decoded)
        return decoded;
    Page page = std::move(decoded.value());
    relocateDiagnostics(page.diagnostics, main.fileOffset, QStringLiteral("the decoded HTML part"));
    page.format = PageFormat::Mhtml;
    page.url = QString::fromUtf8(snapshotLocation.isEmpty() ? main.headers.value("Content-Location")
                                                            : snapshotLocation);
    const QUrl base(page.url);
    for (qsizetype i = 0; i < multipart.parts.size(); ++i) {
        if (i == mainIndex)
            continue;
        const MimePart &part = multipart.parts[i];
        Resource resource;
        resource.contentType = QString::fromLatin1(mediaType(part.headers.value("Content-Type")));
        resource.body = part.body;
        if (const QByteArray location = part.headers.value("Content-Location"); !location.isEmpty()) {
            resource.url = resourceKey(location, base);
            page.resources.insert(resource.url, resource);
        }
        if (QByteArray id = part.headers.value("Content-ID"); !id.isEmpty()) {
            if (id.startsWith('<') && id.endsWith('>'))
                id = id.mid(1, id.size() - 2);
            resource.url = QStringLiteral("cid:") + QString::fromUtf8(id);
            page.resources.insert(resource.url, resource);
        }
    }
    if (!multipart.closed) {
        page.diagnostics.append({Diagnostic::Severity::Warning, QStringLiteral("truncated"),
                                 QStringLiteral("the MHTML archive has no closing boundary; it may be "
                                                "truncated (the last part may be incomplete)"),
                                 bytes.size(), {}});
    }
    return page;
}

} // namespace galley
