#include "load/page.h"

#include "load/text_codec.h"

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

qint64 Page::sourceByteOffset(qsizetype utf16Offset) const
{
    if (format != PageFormat::Text || utf16Offset < 0 || utf16Offset > content.size())
        return -1;
    if (byteCheckpoints.isEmpty())
        return -1;
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
