#include "extract/paragraph_datelines.h"

#include "extract/text_layout_cues.h"
#include "extract/text_segments.h"

namespace galley {

namespace {

constexpr int kDatelineParagraphs = 2;

Block sliceOf(const Block &block, qsizetype start, qsizetype end)
{
    const AlignedText part = AlignedText{block.text, block.runs}.mid(start, end);
    Block slice = block;
    slice.text = part.text;
    slice.runs = part.runs;
    return slice;
}

} // namespace

void splitParagraphDatelines(QList<Block> &blocks)
{
    int paragraphs = 0;
    for (qsizetype i = 0; i < blocks.size() && paragraphs < kDatelineParagraphs; ++i) {
        if (blocks.at(i).isBoilerplate())
            continue;
        if (blocks.at(i).kind != BlockKind::Paragraph) {
            if (paragraphs > 0)
                break;   // a heading or list after the first paragraph: the lead is over
            continue;
        }
        ++paragraphs;
        const Block paragraph = blocks.at(i);
        const std::optional<Dateline> dateline = leadingDateline(paragraph.text);
        if (!dateline || dateline->length >= paragraph.text.size())
            continue;
        Block prefix = sliceOf(paragraph, 0, QStringView(paragraph.text).left(dateline->length).trimmed().size());
        prefix.kind = BlockKind::Boilerplate;
        prefix.boilerplateReason = QStringLiteral("dateline");
        blocks[i] = sliceOf(paragraph, dateline->length, paragraph.text.size());
        blocks.insert(i, prefix);
        return;
    }
}

} // namespace galley
