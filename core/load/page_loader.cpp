#include "load/page_loader.h"

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

bool startsWithIgnoringCase(QByteArrayView text, QByteArrayView prefix)
{
    return text.size() >= prefix.size() && text.first(prefix.size()).compare(prefix, Qt::CaseInsensitive) == 0;
}

bool sniffsAsMhtml(QByteArrayView head)
{
    const HeaderBlock block = parseHeaderBlock(head.first(qMin<qsizetype>(head.size(), 8192)));
    return block.bodyOffset > 0 && mediaType(block.fields.value("Content-Type")).startsWith("multipart/");
}

bool sniffsAsHtml(QByteArrayView head)
{
    QByteArrayView start = head.first(qMin<qsizetype>(head.size(), 1024));
    if (start.startsWith("\xEF\xBB\xBF"))
        start = start.sliced(3);
    start = start.trimmed();
    for (const char *prefix : {"<!doctype html", "<html", "<head", "<body", "<!--", "<?xml"}) {
        if (startsWithIgnoringCase(start, prefix))
            return true;
    }
    return false;
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
    const QString name = path.toLower();
    if (name.endsWith(QLatin1String(".warc")) || name.endsWith(QLatin1String(".warc.gz")))
        return PageFormat::Warc;
    if (name.endsWith(QLatin1String(".mhtml")) || name.endsWith(QLatin1String(".mht")))
        return PageFormat::Mhtml;
    if (name.endsWith(QLatin1String(".html")) || name.endsWith(QLatin1String(".htm"))
        || name.endsWith(QLatin1String(".xhtml")) || name.endsWith(QLatin1String(".shtml")))
        return PageFormat::Html;
    if (name.endsWith(QLatin1String(".txt")) || name.endsWith(QLatin1String(".text")))
        return PageFormat::Text;
    if (looksGzipped(head) || head.startsWith("WARC/"))
        return PageFormat::Warc;
    if (sniffsAsMhtml(head))
        return PageFormat::Mhtml;
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
        return LoadError{name, QStringLiteral("empty"), QStringLiteral("is empty (0 bytes)"), -1, {}};
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
