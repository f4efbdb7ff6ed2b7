#pragma once

#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringView>

namespace galley {

struct DecodedText
{
    QString text;
    qsizetype invalidSequences = 0;     // byte sequences replaced by U+FFFD
    qint64 firstInvalidByteOffset = -1; // in bytes, relative to the decoded input
    bool converterMissing = false;      // ICU has no converter for the encoding
    // Only when asked for: the input byte offset of UTF-16 offset k * checkpointInterval of `text`.
    QList<qint64> byteCheckpoints;
};

// UTF-16 units between two byte checkpoints of a decoded text.
inline constexpr qsizetype checkpointInterval = 64;

// Decodes `bytes` (without a BOM) from `encoding` (an IANA name ICU knows) with ICU.
// Invalid sequences become U+FFFD and are counted.
DecodedText decodeText(QByteArrayView bytes, const QString &encoding, bool withByteCheckpoints = false);

// Bytes `text` takes once encoded in `encoding`; -1 when ICU has no converter for it.
qint64 encodedByteLength(QStringView text, const QString &encoding);

bool isKnownEncoding(const QString &encoding);

} // namespace galley
