#include "load/html_document.h"
#include "util/utf8_text.h"

#include <QStringList>

#include <algorithm>

namespace galley {

namespace {

const GumboNode *childElement(const GumboNode *parent, GumboTag tag)
{
    if (!parent || parent->type != GUMBO_NODE_ELEMENT)
        return nullptr;
    const GumboVector &children = parent->v.element.children;
    for (unsigned i = 0; i < children.length; ++i) {
        auto *child = static_cast<const GumboNode *>(children.data[i]);
        if (child->type == GUMBO_NODE_ELEMENT && child->v.element.tag == tag)
            return child;
    }
    return nullptr;
}

} // namespace

bool HtmlDocument::isElementLike(const GumboNode *node)
{
    return node->type == GUMBO_NODE_ELEMENT || node->type == GUMBO_NODE_TEMPLATE;
}

const GumboVector *HtmlDocument::childrenOf(const GumboNode *node)
{
    if (node->type == GUMBO_NODE_DOCUMENT)
        return &node->v.document.children;
    if (isElementLike(node))
        return &node->v.element.children;
    return nullptr;
}

HtmlDocument::HtmlDocument(QByteArray utf8)
    : m_utf8(std::move(utf8))
{
    GumboOptions options = kGumboDefaultOptions;
    options.max_errors = 64;   // we only count them; collecting thousands costs time
    m_output = gumbo_parse_with_options(&options, m_utf8.constData(), size_t(m_utf8.size()));
}

HtmlDocument::~HtmlDocument()
{
    if (m_output)
        gumbo_destroy_output(&kGumboDefaultOptions, m_output);
}

const GumboNode *HtmlDocument::document() const { return m_output->document; }
const GumboNode *HtmlDocument::htmlElement() const { return m_output->root; }
const GumboNode *HtmlDocument::head() const { return childElement(m_output->root, GUMBO_TAG_HEAD); }
const GumboNode *HtmlDocument::body() const { return childElement(m_output->root, GUMBO_TAG_BODY); }
int HtmlDocument::parseErrorCount() const { return int(m_output->errors.length); }

QString HtmlDocument::tagName(const GumboNode *element)
{
    if (!element || !isElementLike(element))
        return {};
    const GumboElement &e = element->v.element;
    if (e.tag != GUMBO_TAG_UNKNOWN)
        return QString::fromLatin1(gumbo_normalized_tagname(e.tag));
    GumboStringPiece piece = e.original_tag;
    gumbo_tag_from_original_text(&piece);
    return QString::fromUtf8(piece.data, qsizetype(piece.length)).toLower();
}

QString HtmlDocument::attribute(const GumboNode *element, const char *name)
{
    if (!element || !isElementLike(element))
        return {};
    const GumboAttribute *attr = gumbo_get_attribute(&element->v.element.attributes, name);
    return attr ? QString::fromUtf8(attr->value) : QString();
}

bool HtmlDocument::hasAttribute(const GumboNode *element, const char *name)
{
    return element && isElementLike(element)
        && gumbo_get_attribute(&element->v.element.attributes, name) != nullptr;
}

bool HtmlDocument::isText(const GumboNode *node)
{
    return node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE
        || node->type == GUMBO_NODE_CDATA;
}

QString HtmlDocument::nodeText(const GumboNode *textNode)
{
    return isText(textNode) ? utf8Text(textNode->v.text.text) : QString();
}

QString HtmlDocument::nodePath(const GumboNode *node)
{
    QStringList steps;
    for (const GumboNode *current = node; current && current->parent; current = current->parent) {
        const GumboVector *siblings = childrenOf(current->parent);
        if (!siblings)
            return {};
        const bool text = isText(current);
        const QString name = text ? QString() : tagName(current);
        int position = 0;
        for (unsigned i = 0; i <= current->index_within_parent && i < siblings->length; ++i) {
            auto *sibling = static_cast<const GumboNode *>(siblings->data[i]);
            if (text ? isText(sibling) : (isElementLike(sibling) && tagName(sibling) == name))
                ++position;
        }
        steps.append((text ? QStringLiteral("text()") : name) + QLatin1Char('[')
                     + QString::number(position) + QLatin1Char(']'));
    }
    std::reverse(steps.begin(), steps.end());
    return QLatin1Char('/') + steps.join(QLatin1Char('/'));
}

const GumboNode *HtmlDocument::nodeAtPath(const QString &path) const
{
    const GumboNode *current = document();
    const QStringList steps = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (const QString &step : steps) {
        const qsizetype open = step.indexOf(QLatin1Char('['));
        if (open < 0 || !step.endsWith(QLatin1Char(']')))
            return nullptr;
        const QString name = step.left(open);
        bool ok = false;
        const int wanted = step.mid(open + 1, step.size() - open - 2).toInt(&ok);
        const GumboVector *children = childrenOf(current);
        if (!ok || !children)
            return nullptr;
        const bool text = name == QLatin1String("text()");
        const GumboNode *found = nullptr;
        int position = 0;
        for (unsigned i = 0; i < children->length && !found; ++i) {
            auto *child = static_cast<const GumboNode *>(children->data[i]);
            if (text ? isText(child) : (isElementLike(child) && tagName(child) == name)) {
                if (++position == wanted)
                    found = child;
            }
        }
        if (!found)
            return nullptr;
        current = found;
    }
    return current;
}

QList<const GumboNode *> HtmlDocument::elementsByTag(const GumboNode *root, GumboTag tag,
                                                     qsizetype limit)
{
    QList<const GumboNode *> found;
    QList<const GumboNode *> pending{root};
    while (!pending.isEmpty() && (limit < 0 || found.size() < limit)) {
        const GumboNode *node = pending.takeLast();
        if (node->type == GUMBO_NODE_ELEMENT && node->v.element.tag == tag)
            found.append(node);
        if (const GumboVector *children = childrenOf(node)) {
            for (unsigned i = children->length; i > 0; --i)
                pending.append(static_cast<const GumboNode *>(children->data[i - 1]));
        }
    }
    return found;
}

QString HtmlDocument::title() const
{
    const QList<const GumboNode *> titles = elementsByTag(document(), GUMBO_TAG_TITLE, 1);
    if (titles.isEmpty())
        return {};
    QString text;
    const GumboVector &children = titles.front()->v.element.children;
    for (unsigned i = 0; i < children.length; ++i)
        text += nodeText(static_cast<const GumboNode *>(children.data[i]));
    return text.simplified();
}

} // namespace galley
