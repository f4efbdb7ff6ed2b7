#include "command_line.h"
#include "commands.h"

#include "extract/article_extractor.h"
#include "extract/article_json.h"
#include "load/page_loader.h"

#include <QJsonDocument>
#include <QTextStream>

using namespace galley;

namespace {

void printText(QTextStream &out, const Article &article)
{
    out << "# " << article.title << '\n';
    if (!article.byline.isEmpty())
        out << "By " << article.byline.join(QStringLiteral(", ")) << '\n';
    if (!article.published.isEmpty())
        out << "Published " << article.published << '\n';
    out << '\n' << article.text << "\n";
}

} // namespace

int runExtract(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("PAGE"),
        QStringLiteral("Saved pages: .html/.htm/.xhtml (with their _files/ folder), .mhtml/.mht, "
                       ".warc/.warc.gz, or a .txt copy of a page."), QStringLiteral("PAGE..."));
    const QCommandLineOption format(QStringLiteral("format"),
        QStringLiteral("json (default): one JSON object per document and line, with source, format, "
                       "record, title, byline, published, site, language, lead_image, text, blocks "
                       "[{kind, start, end}] (offsets in Unicode code points into text, end exclusive), "
                       "boilerplate and diagnostics. text: title, byline, date and body for reading."),
        QStringLiteral("json|text"), QStringLiteral("json"));
    const QCommandLineOption record(QStringLiteral("record"),
        QStringLiteral("WARC files: extract only HTML response record N (0-based, in file order); "
                       "default: every HTML response record."), QStringLiteral("N"));
    parser.addOptions({format, record});
    if (auto exit = parseCommandLine(parser, QStringLiteral("extract"),
            QStringLiteral("Find the article in saved news pages: title, byline, date, site, language, "
                           "body blocks; boilerplate is listed apart.\nExit codes: 0 success, 1 bad input "
                           "(stderr names the file and the problem), 2 usage."), arguments))
        return *exit;

    QTextStream err(stderr);
    const QString formatName = parser.value(format);
    if (formatName != QLatin1String("json") && formatName != QLatin1String("text")) {
        err << "galley-cli extract: --format must be json or text, not '" << formatName << "'\n";
        return ExitUsage;
    }
    LoadOptions options;
    if (parser.isSet(record)) {
        bool ok = false;
        options.warcRecord = parser.value(record).toInt(&ok);
        if (!ok || options.warcRecord < 0) {
            err << "galley-cli extract: --record takes a record number (0, 1, ...), not '"
                << parser.value(record) << "'\n";
            return ExitUsage;
        }
    }
    const QStringList pages = parser.positionalArguments();
    if (pages.isEmpty()) {
        err << "galley-cli extract: name at least one saved page (see --help)\n";
        return ExitUsage;
    }

    QTextStream out(stdout);
    int exitCode = ExitSuccess;
    bool first = true;
    for (const QString &path : pages) {
        const auto loaded = loadPages(path, options);
        if (!loaded) {
            err << "galley-cli extract: " << loaded.error().toString() << '\n';
            exitCode = ExitBadInput;
            continue;
        }
        if (options.warcRecord >= 0 && !loaded->isEmpty() && loaded->constFirst().format != PageFormat::Warc) {
            err << "galley-cli extract: warning: --record applies to WARC files only; ignored for " << path
                << '\n';
            err.flush();
        }
        for (const Page &page : *loaded) {
            const Article article = extractArticle(page);
            if (formatName == QLatin1String("json")) {
                out << QJsonDocument(articleToJson(article)).toJson(QJsonDocument::Compact) << '\n';
            } else {
                if (!first)
                    out << '\n';
                out << "==== " << path;
                if (page.record >= 0)
                    out << " record " << page.record;
                out << '\n';
                printText(out, article);
            }
            first = false;
            out.flush();
        }
    }
    return exitCode;
}
