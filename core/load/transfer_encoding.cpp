#include "load/transfer_encoding.h"

namespace galley {

namespace {

int hexValue(char c)
{
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    return -1;
}

} // namespace

QByteArray decodeQuotedPrintable(QByteArrayView encoded)
{
    QByteArray decoded;
    decoded.reserve(encoded.size());
    const qsizetype size = encoded.size();
    for (qsizetype i = 0; i < size; ++i) {
        const char c = encoded[i];
        if (c != '=') {
            decoded += c;
            continue;
        }
        if (i + 1 < size && encoded[i + 1] == '\n') {
            i += 1;   // soft line break (LF)
            continue;
        }
        if (i + 2 < size && encoded[i + 1] == '\r' && encoded[i + 2] == '\n') {
            i += 2;   // soft line break (CRLF)
            continue;
        }
        const int high = i + 1 < size ? hexValue(encoded[i + 1]) : -1;
        const int low = i + 2 < size ? hexValue(encoded[i + 2]) : -1;
        if (high >= 0 && low >= 0) {
            decoded += char(high * 16 + low);
            i += 2;
        } else {
            decoded += c;
        }
    }
    return decoded;
}

QByteArray decodeTransferEncoding(QByteArrayView body, QByteArrayView encoding)
{
    const QByteArray name = encoding.trimmed().toByteArray().toLower();
    if (name == "quoted-printable")
        return decodeQuotedPrintable(body);
    if (name == "base64")
        return QByteArray::fromBase64(body.toByteArray());   // skips line breaks and stray bytes
    return body.toByteArray();
}

} // namespace galley
