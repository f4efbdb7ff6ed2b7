// WCXB extraction figures without galley-cli (same core calls as `galley-cli eval-extraction`).
// Usage: extraction_quality_bench [DATA_DIR] [LIMIT] [WORST] [--misses] [--per-page]
//        extraction_quality_bench --dump ID [DATA_DIR]   (blocks of one page with their verdicts)
//        extraction_quality_bench --blame [LIMIT]        (wrongly kept / dropped characters by kind)
#include "extract/html_extractor.h"
#include "extract/wcxb_evaluation.h"
#include "util/gzip.h"

#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>

#include <QCoreApplication>
#include <QTextStream>

#include <algorithm>

using namespace galley;

namespace {

// Characters of body blocks missing from the gold text, and of boilerplate blocks present
// in it, by block kind and boilerplate reason: where precision and recall go.
int blame(const QString &dataDir, int limit)
{
    QHash<QString, qint64> wrongBody, wrongBoilerplate;
    for (const QString &id : wcxbPageIds(dataDir, limit)) {
        QFile file(dataDir + QStringLiteral("/html/") + id + QStringLiteral(".html.gz"));
        QFile goldFile(dataDir + QStringLiteral("/ground-truth/") + id + QStringLiteral(".json"));
        if (!file.open(QIODevice::ReadOnly) || !goldFile.open(QIODevice::ReadOnly))
            continue;
        const QString gold = QJsonDocument::fromJson(goldFile.readAll()).object().value(QLatin1String("ground_truth"))
                                 .toObject().value(QLatin1String("main_content")).toString().simplified().toLower();
        const QByteArray html = gunzip(file.readAll()).data;
        Page page;
        page.dom = std::make_shared<HtmlDocument>(html);
        const Article article = extractHtmlArticle(page);
        for (const Block &block : article.blocks) {
            const QString text = block.text.simplified().toLower();
            const bool inGold = gold.contains(text.left(60));
            const QString key = blockKindName(block.contentKind) + (block.text.size() < 80 ? QStringLiteral(" short") : QStringLiteral(" long"));
            if (!block.isBoilerplate() && !inGold)
                wrongBody[key] += block.text.size();
            if (block.isBoilerplate() && inGold && block.text.size() > 3)
                wrongBoilerplate[block.boilerplateReason + QLatin1Char(' ') + key] += block.text.size();
        }
    }
    QTextStream out(stdout);
    for (auto it = wrongBody.cbegin(); it != wrongBody.cend(); ++it)
        out << "body-not-gold " << it.key() << ' ' << it.value() << '\n';
    for (auto it = wrongBoilerplate.cbegin(); it != wrongBoilerplate.cend(); ++it)
        out << "boilerplate-in-gold " << it.key() << ' ' << it.value() << '\n';
    return 0;
}

int dumpPage(const QString &id, const QString &dataDir)
{
    QFile file(dataDir + QStringLiteral("/html/") + id + QStringLiteral(".html.gz"));
    if (!file.open(QIODevice::ReadOnly))
        return 1;
    const QByteArray html = gunzip(file.readAll()).data;
    Page page;
    page.content = QString::fromUtf8(html);
    page.dom = std::make_shared<HtmlDocument>(html);
    const Article article = extractHtmlArticle(page);
    QTextStream out(stdout);
    out << "title: " << article.title << "\nbyline: " << article.byline.join(QStringLiteral("; "))
        << "\npublished: " << article.published << "\nsite: " << article.site << "\nlanguage: "
        << article.language << "\n";
    const PageEvaluation score = evaluateWcxbPage(dataDir, id);
    out << "F1 " << score.body.f1 << " P " << score.body.precision << " R " << score.body.recall << "\n";
    for (const Block &block : article.blocks) {
        out << (block.isBoilerplate() ? QStringLiteral("  [") + QString(block.boilerplateReason + QStringLiteral("] "))
                                      : QString(QStringLiteral("+ ") + blockKindName(block.kind) + QLatin1Char(' ')))
            << block.text.left(110) << '\n';
        if (qEnvironmentVariableIsSet("DUMP_PATHS") && !block.runs.isEmpty())
            out << "      " << article.nodePaths.value(block.runs.first().node) << '\n';
    }
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() > 1 && args.at(1) == QLatin1String("--blame"))
        return blame(QStringLiteral(GALLEY_SHARED_DIR "/data/extraction/wcxb"), args.size() > 2 ? args.at(2).toInt() : 0);
    if (args.size() > 2 && args.at(1) == QLatin1String("--dump"))
        return dumpPage(args.at(2), args.size() > 3 ? args.at(3) : QStringLiteral(GALLEY_SHARED_DIR "/data/extraction/wcxb"));
    const QString dataDir = args.size() > 1 && !args.at(1).isEmpty()
        ? args.at(1) : QStringLiteral(GALLEY_SHARED_DIR "/data/extraction/wcxb");
    const int limit = args.size() > 2 ? args.at(2).toInt() : 0;
    const int worst = args.size() > 3 ? args.at(3).toInt() : 0;
    const QStringList ids = wcxbPageIds(dataDir, limit);
    QTextStream out(stdout);
    if (ids.isEmpty()) {
        QTextStream(stderr) << "extraction_quality_bench: no pages in " << dataDir << '\n';
        return 1;
    }
    const ExtractionEvaluation e = evaluateWcxb(dataDir, ids);
    out << "pages " << e.pages.size() << "  body P " << e.body.precision << " R " << e.body.recall
        << " F1 " << e.body.f1 << "\nwith found " << e.withFound << " (quotes folded " << e.withFoundFoldingQuotes << ")  without leaked " << e.withoutLeaked
        << "\ntitle exact " << e.titleExact << "  date " << e.date << " (" << e.datePages << ")  author "
        << e.author << " (" << e.authorPages << ")\n";
    QList<PageEvaluation> pages = e.pages;
    std::sort(pages.begin(), pages.end(),
              [](const PageEvaluation &a, const PageEvaluation &b) { return a.body.f1 < b.body.f1; });
    for (int i = 0; i < worst && i < pages.size(); ++i)
        out << pages[i].id << " F1 " << pages[i].body.f1 << " P " << pages[i].body.precision << " R "
            << pages[i].body.recall << '\n';
    for (const PageEvaluation &page : std::as_const(e.pages)) {
        if (args.contains(QStringLiteral("--per-page")))
            out << "page " << page.id << " F1 " << page.body.f1 << " P " << page.body.precision << " R "
                << page.body.recall << " with " << page.withFoundFoldingQuotes << '/' << page.withTotal << " without "
                << page.withoutLeaked << '/' << page.withoutTotal << " title " << int(page.titleExactFoldingQuotes)
                << " date " << (page.dateMatch ? int(*page.dateMatch) : -1) << " author "
                << (page.authorMatch ? int(*page.authorMatch) : -1) << " | " << page.title << '\n';
        if (args.contains(QStringLiteral("--misses"))) {
            for (const QString &snippet : page.leakedSnippets)
                out << "leaked " << page.id << ' ' << snippet.left(100) << '\n';
            for (const QString &snippet : page.missedSnippets)
                out << "missed " << page.id << ' ' << snippet.left(100) << '\n';
            if (!page.titleExact)
                out << "title-miss " << page.id << '\n';
            if (page.dateMatch && !*page.dateMatch)
                out << "date-miss " << page.id << '\n';
            if (page.authorMatch && !*page.authorMatch)
                out << "author-miss " << page.id << '\n';
        }
    }
    return 0;
}
