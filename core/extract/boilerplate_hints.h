#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

#include <gumbo.h>

namespace galley {

// What an element's own markup (tag, role, class, id, itemprop) says about its content.
struct ElementHint
{
    QString boilerplateReason;   // "navigation", "share", "comments", ... ; empty when none
    bool weak = false;           // a reason that layout wrappers often carry ("sidebar", "header")
    bool articleLike = false;    // article/main/articleBody or an article-ish class or id
};

ElementHint elementHint(const GumboNode *element);

// A credit or copyright element that belongs to a picture: inside a <figure> or <figcaption>,
// beside an image or figure (adjacent element sibling), or sharing its parent with an <img>.
// A site footer's "© 2023 ..." line is none of these and is never a photo credit.
bool isTiedToFigure(const GumboNode *element);

// elementHint() once per element of one tree.
class ElementHints
{
public:
    const ElementHint &of(const GumboNode *element);

private:
    QHash<const GumboNode *, ElementHint> m_hints;
    QHash<QByteArray, ElementHint> m_byNames;   // by raw "class id" text
};

// Boilerplate reason of a short stand-alone line by its wording ("Advertisement",
// "Share this article", "Read more"); empty when the line reads like content.
QString boilerplateLineReason(const QString &text);

} // namespace galley
