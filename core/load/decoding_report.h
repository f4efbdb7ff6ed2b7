#pragma once

#include "load/diagnostic.h"
#include "load/text_codec.h"

namespace galley {

// Diagnostics a decoded document deserves: invalid byte sequences (count and first byte
// offset in the source file) and NUL bytes. bytesStart: file offset of decoded.text's first byte.
void reportDecodingProblems(const DecodedText &decoded, const QString &encoding,
                            qint64 bytesStart, Diagnostics &diagnostics);

// Info diagnostic telling how the encoding was chosen when nothing declared it.
void reportUndeclaredEncoding(const QString &encoding, const QString &source, Diagnostics &diagnostics);

// Diagnostics found in a document embedded in an archive (an MHTML part, a WARC payload)
// count bytes from the document's start; this re-anchors them at the document's place in
// the file and keeps the inner offset in the message.
void relocateDiagnostics(Diagnostics &diagnostics, qint64 documentFileOffset, const QString &documentName);

} // namespace galley
