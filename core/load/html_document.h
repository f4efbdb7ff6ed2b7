#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <gumbo.h>

namespace galley {

// An HTML5 parse (gumbo) of one decoded page. The tree is read-only once built.
//
// Node paths name a node the way the page script finds it again in the rendered DOM:
// "/html[1]/body[1]/div[3]/p[2]/text()[1]" — element steps count same-named element
// siblings (1-based, lower-case local names, any namespace), the last step counts text
// nodes (text, whitespace and CDATA) among the parent's children. Gumbo implements the
// same tree-construction algorithm as the browser, so the paths agree with the DOM that
// QtWebEngine builds from the same markup with scripts off.
class HtmlDocument
{
public:
    // utf8: the page already decoded and re-encoded as UTF-8.
    explicit HtmlDocument(QByteArray utf8);
    ~HtmlDocument();
    HtmlDocument(const HtmlDocument &) = delete;            // owns the gumbo tree
    HtmlDocument &operator=(const HtmlDocument &) = delete;

    const GumboNode *document() const;   // the document node
    const GumboNode *htmlElement() const;
    const GumboNode *head() const;       // may be null
    const GumboNode *body() const;       // may be null
    int parseErrorCount() const;
    const QByteArray &utf8() const { return m_utf8; }

    static QString tagName(const GumboNode *element);      // lower-case local name
    static QString attribute(const GumboNode *element, const char *name); // empty if absent
    static bool hasAttribute(const GumboNode *element, const char *name);
    static bool isText(const GumboNode *node);              // text, whitespace or CDATA
    static bool isElementLike(const GumboNode *node);       // an element or a <template>
    static const GumboVector *childrenOf(const GumboNode *node); // null for text and comments
    static QString nodeText(const GumboNode *textNode);     // decoded text of a text node
    static QString nodePath(const GumboNode *node);
    const GumboNode *nodeAtPath(const QString &path) const; // null when the path names nothing
    QString title() const;                                  // text of the first <title>, trimmed

    // Elements with `tag` under `root` in document order (iterative: safe on deep trees).
    static QList<const GumboNode *> elementsByTag(const GumboNode *root, GumboTag tag,
                                                  qsizetype limit = -1);

private:
    QByteArray m_utf8;   // gumbo's original_text pointers point into this buffer
    GumboOutput *m_output = nullptr;
};

} // namespace galley
