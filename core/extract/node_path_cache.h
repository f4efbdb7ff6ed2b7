#pragma once

#include <QHash>
#include <QString>

#include <gumbo.h>

namespace galley {

// HtmlDocument::nodePath for many nodes of one tree: each element's path is computed once
// and shared by its descendants, so only the nodes asked for cost anything.
class NodePathCache
{
public:
    QString pathOf(const GumboNode *node);

private:
    QHash<const GumboNode *, QString> m_elementPaths;
};

} // namespace galley
