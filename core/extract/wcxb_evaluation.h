#pragma once

#include "extract/extraction_metrics.h"

#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace galley {

// One WCXB page scored: see extraction_metrics.h for each measure.
struct PageEvaluation
{
    QString id;                    // "0001"
    BagOfWordsScore body;
    int withFound = 0, withTotal = 0;
    int withFoundFoldingQuotes = 0;    // see containsSnippetFoldingQuotes()
    int withoutLeaked = 0, withoutTotal = 0;
    QStringList missedSnippets;        // `with` snippets not found
    QStringList leakedSnippets;        // `without` snippets found
    QString title;                     // the extracted title
    bool titleExact = false;
    bool titleExactFoldingQuotes = false;
    std::optional<bool> dateMatch;     // only when gold has a date
    std::optional<bool> authorMatch;   // only when gold has an author
    QString error;                     // unreadable page or gold; the page then scores 0
    qint64 htmlBytes = 0;              // uncompressed page size
};

struct ExtractionEvaluation
{
    QList<PageEvaluation> pages;
    BagOfWordsScore body;              // per-page scores averaged
    double withFound = 0;              // pooled over all `with` snippets
    double withFoundFoldingQuotes = 0; // the same, typographic quotes folded to ASCII
    double withoutLeaked = 0;          // pooled over all `without` snippets
    double titleExact = 0;             // share of pages
    double titleExactFoldingQuotes = 0; // the same, typographic quotes folded to ASCII
    double date = 0;                   // share of pages whose gold has a date
    double author = 0;                 // share of pages whose gold has an author
    int datePages = 0, authorPages = 0;
};

// WCXB layout: DIR/html/NNNN.html.gz and DIR/ground-truth/NNNN.json. Ids in order;
// limit <= 0 means all.
QStringList wcxbPageIds(const QString &dataDir, int limit = 0);

// Extracts and scores one page.
PageEvaluation evaluateWcxbPage(const QString &dataDir, const QString &id);

// Scores pages one after another; `progress(done, total)` after each.
ExtractionEvaluation evaluateWcxb(const QString &dataDir, const QStringList &ids,
                                  const std::function<void(int, int)> &progress = {});

// Averages of already scored pages.
ExtractionEvaluation summarize(QList<PageEvaluation> pages);

} // namespace galley
