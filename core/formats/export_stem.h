#pragma once

#include <QString>

namespace galley {

// The name exported files take after the page or annotation file at `path`: "article" for
// article.html, article.galley.json and article.record-3.galley.json alike; "my.story" for
// my.story.html: only the page's own extension goes.
QString exportStem(const QString &path);

} // namespace galley
