#include "load/page.h"

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

constexpr qsizetype kCheckpointInterval = 64;   // UTF-16 units between byteCheckpoints entries

} // namespace

qint64 Page::sourceByteOffset(qsizetype utf16Offset) const
{
    if (format != PageFormat::Text || utf16Offset < 0 || utf16Offset > content.size())
        return -1;
    // Without checkpoints (a page built in memory) the source is taken to be UTF-8 without a BOM.
    const qsizetype checkpoint = std::min(utf16Offset / kCheckpointInterval, byteCheckpoints.size() - 1);
    if (checkpoint < 0)
        return utf8Length(QStringView(content).left(utf16Offset));
    const qsizetype from = checkpoint * kCheckpointInterval;
    return byteCheckpoints.at(checkpoint) + utf8Length(QStringView(content).mid(from, utf16Offset - from));
}

} // namespace galley
