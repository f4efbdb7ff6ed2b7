#include "extract/wcxb_evaluation.h"

#include "extract/html_extractor.h"
#include "util/gzip.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <memory>

namespace galley {

namespace {

std::optional<QByteArray> readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    return file.readAll();
}

} // namespace

QStringList wcxbPageIds(const QString &dataDir, int limit)
{
    QStringList ids;
    const QStringList files = QDir(dataDir + QStringLiteral("/html"))
                                  .entryList({QStringLiteral("*.html.gz")}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        if (limit > 0 && ids.size() >= limit)
            break;
        ids.append(file.left(file.indexOf(QLatin1Char('.'))));
    }
    return ids;
}

PageEvaluation evaluateWcxbPage(const QString &dataDir, const QString &id)
{
    PageEvaluation result;
    result.id = id;
    const QString htmlPath = dataDir + QStringLiteral("/html/") + id + QStringLiteral(".html.gz");
    const QString goldPath = dataDir + QStringLiteral("/ground-truth/") + id + QStringLiteral(".json");
    const auto compressed = readFile(htmlPath);
    const auto goldBytes = readFile(goldPath);
    if (!compressed || !goldBytes) {
        result.error = QStringLiteral("cannot read ") + (compressed ? goldPath : htmlPath);
        return result;
    }
    const GunzipResult html = gunzip(*compressed);
    if (!html.error.isEmpty()) {
        result.error = htmlPath + QStringLiteral(": ") + html.error;
        return result;
    }
    const QJsonObject gold = QJsonDocument::fromJson(*goldBytes).object().value(QLatin1String("ground_truth")).toObject();
    if (gold.isEmpty()) {
        result.error = goldPath + QStringLiteral(": no ground_truth object");
        return result;
    }
    result.htmlBytes = html.data.size();

    Page page;
    page.sourcePath = htmlPath;
    page.charset = QStringLiteral("UTF-8");
    page.content = QString::fromUtf8(html.data);
    page.dom = std::make_shared<HtmlDocument>(html.data);
    const Article article = extractHtmlArticle(page);

    result.body = bagOfWordsScore(article.text, gold.value(QLatin1String("main_content")).toString());
    for (const QJsonValue &snippet : gold.value(QLatin1String("with")).toArray()) {
        ++result.withTotal;
        result.withFoundFoldingQuotes += containsSnippetFoldingQuotes(article.text, snippet.toString());
        if (containsSnippet(article.text, snippet.toString()))
            ++result.withFound;
        else
            result.missedSnippets.append(snippet.toString());
    }
    for (const QJsonValue &snippet : gold.value(QLatin1String("without")).toArray()) {
        ++result.withoutTotal;
        if (containsSnippet(article.text, snippet.toString())) {
            ++result.withoutLeaked;
            result.leakedSnippets.append(snippet.toString());
        }
    }
    result.title = article.title;
    result.titleExact = titlesMatch(article.title, gold.value(QLatin1String("title")).toString());
    result.titleExactFoldingQuotes = titlesMatchFoldingQuotes(article.title, gold.value(QLatin1String("title")).toString());
    const QString goldDate = gold.value(QLatin1String("publish_date")).toString();
    if (!goldDate.isEmpty())
        result.dateMatch = datesMatch(article.published, goldDate);
    const QString goldAuthor = gold.value(QLatin1String("author")).toString();
    if (!goldAuthor.trimmed().isEmpty())
        result.authorMatch = authorMatches(article.byline, goldAuthor);
    return result;
}

ExtractionEvaluation summarize(QList<PageEvaluation> pages)
{
    ExtractionEvaluation e;
    int withFound = 0, withFoundFolded = 0, withTotal = 0, leaked = 0, withoutTotal = 0, titles = 0, titlesFolded = 0, dates = 0, authors = 0;
    for (const PageEvaluation &page : std::as_const(pages)) {
        e.body.precision += page.body.precision;
        e.body.recall += page.body.recall;
        e.body.f1 += page.body.f1;
        withFound += page.withFound;
        withFoundFolded += page.withFoundFoldingQuotes;
        withTotal += page.withTotal;
        leaked += page.withoutLeaked;
        withoutTotal += page.withoutTotal;
        titles += page.titleExact;
        titlesFolded += page.titleExactFoldingQuotes;
        if (page.dateMatch) {
            ++e.datePages;
            dates += *page.dateMatch;
        }
        if (page.authorMatch) {
            ++e.authorPages;
            authors += *page.authorMatch;
        }
    }
    const double count = std::max<double>(1, double(pages.size()));
    e.body.precision /= count;
    e.body.recall /= count;
    e.body.f1 /= count;
    e.withFound = withTotal ? double(withFound) / withTotal : 0;
    e.withFoundFoldingQuotes = withTotal ? double(withFoundFolded) / withTotal : 0;
    e.withoutLeaked = withoutTotal ? double(leaked) / withoutTotal : 0;
    e.titleExact = double(titles) / count;
    e.titleExactFoldingQuotes = double(titlesFolded) / count;
    e.date = e.datePages ? double(dates) / e.datePages : 0;
    e.author = e.authorPages ? double(authors) / e.authorPages : 0;
    e.pages = std::move(pages);
    return e;
}

ExtractionEvaluation evaluateWcxb(const QString &dataDir, const QStringList &ids,
                                  const std::function<void(int, int)> &progress)
{
    QList<PageEvaluation> pages;
    pages.reserve(ids.size());
    for (const QString &id : ids) {
        pages.append(evaluateWcxbPage(dataDir, id));
        if (progress)
            progress(int(pages.size()), int(ids.size()));
    }
    return summarize(std::move(pages));
}

} // namespace galley
