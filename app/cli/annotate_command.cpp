#include "command_line.h"
#include "commands.h"

#include "pipeline/annotator.h"
#include "pipeline/span_json.h"
#include "pipeline/text_request.h"
#include "extract/article_extractor.h"
#include "load/page_loader.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

#include <unistd.h>

using namespace galley;

namespace {

const QString kCommand = QStringLiteral("annotate");

// One line on a terminal, rewritten in place; nothing when stderr is a file or a pipe.
class Progress
{
public:
    explicit Progress(qsizetype total) : m_total(total), m_shown(total > 1 && isatty(STDERR_FILENO)) {}
    void step(qsizetype done)
    {
        if (m_shown)
            QTextStream(stderr) << "\rgalley-cli annotate: " << done << '/' << m_total << " pages" << Qt::flush;
    }
    ~Progress()
    {
        if (m_shown)
            QTextStream(stderr) << '\n';
    }

private:
    qsizetype m_total;
    bool m_shown;
};

int annotatePages(const Annotator &annotator, const QStringList &paths, bool jsonLines)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    int exitCode = ExitSuccess;
    QJsonArray documents;
    Progress progress(paths.size());
    for (qsizetype i = 0; i < paths.size(); ++i) {
        const auto loaded = loadPages(paths[i]);
        if (!loaded) {
            err << "\ngalley-cli annotate: " << loaded.error().toString() << '\n';
            err.flush();
            exitCode = ExitBadInput;
            continue;
        }
        for (const Page &page : *loaded) {
            const Article article = extractArticle(page);
            const QJsonObject document = annotatedArticleToJson(article, annotator.annotate(article, page));
            if (jsonLines)
                out << QJsonDocument(document).toJson(QJsonDocument::Compact) << '\n' << Qt::flush;
            else
                documents.append(document);
        }
        progress.step(i + 1);
    }
    if (!jsonLines)
        out << QJsonDocument(documents).toJson(QJsonDocument::Indented);
    return exitCode;
}

int annotateLines(const Annotator &annotator, const QString &path)
{
    QTextStream err(stderr);
    QFile file;
    const bool standardInput = path == u"-";
    if (!standardInput)
        file.setFileName(path);
    const bool opened = standardInput ? file.open(stdin, QIODevice::ReadOnly) : file.open(QIODevice::ReadOnly);
    if (!opened) {
        err << "galley-cli annotate: " << path << ": " << file.errorString() << '\n';
        return ExitBadInput;
    }
    const QString name = standardInput ? QStringLiteral("standard input") : path;
    QTextStream out(stdout);
    int exitCode = ExitSuccess;
    for (qsizetype lineNumber = 1;; ++lineNumber) {
        QByteArray line = file.readLine();
        if (line.isEmpty())
            break;   // end of input: a blank line still holds its "\n"
        line = line.trimmed();
        if (line.isEmpty())
            continue;
        const auto request = parseTextRequest(line);
        if (!request) {
            err << "galley-cli annotate: " << name << ": line " << lineNumber << ": " << request.error() << '\n';
            err.flush();
            exitCode = ExitBadInput;
            continue;
        }
        const AnnotationSet set = annotator.annotateText(request->text, request->published);
        const QJsonObject result{{QStringLiteral("id"), request->id},
                                 {QStringLiteral("offset_unit"), QStringLiteral("code point")},
                                 {QStringLiteral("spans"), spansToJson(set)}};
        out << QJsonDocument(result).toJson(QJsonDocument::Compact) << '\n' << Qt::flush;
    }
    return exitCode;
}

} // namespace

int runAnnotate(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("PAGE"),
        QStringLiteral("Saved pages, as `extract` reads them (.html, .mhtml, .warc/.warc.gz, .txt)."),
        QStringLiteral("PAGE..."));
    const QCommandLineOption format(QStringLiteral("format"),
        QStringLiteral("json (default): one JSON array holding a document per page (WARC: per HTML record); "
                       "jsonl: one compact document per line. A document is the `extract` object plus "
                       "`spans`."), QStringLiteral("json|jsonl"), QStringLiteral("json"));
    const QCommandLineOption lines(QStringLiteral("lines"),
        QStringLiteral("Annotate raw texts instead of pages: FILE (- for standard input) holds one JSON object "
                       "a line, {\"id\": ..., \"text\": \"...\", \"published\": \"YYYY-MM-DD\"} (published optional, "
                       "anchors relative dates); prints {\"id\", \"offset_unit\", \"spans\"} a line. A bad line is "
                       "reported with its number on stderr and skipped; the exit code is then 1."),
        QStringLiteral("FILE"));
    parser.addOptions({format, lines});
    if (auto exit = parseCommandLine(parser, kCommand,
            QStringLiteral("Find entities, quotes and numbers in saved news pages or raw texts.\n\n"
                           "Each span is {id, label, start, end, text, status}, offsets in Unicode code points into "
                           "the text, end exclusive. Entity mentions (PER, ORG, LOC, MISC; the cluster's majority "
                           "type) add cluster, canonical (the entity's name, titles stripped) and model_label where the "
                           "entity model said otherwise; QUOTE spans add kind (direct, partial, "
                           "indirect), cue and speaker ({start, end, text} or null), speaker_cluster and "
                           "speaker_canonical (a pronoun or description resolved to the person); CUE and SPEAKER "
                           "spans are listed too. Numbers (CARDINAL, ORDINAL, PERCENT, MONEY, QUANTITY, DATE, TIME, "
                           "DURATION) add value, unit, modifier, from, to where they apply, dates as ISO 8601.\n"
                           "Exit codes: 0 success, 1 bad input (stderr names the file or line), 2 usage."),
            arguments))
        return *exit;

    QTextStream err(stderr);
    const QString formatName = parser.value(format);
    if (formatName != u"json" && formatName != u"jsonl") {
        err << "galley-cli annotate: --format must be json or jsonl, not '" << formatName << "'\n";
        return ExitUsage;
    }
    const QStringList pages = parser.positionalArguments();
    if (pages.isEmpty() == !parser.isSet(lines)) {
        err << "galley-cli annotate: name saved pages or --lines FILE, not both (see --help)\n";
        return ExitUsage;
    }
    const auto annotator = Annotator::load();
    if (!annotator) {
        err << "galley-cli annotate: " << annotator.error().toString() << '\n';
        return ExitBadInput;
    }
    if (parser.isSet(lines))
        return annotateLines(*annotator, parser.value(lines));
    return annotatePages(*annotator, pages, formatName == u"jsonl");
}
