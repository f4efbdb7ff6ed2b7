#include "extract/html_extractor.h"

#include "extract/block_classifier.h"
#include "extract/content_scorer.h"
#include "extract/dateline.h"
#include "extract/dom_text.h"
#include "extract/headline.h"
#include "extract/metadata_extractor.h"
#include "extract/node_path_cache.h"
#include "extract/paragraph_datelines.h"
#include "extract/visible_byline.h"

#include <QHash>

namespace galley {

namespace {

Article articleShell(const Page &page)
{
    Article article;
    article.sourcePath = page.sourcePath;
    article.format = page.format;
    article.record = page.record;
    return article;
}

} // namespace

Article extractHtmlArticle(const Page &page)
{
    Article article = articleShell(page);
    if (!page.dom) {
        article.diagnostics.append(Diagnostic{Diagnostic::Severity::Error, QStringLiteral("no-dom"),
                                              QStringLiteral("The page has no parsed HTML to extract from."),
                                              -1, {}});
        return article;
    }
    const HtmlDocument &document = *page.dom;
    const PageMetadata metadata = extractMetadata(document);
    article.title = metadata.title;
    article.byline = metadata.authors;
    article.published = metadata.published;
    article.site = metadata.site;
    article.language = metadata.language;
    article.leadImageCaption = metadata.leadImageCaption;
    article.leadImageCredit = metadata.leadImageCredit;

    const GumboNode *root = document.body() ? document.body() : document.htmlElement();
    DomText dom = collectDomBlocks(root);
    ElementHints hints;
    const RegionStats stats(dom);
    // A page with no prose at all (a stub, a list) is read whole rather than dropped whole.
    const GumboNode *container = findArticleContainer(dom, stats, hints);
    if (!container)
        container = root;
    PageMetadata withHeadline = metadata;
    withHeadline.title = article.title = chooseHeadline(dom, container, metadata);
    const QList<BlockVerdict> verdicts = classifyBlocks(dom, container, withHeadline, stats, hints);

    if (const QStringList shown = visibleByline(dom, verdicts); !shown.isEmpty())
        article.byline = shown;

    NodePathCache paths;
    QHash<int, int> articleNodeOf;   // DomText::textNodes index -> Article::nodePaths index
    article.blocks.reserve(qsizetype(dom.blocks.size()));
    for (size_t i = 0; i < dom.blocks.size(); ++i) {
        DomBlock &source = dom.blocks[i];
        Block block;
        block.contentKind = source.contentKind;
        block.headingLevel = source.headingLevel;
        block.text = std::move(source.text);
        block.runs = std::move(source.runs);
        const BlockVerdict &verdict = verdicts.at(qsizetype(i));
        block.kind = verdict.boilerplateReason.isEmpty() ? block.contentKind : BlockKind::Boilerplate;
        block.boilerplateReason = verdict.boilerplateReason;
        for (AlignmentRun &run : block.runs) {
            auto known = articleNodeOf.constFind(run.node);
            if (known == articleNodeOf.cend()) {
                article.nodePaths.append(paths.pathOf(dom.textNodes.at(size_t(run.node))));
                known = articleNodeOf.insert(run.node, int(article.nodePaths.size()) - 1);
            }
            run.node = *known;
        }
        article.blocks.append(std::move(block));
    }
    splitParagraphDatelines(article.blocks);
    // The declared value keeps its time of day when it names the same day as the page shows.
    if (const QString shown = visibleDateline(article.blocks); !shown.isEmpty() && !article.published.startsWith(shown))
        article.published = shown;
    article.rebuildText();
    return article;
}

} // namespace galley
