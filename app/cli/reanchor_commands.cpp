#include "command_line.h"
#include "commands.h"

#include "annotation/annotation_document.h"
#include "annotation/annotation_file.h"
#include "extract/article_extractor.h"
#include "load/page_loader.h"
#include "text/code_point_index.h"

#include <QFile>
#include <QFileInfo>
#include <QTextStream>

using namespace galley;

namespace {

const QString kReanchor = QStringLiteral("reanchor");
const QString kReattach = QStringLiteral("reattach");
const QString kExitCodes = QStringLiteral("\nExit codes: 0 success, 1 bad input (stderr names the file and the problem), "
                                          "2 usage.");

QString quoted(const QString &text)
{
    QString oneLine = text;
    oneLine.replace(u'\n', u' ').replace(u'\r', u' ');
    return u'"' + oneLine + u'"';
}

QString range(const CodePointIndex &index, int start, int end)
{
    return QStringLiteral("%1-%2").arg(index.toCodePoints(start)).arg(index.toCodePoints(end));
}

const Span *spanById(const AnnotationSet &set, const QString &id)
{
    for (const Span &span : set.spans) {
        if (span.id == id)
            return &span;
    }
    return nullptr;
}

// One line per span that did not stay where it was; offsets in code points, old -> new.
void printPageChange(QTextStream &out, const QString &file, const PageChange &change, const AnnotationSet &set)
{
    const CodePointIndex oldIndex(change.previousText);
    const CodePointIndex newIndex(set.text);
    out << file << ": the page changed since the file was saved ("
        << (change.textChanged ? "article text changed" : "same article text") << "; content hash "
        << (change.previousContentHash.isEmpty() ? QStringLiteral("none") : change.previousContentHash.left(12))
        << " -> " << change.contentHash.left(12) << ")\n";
    const ReanchorReport &spans = change.spans;
    out << "anchored " << spans.anchored << ", moved " << spans.moved.size() << ", fuzzy " << spans.fuzzy.size()
        << ", orphaned " << spans.orphaned.size() << '\n';
    for (const SpanReanchoring &entry : spans.moved) {
        const Span *span = spanById(set, entry.spanId);
        out << "moved     " << entry.spanId << ' ' << range(oldIndex, entry.oldStart, entry.oldEnd) << " -> "
            << range(newIndex, entry.newStart, entry.newEnd) << ' ' << (span ? quoted(span->text) : QString()) << '\n';
    }
    for (const SpanReanchoring &entry : spans.fuzzy) {
        const Span *span = spanById(set, entry.spanId);
        out << "fuzzy     " << entry.spanId << ' ' << QString::number(entry.similarity, 'f', 2) << ' '
            << range(oldIndex, entry.oldStart, entry.oldEnd) << " -> " << range(newIndex, entry.newStart, entry.newEnd)
            << ' ' << (span ? quoted(span->text) : QString()) << " was "
            << quoted(change.previousText.mid(entry.oldStart, entry.oldEnd - entry.oldStart)) << '\n';
    }
    for (const SpanReanchoring &entry : spans.orphaned) {
        const Span *span = spanById(set, entry.spanId);
        out << "orphaned  " << entry.spanId << ' ' << range(oldIndex, entry.oldStart, entry.oldEnd) << ' '
            << (span ? quoted(span->text) : QString()) << '\n';
    }
}

std::optional<int> parseRecord(const QCommandLineParser &parser, const QCommandLineOption &option,
                               const QString &command, int &record)
{
    if (!parser.isSet(option))
        return std::nullopt;
    bool ok = false;
    record = parser.value(option).toInt(&ok);
    if (ok && record >= 0)
        return std::nullopt;
    QTextStream(stderr) << "galley-cli " << command << ": --record takes a record number (0, 1, ...), not '"
                        << parser.value(option) << "'\n";
    return ExitUsage;
}

} // namespace

int runReanchor(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("PAGE"),
        QStringLiteral("A saved page with an annotation file (PAGE.galley.json, or ARCHIVE.record-N.galley.json)."));
    const QCommandLineOption record(QStringLiteral("record"),
        QStringLiteral("WARC files: the HTML response record N (0-based) whose annotations to re-anchor."),
        QStringLiteral("N"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"),
        QStringLiteral("Print the report only; write nothing."));
    parser.addOptions({record, dryRun});
    if (auto exit = parseCommandLine(parser, kReanchor,
            QStringLiteral("Re-anchor a page's annotations onto the article Galley extracts from it now (after the "
                           "page was re-saved, the extractor improved, line ends or whitespace changed).\n"
                           "Prints what happened to every span: anchored (unchanged), moved (found exactly or "
                           "differing in whitespace only), fuzzy (found approximately, with a similarity from 0 to "
                           "1) and orphaned (not found: kept with its old text, to be placed with `galley-cli "
                           "reattach`). Offsets are code points, old -> new. Unless --dry-run, the annotation file "
                           "is then written atomically with the new text and content hash; the previous file is "
                           "kept as FILE.before-reanchoring-YYYYmmddTHHMMSS.")
                + kExitCodes,
            arguments))
        return *exit;

    QTextStream out(stdout);
    QTextStream err(stderr);
    const QStringList pages = parser.positionalArguments();
    if (pages.size() != 1) {
        err << "galley-cli reanchor: name one page (see --help)\n";
        return ExitUsage;
    }
    int recordNumber = -1;
    if (auto exit = parseRecord(parser, record, kReanchor, recordNumber))
        return *exit;

    LoadOptions options;
    options.warcRecord = recordNumber;
    const Expected<Page, LoadError> page = loadPage(pages.first(), options);
    if (!page) {
        err << "galley-cli reanchor: " << page.error().toString() << '\n';
        return ExitBadInput;
    }
    const QString file = annotationFilePath(pages.first(), page->record);
    if (!QFileInfo::exists(file)) {
        err << "galley-cli reanchor: " << pages.first() << ": no annotation file (" << file << ")\n";
        return ExitBadInput;
    }
    AnnotationDocument document;
    const Expected<RecoveryReport, DocumentError> opened = document.open(*page, extractArticle(*page), {}, file);
    if (!opened) {
        err << "galley-cli reanchor: " << opened.error().message << '\n';
        return ExitBadInput;
    }
    for (const QString &diagnostic : opened->diagnostics) {
        if (!opened->pageChange || !diagnostic.contains(QStringLiteral("re-anchored")))
            err << "galley-cli reanchor: " << diagnostic << '\n';
    }
    if (!opened->pageChange) {
        out << file << ": the page's article text and content hash are unchanged; " << document.set().spans.size()
            << " spans anchored; nothing to do\n";
        return ExitSuccess;
    }
    printPageChange(out, file, *opened->pageChange, document.set());
    if (parser.isSet(dryRun)) {
        out << "dry run: nothing written\n";
        return ExitSuccess;
    }
    const Expected<qint64, DocumentError> saved = document.save();
    if (!saved) {
        err << "galley-cli reanchor: " << file << ": " << saved.error().message << '\n';
        return ExitBadInput;
    }
    out << "wrote " << file;
    if (!document.reanchoringBackups().isEmpty())
        out << " (the previous file is at " << document.reanchoringBackups().first() << ')';
    out << '\n';
    return ExitSuccess;
}

int runReattach(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("ANNOTATION-FILE"), QStringLiteral("A *.galley.json file."));
    parser.addPositionalArgument(QStringLiteral("SPAN-ID"), QStringLiteral("The span to place (an orphan, typically)."));
    parser.addPositionalArgument(QStringLiteral("START"),
        QStringLiteral("Where it starts in the file's article text: a code point offset."));
    parser.addPositionalArgument(QStringLiteral("END"), QStringLiteral("Where it ends: a code point offset, exclusive."));
    if (auto exit = parseCommandLine(parser, kReattach,
            QStringLiteral("Place a span on [START, END) of the annotation file's article text (code points, end "
                           "exclusive), typically an orphan `galley-cli reanchor` listed: its text, quote and (when "
                           "the page still loads) DOM range are refreshed and it is anchored again. The file is "
                           "written atomically. Refused when the page changed since the file was saved: run "
                           "`galley-cli reanchor PAGE` first.")
                + kExitCodes,
            arguments))
        return *exit;

    QTextStream out(stdout);
    QTextStream err(stderr);
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 4) {
        err << "galley-cli reattach: name the annotation file, the span id, START and END (see --help)\n";
        return ExitUsage;
    }
    const QString &file = positional[0];
    const QString &spanId = positional[1];
    bool startOk = false;
    bool endOk = false;
    const qsizetype start = positional[2].toLongLong(&startOk);
    const qsizetype end = positional[3].toLongLong(&endOk);
    if (!startOk || !endOk || start < 0 || end < start) {
        err << "galley-cli reattach: START and END are code point offsets with START <= END, not '" << positional[2]
            << "' '" << positional[3] << "'\n";
        return ExitUsage;
    }

    QFile input(file);
    if (!input.open(QIODevice::ReadOnly)) {
        err << "galley-cli reattach: " << file << ": cannot read the file: " << input.errorString() << '\n';
        return ExitBadInput;
    }
    const Expected<AnnotationFile, AnnotationFileError> read = readAnnotationFile(input.readAll(), file);
    input.close();
    if (!read) {
        err << "galley-cli reattach: " << read.error().message() << '\n';
        return ExitBadInput;
    }

    // With the page at hand the span gets its DOM range too.
    AnnotationDocument document;
    Expected<RecoveryReport, DocumentError> opened = DocumentError{};
    const QString pagePath = read->set.sourcePath;
    std::optional<Page> page;
    if (!pagePath.isEmpty() && QFileInfo::exists(pagePath)) {
        LoadOptions options;
        options.warcRecord = read->set.record;
        if (Expected<Page, LoadError> loaded = loadPage(pagePath, options))
            page = std::move(*loaded);
    }
    if (page) {
        opened = document.open(*page, extractArticle(*page), {}, file);
        if (opened && opened->pageChange && opened->pageChange->textChanged) {
            err << "galley-cli reattach: " << pagePath << " changed since " << file
                << " was saved; run galley-cli reanchor " << pagePath << " first\n";
            return ExitBadInput;
        }
    } else {
        err << "galley-cli reattach: warning: " << (pagePath.isEmpty() ? QStringLiteral("the file names no page") :
                                                    QString(pagePath + QStringLiteral(" cannot be loaded")))
            << "; the span gets no DOM range\n";
        opened = document.open(file);
    }
    if (!opened) {
        err << "galley-cli reattach: " << opened.error().message << '\n';
        return ExitBadInput;
    }
    const CodePointIndex index(document.set().text);
    if (end > index.codePointLength()) {
        err << "galley-cli reattach: " << file << ": " << start << "-" << end
            << " is not inside the article text (" << index.codePointLength() << " code points)\n";
        return ExitBadInput;
    }
    const Expected<AnnotationEdit, EditError> placed =
        document.reattach(spanId, int(index.toUtf16(start)), int(index.toUtf16(end)));
    if (!placed) {
        err << "galley-cli reattach: " << file << ": " << placed.error().message << '\n';
        return ExitBadInput;
    }
    const Expected<qint64, DocumentError> saved = document.save();
    if (!saved) {
        err << "galley-cli reattach: " << file << ": " << saved.error().message << '\n';
        return ExitBadInput;
    }
    const Span *span = spanById(document.set(), spanId);
    out << file << ": " << spanId << " placed on " << start << '-' << end << ' ' << (span ? quoted(span->text) : QString())
        << '\n';
    return ExitSuccess;
}
