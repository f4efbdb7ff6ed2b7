#pragma once

#include "load/diagnostic.h"
#include "load/page.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace galley {

enum class BlockKind { Paragraph, Heading, ListItem, Blockquote, Caption, Preformatted, Boilerplate };

QString blockKindName(BlockKind kind);   // "paragraph", "heading", "list-item", "blockquote",
                                         // "caption", "preformatted", "boilerplate"

// A stretch of a block's text that is a verbatim copy of a stretch of the source.
// Collapsed whitespace is a run of length 1 pointing at the first whitespace character.
struct AlignmentRun
{
    int textStart = 0;     // UTF-16 offset into Block::text
    int length = 0;        // UTF-16 units, the same in text and source
    int node = -1;         // index into Article::nodePaths; -1 for text copies
    int sourceStart = 0;   // UTF-16 offset into that DOM text node's data, or for text copies
                           // into Page::content
};

// Where one character of the extracted text came from.
struct TextOrigin
{
    QString nodePath;        // HTML-based pages: DOM text node path (see HtmlDocument); else empty
    int nodeOffset = -1;     // UTF-16 offset into the node's data; -1 for text copies
    int contentOffset = -1;  // text copies: UTF-16 offset into Page::content; else -1
    qint64 byteOffset = -1;  // text copies: byte offset in the source file; else -1
};

struct Block
{
    BlockKind kind = BlockKind::Paragraph;
    BlockKind contentKind = BlockKind::Paragraph; // what the block is structurally; for boilerplate,
                                                  // the kind it gets back if a reviewer pulls it in
    QString boilerplateReason;   // boilerplate only: "navigation", "share", "related", "comments",
                                 // "cookie-banner", "advertisement", "newsletter", "footer",
                                 // "caption-credit", "metadata", "clock", "tags", "low-text", ...
    QString text;                // whitespace-normalised text of the block
    int start = -1;              // body blocks: UTF-16 offsets into Article::text, end exclusive;
    int end = -1;                // -1 for boilerplate blocks (they are not in the body text)
    int headingLevel = 0;        // 1..6 for headings
    QList<AlignmentRun> runs;    // sorted by textStart

    bool isBoilerplate() const { return kind == BlockKind::Boilerplate; }
    std::optional<TextOrigin> origin(int textOffset, const QStringList &nodePaths,
                                     const Page &page) const;
};

struct Article
{
    QString sourcePath;
    PageFormat format = PageFormat::Html;
    int record = -1;

    QString title;
    QStringList byline;          // author names, in page order
    QString published;           // ISO 8601 date or date-time; empty when unknown
    QString site;
    QString language;            // BCP 47, e.g. "en"; empty when unknown
    QString leadImageCaption;
    QString leadImageCredit;

    QString text;                // body blocks joined by a blank line ("\n\n")
    QList<Block> blocks;         // every block in page order, boilerplate included
    QStringList nodePaths;       // table referenced by AlignmentRun::node
    Diagnostics diagnostics;

    QList<const Block *> bodyBlocks() const;
    // Origin of a UTF-16 offset into `text`; nullopt for separators and out-of-range offsets.
    std::optional<TextOrigin> origin(int textOffset, const Page &page) const;
    // Recomputes `text` and every block's start/end after blocks changed kind.
    void rebuildText();
};

} // namespace galley
