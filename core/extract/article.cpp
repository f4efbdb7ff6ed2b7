#include "extract/article.h"

#include <algorithm>

namespace galley {

QString blockKindName(BlockKind kind)
{
    switch (kind) {
    case BlockKind::Paragraph: return QStringLiteral("paragraph");
    case BlockKind::Heading: return QStringLiteral("heading");
    case BlockKind::ListItem: return QStringLiteral("list-item");
    case BlockKind::Blockquote: return QStringLiteral("blockquote");
    case BlockKind::Caption: return QStringLiteral("caption");
    case BlockKind::Preformatted: return QStringLiteral("preformatted");
    case BlockKind::Boilerplate: return QStringLiteral("boilerplate");
    }
    return {};
}

std::optional<TextOrigin> Block::origin(int textOffset, const QStringList &nodePaths,
                                        const Page &page) const
{
    auto after = std::upper_bound(runs.begin(), runs.end(), textOffset,
                                  [](int offset, const AlignmentRun &run) { return offset < run.textStart; });
    if (after == runs.begin())
        return std::nullopt;
    const AlignmentRun &run = *(after - 1);
    if (textOffset >= run.textStart + run.length)
        return std::nullopt;
    const int sourceOffset = run.sourceStart + (textOffset - run.textStart);
    TextOrigin origin;
    if (run.node >= 0 && run.node < nodePaths.size()) {
        origin.nodePath = nodePaths.at(run.node);
        origin.nodeOffset = sourceOffset;
    } else {
        origin.contentOffset = sourceOffset;
        origin.byteOffset = page.sourceByteOffset(sourceOffset);
    }
    return origin;
}

QList<const Block *> Article::bodyBlocks() const
{
    QList<const Block *> result;
    for (const Block &block : blocks) {
        if (!block.isBoilerplate())
            result.append(&block);
    }
    return result;
}

std::optional<TextOrigin> Article::origin(int textOffset, const Page &page) const
{
    for (const Block &block : blocks) {
        if (!block.isBoilerplate() && textOffset >= block.start && textOffset < block.end)
            return block.origin(textOffset - block.start, nodePaths, page);
    }
    return std::nullopt;
}

void Article::rebuildText()
{
    text.clear();
    for (Block &block : blocks) {
        if (block.isBoilerplate()) {
            block.start = block.end = -1;
            continue;
        }
        if (!text.isEmpty())
            text += QStringLiteral("\n\n");
        block.start = int(text.size());
        text += block.text;
        block.end = int(text.size());
    }
}

} // namespace galley
