#pragma once

#include <QByteArrayView>
#include <QString>

namespace galley {

// "a PNG image", "a PDF document", ... when the bytes start with a known file signature;
// empty otherwise.
QString knownBinaryKind(QByteArrayView head);

// True when the first bytes are mostly not text: NULs and control characters other than
// tab, line ends, form feed and escape. Text with a UTF-16 byte order mark is text.
bool looksBinary(QByteArrayView head);

// Share of control bytes in the sample looksBinary() reads, in percent.
int controlBytePercent(QByteArrayView head);

// True when the first bytes (after a UTF-8 BOM and whitespace) open an HTML document: a
// doctype, <html>, <head>, <body>, a comment or an XML declaration (XHTML). Used for files
// without a telling extension and for WARC payloads without a usable Content-Type.
bool sniffsAsHtml(QByteArrayView head);

} // namespace galley
