#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace galley {

// RFC 2045 quoted-printable: "=XX" is a byte, "=" at a line end is a soft line break.
// A malformed escape is kept as it is (as mail readers do).
QByteArray decodeQuotedPrintable(QByteArrayView encoded);

// Undoes a MIME Content-Transfer-Encoding ("quoted-printable", "base64"; others pass through).
QByteArray decodeTransferEncoding(QByteArrayView body, QByteArrayView encoding);

} // namespace galley
