#include "command_line.h"
#include "commands.h"

#include "extract/wcxb_evaluation.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <algorithm>

using namespace galley;

namespace {

const char *const kDataSubdir = "data/extraction/wcxb";

// The shared data folder sits beside the source tree; from elsewhere, look upwards.
QString defaultDataDir()
{
    QStringList candidates{QStringLiteral(GALLEY_SOURCE_DIR "/../shared/") + QLatin1String(kDataSubdir)};
    for (QDir dir = QDir::current();; ) {
        candidates.append(dir.filePath(QStringLiteral("shared/") + QLatin1String(kDataSubdir)));
        if (!dir.cdUp())
            break;
    }
    for (const QString &candidate : std::as_const(candidates)) {
        if (QFileInfo(candidate + QStringLiteral("/html")).isDir())
            return QDir::cleanPath(candidate);
    }
    return {};
}

QJsonObject summaryToJson(const ExtractionEvaluation &e)
{
    return QJsonObject{
        {QStringLiteral("pages"), int(e.pages.size())},
        {QStringLiteral("body_precision"), e.body.precision},
        {QStringLiteral("body_recall"), e.body.recall},
        {QStringLiteral("body_f1"), e.body.f1},
        {QStringLiteral("with_found"), e.withFound},
        {QStringLiteral("with_found_folding_quotes"), e.withFoundFoldingQuotes},
        {QStringLiteral("without_leaked"), e.withoutLeaked},
        {QStringLiteral("title_exact"), e.titleExact},
        {QStringLiteral("title_exact_folding_quotes"), e.titleExactFoldingQuotes},
        {QStringLiteral("date"), e.date},
        {QStringLiteral("date_pages"), e.datePages},
        {QStringLiteral("author"), e.author},
        {QStringLiteral("author_pages"), e.authorPages},
    };
}

QString percent(double share)
{
    return QString::number(share, 'f', 3);
}

} // namespace

int runEvalExtraction(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption data(QStringLiteral("data"),
        QStringLiteral("WCXB folder with html/NNNN.html.gz and ground-truth/NNNN.json (default: "
                       "../shared/data/extraction/wcxb beside the source tree, or shared/... above "
                       "the current folder)."), QStringLiteral("DIR"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print the figures as one JSON object."));
    const QCommandLineOption limit(QStringLiteral("limit"), QStringLiteral("Score only the first N pages."),
                                   QStringLiteral("N"));
    const QCommandLineOption worst(QStringLiteral("show-worst"),
        QStringLiteral("Also list the K pages with the lowest body F1."), QStringLiteral("K"));
    parser.addOptions({data, json, limit, worst});
    if (auto exit = parseCommandLine(parser, QStringLiteral("eval-extraction"),
            QStringLiteral(
                "Score article extraction on the WCXB pages.\n"
                "body P/R/F1: lower-cased \\w+ tokens compared as bags of words, per page, then averaged.\n"
                "with found / without leaked: share of all gold snippets found in the body text "
                "(case-insensitive, whitespace collapsed); with found is also given with typographic quotes "
                "folded to ASCII, as the gold snippets use ASCII quotes.\n"
                "title exact: case- and whitespace-insensitive equality after trimming.\n"
                "date: same YYYY-MM-DD, among pages whose gold has a date.\n"
                "author: the gold author equals, contains or is contained in an extracted byline name "
                "(case-insensitive), among pages whose gold has an author.\n"
                "Exit codes: 0 success, 1 data folder missing or unreadable, 2 usage."), arguments))
        return *exit;

    QTextStream out(stdout);
    QTextStream err(stderr);
    auto count = [&](const QCommandLineOption &option, int &value) {
        if (!parser.isSet(option))
            return true;
        bool ok = false;
        value = parser.value(option).toInt(&ok);
        if (ok && value >= 0)
            return true;
        err << "galley-cli eval-extraction: --" << option.names().constFirst()
            << " takes a number, not '" << parser.value(option) << "'\n";
        return false;
    };
    int pageLimit = 0;
    int worstCount = 0;
    if (!count(limit, pageLimit) || !count(worst, worstCount))
        return ExitUsage;
    const QString dataDir = parser.isSet(data) ? parser.value(data) : defaultDataDir();
    if (dataDir.isEmpty() || !QFileInfo(dataDir + QStringLiteral("/html")).isDir()) {
        err << "galley-cli eval-extraction: no WCXB data folder "
            << (dataDir.isEmpty() ? QStringLiteral("found (pass --data DIR)") : QStringLiteral("at ") + dataDir)
            << "; it needs html/ and ground-truth/ subfolders\n";
        return ExitBadInput;
    }
    const QStringList ids = wcxbPageIds(dataDir, pageLimit);
    if (ids.isEmpty()) {
        err << "galley-cli eval-extraction: no html/*.html.gz pages in " << dataDir << '\n';
        return ExitBadInput;
    }
    const ExtractionEvaluation e = evaluateWcxb(dataDir, ids, [&](int done, int total) {
        err << "\rscoring page " << done << '/' << total;
        if (done == total)
            err << '\n';
        err.flush();
    });
    for (const PageEvaluation &page : e.pages) {
        if (!page.error.isEmpty())
            err << "galley-cli eval-extraction: " << page.error << '\n';
    }
    QList<PageEvaluation> worstPages = e.pages;
    std::sort(worstPages.begin(), worstPages.end(),
              [](const PageEvaluation &a, const PageEvaluation &b) { return a.body.f1 < b.body.f1; });
    worstPages = worstPages.mid(0, worstCount);

    if (parser.isSet(json)) {
        QJsonObject object = summaryToJson(e);
        QJsonArray worstArray;
        for (const PageEvaluation &page : std::as_const(worstPages))
            worstArray.append(QJsonObject{{QStringLiteral("id"), page.id},
                                          {QStringLiteral("f1"), page.body.f1},
                                          {QStringLiteral("precision"), page.body.precision},
                                          {QStringLiteral("recall"), page.body.recall}});
        if (worstCount > 0)
            object.insert(QStringLiteral("worst"), worstArray);
        out << QJsonDocument(object).toJson(QJsonDocument::Compact) << '\n';
        return ExitSuccess;
    }
    out << "pages            " << e.pages.size() << '\n'
        << "body precision   " << percent(e.body.precision) << '\n'
        << "body recall      " << percent(e.body.recall) << '\n'
        << "body F1          " << percent(e.body.f1) << '\n'
        << "with found       " << percent(e.withFound) << "  (" << percent(e.withFoundFoldingQuotes)
        << " with typographic quotes folded to ASCII)\n"
        << "without leaked   " << percent(e.withoutLeaked) << '\n'
        << "title exact      " << percent(e.titleExact) << "  (" << percent(e.titleExactFoldingQuotes)
        << " with typographic quotes folded to ASCII)\n"
        << "date             " << percent(e.date) << " (" << e.datePages << " pages with a gold date)\n"
        << "author           " << percent(e.author) << " (" << e.authorPages << " pages with a gold author)\n";
    if (!worstPages.isEmpty()) {
        out << "\nlowest body F1:\n";
        for (const PageEvaluation &page : std::as_const(worstPages))
            out << "  " << page.id << "  F1 " << percent(page.body.f1) << "  P " << percent(page.body.precision)
                << "  R " << percent(page.body.recall) << '\n';
    }
    return ExitSuccess;
}
