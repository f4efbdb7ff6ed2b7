#include "command_line.h"
#include "commands.h"
#include "edit_actions.h"

#include "annotation/annotation_document.h"
#include "annotation/annotation_file.h"
#include "annotation/dom_range.h"
#include "corpus/corpus.h"
#include "corpus/corpus_layers.h"
#include "corpus/corpus_layer_file.h"
#include "extract/article_extractor.h"
#include "load/page_loader.h"
#include "pipeline/annotator.h"
#include "pipeline/marked_spans.h"
#include "util/login_name.h"

#include <QFile>
#include <QFileInfo>
#include <QTextStream>

using namespace galley;

namespace {

// The problem, after the file's path unless it names the file itself.
QString naming(const QString &path, const QString &problem)
{
    return problem.contains(path) ? problem : path + QStringLiteral(": ") + problem;
}

const QString kEdit = QStringLiteral("edit");

// The page and the article it holds now, when it loads: spans placed by an edit get DOM ranges.
struct LoadedPage
{
    Page page;
    Article article;
};

std::optional<LoadedPage> loadCurrentPage(const QString &path, int record)
{
    if (path.isEmpty() || !QFileInfo::exists(path))
        return std::nullopt;
    LoadOptions options;
    options.warcRecord = record;
    Expected<Page, LoadError> page = loadPage(path, options);
    if (!page)
        return std::nullopt;
    Article article = extractArticle(*page);
    return LoadedPage{std::move(*page), std::move(article)};
}

// Opens the annotations as the window would: an annotation file with its journal replayed (and
// its page, when it loads), or a page's file, starting from the detectors' output when the page
// has none yet. Returns the exit code on failure.
std::optional<int> openDocument(AnnotationDocument &document, std::optional<LoadedPage> &current,
                                const QString &target, int record, const std::optional<CorpusLayerFile> &corpusLayer,
                                QTextStream &err)
{
    QString file = target;
    AnnotationSet fresh;
    if (isAnnotationFilePath(target)) {
        QFile input(target);
        if (!input.open(QIODevice::ReadOnly)) {
            err << "galley-cli edit: " << target << ": cannot read the file: " << input.errorString() << '\n';
            return ExitBadInput;
        }
        const auto read = readAnnotationFile(input.readAll(), target);
        if (!read) {
            err << "galley-cli edit: " << read.error().message() << '\n';
            return ExitBadInput;
        }
        // A corpus layer's page is the corpus's own copy, wherever the original has gone.
        if (corpusLayer)
            current = loadCurrentPage(corpusLayer->pagePath, corpusLayer->record);
        else
            current = loadCurrentPage(read->set.sourcePath, read->set.record);
        if (!current)
            err << "galley-cli edit: warning: the file's page cannot be loaded; spans placed get no DOM range\n";
    } else {
        LoadOptions options;
        options.warcRecord = record;
        Expected<Page, LoadError> page = loadPage(target, options);
        if (!page) {
            err << "galley-cli edit: " << page.error().toString() << '\n';
            return ExitBadInput;
        }
        // A page of an archive with several is named: an edit of "the first" by default went to a
        // record the reviewer may never have meant.
        if (record < 0 && page->record >= 0) {
            if (const auto records = listWarcRecords(target); records && records->size() > 1) {
                err << "galley-cli edit: " << target << " holds " << records->size()
                    << " HTML records: name the one to edit with --record N (0 to " << records->size() - 1 << ")\n";
                return ExitUsage;
            }
        }
        Article article = extractArticle(*page);
        file = annotationFilePath(target, page->record);
        if (!QFileInfo::exists(file)) {
            err << "galley-cli edit: " << file << " does not exist: starting from what the detectors find\n";
            auto annotator = Annotator::load();
            if (!annotator) {
                err << "galley-cli edit: " << annotator.error().toString() << '\n';
                return ExitBadInput;
            }
            fresh = annotator->annotate(article, *page);
        }
        current = LoadedPage{std::move(*page), std::move(article)};
    }
    const auto opened = current ? document.open(current->page, current->article, fresh, file) : document.open(file);
    if (!opened) {
        err << "galley-cli edit: " << opened.error().message << '\n';
        return ExitBadInput;
    }
    if (opened->pageChange && opened->pageChange->textChanged) {
        err << "galley-cli edit: the page changed since " << file << " was saved; run galley-cli reanchor "
            << current->page.sourcePath << " first\n";
        return ExitBadInput;
    }
    for (const QString &diagnostic : opened->diagnostics)
        err << "galley-cli edit: warning: " << diagnostic << '\n';
    return std::nullopt;
}

} // namespace

int runEdit(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    parser.addPositionalArgument(QStringLiteral("PAGE|ANNOTATION-FILE"),
        QStringLiteral("A saved page (its PAGE.galley.json is edited; made from the detectors' output when "
                       "missing) or a *.galley.json file."));
    parser.addPositionalArgument(QStringLiteral("ACTION"), QStringLiteral("What to do (below)."));
    parser.addPositionalArgument(QStringLiteral("ARGS"), QStringLiteral("The action's arguments."), QStringLiteral("ARGS..."));
    const QCommandLineOption record(QStringLiteral("record"),
        QStringLiteral("WARC files: the HTML response record N (0-based) whose annotations to edit."), QStringLiteral("N"));
    const QCommandLineOption reviewer(QStringLiteral("reviewer"),
        QStringLiteral("Who makes the edit (default: the file's reviewer, else the login name)."), QStringLiteral("NAME"));
    parser.addOptions({record, reviewer});
    if (auto exit = parseCommandLine(parser, kEdit,
            QStringLiteral("Edit a page's annotations as the review window does: one action, all of its edits or "
                           "none, journalled and then saved atomically through the annotation file. SPAN, QUOTE "
                           "and MENTION are span ids (s1, ...), C a cluster's id (c1, ...) or its canonical name; START, END and AT are "
                           "code point offsets into the article text, END exclusive. Options go before the page.\n\n"
                           "Actions:\n")
                + editActionsHelp()
                + QStringLiteral("\nExit codes: 0 success (also when the action changes nothing), 1 bad input or a "
                                 "refused edit (stderr says why), 2 usage."),
            arguments))
        return *exit;

    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList positional = parser.positionalArguments();
    if (positional.size() < 2) {
        err << "galley-cli edit: name a page or annotation file and an action (see --help)\n";
        return ExitUsage;
    }
    int recordNumber = -1;
    if (parser.isSet(record)) {
        bool ok = false;
        recordNumber = parser.value(record).toInt(&ok);
        if (!ok || recordNumber < 0) {
            err << "galley-cli edit: --record takes a record number (0, 1, ...), not '" << parser.value(record) << "'\n";
            return ExitUsage;
        }
    }
    const QString target = positional.takeFirst();
    const QString action = positional.takeFirst();

    AnnotationDocument document;
    std::optional<LoadedPage> current;
    const std::optional<CorpusLayerFile> corpusLayer = isAnnotationFilePath(target) ? findCorpusLayerFile(target) : std::nullopt;
    if (auto exit = openDocument(document, current, target, recordNumber, corpusLayer, err))
        return *exit;

    const auto schema = loadLabelSchema(defaultLabelSchemaPath());
    if (!schema) {
        err << "galley-cli edit: " << schema.error().toString() << '\n';
        return ExitBadInput;
    }
    EditContext context;
    context.reviewer = parser.isSet(reviewer) ? parser.value(reviewer)
                       : document.set().reviewer.isEmpty() ? loginName() : document.set().reviewer;
    context.readAttributes = markedNumberReader(document.set());
    if (current) {
        context.locate = [&current](int start, int end) {
            return domRangeOf(current->article, current->page, start, end);
        };
    }
    const EditActionResult result = editsForAction(document.set(), *schema, action, positional, context);
    if (!result.edits) {
        err << "galley-cli edit: " << (result.usage ? QString() : document.filePath() + QStringLiteral(": "))
            << result.edits.error().message << '\n';
        return result.usage ? ExitUsage : ExitBadInput;
    }
    if (result.edits->isEmpty()) {
        out << document.filePath() << ": nothing to change\n";
        return ExitSuccess;
    }
    QList<AnnotationEdit> edits = *result.edits;
    // A reviewer's first edit of a corpus layer starts it, as in the window.
    if (corpusLayer && document.set().document.status == DocumentStatus::NotStarted
        && !std::holds_alternative<DocumentFieldsChange>(edits.first())) {
        DocumentFields fields = document.set().document;
        fields.status = DocumentStatus::InProgress;
        edits.prepend(setDocumentFields(document.set(), fields));
    }
    QList<AnnotationEdit> applied;
    for (const AnnotationEdit &edit : std::as_const(edits)) {
        auto inverse = document.apply(edit);
        if (!inverse) {
            for (const AnnotationEdit &undo : std::as_const(applied))
                (void)document.apply(undo);
            err << "galley-cli edit: " << naming(document.filePath(), inverse.error().message) << '\n';
            return ExitBadInput;
        }
        applied.prepend(*inverse);
    }
    const auto saved = document.save();
    if (!saved) {
        err << "galley-cli edit: " << naming(document.filePath(), saved.error().message) << '\n';
        return ExitBadInput;
    }
    for (const AnnotationEdit &edit : std::as_const(edits))
        out << editDescription(edit) << '\n';
    out << "wrote " << document.filePath() << '\n';
    if (!result.note.isEmpty())
        err << "galley-cli edit: note: " << result.note << '\n';
    if (corpusLayer) {
        // The corpus lists the layer's status and label counts as the file now has them.
        auto corpus = Corpus::open(corpusLayer->corpusFolder);
        const auto failed = corpus ? recordLayerFile(**corpus, corpusLayer->documentId, corpusLayer->contentHash,
                                                     corpusLayer->reviewer)
                                   : std::optional<QString>(corpus.error());
        if (failed) {
            err << "galley-cli edit: warning: " << corpusLayer->corpusFolder << ": the corpus did not record the edit: "
                << *failed << '\n';
        }
    }
    return ExitSuccess;
}
