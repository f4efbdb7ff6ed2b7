#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

namespace galley {

// RFC 822-style header fields (MIME parts, HTTP messages, WARC records), in file order.
class HeaderFields
{
public:
    struct Field
    {
        QByteArray name;
        QByteArray value;   // continuation lines unfolded, surrounding whitespace trimmed
    };

    void append(QByteArray name, QByteArray value);
    void continueLastValue(QByteArrayView continuation);   // a folded header line
    QByteArray value(QByteArrayView name) const;   // first field of that name (any case); empty if absent
    bool contains(QByteArrayView name) const;
    const QList<Field> &fields() const { return m_fields; }

private:
    QList<Field> m_fields;
};

struct HeaderBlock
{
    HeaderFields fields;
    qsizetype bodyOffset = -1;   // in bytes, just past the blank line; -1 when the block never ends
};

// Reads header lines from `from` up to the first empty line (CRLF or LF line ends).
// Lines starting with a space or tab continue the previous field.
HeaderBlock parseHeaderBlock(QByteArrayView bytes, qsizetype from = 0);

// "text/html; charset=\"utf-8\"" → "text/html"; lower-case, no parameters.
QByteArray mediaType(QByteArrayView headerValue);

// A parameter of a structured header value, quotes removed: headerParameter(v, "boundary").
QByteArray headerParameter(QByteArrayView headerValue, QByteArrayView name);

} // namespace galley
