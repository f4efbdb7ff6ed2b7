#include "load/warc_loader.h"

#include "load/binary_sniff.h"
#include "load/decoding_report.h"
#include "load/html_loader.h"
#include "load/http_message.h"
#include "load/warc_reader.h"

#include <functional>

namespace galley {

namespace {

// Enough of a payload to find its <title> and charset declaration for the record picker.
constexpr qsizetype titleSearchBytes = 64 * 1024;

struct WarcPayload
{
    qint64 recordOffset = -1;   // in the uncompressed stream, in bytes
    QString targetUri;
    QString date;
    QByteArray mediaType;       // lower-case, no parameters
    QByteArray charsetLabel;    // from the HTTP Content-Type
    HttpBody body;
};

QString cleanUri(QByteArray uri)
{
    uri = uri.trimmed();
    if (uri.startsWith('<') && uri.endsWith('>'))   // WARC 1.0 examples wrap it
        uri = uri.mid(1, uri.size() - 2);
    return QString::fromUtf8(uri);
}

// Types a rendered page can use without running anything: style sheets, images, fonts.
bool isRenderableResource(const QByteArray &mediaType)
{
    return mediaType == "text/css" || mediaType.startsWith("image/") || mediaType.startsWith("font/")
        || mediaType.startsWith("application/font-") || mediaType.startsWith("application/x-font-")
        || mediaType == "application/vnd.ms-fontobject";
}

QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1024 * 1024), 'f', 1) + QStringLiteral(" MB");
}

bool isHtmlPayload(const WarcPayload &payload)
{
    if (payload.mediaType == "text/html" || payload.mediaType == "application/xhtml+xml")
        return true;
    const bool untyped = payload.mediaType.isEmpty() || payload.mediaType == "application/octet-stream"
        || payload.mediaType == "unknown/unknown" || payload.mediaType == "application/x-unknown-content-type";
    return untyped && sniffsAsHtml(payload.body.bytes);
}

// The payload of a response or resource record; nullopt for requests, metadata, revisits, ...
std::optional<WarcPayload> payloadOf(const WarcRecord &record)
{
    const QByteArray type = record.headers.value("WARC-Type").trimmed().toLower();
    WarcPayload payload;
    payload.recordOffset = record.streamOffset;
    payload.targetUri = cleanUri(record.headers.value("WARC-Target-URI"));
    payload.date = QString::fromLatin1(record.headers.value("WARC-Date").trimmed());
    if (type == "resource") {
        const QByteArray contentType = record.headers.value("Content-Type");
        payload.mediaType = mediaType(contentType);
        payload.charsetLabel = headerParameter(contentType, "charset");
        payload.body.bytes = record.block;
        return payload;
    }
    if (type != "response")
        return std::nullopt;
    HttpResponse response;
    if (!parseHttpResponse(record.block, response))
        return std::nullopt;   // DNS or other non-HTTP responses
    const QByteArray contentType = response.headers.value("Content-Type");
    payload.mediaType = mediaType(contentType);
    payload.charsetLabel = headerParameter(contentType, "charset");
    payload.body = decodeHttpBody(response);
    return payload;
}

Diagnostic recordDiagnostic(const WarcPayload &payload, const QString &problem)
{
    return {Diagnostic::Severity::Warning, QStringLiteral("warc-payload"),
            QStringLiteral("record %1: %2").arg(payload.targetUri, problem), payload.recordOffset, {}};
}

struct WarcScan
{
    int htmlRecords = 0;
    int allRecords = 0;
    Diagnostics fileDiagnostics;   // problems not tied to one page: damage, skipped records
};

// Reads every record once; calls onHtml for each usable HTML payload (with its index among
// them) and onOther for every other usable payload.
WarcScan scanWarc(const QByteArray &bytes, qint64 maxRecordBytes,
                  const std::function<void(int, WarcPayload &)> &onHtml,
                  const std::function<void(WarcPayload &, Diagnostics &)> &onOther)
{
    WarcScan scan;
    WarcReader reader(bytes, maxRecordBytes);
    while (std::optional<WarcRecord> record = reader.next()) {
        ++scan.allRecords;
        if (record->skippedBlockBytes > 0) {
            scan.fileDiagnostics.append(
                {Diagnostic::Severity::Warning, QStringLiteral("warc-record-skipped"),
                 QStringLiteral("record %1: its block of %2 is larger than the %3 Galley reads from one record; skipped")
                     .arg(cleanUri(record->headers.value("WARC-Target-URI")), megabytes(record->skippedBlockBytes),
                          megabytes(maxRecordBytes)),
                 record->streamOffset, {}});
            continue;
        }
        std::optional<WarcPayload> payload = payloadOf(*record);
        record.reset();   // the block is no longer needed: keep memory to one record
        if (!payload)
            continue;
        const bool html = isHtmlPayload(*payload);
        if (!payload->body.usable) {
            if (html || payload->mediaType.isEmpty())
                scan.fileDiagnostics.append(recordDiagnostic(*payload, payload->body.problems.join(QStringLiteral("; "))
                                                                       + QStringLiteral("; skipped")));
            continue;
        }
        if (html && payload->body.bytes.trimmed().isEmpty())
            continue;   // an empty body (a redirect, a 304) is no document
        if (html)
            onHtml(scan.htmlRecords++, *payload);
        else if (onOther)
            onOther(*payload, scan.fileDiagnostics);
    }
    if (reader.problem())
        scan.fileDiagnostics.append(*reader.problem());
    return scan;
}

// Parses only up to the first "</title" when there is one: gumbo still decides what the
// title is, but a picker over thousands of records need not parse whole heads.
QString payloadTitle(const WarcPayload &payload, const QString &path)
{
    const QByteArray head = payload.body.bytes.left(titleSearchBytes);
    qsizetype titleEnd = -1;
    for (const char *endTag : {"</title", "</TITLE", "</Title"}) {
        const qsizetype at = head.indexOf(endTag);
        if (at >= 0 && (titleEnd < 0 || at < titleEnd))
            titleEnd = at;
    }
    if (titleEnd >= 0) {
        const QByteArray upToTitleBytes = head.left(titleEnd + 8);
        QByteArray label = payload.charsetLabel;
        // A <meta charset> after the title still decides how the title's bytes read.
        if (label.isEmpty() && !upToTitleBytes.isValidUtf8())
            label = metaDeclaredEncoding(head).toLatin1();
        const Expected<Page, LoadError> upToTitle = decodeHtmlPage(upToTitleBytes, path, label);
        if (upToTitle && upToTitle->dom && !upToTitle->dom->title().isEmpty())
            return upToTitle->dom->title();
    }
    const Expected<Page, LoadError> page = decodeHtmlPage(head, path, payload.charsetLabel);
    return page && page->dom ? page->dom->title() : QString();
}

LoadError noHtmlError(const QString &path, const WarcScan &scan)
{
    if (scan.allRecords == 0 && !scan.fileDiagnostics.isEmpty()
        && scan.fileDiagnostics.front().code == QLatin1String("not-warc") && scan.fileDiagnostics.front().byteOffset == 0)
        return {path, QStringLiteral("not-warc"), scan.fileDiagnostics.front().message, -1, {}};
    QString message = QStringLiteral("the WARC file has no HTML response record (%1 records read)")
                          .arg(scan.allRecords);
    qint64 offset = -1;
    if (!scan.fileDiagnostics.isEmpty()) {
        message += QStringLiteral("; ") + scan.fileDiagnostics.front().message;
        offset = scan.fileDiagnostics.front().byteOffset;
    }
    return {path, QStringLiteral("no-html-record"), message, offset, {}};
}

} // namespace

Expected<QList<Page>, LoadError> loadWarcFile(const QByteArray &bytes, const QString &path,
                                              const LoadOptions &options)
{
    const int wantedRecord = options.warcRecord;
    QList<Page> pages;
    qint64 resourceBytes = 0;
    QHash<QString, Resource> resources;
    std::optional<LoadError> firstError;
    const auto onHtml = [&](int index, WarcPayload &payload) {
        if (wantedRecord >= 0 && index != wantedRecord)
            return;
        Expected<Page, LoadError> page = decodeHtmlPage(payload.body.bytes, path, payload.charsetLabel);
        if (!page) {
            if (!firstError)
                firstError = page.error();
            return;
        }
        relocateDiagnostics(page->diagnostics, payload.recordOffset, QStringLiteral("the record's payload"));
        page->format = PageFormat::Warc;
        page->record = index;
        page->url = payload.targetUri;
        for (const QString &problem : std::as_const(payload.body.problems))
            page->diagnostics.append(recordDiagnostic(payload, problem));
        pages.append(std::move(page.value()));
    };
    const auto onOther = [&](WarcPayload &payload, Diagnostics &diagnostics) {
        if (payload.targetUri.isEmpty() || !isRenderableResource(payload.mediaType))
            return;   // scripts, media, octet-streams: nothing a page shown without scripts uses
        const qint64 size = payload.body.bytes.size();
        QString problem;
        if (size > options.maxWarcResourceBytes)
            problem = QStringLiteral("its %1 %2 payload is larger than the %3 Galley keeps for one resource; skipped")
                          .arg(megabytes(size), QString::fromLatin1(payload.mediaType), megabytes(options.maxWarcResourceBytes));
        else if (resourceBytes + size > options.maxWarcResourcesTotalBytes)
            problem = QStringLiteral("its %1 payload would take the resources past the %2 Galley keeps in all; skipped")
                          .arg(megabytes(size), megabytes(options.maxWarcResourcesTotalBytes));
        if (!problem.isEmpty()) {
            diagnostics.append(recordDiagnostic(payload, problem));
            return;
        }
        resourceBytes += size;
        resources.insert(payload.targetUri, Resource{payload.targetUri, QString::fromLatin1(payload.mediaType),
                                                     std::move(payload.body.bytes)});
    };
    const WarcScan scan = scanWarc(bytes, options.maxWarcRecordBytes, onHtml, onOther);
    if (scan.htmlRecords == 0)
        return noHtmlError(path, scan);
    if (wantedRecord >= scan.htmlRecords) {
        return LoadError{path, QStringLiteral("record-not-found"),
                         QStringLiteral("the WARC file has %1 HTML record(s); record %2 does not exist")
                             .arg(scan.htmlRecords).arg(wantedRecord),
                         -1, {}};
    }
    if (pages.isEmpty() && firstError)
        return *firstError;
    for (Page &page : pages) {
        page.resources = resources;   // implicitly shared: one copy for all pages
        page.diagnostics += scan.fileDiagnostics;
    }
    return pages;
}

Expected<QList<WarcRecordInfo>, LoadError> listWarcRecordsIn(const QByteArray &bytes, const QString &path,
                                                              const LoadOptions &options)
{
    QList<WarcRecordInfo> infos;
    const auto onHtml = [&](int index, WarcPayload &payload) {
        WarcRecordInfo info;
        info.index = index;
        info.targetUri = payload.targetUri;
        info.date = payload.date;
        info.fileOffset = payload.recordOffset;
        info.payloadBytes = payload.body.bytes.size();
        info.title = payloadTitle(payload, path);
        infos.append(info);
    };
    const WarcScan scan = scanWarc(bytes, options.maxWarcRecordBytes, onHtml, nullptr);
    if (scan.htmlRecords == 0)
        return noHtmlError(path, scan);
    return infos;
}

} // namespace galley
