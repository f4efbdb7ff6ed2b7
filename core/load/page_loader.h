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
