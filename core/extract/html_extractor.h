#pragma once

#include "extract/article.h"
#include "load/page.h"

namespace galley {

// Article extraction for HTML-based pages (HTML, MHTML, WARC): needs Page::dom.
Article extractHtmlArticle(const Page &page);

} // namespace galley
