#include "extract/dom_text.h"

#include "extract/element_visibility.h"
#include "load/html_document.h"
#include "util/utf8_text.h"

#include <QHash>
#include <QSet>

#include <algorithm>

#include <vector>

namespace galley {

namespace {

bool isSkipped(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NOSCRIPT: case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_SVG: case GUMBO_TAG_HEAD: case GUMBO_TAG_BUTTON: case GUMBO_TAG_SELECT:
    case GUMBO_TAG_TEXTAREA: case GUMBO_TAG_OPTION: case GUMBO_TAG_IFRAME: case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_EMBED: case GUMBO_TAG_CANVAS: case GUMBO_TAG_VIDEO: case GUMBO_TAG_AUDIO:
    case GUMBO_TAG_MAP: case GUMBO_TAG_TITLE: case GUMBO_TAG_INPUT:
        return true;
    default:
        return false;
    }
}

bool isSpace(QChar c)
{
    return c == u' ' || c == u'\n' || c == u'\t' || c == u'\r' || c == u'\f' || c == QChar(0xA0)
        || c.category() == QChar::Separator_Space;
}

int headingLevel(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_H1: return 1;
    case GUMBO_TAG_H2: return 2;
    case GUMBO_TAG_H3: return 3;
    case GUMBO_TAG_H4: return 4;
    case GUMBO_TAG_H5: return 5;
    case GUMBO_TAG_H6: return 6;
    default: return 0;
    }
}

GumboTag tagOf(const GumboNode *node)
{
    return node && node->type == GUMBO_NODE_ELEMENT ? node->v.element.tag : GUMBO_TAG_UNKNOWN;
}

// Structural kind of a block from its own element, or a close ancestor for generic ones.
void classifyKind(DomBlock &block)
{
    const GumboNode *element = block.element;
    for (int depth = 0; element && element->type == GUMBO_NODE_ELEMENT && depth < 4;
         ++depth, element = element->parent) {
        const GumboTag tag = element->v.element.tag;
        if (const int level = headingLevel(tag)) {
            block.contentKind = BlockKind::Heading;
            block.headingLevel = level;
            return;
        }
        switch (tag) {
        case GUMBO_TAG_PRE: block.contentKind = BlockKind::Preformatted; return;
        case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_CAPTION: block.contentKind = BlockKind::Caption; return;
        case GUMBO_TAG_LI: case GUMBO_TAG_DD: case GUMBO_TAG_DT:
            if (depth == 0 || tagOf(block.element) != GUMBO_TAG_P) {
                block.contentKind = BlockKind::ListItem;
                return;
            }
            break;
        case GUMBO_TAG_BLOCKQUOTE: block.contentKind = BlockKind::Blockquote; return;
        case GUMBO_TAG_BODY: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_MAIN: case GUMBO_TAG_SECTION:
        case GUMBO_TAG_TD: case GUMBO_TAG_TH:
            return;
        default: break;
        }
    }
}

// Only <pre> text keeps its whitespace; its leading and trailing blank lines still go.
void trimPreformatted(DomBlock &block)
{
    const int size = int(block.text.size());
    int lead = 0;
    while (lead < size && isSpace(block.text.at(lead)))
        ++lead;
    int end = size;
    while (end > lead && isSpace(block.text.at(end - 1)))
        --end;
    if (lead == 0 && end == size)
        return;
    QList<AlignmentRun> runs;
    for (const AlignmentRun &run : std::as_const(block.runs)) {
        const int from = std::max(run.textStart, lead);
        const int to = std::min(run.textStart + run.length, end);
        if (from < to)
            runs.append(AlignmentRun{from - lead, to - from, run.node, run.sourceStart + (from - run.textStart)});
    }
    block.runs = runs;
    block.text = block.text.mid(lead, end - lead);
    block.linkLength = std::min(block.linkLength, int(block.text.size()));
}

class Walker
{
public:
    DomText result;

    // Depth-first walk with an explicit stack of open elements: a page may nest thousands of
    // elements deep, far more than the call stack can take.
    void visit(const GumboNode *root)
    {
        std::vector<Frame> stack;
        enter(root, nullptr, stack);
        while (!stack.empty()) {
            Frame &frame = stack.back();
            const GumboVector &children = frame.node->v.element.children;
            if (frame.next < children.length) {
                const unsigned i = frame.next;
                auto *child = static_cast<const GumboNode *>(children.data[i]);
                if (const GumboNode *streamed = streamedReplacement(child)) {
                    // The browser moves the streamed segment here and drops the fallback after it.
                    frame.next = endOfFallback(children, i) + 1;
                    m_consumed.remove(streamed);
                    enter(streamed, streamed, stack);   // may reallocate: frame is not used after
                    continue;
                }
                frame.next = i + 1;
                enter(child, nullptr, stack);
                continue;
            }
            m_linkDepth -= frame.link;
            m_preDepth -= frame.pre;
            if (frame.block) {
                flush();
                m_element = frame.outerElement;
            }
            if (frame.streamed)
                m_consumed.insert(frame.streamed);
            stack.pop_back();
        }
    }

    void flush()
    {
        trimPreformatted(m_current);
        if (!m_current.text.isEmpty()) {
            m_current.element = m_blockElement;
            classifyKind(m_current);
            result.blocks.push_back(std::move(m_current));
        }
        m_current = DomBlock();
        m_pendingSpace = false;
        m_breakPending = false;
        m_blockElement = nullptr;
    }

    const GumboNode *root = nullptr;

private:
    struct Frame
    {
        const GumboNode *node;
        const GumboNode *outerElement;
        const GumboNode *streamed;   // segment read at its placeholder, marked consumed on leaving
        unsigned next;
        bool block;
        bool link;
        bool pre;
    };

    // Handles a node reached by the walk; an element whose children are to be read gets a frame.
    void enter(const GumboNode *node, const GumboNode *streamed, std::vector<Frame> &stack)
    {
        if (!pushFrame(node, streamed, stack) && streamed)
            m_consumed.insert(streamed);
    }

    bool pushFrame(const GumboNode *node, const GumboNode *streamed, std::vector<Frame> &stack)
    {
        if (HtmlDocument::isText(node)) {
            appendText(node);
            return false;
        }
        if (node->type != GUMBO_NODE_ELEMENT)
            return false;
        const GumboElement &element = node->v.element;
        if (isSkipped(element.tag) || isHiddenElement(element))
            return false;
        if (!m_consumed.isEmpty() && m_consumed.contains(node))
            return false;   // already read where its placeholder stands
        if (element.tag == GUMBO_TAG_BR) {
            softBreak();
            return false;
        }
        const bool block = isBlockLevel(node);
        const bool link = element.tag == GUMBO_TAG_A && gumbo_get_attribute(&element.attributes, "href");
        const bool pre = element.tag == GUMBO_TAG_PRE;
        if (block)
            flush();
        stack.push_back(Frame{node, m_element, streamed, 0, block, link, pre});
        if (block)
            m_element = node;
        m_linkDepth += link;
        m_preDepth += pre;
        return true;
    }

    // React streaming SSR: `<template id="B:n">` marks where the server later streams the
    // content of `<div hidden id="S:n">` (appended at the end of the body); the browser's
    // inline script swaps it in, so that is where the page shows it.
    const GumboNode *streamedReplacement(const GumboNode *node)
    {
        if (node->type != GUMBO_NODE_TEMPLATE)
            return nullptr;
        const GumboAttribute *id = gumbo_get_attribute(&node->v.element.attributes, "id");
        const int number = id ? streamedSegmentNumber(id->value, 'B') : -1;
        if (number < 0)
            return nullptr;
        if (!m_segmentsIndexed) {
            m_segmentsIndexed = true;
            const GumboNode *body = root;
            while (body && body->type == GUMBO_NODE_ELEMENT && body->v.element.tag != GUMBO_TAG_BODY)
                body = body->parent;
            if (body && body->type == GUMBO_NODE_ELEMENT) {
                const GumboVector &children = body->v.element.children;
                for (unsigned i = 0; i < children.length; ++i) {
                    auto *child = static_cast<const GumboNode *>(children.data[i]);
                    if (child->type != GUMBO_NODE_ELEMENT || !isStreamedContent(child->v.element))
                        continue;
                    const GumboAttribute *childId = gumbo_get_attribute(&child->v.element.attributes, "id");
                    m_segments.insert(streamedSegmentNumber(childId->value, 'S'), child);
                }
            }
        }
        const GumboNode *segment = m_segments.value(number);
        return segment && !m_consumed.contains(segment) ? segment : nullptr;
    }

    // Index of the `<!--/$-->` comment closing the suspense boundary whose fallback follows
    // the template at `templateIndex`; `templateIndex` itself when there is none.
    static unsigned endOfFallback(const GumboVector &siblings, unsigned templateIndex)
    {
        int depth = 0;
        for (unsigned i = templateIndex + 1; i < siblings.length; ++i) {
            auto *sibling = static_cast<const GumboNode *>(siblings.data[i]);
            if (sibling->type != GUMBO_NODE_COMMENT)
                continue;
            const char *text = sibling->v.text.text;
            if (qstrcmp(text, "/$") == 0) {
                if (depth == 0)
                    return i;
                --depth;
            } else if (qstrcmp(text, "$") == 0 || qstrcmp(text, "$?") == 0 || qstrcmp(text, "$!") == 0) {
                ++depth;
            }
        }
        return templateIndex;
    }

    int nodeIndex(const GumboNode *node)
    {
        if (result.textNodes.empty() || result.textNodes.back() != node)
            result.textNodes.push_back(node);
        return int(result.textNodes.size()) - 1;
    }

    void appendRun(const QString &data, int node, int sourceStart, int length)
    {
        QList<AlignmentRun> &runs = m_current.runs;
        const int textStart = int(m_current.text.size());
        if (!runs.isEmpty()) {
            AlignmentRun &last = runs.last();
            if (last.node == node && last.sourceStart + last.length == sourceStart
                && last.textStart + last.length == textStart) {
                last.length += length;
                m_current.text.append(QStringView(data).mid(sourceStart, length));
                if (m_linkDepth > 0)
                    m_current.linkLength += length;
                return;
            }
        }
        runs.append(AlignmentRun{textStart, length, node, sourceStart});
        m_current.text.append(QStringView(data).mid(sourceStart, length));
        if (m_linkDepth > 0)
            m_current.linkLength += length;
    }

    void startText()
    {
        if (!m_blockElement)
            m_blockElement = m_element;
    }

    void appendText(const GumboNode *node)
    {
        const QString data = utf8Text(node->v.text.text);
        const int size = int(data.size());
        if (m_preDepth > 0) {
            if (size == 0)
                return;
            startText();
            appendRun(data, nodeIndex(node), 0, size);
            return;
        }
        int i = 0;
        while (i < size) {
            if (isSpace(data.at(i))) {
                if (!m_current.text.isEmpty() && !m_pendingSpace) {
                    m_pendingSpace = true;
                    m_spaceNode = nodeIndex(node);
                    m_spaceOffset = i;
                }
                ++i;
                continue;
            }
            int end = i + 1;
            while (end < size && !isSpace(data.at(end)))
                ++end;
            if (m_breakPending && !m_pendingSpace)
                flush();   // <br> with no whitespace around it: no character can carry a space
            m_breakPending = false;
            startText();
            if (m_pendingSpace)
                appendSpace();
            appendRun(data, nodeIndex(node), i, end - i);
            i = end;
        }
    }

    void appendSpace()
    {
        m_pendingSpace = false;
        const int textStart = int(m_current.text.size());
        m_current.runs.append(AlignmentRun{textStart, 1, m_spaceNode, m_spaceOffset});
        m_current.text.append(QLatin1Char(' '));
        if (m_linkDepth > 0)
            ++m_current.linkLength;
    }

    // A <br> has no character of its own in the DOM. Whitespace next to it becomes the space;
    // without any, the line after it starts a new block rather than gluing two words.
    void softBreak()
    {
        if (!m_current.text.isEmpty() && m_preDepth == 0)
            m_breakPending = true;
    }

    DomBlock m_current;
    const GumboNode *m_element = nullptr;       // innermost block-level element being visited
    const GumboNode *m_blockElement = nullptr;  // element of the block under construction
    int m_linkDepth = 0;
    int m_preDepth = 0;
    bool m_pendingSpace = false;
    bool m_breakPending = false;
    int m_spaceNode = -1;
    int m_spaceOffset = 0;   // UTF-16 offset of the first collapsed whitespace in its node
    QSet<const GumboNode *> m_consumed;              // streamed segments read at their placeholder
    QHash<int, const GumboNode *> m_segments;        // n -> <div hidden id="S:n">
    bool m_segmentsIndexed = false;
};

} // namespace

bool isInside(const GumboNode *node, const GumboNode *ancestor)
{
    for (; node; node = node->parent) {
        if (node == ancestor)
            return true;
    }
    return false;
}

bool isBlockLevel(const GumboNode *node)
{
    if (!node || node->type != GUMBO_NODE_ELEMENT)
        return false;
    switch (node->v.element.tag) {
    case GUMBO_TAG_ADDRESS: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_ASIDE: case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_BODY: case GUMBO_TAG_DD: case GUMBO_TAG_DETAILS: case GUMBO_TAG_DIV:
    case GUMBO_TAG_DL: case GUMBO_TAG_DT: case GUMBO_TAG_FIELDSET: case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_FIGURE: case GUMBO_TAG_FOOTER: case GUMBO_TAG_FORM: case GUMBO_TAG_H1:
    case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6:
    case GUMBO_TAG_HEADER: case GUMBO_TAG_HGROUP: case GUMBO_TAG_HR: case GUMBO_TAG_LI:
    case GUMBO_TAG_MAIN: case GUMBO_TAG_NAV: case GUMBO_TAG_OL: case GUMBO_TAG_P: case GUMBO_TAG_PRE:
    case GUMBO_TAG_SECTION: case GUMBO_TAG_SUMMARY: case GUMBO_TAG_TABLE: case GUMBO_TAG_TBODY:
    case GUMBO_TAG_THEAD: case GUMBO_TAG_TFOOT: case GUMBO_TAG_TR: case GUMBO_TAG_TD: case GUMBO_TAG_TH:
    case GUMBO_TAG_UL: case GUMBO_TAG_CAPTION: case GUMBO_TAG_MENU: case GUMBO_TAG_CENTER:
    case GUMBO_TAG_HTML:
        return true;
    default:
        return false;
    }
}

DomText collectDomBlocks(const GumboNode *root)
{
    Walker walker;
    walker.root = root;
    if (root)
        walker.visit(root);
    walker.flush();
    return std::move(walker.result);
}

} // namespace galley
