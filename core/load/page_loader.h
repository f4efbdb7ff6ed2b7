#pragma once

#include "load/load_error.h"
#include "load/page.h"
#include "util/expected.h"

#include <QList>
#include <QString>

namespace galley {

struct LoadOptions
{
    int warcRecord = -1;                        // load only this WARC record; -1: all HTML records
    qint64 maxFileBytes = 512LL * 1024 * 1024;  // larger files are refused with an error
    // WARC files: a record block larger than this is skipped unread (inflated and dropped);
    // it bounds the memory one record takes while the file is scanned.
    qint64 maxWarcRecordBytes = 128LL * 1024 * 1024;
    // WARC files: non-HTML payloads a page can render (CSS, images, fonts) are kept as the
    // pages' resources up to this size each and this much in all; others are skipped with a
    // diagnostic naming the record. Other types (scripts, video, octet-streams) are not kept.
    qint64 maxWarcResourceBytes = 32LL * 1024 * 1024;
    qint64 maxWarcResourcesTotalBytes = 256LL * 1024 * 1024;
};

// One HTML response record of a WARC file, for the record picker.
struct WarcRecordInfo
{
    int index = -1;          // as in Page::record
    QString targetUri;       // WARC-Target-URI
    QString date;            // WARC-Date, ISO 8601
    QString title;           // <title> of the payload, may be empty
    qint64 fileOffset = -1;  // where the record starts in the (uncompressed) WARC stream, in bytes
    qint64 payloadBytes = 0; // size of the decoded HTML payload
};

// Guesses the format from the name and, when that is unclear, from the first bytes.
PageFormat detectPageFormat(const QString &path, const QByteArray &head);

// Every document in the file (one for HTML, MHTML and text; each HTML response of a WARC).
Expected<QList<Page>, LoadError> loadPages(const QString &path, const LoadOptions &options = {});

// The first (or the chosen WARC) document.
Expected<Page, LoadError> loadPage(const QString &path, const LoadOptions &options = {});

// Decodes and parses bytes already in memory; `name` is used in messages and as sourcePath.
Expected<Page, LoadError> loadHtmlBytes(const QByteArray &bytes, const QString &name,
                                        const QString &httpContentType = {});

Expected<QList<WarcRecordInfo>, LoadError> listWarcRecords(const QString &path);

} // namespace galley
