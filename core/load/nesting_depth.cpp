#include "load/nesting_depth.h"

#include <QByteArray>
#include <QList>

#include <algorithm>
#include <array>

namespace galley {

namespace {

bool isAsciiLetter(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

template <std::size_t N>
bool isOneOf(QByteArrayView name, const std::array<const char *, N> &names)
{
    return std::any_of(names.begin(), names.end(), [&](const char *candidate) { return name == candidate; });
}

bool isVoidElement(QByteArrayView name)
{
    static constexpr std::array<const char *, 19> voids = {
        "area", "base", "basefont", "bgsound", "br", "col", "embed", "frame", "hr", "image", "img",
        "input", "keygen", "link", "meta", "param", "source", "track", "wbr"};
    return isOneOf(name, voids);
}

bool isRawTextElement(QByteArrayView name)
{
    static constexpr std::array<const char *, 8> rawText = {
        "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes"};
    return isOneOf(name, rawText);
}

// Elements whose start tag closes an open element of the same family near the top of the
// stack (the tree builder's implied end tags), so repeating them makes siblings, not depth.
int siblingFamily(QByteArrayView name)
{
    if (name == "p") return 1;
    if (name == "li") return 2;
    if (name == "dt" || name == "dd") return 3;
    if (name == "td" || name == "th") return 4;
    if (name == "tr") return 5;
    if (name == "option" || name == "optgroup") return 6;
    if (name == "a") return 7;
    if (name == "h1" || name == "h2" || name == "h3" || name == "h4" || name == "h5" || name == "h6") return 8;
    if (name == "button") return 9;
    if (name == "nobr") return 10;
    if (name == "form") return 11;
    if (name == "rb" || name == "rt" || name == "rp" || name == "rtc") return 12;
    if (name == "thead" || name == "tbody" || name == "tfoot") return 13;
    return 0;
}

bool closesParagraph(QByteArrayView name)
{
    static constexpr std::array<const char *, 38> closers = {
        "address", "article", "aside", "blockquote", "center", "details", "dialog", "dir", "div",
        "dl", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5",
        "h6", "header", "hgroup", "hr", "li", "listing", "main", "menu", "nav", "ol", "p", "pre",
        "section", "summary", "table", "ul", "dd", "dt"};
    return isOneOf(name, closers);
}

// Elements that open a fresh scope for a family's implied end tag: the tree builder's search
// for an open <li>, <td>, <p>, ... stops at them, so a <td> inside a nested <table> or an
// <li> inside a nested <ul> opens a new level instead of closing the outer one.
bool bordersFamily(QByteArrayView name, int family)
{
    static constexpr std::array<const char *, 9> defaultScope = {
        "html", "table", "td", "th", "caption", "marquee", "object", "applet", "template"};
    switch (family) {
    case 4:   // td, th: table scope
    case 5:   // tr
    case 13:  // thead, tbody, tfoot
        return name == "table" || name == "template" || name == "html";
    case 2:   // li: list-item scope, and any special element other than address, div, p
    case 3:   // dt, dd
        return isOneOf(name, defaultScope) || name == "ul" || name == "ol" || name == "dl"
            || name == "menu" || name == "dir" || name == "select";
    case 1:   // p: button scope
        return isOneOf(name, defaultScope) || name == "button";
    case 6:   // option
        return isOneOf(name, defaultScope) || name == "select" || name == "datalist";
    default:
        return isOneOf(name, defaultScope);
    }
}

constexpr int familyLookback = 8;   // how far below the top an implied end tag reaches here

qsizetype skipPast(QByteArrayView markup, qsizetype from, QByteArrayView terminator)
{
    const qsizetype found = markup.indexOf(terminator, from);
    return found < 0 ? markup.size() : found + terminator.size();
}

qsizetype skipRawText(QByteArrayView markup, qsizetype from, QByteArrayView name)
{
    // Case-insensitive search for "</name" without copying the markup.
    for (qsizetype at = markup.indexOf("</", from); at >= 0; at = markup.indexOf("</", at + 2)) {
        if (at + 2 + name.size() <= markup.size()
            && markup.sliced(at + 2, name.size()).compare(name, Qt::CaseInsensitive) == 0)
            return at;
    }
    return markup.size();
}

} // namespace

NestingEstimate estimateElementNesting(QByteArrayView markup)
{
    NestingEstimate estimate;
    struct Open
    {
        QByteArray name;
        int family;
    };
    QList<Open> stack;
    qsizetype foreignDepth = -1;   // stack size when <svg> or <math> opened; -1 outside
    qsizetype position = 0;
    while (position < markup.size()) {
        const qsizetype open = markup.indexOf('<', position);
        if (open < 0 || open + 1 >= markup.size())
            break;
        const char next = markup[open + 1];
        if (markup.sliced(open).startsWith("<!--")) {
            position = skipPast(markup, open + 4, "-->");
            continue;
        }
        if (next == '!' || next == '?') {
            position = skipPast(markup, open + 2, ">");
            continue;
        }
        const bool endTag = next == '/';
        const qsizetype nameStart = open + (endTag ? 2 : 1);
        if (nameStart >= markup.size() || !isAsciiLetter(markup[nameStart])) {
            position = open + 1;
            continue;
        }
        qsizetype nameEnd = nameStart;
        while (nameEnd < markup.size() && !QByteArrayView(" \t\n\r\f/>").contains(markup[nameEnd]))
            ++nameEnd;
        const QByteArray name = markup.sliced(nameStart, nameEnd - nameStart).toByteArray().toLower();
        // Skip attributes, honouring quotes, to the end of the tag.
        qsizetype tagEnd = nameEnd;
        char quote = 0;
        while (tagEnd < markup.size() && (quote || markup[tagEnd] != '>')) {
            const char c = markup[tagEnd];
            if (quote && c == quote)
                quote = 0;
            else if (!quote && (c == '"' || c == '\'') && tagEnd > nameEnd && markup[tagEnd - 1] == '=')
                quote = c;
            ++tagEnd;
        }
        const bool selfClosing = tagEnd > nameEnd && markup[tagEnd - 1] == '/';
        position = tagEnd + 1;
        if (foreignDepth >= 0 && stack.size() < foreignDepth)
            foreignDepth = -1;

        if (endTag) {
            const qsizetype lowest = qMax<qsizetype>(0, stack.size() - familyLookback);
            for (qsizetype i = stack.size() - 1; i >= lowest; --i) {
                if (stack[i].name == name) {
                    stack.resize(i);
                    break;
                }
            }
            continue;
        }
        if (name == "html" || name == "head" || name == "body" || isVoidElement(name))
            continue;
        if (selfClosing && foreignDepth >= 0)
            continue;
        if (name == "plaintext")
            break;   // everything after it is text
        if (!stack.isEmpty() && stack.back().name == "p" && closesParagraph(name))
            stack.removeLast();
        if (const int family = siblingFamily(name)) {
            const qsizetype lowest = qMax<qsizetype>(0, stack.size() - familyLookback);
            for (qsizetype i = stack.size() - 1; i >= lowest; --i) {
                if (stack[i].family == family) {
                    stack.resize(i);
                    break;
                }
                if (bordersFamily(stack[i].name, family))
                    break;
            }
        }
        if (isRawTextElement(name)) {
            position = skipRawText(markup, position, name);
            continue;
        }
        if (name == "tr" && !stack.isEmpty() && stack.back().name == "table")
            stack.append({"tbody", siblingFamily("tbody")});   // the implied <tbody>
        if ((name == "td" || name == "th") && !stack.isEmpty() && stack.back().name == "table") {
            stack.append({"tbody", siblingFamily("tbody")});
            stack.append({"tr", siblingFamily("tr")});
        }
        if ((name == "svg" || name == "math") && foreignDepth < 0)
            foreignDepth = stack.size() + 1;
        stack.append({name, siblingFamily(name)});
        estimate.deepest = qMax(estimate.deepest, int(stack.size()));
        estimate.openElementSteps += stack.size();
        if (estimate.tooCostly())
            break;
    }
    return estimate;
}

int elementTreeDepth(const GumboNode *root)
{
    if (!root)
        return 0;
    int deepest = 0;
    struct Frame
    {
        const GumboNode *node;
        int depth;
    };
    QList<Frame> pending{{root, 0}};
    while (!pending.isEmpty()) {
        const Frame frame = pending.takeLast();
        const GumboVector *children = nullptr;
        if (frame.node->type == GUMBO_NODE_DOCUMENT)
            children = &frame.node->v.document.children;
        else if (frame.node->type == GUMBO_NODE_ELEMENT || frame.node->type == GUMBO_NODE_TEMPLATE)
            children = &frame.node->v.element.children;
        if (!children)
            continue;
        const int depth = frame.node->type == GUMBO_NODE_DOCUMENT ? frame.depth : frame.depth + 1;
        deepest = qMax(deepest, depth);
        for (unsigned i = 0; i < children->length; ++i)
            pending.append({static_cast<const GumboNode *>(children->data[i]), depth});
    }
    return deepest;
}

} // namespace galley
