#pragma once

#include "load/header_fields.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace galley {

// An HTTP response as a WARC response record stores it.
struct HttpResponse
{
    int status = 0;             // 200, 404, ...; 0 when the status line is unreadable
    HeaderFields headers;
    QByteArray rawBody;         // as transmitted: possibly chunked and compressed
};

// Splits a response into status line, headers and body. False when `message` does not
// start with an HTTP status line.
bool parseHttpResponse(const QByteArray &message, HttpResponse &response);

struct HttpBody
{
    QByteArray bytes;           // what a browser would get after Transfer- and Content-Encoding
    QStringList problems;       // one sentence each: truncated chunk, corrupt gzip, ...
    bool usable = true;         // false when the encoding could not be undone at all
};

// Undoes Transfer-Encoding: chunked, then Content-Encoding gzip / deflate (br is reported).
HttpBody decodeHttpBody(const HttpResponse &response);

// Reassembles a chunked body; problems names a malformed or missing chunk.
QByteArray dechunk(const QByteArray &chunked, QStringList &problems);

} // namespace galley
