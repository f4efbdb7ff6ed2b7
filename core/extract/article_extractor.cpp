#include "extract/article_extractor.h"

#include "extract/html_extractor.h"
#include "extract/text_extractor.h"

namespace galley {

Article extractArticle(const Page &page)
{
    return page.format == PageFormat::Text ? extractTextArticle(page) : extractHtmlArticle(page);
}

} // namespace galley
