#pragma once

#include <QByteArrayView>
#include <QStringList>

namespace galley {

// Where a value sits in the raw bytes of a JSON document, for error messages: QJsonDocument
// keeps no positions. `pointer` is a JSON Pointer (RFC 6901) split into its reference tokens
// ("spans", "3", "start"). When the path leaves the document (a missing key, an index past the
// end, a value of the wrong kind), the position of the deepest value that exists is returned.
// Offsets are bytes into `json`.
qsizetype jsonValueOffset(QByteArrayView json, const QStringList &pointer);

// 1-based line of a byte offset: one more than the line feeds before it.
int lineAtByteOffset(QByteArrayView bytes, qsizetype byteOffset);

// "/spans/3/start" for {"spans", "3", "start"}, escaping "~" and "/" as RFC 6901 does.
QString jsonPointerText(const QStringList &pointer);

} // namespace galley
