#include "load/page.h"

#include "load/text_codec.h"

#include <algorithm>

namespace galley {

QString pageFormatName(PageFormat format)
{
    switch (format) {
    case PageFormat::Html: return QStringLiteral("html");
    case PageFormat::Mhtml: return QStringLiteral("mhtml");
    case PageFormat::Warc: return QStringLiteral("warc");
    case PageFormat::Text: return QStringLiteral("text");
    }
    return {};
}

namespace {

// UTF-8 length of UTF-16 text; a surrogate pair is four bytes, counted at its high half.
qint64 utf8Length(QStringView text)
{
    qint64 bytes = 0;
    for (const QChar c : text) {
        const char16_t unit = c.unicode();
        if (unit < 0x80)
            bytes += 1;
        else if (unit < 0x800)
            bytes += 2;
        else if (QChar::isHighSurrogate(unit))
            bytes += 4;
        else if (!QChar::isLowSurrogate(unit))
            bytes += 3;
    }
    return bytes;
}

} // namespace

qint64 Page::sourceByteOffset(qsizetype utf16Offset) const
{
    if (format != PageFormat::Text || utf16Offset < 0 || utf16Offset > content.size())
        return -1;
    // Without checkpoints (a page built in memory) the source is taken to be UTF-8 without a BOM.
    if (byteCheckpoints.isEmpty())
        return utf8Length(QStringView(content).left(utf16Offset));
    // The end of a text whose length is a multiple of the interval has no checkpoint of its own.
    const qsizetype checkpoint = qMin(utf16Offset / checkpointInterval, byteCheckpoints.size() - 1);
    // A checkpoint inside a surrogate pair holds the pair's start, and so does an offset
    // between the two halves: re-encode whole characters only.
    qsizetype from = checkpoint * checkpointInterval;
    if (from > 0 && from < content.size() && content.at(from).isLowSurrogate()
        && content.at(from - 1).isHighSurrogate())
        --from;
    qsizetype to = utf16Offset;
    if (to > 0 && to < content.size() && content.at(to).isLowSurrogate()
        && content.at(to - 1).isHighSurrogate())
        --to;
    if (to <= from)
        return byteCheckpoints[checkpoint];
    const qint64 remainderBytes = encodedByteLength(QStringView(content).sliced(from, to - from), charset);
    return remainderBytes < 0 ? -1 : byteCheckpoints[checkpoint] + remainderBytes;
}

} // namespace galley
