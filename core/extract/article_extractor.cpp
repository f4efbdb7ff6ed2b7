#include "extract/article_extractor.h"

#include "extract/html_extractor.h"
#include "extract/text_extractor.h"

namespace galley {

Article extractArticle(const Page &page)
{
    Article article = page.format == PageFormat::Text ? extractTextArticle(page) : extractHtmlArticle(page);
    // What loading found (invalid bytes, a guessed charset, a truncated archive...) comes first,
    // then what the extractor found.
    Diagnostics diagnostics = page.diagnostics;
    diagnostics.append(article.diagnostics);
    article.diagnostics = std::move(diagnostics);
    return article;
}

} // namespace galley
