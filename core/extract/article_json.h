#pragma once

#include "extract/article.h"

#include <QJsonObject>

namespace galley {

// The `galley-cli extract` JSON object for one document (a stable contract):
// source, format, record, title, byline, published, site, language, lead_image {caption,
// credit}, text, blocks [{kind, start, end}] with offsets in Unicode code points into
// `text` (end exclusive), boilerplate [{reason, kind, text, before}] where `before` is the
// index in `blocks` of the body block that follows it, and diagnostics.
QJsonObject articleToJson(const Article &article);

} // namespace galley
