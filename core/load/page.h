#pragma once

#include "load/diagnostic.h"
#include "load/html_document.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <memory>

namespace galley {

enum class PageFormat { Html, Mhtml, Warc, Text };

QString pageFormatName(PageFormat format);   // "html", "mhtml", "warc", "text"

// A sub-resource carried inside an archive (MHTML part, WARC response).
struct Resource
{
    QString url;            // absolute URL as the archive names it (or "cid:...")
    QString contentType;    // MIME type without parameters, lower-case
    QByteArray body;        // decoded transfer/content encoding: the bytes a browser would get
};

// One document found in a saved page: decoded, parsed when it is HTML, with the local
// resources it may use. A WARC file yields one Page per HTML response record.
struct Page
{
    QString sourcePath;           // the file the user opened
    PageFormat format = PageFormat::Html;
    int record = -1;              // WARC: index among the file's HTML response records (0-based); else -1
    QString url;                  // original address if the save records it (WARC-Target-URI, MHTML
                                  // Snapshot-Content-Location / Content-Location); may be empty
    QString charset;              // encoding used to decode, IANA name, e.g. "UTF-8", "windows-1251"
    QString charsetSource;        // "bom", "http", "meta", "detected" or "default"
    QString content;              // decoded HTML markup, or the text of a text copy
    std::shared_ptr<const HtmlDocument> dom;  // parse of `content`; null for text copies
    QString resourceRoot;         // HTML on disk: the folder the page may read files from; else empty
    QHash<QString, Resource> resources;       // MHTML/WARC: sub-resources by absolute URL
    QByteArray contentHash;       // SHA-256 of the document's source bytes (before decoding)
    Diagnostics diagnostics;

    // Text copies: byte offset in the source file of a UTF-16 offset into `content`.
    // -1 for other formats or out of range.
    qint64 sourceByteOffset(qsizetype utf16Offset) const;

    // Filled by the text loader: byte offset at every 64th UTF-16 offset of `content`,
    // the rest is found by re-encoding at most 63 UTF-16 units. Exact, except after an
    // invalid byte sequence (decoded as U+FFFD) within the same 64 units.
    QList<qint64> byteCheckpoints;
};

} // namespace galley
