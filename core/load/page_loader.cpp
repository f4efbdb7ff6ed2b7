#include "load/page_loader.h"

#include "load/binary_sniff.h"
#include "load/header_fields.h"
#include "load/html_loader.h"
#include "load/mhtml_loader.h"
#include "load/page_file.h"
#include "load/text_loader.h"
#include "load/warc_loader.h"
#include "util/gzip.h"

#include <QByteArrayView>

namespace galley {

namespace {

// A MIME header block at the very start declaring a multipart body: multipart/related (what
// browsers write), or any multipart type with a MIME-Version field.
bool sniffsAsMhtml(QByteArrayView head)
{
    const HeaderBlock block = parseHeaderBlock(head.first(qMin<qsizetype>(head.size(), 8192)));
    if (block.bodyOffset <= 0)
        return false;
    const QByteArray type = mediaType(block.fields.value("Content-Type"));
    return type == "multipart/related" || (type.startsWith("multipart/") && block.fields.contains("MIME-Version"));
}

// The first bytes a gzip stream starts with, decompressed (as much as `head` holds).
QByteArray gunzippedStart(const QByteArray &head)
{
    return gunzipMember(head, 0, 16 * 1024 * 1024).data;   // 8 KB of deflate inflates to at most ~8 MB
}

Expected<Page, LoadError> loadSingleDocument(PageFormat format, const QByteArray &bytes, const QString &path)
{
    switch (format) {
    case PageFormat::Mhtml: return loadMhtmlFile(bytes, path);
    case PageFormat::Text: return loadTextFile(bytes, path);
    case PageFormat::Html:
    case PageFormat::Warc: break;
    }
    return loadHtmlFile(bytes, path);
}

} // namespace

PageFormat detectPageFormat(const QString &path, const QByteArray &head)
{
    // Strong signatures first: what a file holds beats what it is called.
    if (head.startsWith("WARC/1."))
        return PageFormat::Warc;
    if (looksGzipped(head)) {
        const QByteArray start = gunzippedStart(head);
        if (start.startsWith("WARC/"))
            return PageFormat::Warc;
        if (sniffsAsHtml(start))
            return PageFormat::Html;   // a .html.gz page
    }
    if (sniffsAsMhtml(head))
        return PageFormat::Mhtml;

    const QString name = path.toLower();
    if (name.endsWith(QLatin1String(".warc")) || name.endsWith(QLatin1String(".warc.gz")))
        return PageFormat::Warc;
    if (name.endsWith(QLatin1String(".mhtml")) || name.endsWith(QLatin1String(".mht")))
        return PageFormat::Mhtml;
    if (name.endsWith(QLatin1String(".html")) || name.endsWith(QLatin1String(".htm"))
        || name.endsWith(QLatin1String(".xhtml")) || name.endsWith(QLatin1String(".shtml"))
        || name.endsWith(QLatin1String(".html.gz")) || name.endsWith(QLatin1String(".htm.gz")))
        return PageFormat::Html;
    if (name.endsWith(QLatin1String(".txt")) || name.endsWith(QLatin1String(".text")))
        return PageFormat::Text;
    if (looksGzipped(head))
        return PageFormat::Warc;
    if (sniffsAsHtml(head))
        return PageFormat::Html;
    return PageFormat::Text;
}

Expected<QList<Page>, LoadError> loadPages(const QString &path, const LoadOptions &options)
{
    Expected<QByteArray, LoadError> bytes = readPageFile(path, options.maxFileBytes);
    if (!bytes)
        return bytes.error();
    const PageFormat format = detectPageFormat(path, bytes->left(8192));
    if (format != PageFormat::Warc && looksGzipped(*bytes)) {
        // A gzip-compressed page (.html.gz): read what it holds, within the same size cap.
        GunzipResult inflated = gunzip(*bytes, options.maxFileBytes);
        if (!inflated.error.isEmpty()) {
            return LoadError{path, QStringLiteral("bad-gzip"),
                             QStringLiteral("is gzip-compressed, but its data cannot be read: %1").arg(inflated.error),
                             inflated.errorOffset, {}};
        }
        bytes = std::move(inflated.data);
        if (bytes->isEmpty())
            return LoadError{path, QStringLiteral("empty"), QStringLiteral("the file is empty (0 bytes) once decompressed"), -1, {}};
    }
    if (std::optional<LoadError> refusal = refuseBinary(*bytes, path, format == PageFormat::Warc))
        return *refusal;

    if (format == PageFormat::Warc)
        return loadWarcFile(*bytes, path, options);
    Expected<Page, LoadError> single = loadSingleDocument(format, *bytes, path);
    if (!single)
        return single.error();
    return QList<Page>{std::move(single.value())};
}

Expected<Page, LoadError> loadPage(const QString &path, const LoadOptions &options)
{
    LoadOptions firstOnly = options;
    if (firstOnly.warcRecord < 0)
        firstOnly.warcRecord = 0;   // decode one WARC record, not all of them
    Expected<QList<Page>, LoadError> pages = loadPages(path, firstOnly);
    if (!pages)
        return pages.error();
    return std::move(pages->front());
}

Expected<Page, LoadError> loadHtmlBytes(const QByteArray &bytes, const QString &name,
                                        const QString &httpContentType)
{
    if (bytes.isEmpty())
        return LoadError{name, QStringLiteral("empty"), QStringLiteral("the file is empty (0 bytes)"), -1, {}};
    if (std::optional<LoadError> refusal = refuseBinary(bytes, name, false))
        return *refusal;
    return decodeHtmlPage(bytes, name, headerParameter(httpContentType.toLatin1(), "charset"));
}

Expected<QList<WarcRecordInfo>, LoadError> listWarcRecords(const QString &path)
{
    Expected<QByteArray, LoadError> bytes = readPageFile(path, LoadOptions{}.maxFileBytes);
    if (!bytes)
        return bytes.error();
    if (std::optional<LoadError> refusal = refuseBinary(*bytes, path, true))
        return *refusal;
    return listWarcRecordsIn(*bytes, path);
}

} // namespace galley
